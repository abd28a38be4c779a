"""The event clock of a worker that reads several partitions at their own pace, and how that
clock moves with a partition from one worker to another.

Replay reads one file in order; a worker catching up reads its partitions unevenly (one may
be far ahead of another). Its clock is therefore the slowest partition's latest event time
minus the lateness, as in Kafka Streams' and Flink's per-partition watermarks: an event of a
partition that is behind is never late only because another partition ran ahead, and a
partition taken over behind the clock takes the clock back with it. A partition
with no events yet holds the clock; the idle settle moves it when input stops.

A partition's watermark is state like its incidents: each changelog write of a partition
carries it (`WatermarkedStateStore`), and the worker that takes the partition over restores
it. Without it, a worker given partitions whose input was already consumed never learnt an
event time: its clock never moved and their pending deadlines never fired.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta

from services.domain.clock import EventClock
from services.domain.timestamps import format_timestamp, parse_timestamp
from services.worker.state_store import ChangelogRecord, PartitionedStateStore

WATERMARK_KEY = "\x00watermark"
"""Changelog key of a partition's watermark (never an incident id: those are printable)."""


class PartitionClock(EventClock):
    def __init__(self, lateness: timedelta) -> None:
        super().__init__(lateness)
        self._latest: dict[int, datetime | None] = {}
        self._owned: set[int] = set()
        self.seen: datetime | None = None
        """The latest event time this worker knows of, in any partition, owned or not: what
        an idle settle moves to (restored watermarks included)."""
        self.tail: datetime | None = None
        """The latest event time at the end of the partitions other workers own, if known."""
        self.current_partition = 0
        """Partition of the event about to be observed (set by the processor)."""
        self.drained: bool | None = None
        """Whether this worker had processed its partitions to their ends when last checked
        (None: nothing checks). An idle settle waits for it: a worker that only cannot fetch
        (its broker restarting) is idle, but its partitions' unread records are not late."""

    @property
    def settle_to(self) -> datetime | None:
        """Where an idle settle moves the clock: the latest event time of the whole stream
        that this worker knows of, so workers sharing the partitions settle as one would."""
        times = [t for t in (self.seen, self.tail) if t is not None]
        return max(times, default=None)

    def own(self, partitions: Iterable[int]) -> None:
        """The partitions this worker reads now (new ones keep a restored watermark).

        A partition taken over from a worker that fell behind (killed, say, while this one
        read on) brings the clock back to its watermark. Otherwise its restored incidents would
        be judged at this worker's later time before their unread events came: deadlines fired
        early, then retracted when a crime recorded in time arrived. The clock is each
        incident's only "now", and an incident never settles behind its own cursor, so going
        back holds this worker's own incidents until that partition catches up, and no more.
        """
        wanted = set(partitions)
        taken_over = wanted - self._owned
        self._owned = wanted
        self._latest = {p: self._latest.get(p) for p in wanted}
        if self._now is None or all(self._latest[p] is None for p in taken_over):
            return  # nothing taken over with a time of its own: the clock stands
        known = [t for t in self._latest.values() if t is not None]
        self._now = min(self._now, self.watermark_of(min(known)))

    def observe(self, event_time: datetime) -> None:
        previous = self._latest.get(self.current_partition)
        if previous is None or event_time > previous:
            self._latest[self.current_partition] = event_time
        if self.seen is None or event_time > self.seen:
            self.seen = event_time
        self._follow_slowest()

    def watermark(self, partition: int) -> bytes:
        """A partition's watermark as a changelog value."""
        return json.dumps(
            {"latest": _format(self._latest.get(partition)), "seen": _format(self.seen)}
        ).encode()

    def restore_watermark(self, partition: int, value: bytes) -> None:
        """Take over a partition's watermark from the worker that had it."""
        body = json.loads(value)
        latest, seen = _parse(body.get("latest")), _parse(body.get("seen"))
        previous = self._latest.get(partition)
        if latest is not None and (previous is None or latest > previous):
            self._latest[partition] = latest
        if seen is not None and (self.seen is None or seen > self.seen):
            self.seen = seen
        # The clock is not moved here: before all new partitions are restored, the slowest of
        # those restored so far may be ahead of the slowest of all. The next event moves it.

    @property
    def latest(self) -> datetime | None:
        """The latest event time seen in any owned partition."""
        return max((t for t in self._latest.values() if t is not None), default=None)

    def _follow_slowest(self) -> None:
        times = list(self._latest.values())
        if times and all(t is not None for t in times):
            self.advance_to(self.watermark_of(min(t for t in times if t is not None)))


class WatermarkedStateStore(PartitionedStateStore):
    """The state store of an event-clock worker: every partition written to the changelog
    also gets its watermark, and a restored watermark goes to the clock."""

    def __init__(self, tombstone_ttl: timedelta, clock: PartitionClock) -> None:
        super().__init__(tombstone_ttl)
        self._clock = clock

    def take_dirty(self) -> dict[int, list[ChangelogRecord]]:
        records = super().take_dirty()
        for partition, changes in records.items():
            changes.append((WATERMARK_KEY, self._clock.watermark(partition)))
        return records

    def restore(self, partition: int, key: str, value: bytes | None) -> None:
        if key != WATERMARK_KEY:
            super().restore(partition, key, value)
        elif value is not None:
            self._clock.restore_watermark(partition, value)


def _format(at: datetime | None) -> str | None:
    return None if at is None else format_timestamp(at)


def _parse(text: str | None) -> datetime | None:
    return None if text is None else parse_timestamp(text)
