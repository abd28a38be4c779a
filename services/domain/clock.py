"""Clocks the engine is driven by. The domain never reads the time; callers move these."""

from __future__ import annotations

from datetime import datetime, timedelta


class EventClock:
    """Event time: the latest event time seen minus the allowed lateness, never going back."""

    def __init__(self, lateness: timedelta) -> None:
        self._lateness = lateness
        self._now: datetime | None = None

    @property
    def now(self) -> datetime | None:
        return self._now

    def observe(self, event_time: datetime) -> None:
        self.advance_to(event_time - self._lateness)

    def advance_to(self, when: datetime) -> None:
        if self._now is None or when > self._now:
            self._now = when


class ManualClock(EventClock):
    """Wall-clock mode: the caller sets the time; events do not move it."""

    def __init__(self) -> None:
        super().__init__(timedelta(0))

    def observe(self, event_time: datetime) -> None:
        return None
