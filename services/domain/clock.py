"""Clocks the engine is driven by. The domain never reads the time; callers move these."""

from __future__ import annotations

from datetime import datetime, timedelta

TICK = timedelta(microseconds=1)
"""The finest difference between two event times (a datetime's resolution)."""


class EventClock:
    """Event time, never going back (a worker's clock can: see `PartitionClock.own`): just
    before the latest event time seen minus the allowed lateness. An event exactly that late
    may still come, and it settles before a deadline at its time, so the clock stops one tick
    short of it; `advance_to` (the input has ended) moves it to the very time given."""

    def __init__(self, lateness: timedelta) -> None:
        self._lateness = lateness
        self._now: datetime | None = None

    @property
    def now(self) -> datetime | None:
        return self._now

    def observe(self, event_time: datetime) -> None:
        self.advance_to(self.watermark_of(event_time))

    def watermark_of(self, latest: datetime) -> datetime:
        """Where the clock stands when `latest` is the latest event time seen."""
        return latest - self._lateness - TICK

    def advance_to(self, when: datetime) -> None:
        if self._now is None or when > self._now:
            self._now = when


class ManualClock(EventClock):
    """Wall-clock mode: the caller sets the time; events do not move it."""

    def __init__(self) -> None:
        super().__init__(timedelta(0))

    def observe(self, event_time: datetime) -> None:
        return None
