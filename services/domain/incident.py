"""An incident's facts, folded from its events in event-time order.

Folding is pure and knows no rules: it records what happened (report, log entries,
recategorisation, closure, crimes and their cancellations, safeguarding). Judgement lives in
`rules.py` and `cancellations.py`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from services.domain.codes import N100, IncidentCode
from services.domain.events import (
    Authority,
    ClosedData,
    CrimeCancelled,
    CrimeRecorded,
    Criterion,
    IncidentClosed,
    IncidentEvent,
    IncidentReported,
    IncidentUpdated,
    Qualifier,
    SafeguardingRecorded,
    Victim,
)
from services.domain.offences import normalise_offence_code
from services.domain.scoring import IncidentFacts

if TYPE_CHECKING:
    from services.domain.judgement import Judgement
    from services.domain.rulebook import RuleSet

_TYPE_RANK = {
    "incident.reported": 0,
    "incident.updated": 1,
    "crime.recorded": 2,
    "crime.cancelled": 3,
    "safeguarding.recorded": 4,
    "incident.closed": 5,
}


NO_FACT_EVENTS = "0" * 32


def chained_key(key: str, event_id: str) -> str:
    """The score cache key of facts `key` with one more event: a digest of the chain of event
    ids, so its size does not grow with the incident (a tuple of the ids did, and an incident's
    persisted keys with it, quadratically). `key` is always 32 hex digits: no separator needed."""
    return hashlib.blake2b((key + event_id).encode(), digest_size=16).hexdigest()


def key_of(event_ids: Iterable[str]) -> str:
    """The score cache key of facts folded from these events, in order."""
    key = NO_FACT_EVENTS
    for event_id in event_ids:
        key = chained_key(key, event_id)
    return key


def event_order(event: IncidentEvent) -> tuple[datetime, int, str]:
    """Total order of an incident's events: event time, then type, then id (arrival-free)."""
    return (event.occurred_at, _TYPE_RANK[event.type], event.event_id)


@dataclass(slots=True)
class CrimeRecord:
    crime_id: str
    offence_code: str
    victim_ref: str | None
    recorded_at: datetime
    criterion: Criterion | None = None
    avi: str = ""
    authorised_by: Authority | None = None
    before_transfer: tuple[Criterion, str, Authority | None] | None = None
    """The cancellation (criterion, AVI, authority) a C1 transfer of the crime followed, if any:
    a transfer puts right an unsupported cancellation only with the authority one needs."""

    @property
    def counts(self) -> bool:
        """A recorded crime counts unless it is an N100 record or was cancelled (C2-C4)."""
        code = normalise_offence_code(self.offence_code)
        return code != N100 and self.criterion in (None, Criterion.C1)


@dataclass(slots=True)
class Facts:
    """What is known of one incident at one moment of event time."""

    report: IncidentReported | None = None
    report_time: datetime | None = None
    """The report's `reported_at`, kept: every rule reads it."""
    opening_code: IncidentCode | None = None
    qualifiers: set[Qualifier] = field(default_factory=set)
    narrative: list[str] = field(default_factory=list)
    victims: dict[str, Victim] = field(default_factory=dict)
    closure: ClosedData | None = None
    crimes: dict[str, CrimeRecord] = field(default_factory=dict)
    safeguarded_at: datetime | None = None
    fact_key: str = NO_FACT_EVENTS
    """The score cache key: a digest of the ids of the events the scorer's input is built
    from, in order (`key_of`)."""
    judged: tuple[RuleSet, Judgement] | None = None
    """The engine's memo of these facts' judgement under a rule set; `apply` clears it when
    the event changes what a judgement reads."""
    due: tuple[RuleSet, tuple[datetime, ...]] | None = None
    """The engine's memo of these facts' deadlines under a rule set; a report clears it."""

    def copy(self) -> Facts:
        return replace(
            self,
            qualifiers=set(self.qualifiers),
            narrative=list(self.narrative),
            victims=dict(self.victims),
            crimes={k: replace(v) for k, v in self.crimes.items()},
        )

    @property
    def reported_at(self) -> datetime | None:
        return self.report_time

    def scorer_input(self) -> IncidentFacts | None:
        """What the scorer reads of these facts; None before a report with a code."""
        report = self.report
        if report is None or self.opening_code is None:
            return None
        return IncidentFacts(
            narrative="\n".join(self.narrative),
            opening_code=self.opening_code,
            qualifiers=frozenset(self.qualifiers),
            reporter=report.data.reporter,
            channel=report.data.channel,
            victims=tuple(self.victims.values()),
            force=report.force,
        )

    @property
    def counted_crimes(self) -> int:
        return sum(1 for crime in self.crimes.values() if crime.counts)

    @property
    def transferred(self) -> bool:
        return any(c.criterion is Criterion.C1 for c in self.crimes.values())

    def apply(self, event: IncidentEvent) -> None:
        """Fold one event. A closure or safeguarding changes neither memo (the judgement
        reads the report, updates and crimes; the deadlines only the report)."""
        match event:
            case IncidentReported():
                self.judged = self.due = None
                self._apply_report(event)
            case IncidentUpdated():
                self.judged = None
                self._apply_update(event)
            case IncidentClosed():
                self.closure = event.data
            case CrimeRecorded():
                self.judged = None
                self._apply_crime(event)
            case CrimeCancelled():
                self.judged = None
                self._apply_cancellation(event)
            case SafeguardingRecorded():
                if self.safeguarded_at is None:
                    self.safeguarded_at = event.occurred_at

    def _apply_report(self, event: IncidentReported) -> None:
        data = event.data
        self.report = event
        self.report_time = event.reported_at
        self.opening_code = data.opening_code
        self.qualifiers |= set(data.qualifiers)
        if data.narrative:
            self.narrative.insert(0, data.narrative)
        for victim in data.victims:
            self.victims.setdefault(victim.ref, victim)
        self.fact_key = chained_key(self.fact_key, event.event_id)

    def _apply_update(self, event: IncidentUpdated) -> None:
        data = event.data
        if data.narrative:
            self.narrative.append(data.narrative)
        if data.opening_code is not None:
            self.opening_code = data.opening_code
        self.qualifiers |= set(data.qualifiers_added)
        for victim in data.victims_added:
            self.victims.setdefault(victim.ref, victim)
        self.fact_key = chained_key(self.fact_key, event.event_id)

    def _apply_crime(self, event: CrimeRecorded) -> None:
        data = event.data
        self.crimes[data.crime_id] = CrimeRecord(
            crime_id=data.crime_id,
            offence_code=data.offence_code,
            victim_ref=data.victim_ref,
            recorded_at=event.recorded_at,
        )

    def _apply_cancellation(self, event: CrimeCancelled) -> None:
        data = event.data
        crime = self.crimes.get(data.crime_id)
        if crime is None:  # cancellation of a crime we never saw recorded: keep it on record
            crime = CrimeRecord(data.crime_id, "", None, event.occurred_at)
            self.crimes[data.crime_id] = crime
        if data.criterion is not Criterion.C1:
            crime.before_transfer = None
        elif crime.criterion is not None and crime.criterion is not Criterion.C1:
            crime.before_transfer = (crime.criterion, crime.avi, crime.authorised_by)
        crime.criterion = data.criterion
        crime.avi = data.avi
        crime.authorised_by = data.authorised_by
