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

    A min-heap of distinct times (integer microseconds: cheap to compare), each with the
    incidents due then. Rescheduling moves an incident to another time's bucket and leaves
    an emptied time in the heap to be skipped when popped, so every operation is O(log n).
    The live workers rebuild it from their state table on partition assignment (`set` for
    each incident), so it needs no storage of its own.
    """

    def __init__(self) -> None:
        self._heap: list[int] = []
        self._buckets: dict[int, list[str]] = {}
        self._due: dict[str, datetime] = {}

    def __len__(self) -> int:
        return len(self._due)

    def __contains__(self, incident_id: object) -> bool:
        return incident_id in self._due

    def set(self, incident_id: str, at: datetime | None) -> None:
        previous = self._due.get(incident_id)
        if previous == at:
            return
        if previous is not None:
            self._unfile(incident_id, _key(previous))
        if at is None:
            del self._due[incident_id]
            return
        self._due[incident_id] = at
        key = _key(at)
        bucket = self._buckets.get(key)
        if bucket is None:
            self._buckets[key] = [incident_id]
            heapq.heappush(self._heap, key)
            if len(self._heap) > 4 * len(self._buckets) + 64:
                self._compact()
        else:
            bucket.append(incident_id)

    @property
    def next_at(self) -> datetime | None:
        heap = self._heap
        while heap and heap[0] not in self._buckets:
            heapq.heappop(heap)
        return self._due[self._buckets[heap[0]][0]] if heap else None

    def pop_due(self, now: datetime) -> list[str]:
        """Incidents due at or before `now`, earliest first (then by id); they are removed
        from the schedule."""
        due: list[str] = []
        heap, limit = self._heap, _key(now)
        while heap and heap[0] <= limit:
            bucket = self._buckets.pop(heapq.heappop(heap), None)
            if bucket is not None:
                bucket.sort()
                for incident_id in bucket:
                    del self._due[incident_id]
                due += bucket
        return due

    def _unfile(self, incident_id: str, key: int) -> None:
        bucket = self._buckets[key]
        bucket.remove(incident_id)
        if not bucket:
            del self._buckets[key]

    def _compact(self) -> None:
        self._heap = list(self._buckets)
        heapq.heapify(self._heap)
