"""When each incident next needs the engine's attention: a min-heap with lazy deletion."""

from __future__ import annotations

import heapq
from datetime import UTC, datetime, timedelta

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def _key(at: datetime) -> int:
    """Microseconds since the epoch: exact, and far cheaper to compare in the heap."""
    return (at - _EPOCH) // _MICROSECOND


class Schedule:
    """Maps incident id -> next wakeup time; `pop_due` yields those whose time has come.

    Rescheduling pushes a new heap entry and leaves the old one to be skipped when popped, so
    every operation is O(log n). The live workers rebuild it from their state table on
    partition assignment (`set` for each incident), so it needs no storage of its own.
    """

    def __init__(self) -> None:
        self._heap: list[tuple[int, str, datetime]] = []
        self._due: dict[str, datetime] = {}

    def __len__(self) -> int:
        return len(self._due)

    def __contains__(self, incident_id: object) -> bool:
        return incident_id in self._due

    def set(self, incident_id: str, at: datetime | None) -> None:
        if at is None:
            self._due.pop(incident_id, None)
            return
        if self._due.get(incident_id) == at:
            return
        self._due[incident_id] = at
        heapq.heappush(self._heap, (_key(at), incident_id, at))
        if len(self._heap) > 4 * len(self._due) + 64:
            self._compact()

    @property
    def next_at(self) -> datetime | None:
        self._skip_stale()
        return self._heap[0][2] if self._heap else None

    def pop_due(self, now: datetime) -> list[str]:
        """Incidents due at or before `now`, earliest first; they are removed from the schedule."""
        due: list[str] = []
        heap, limit = self._heap, _key(now)
        while heap and heap[0][0] <= limit:
            _, incident_id, at = heapq.heappop(heap)
            if self._due.get(incident_id) == at:
                del self._due[incident_id]
                due.append(incident_id)
        return due

    def _skip_stale(self) -> None:
        while self._heap and self._due.get(self._heap[0][1]) != self._heap[0][2]:
            heapq.heappop(self._heap)

    def _compact(self) -> None:
        self._heap = [(_key(at), iid, at) for iid, at in self._due.items()]
        heapq.heapify(self._heap)
