"""Crime recording as the worker sees it, for the metrics: which open crimeable incidents have
no crime recorded, crimes recorded within the limit or late, and live accuracy.

Derived from the incident state the worker holds (the events and the latest assessment), with
the domain's own `Facts` deciding which crimes count (C2-C4 cancellations and N100 records do
not), so the figures agree with the engine's alerts. No I/O: the processor feeds it from the
fold thread and publishes it through the observer.

Limits: an incident that finished (tombstoned) before this worker restarted or took its
partition over is not in the rebuilt tracker, so live accuracy after a restart covers only the
incidents still held, plus those seen since.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from services.domain.accuracy import AccuracyCounts, AccuracyKey, AccuracyTracker
from services.domain.events import CrimeRecorded, IncidentEvent
from services.domain.incident import Facts
from services.domain.incident_state import IncidentState
from services.domain.outputs import Assessment


class CrimeTiming(StrEnum):
    WITHIN_LIMIT = "within_limit"
    LATE = "late"


@dataclass(frozen=True, slots=True)
class RecordedCrime:
    """A counted crime on an incident assessed crimeable, for the crimes-recorded counter."""

    force: str
    timing: CrimeTiming


class RecordingWatch:
    def __init__(self) -> None:
        self.accuracy = AccuracyTracker()
        self._unrecorded: dict[str, str] = {}
        """Open crimeable incidents with no counted crime: incident id -> force."""
        self._forces: set[str] = set()

    def __len__(self) -> int:
        return len(self.accuracy)

    def update(
        self, state: IncidentState, event: IncidentEvent | None = None
    ) -> RecordedCrime | None:
        """Take the incident's state after a step (or a restore). Returns the crime `event`
        recorded when it counts and the incident is assessed crimeable."""
        facts = Facts()
        for seen in state.events:
            facts.apply(seen)
        assessment = state.last_assessment
        counted = [crime.recorded_at for crime in facts.crimes.values() if crime.counts]
        incident_id = state.incident_id
        if assessment is not None:
            self._forces.add(assessment.force)
            self.accuracy.assessed(
                incident_id,
                force=assessment.force,
                offence_group=assessment.offence_group,
                crimeable=assessment.crimeable,
                deadline=assessment.recording_deadline,
            )
        self.accuracy.crime_withdrawn(incident_id)
        if counted:
            force = assessment.force if assessment else state.events[0].force
            self.accuracy.crime_recorded(incident_id, min(counted), force=force)
        unrecorded = (
            assessment is not None
            and assessment.crimeable
            and not counted
            and facts.closure is None
            and not state.finished
        )
        if unrecorded and assessment is not None:
            self._unrecorded[incident_id] = assessment.force
        else:
            self._unrecorded.pop(incident_id, None)
        return _recorded(event, facts, assessment)

    def finished(self, incident_ids: Iterable[str]) -> None:
        """Incidents that left the state finished: no longer open (their outcome stays)."""
        for incident_id in incident_ids:
            self._unrecorded.pop(incident_id, None)

    def forget(self, incident_ids: Iterable[str]) -> None:
        """Incidents gone from this worker (tombstone expired, or partition moved away)."""
        for incident_id in incident_ids:
            self._unrecorded.pop(incident_id, None)
            self.accuracy.forget(incident_id)

    def open_ids(self) -> list[str]:
        return list(self._unrecorded)

    def open_unrecorded(self) -> dict[str, int]:
        """Per force seen: open crimeable incidents with no crime recorded (zeros included)."""
        counts = Counter(self._unrecorded.values())
        return {force: counts.get(force, 0) for force in self._forces}

    def accuracy_counts(self, now: datetime) -> dict[AccuracyKey, AccuracyCounts]:
        return self.accuracy.counts(now)


def _recorded(
    event: IncidentEvent | None, facts: Facts, assessment: Assessment | None
) -> RecordedCrime | None:
    if not isinstance(event, CrimeRecorded) or assessment is None or not assessment.crimeable:
        return None
    crime = facts.crimes.get(event.data.crime_id)
    if crime is None or not crime.counts:
        return None
    deadline = assessment.recording_deadline
    late = deadline is not None and event.recorded_at > deadline
    return RecordedCrime(assessment.force, CrimeTiming.LATE if late else CrimeTiming.WITHIN_LIMIT)
