"""Incident events (contract section 1): the envelope and one model per event type."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from services.domain.codes import IncidentCode
from services.domain.timestamps import Timestamp

SCHEMA_VERSION = 1
MAX_RECORD_BYTES = 256 * 1024

EVENT_TYPES = (
    "incident.reported",
    "incident.updated",
    "incident.closed",
    "crime.recorded",
    "crime.cancelled",
    "safeguarding.recorded",
)


class Channel(StrEnum):
    EMERGENCY_CALL = "emergency_call"
    NON_EMERGENCY_CALL = "non_emergency_call"
    ONLINE = "online"
    IN_PERSON = "in_person"
    AGENCY_REFERRAL = "agency_referral"
    POLICE_GENERATED = "police_generated"


class Reporter(StrEnum):
    VICTIM = "victim"
    ON_BEHALF_OF_VICTIM = "on_behalf_of_victim"
    WITNESS = "witness"
    THIRD_PARTY = "third_party"
    PROFESSIONAL = "professional"
    POLICE = "police"


class Qualifier(StrEnum):
    DOMESTIC_ABUSE = "domestic_abuse"
    HATE = "hate"
    MENTAL_HEALTH = "mental_health"
    ALCOHOL = "alcohol"
    DRUGS = "drugs"
    REPEAT_VICTIM = "repeat_victim"
    CHILD_INVOLVED = "child_involved"
    VULNERABLE_PERSON = "vulnerable_person"
    WEAPON = "weapon"


class Grade(StrEnum):
    EMERGENCY = "emergency"
    PRIORITY = "priority"
    SCHEDULED = "scheduled"
    NO_DEPLOYMENT = "no_deployment"


class Criterion(StrEnum):
    """Transfer/cancellation criteria (HOCR section C)."""

    C1 = "C1"  # committed outside this force: transferred
    C2 = "C2"  # additional verifiable information shows no notifiable crime
    C3 = "C3"  # duplicate, or part of a crime already recorded
    C4 = "C4"  # recorded in error


class Authority(StrEnum):
    FCR = "fcr"
    DDM = "ddm"
    SUPERVISOR = "supervisor"
    OFFICER = "officer"


class SafeguardingKind(StrEnum):
    RISK_ASSESSMENT = "risk_assessment"
    REFERRAL = "referral"
    SAFEGUARDING_PLAN = "safeguarding_plan"


class Risk(StrEnum):
    STANDARD = "standard"
    MEDIUM = "medium"
    HIGH = "high"


class _Model(BaseModel):
    """Frozen, and ignoring unknown extra fields as the contract requires."""

    model_config = ConfigDict(frozen=True, extra="ignore")


ReportText = Annotated[str, Field(max_length=20_000)]
"""The report's narrative: the one text the contract bounds. Other texts are bounded by the
record size (256 KiB) and, per incident, by the rule book's `max_incident_text`."""
ClosingCode = IncidentCode | Literal["crime_related_incident"]


def _absent_as_empty(value: tuple[Any, ...] | None) -> tuple[Any, ...]:
    """An optional list sent as `null` is an empty list: rejecting the event would lose it."""
    return () if value is None else value


if TYPE_CHECKING:  # what the models hold; validation also takes null (as empty)
    Qualifiers = tuple[Qualifier, ...]
else:
    Qualifiers = Annotated[tuple[Qualifier, ...] | None, AfterValidator(_absent_as_empty)]


class Victim(_Model):
    ref: str = Field(min_length=1)
    age: int | None = None  # "integer or null": 999 for "not known" is still a victim
    vulnerable: bool = False


if TYPE_CHECKING:
    Victims = tuple[Victim, ...]
else:
    Victims = Annotated[tuple[Victim, ...] | None, AfterValidator(_absent_as_empty)]


class ReportedData(_Model):
    reported_at: Timestamp | None = None
    channel: Channel
    reporter: Reporter
    opening_code: IncidentCode
    qualifiers: Qualifiers = ()
    narrative: ReportText = ""
    area: str = Field(min_length=1, max_length=32)
    victims: Victims = ()
    grade: Grade | None = None


class UpdatedData(_Model):
    narrative: str | None = None
    opening_code: IncidentCode | None = None
    qualifiers_added: Qualifiers = ()
    victims_added: Victims = ()


class ClosedData(_Model):
    closing_code: ClosingCode
    rationale: str | None = None

    @property
    def closed_as_crime(self) -> bool:
        """Closed with a `crime.*` code. `crime_related_incident` is not one: it logs apparent
        crime on the incident system without a crime record, the very error inspections find."""
        code = self.closing_code
        return isinstance(code, IncidentCode) and code.is_crime


class CrimeRecordedData(_Model):
    crime_id: str = Field(min_length=1, max_length=64)
    recorded_at: Timestamp | None = None
    offence_code: str = Field(min_length=1)
    victim_ref: str | None = Field(default=None, min_length=1)


class CrimeCancelledData(_Model):
    crime_id: str = Field(min_length=1, max_length=64)  # a recorded crime's id: 1..64
    criterion: Criterion
    avi: str = ""
    authorised_by: Authority


class SafeguardingData(_Model):
    kind: SafeguardingKind
    risk: Risk | None = None


class Envelope(_Model):
    schema_version: Literal[1]
    event_id: str = Field(min_length=1, max_length=128)
    force: str = Field(min_length=2, max_length=16)
    incident_id: str = Field(min_length=1, max_length=64)
    occurred_at: Timestamp
    source: str = Field(min_length=1, max_length=64)


class IncidentReported(Envelope):
    type: Literal["incident.reported"]
    data: ReportedData

    @model_validator(mode="after")
    def _default_reported_at(self) -> IncidentReported:
        if self.data.reported_at is None:
            data = self.data.model_copy(update={"reported_at": self.occurred_at})
            object.__setattr__(self, "data", data)
        return self

    @property
    def reported_at(self) -> Timestamp:
        return self.data.reported_at or self.occurred_at


class IncidentUpdated(Envelope):
    type: Literal["incident.updated"]
    data: UpdatedData


class IncidentClosed(Envelope):
    type: Literal["incident.closed"]
    data: ClosedData


class CrimeRecorded(Envelope):
    type: Literal["crime.recorded"]
    data: CrimeRecordedData

    @model_validator(mode="after")
    def _default_recorded_at(self) -> CrimeRecorded:
        if self.data.recorded_at is None:
            data = self.data.model_copy(update={"recorded_at": self.occurred_at})
            object.__setattr__(self, "data", data)
        return self

    @property
    def recorded_at(self) -> Timestamp:
        return self.data.recorded_at or self.occurred_at


class CrimeCancelled(Envelope):
    type: Literal["crime.cancelled"]
    data: CrimeCancelledData


class SafeguardingRecorded(Envelope):
    type: Literal["safeguarding.recorded"]
    data: SafeguardingData


def text_length(event: Envelope) -> int:
    """Characters of the event's free text (narrative, closing rationale, cancellation AVI)."""
    match event:
        case IncidentReported() | IncidentUpdated():
            text = event.data.narrative
        case IncidentClosed():
            text = event.data.rationale
        case CrimeCancelled():
            text = event.data.avi
        case _:
            text = None
    return len(text) if text else 0


IncidentEvent = Annotated[
    IncidentReported
    | IncidentUpdated
    | IncidentClosed
    | CrimeRecorded
    | CrimeCancelled
    | SafeguardingRecorded,
    Field(discriminator="type"),
]
