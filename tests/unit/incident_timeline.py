"""Exact engine tests: a stub scorer read from narrative markers, event builders, a runner.

A narrative marker such as `[p=0.9 group=violence_with_injury da victims=2]` sets what the
stub scorer returns; the last marker in the incident log wins, so an update can change it.
No marker scores 0.0 (not crimeable).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from services.adapters.codec import EVENT_ADAPTER
from services.domain.clock import EventClock
from services.domain.codes import OffenceGroup
from services.domain.deadlines import Schedule
from services.domain.engine import Engine
from services.domain.events import IncidentEvent
from services.domain.outputs import Alert, AlertStatus, Assessment
from services.domain.pipeline import MemoryStore, Pipeline
from services.domain.rulebook import RuleBook
from services.domain.scoring import IncidentFacts, Score

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
_MARKER = re.compile(r"\[p=([0-9.]+)((?: [a-z_]+(?:=[a-z_0-9]+)?)*)\]")

CRIMEABLE = "[p=0.9 group=violence_with_injury]"
NOT_CRIMEABLE = "[p=0.1]"


def at(hours: float = 0, minutes: float = 0) -> datetime:
    return T0 + timedelta(hours=hours, minutes=minutes)


class StubScorer:
    """Returns exactly what the last narrative marker says."""

    version = "stub-1"

    def score(self, facts: IncidentFacts) -> Score:
        markers = _MARKER.findall(facts.narrative)
        if not markers:
            return Score(probability=0.0, offence_group=None)
        probability, options = markers[-1]
        flags = {}
        for part in options.split():
            name, _, value = part.partition("=")
            flags[name] = value
        group = OffenceGroup(flags["group"]) if "group" in flags else OffenceGroup.OTHER
        return Score(
            probability=float(probability),
            offence_group=group,
            offence_codes=("8N",),
            domestic_abuse="da" in flags,
            victim_count=int(flags.get("victims", "0")),
            reasons=("stub",),
        )

    def score_many(self, batch: Sequence[IncidentFacts]) -> list[Score]:
        return [self.score(facts) for facts in batch]


@dataclass
class Timeline:
    """Builds the events of one incident through the real event models."""

    incident_id: str = "I-1"
    force: str = "WMP"
    _count: int = 0

    def _event(self, kind: str, when: datetime, data: dict[str, Any], eid: str | None) -> Any:
        self._count += 1
        body = {
            "schema_version": 1,
            "event_id": eid or f"{self.incident_id}-{self._count}",
            "type": kind,
            "force": self.force,
            "incident_id": self.incident_id,
            "occurred_at": when.isoformat(),
            "source": "test",
            "data": data,
        }
        return EVENT_ADAPTER.validate_python(body)

    def reported(
        self,
        when: datetime,
        narrative: str = NOT_CRIMEABLE,
        *,
        code: str = "welfare.other",
        qualifiers: Iterable[str] = (),
        victims: Iterable[str] = (),
        reported_at: datetime | None = None,
        eid: str | None = None,
    ) -> IncidentEvent:
        data = {
            "channel": "emergency_call",
            "reporter": "victim",
            "opening_code": code,
            "qualifiers": list(qualifiers),
            "narrative": narrative,
            "area": "B-EAST",
            "victims": [{"ref": ref, "age": None, "vulnerable": False} for ref in victims],
        }
        if reported_at is not None:
            data["reported_at"] = reported_at.isoformat()
        result: IncidentEvent = self._event("incident.reported", when, data, eid)
        return result

    def updated(
        self,
        when: datetime,
        narrative: str | None = None,
        *,
        code: str | None = None,
        qualifiers: Iterable[str] = (),
        victims: Iterable[str] = (),
        eid: str | None = None,
    ) -> IncidentEvent:
        data: dict[str, Any] = {
            "qualifiers_added": list(qualifiers),
            "victims_added": [{"ref": ref} for ref in victims],
        }
        if narrative is not None:
            data["narrative"] = narrative
        if code is not None:
            data["opening_code"] = code
        result: IncidentEvent = self._event("incident.updated", when, data, eid)
        return result

    def closed(self, when: datetime, code: str = "welfare.other") -> IncidentEvent:
        result: IncidentEvent = self._event("incident.closed", when, {"closing_code": code}, None)
        return result

    def crime(
        self,
        when: datetime,
        crime_id: str = "C-1",
        offence_code: str = "8N",
        victim_ref: str | None = None,
        *,
        eid: str | None = None,
    ) -> IncidentEvent:
        data: dict[str, Any] = {"crime_id": crime_id, "offence_code": offence_code}
        if victim_ref is not None:
            data["victim_ref"] = victim_ref
        result: IncidentEvent = self._event("crime.recorded", when, data, eid)
        return result

    def cancelled(
        self,
        when: datetime,
        crime_id: str = "C-1",
        criterion: str = "C2",
        avi: str = "",
        by: str = "fcr",
    ) -> IncidentEvent:
        data = {"crime_id": crime_id, "criterion": criterion, "avi": avi, "authorised_by": by}
        result: IncidentEvent = self._event("crime.cancelled", when, data, None)
        return result

    def safeguarding(self, when: datetime) -> IncidentEvent:
        data = {"kind": "risk_assessment", "risk": "medium"}
        result: IncidentEvent = self._event("safeguarding.recorded", when, data, None)
        return result


@dataclass
class Result:
    alerts: list[Alert] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)

    def final(self) -> dict[str, Alert]:
        """The last record of each alert."""
        return {alert.alert_id: alert for alert in self.alerts}

    def outcome(self) -> dict[str, str]:
        """alert id -> "firing" or the resolution of its resolved record."""
        return {
            aid: "firing" if a.status is AlertStatus.FIRING else str(a.resolution)
            for aid, a in self.final().items()
        }

    def by_rule(self, incident_id: str = "I-1") -> dict[str, str]:
        """rule (with /crime_id for crime-level rules) -> outcome, for one incident."""
        prefix = f"{incident_id}/"
        return {
            aid.removeprefix(prefix): out
            for aid, out in self.outcome().items()
            if aid.startswith(prefix)
        }

    def firing(self, aid: str) -> Alert:
        return next(a for a in self.alerts if a.alert_id == aid and a.status is AlertStatus.FIRING)

    def resolved(self, aid: str) -> Alert:
        return next(
            a for a in self.alerts if a.alert_id == aid and a.status is AlertStatus.RESOLVED
        )

    def alert_set(self) -> set[tuple[str, str]]:
        return {(a.alert_id, a.status.value) for a in self.alerts}


def new_pipeline(rulebook: RuleBook | None = None, scorer: Any = None) -> Pipeline:
    book = rulebook or RuleBook.default()
    return Pipeline(
        Engine(book, scorer or StubScorer()), EventClock(book.lateness), Schedule(), MemoryStore()
    )


def run(
    events: Iterable[IncidentEvent],
    *,
    until: datetime | None = T0 + timedelta(days=10),
    rulebook: RuleBook | None = None,
    pipeline: Pipeline | None = None,
) -> Result:
    """Feed events in the given (arrival) order, then move the clock to `until`."""
    pipe = pipeline or new_pipeline(rulebook)
    result = Result()
    for event in events:
        out = pipe.on_event(event)
        result.alerts += out.alerts
        result.assessments += out.assessments
    if until is not None:
        result.alerts += pipe.tick(until).alerts
    return result
