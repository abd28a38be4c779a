"""The event clock of a worker that reads several partitions at their own pace.

Replay reads one file in order; a worker catching up reads its partitions unevenly (one may
be far ahead of another). Its clock is therefore the slowest partition's latest event time
minus the lateness, as in Kafka Streams' and Flink's per-partition watermarks: an event of a
partition that is behind is never late only because another partition ran ahead. A partition
with no events yet holds the clock; the idle settle moves it when input stops.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from services.domain.clock import EventClock


class PartitionClock(EventClock):
    def __init__(self, lateness: timedelta) -> None:
        super().__init__(lateness)
        self._lag = lateness
        self._latest: dict[int, datetime | None] = {}
        self.current_partition = 0
        """Partition of the event about to be observed (set by the processor)."""

    def own(self, partitions: Iterable[int]) -> None:
        """The partitions this worker reads now (new ones start without a time)."""
        wanted = set(partitions)
        self._latest = {p: self._latest.get(p) for p in wanted}

    def observe(self, event_time: datetime) -> None:
        previous = self._latest.get(self.current_partition)
        if previous is None or event_time > previous:
            self._latest[self.current_partition] = event_time
        times = list(self._latest.values())
        if times and all(t is not None for t in times):
            self.advance_to(min(t for t in times if t is not None) - self._lag)

    @property
    def latest(self) -> datetime | None:
        """The latest event time seen in any partition (where an idle settle moves to)."""
        return max((t for t in self._latest.values() if t is not None), default=None)
