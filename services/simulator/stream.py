"""Turns synthetic cases into one stream of records in event-time order, paced by wall time."""

from __future__ import annotations

import heapq
import random
from collections.abc import Iterator
from datetime import datetime, timedelta

from services.simulator.timelines import Mix, Planned, timeline
from services.synthetic.generator import iter_cases


class EventStream:
    """New incidents at `rate` per wall second for `duration` wall seconds; event time runs
    `speedup` times faster than wall time from `start`."""

    def __init__(
        self,
        *,
        rate: float,
        duration: float,
        speedup: float,
        start: datetime,
        seed: int,
        mix: Mix | None = None,
    ) -> None:
        self.rate, self.duration, self.speedup, self.start = rate, duration, speedup, start
        self._cases = iter_cases(seed)
        self._rng = random.Random(seed)
        self._mix = mix or Mix()
        self._heap: list[tuple[datetime, int, Planned]] = []
        self._seq = 0
        self.incidents = 0

    def event_time(self, elapsed: float) -> datetime:
        return self.start + timedelta(seconds=elapsed * self.speedup)

    def due(self, elapsed: float) -> list[Planned]:
        """Records whose event time has come after `elapsed` wall seconds."""
        wanted = int(self.rate * min(elapsed, self.duration))
        while self.incidents < wanted:
            at = self.event_time(self.incidents / self.rate)
            for record in timeline(next(self._cases), at, self._rng, self._mix):
                heapq.heappush(self._heap, (record.at, self._seq, record))
                self._seq += 1
            self.incidents += 1
        now = self.event_time(elapsed)
        out = []
        while self._heap and self._heap[0][0] <= now:
            out.append(heapq.heappop(self._heap)[2])
        return out

    @property
    def finished_starting(self) -> bool:
        return self.incidents >= int(self.rate * self.duration)

    @property
    def pending(self) -> int:
        return len(self._heap)

    def everything(self) -> Iterator[Planned]:
        """The whole stream at once (no pacing), for files and benchmarks."""
        yield from self.due(self.duration)
        while self._heap:
            yield heapq.heappop(self._heap)[2]
