"""Incident state of the partitions one worker owns, backed by a compacted changelog topic.

The `Pipeline` reads and writes it synchronously; every change is remembered as dirty and the
processor writes the dirty records to the changelog in the same Kafka transaction as the
outputs they produced and the input offsets they consumed. A restarted or rebalanced worker
rebuilds a partition from its changelog (read_committed), so it knows exactly what was emitted.

Changelog value: `S` + `IncidentState.to_bytes()` for a live incident, `T` + RFC 3339 time for a
tombstone (a finished incident: later re-deliveries are ignored), `None` once the tombstone
expired (compaction then forgets the key).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta

from services.domain.incident_state import IncidentState
from services.domain.timestamps import format_timestamp, parse_timestamp

STATE_MARK = b"S"
TOMBSTONE_MARK = b"T"

ChangelogRecord = tuple[str, bytes | None]


class PartitionedStateStore:
    """A `StateStore` over the partitions this worker owns (an in-memory map per worker)."""

    def __init__(self, tombstone_ttl: timedelta) -> None:
        self._ttl = tombstone_ttl
        self._states: dict[str, IncidentState] = {}
        self._tombstones: dict[str, datetime | None] = {}
        self._partition_of: dict[str, int] = {}
        self._dirty: dict[str, int] = {}  # incident id -> partition, in change order
        self.current_partition = 0
        """Partition of the event being handled: where a new incident's records go."""

    # -- the StateStore protocol (used by Pipeline) --
    def get(self, incident_id: str) -> IncidentState | None:
        return self._states.get(incident_id)

    def put(self, state: IncidentState) -> None:
        incident_id = state.incident_id
        self._states[incident_id] = state
        self._tombstones.pop(incident_id, None)
        self._mark_dirty(incident_id)

    def tombstone(self, incident_id: str, at: datetime | None) -> None:
        self._states.pop(incident_id, None)
        self._tombstones[incident_id] = at
        self._mark_dirty(incident_id)

    def is_tombstoned(self, incident_id: str) -> bool:
        return incident_id in self._tombstones

    # -- worker side --
    def __len__(self) -> int:
        return len(self._states)

    @property
    def tombstone_count(self) -> int:
        return len(self._tombstones)

    def owns(self, incident_id: str) -> bool:
        return incident_id in self._partition_of

    def partition_of(self, incident_id: str) -> int | None:
        return self._partition_of.get(incident_id)

    def take_dirty(self) -> dict[int, list[ChangelogRecord]]:
        """The changelog records of every change since the last call, by partition."""
        records: dict[int, list[ChangelogRecord]] = defaultdict(list)
        for incident_id, partition in self._dirty.items():
            records[partition].append((incident_id, self._encode(incident_id)))
        self._dirty.clear()
        return dict(records)

    def expire_tombstones(self, now: datetime) -> list[str]:
        """Forget tombstones older than the TTL (written as deletions); returns their ids."""
        expired = [
            incident_id
            for incident_id, at in self._tombstones.items()
            if at is not None and at + self._ttl <= now
        ]
        for incident_id in expired:
            del self._tombstones[incident_id]
            self._mark_dirty(incident_id)
        return expired

    def restore(self, partition: int, key: str, value: bytes | None) -> None:
        """Apply one changelog record (restoring a partition, in offset order)."""
        self._states.pop(key, None)
        self._tombstones.pop(key, None)
        if value is None:
            self._partition_of.pop(key, None)
            return
        self._partition_of[key] = partition
        if value.startswith(STATE_MARK):
            self._states[key] = IncidentState.from_bytes(value[1:])
        elif value.startswith(TOMBSTONE_MARK):
            text = value[1:].decode()
            self._tombstones[key] = parse_timestamp(text) if text else None

    def states_in(self, partition: int) -> Iterator[IncidentState]:
        for incident_id, state in self._states.items():
            if self._partition_of.get(incident_id) == partition:
                yield state

    def drop_partition(self, partition: int) -> list[str]:
        """Forget a partition handed to another worker; returns the incident ids dropped."""
        dropped = [i for i, p in self._partition_of.items() if p == partition]
        for incident_id in dropped:
            self._states.pop(incident_id, None)
            self._tombstones.pop(incident_id, None)
            self._dirty.pop(incident_id, None)
            del self._partition_of[incident_id]
        return dropped

    def _mark_dirty(self, incident_id: str) -> None:
        partition = self._partition_of.setdefault(incident_id, self.current_partition)
        self._dirty.pop(incident_id, None)
        self._dirty[incident_id] = partition

    def _encode(self, incident_id: str) -> bytes | None:
        state = self._states.get(incident_id)
        if state is not None:
            return STATE_MARK + state.to_bytes()
        if incident_id in self._tombstones:
            at = self._tombstones[incident_id]
            return TOMBSTONE_MARK + (format_timestamp(at).encode() if at else b"")
        self._partition_of.pop(incident_id, None)
        return None
