"""Outputs (contract section 2): assessments and alert lifecycle records."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from services.domain.codes import OffenceGroup
from services.domain.timestamps import Timestamp


class Rule(StrEnum):
    CRIME_INDICATED = "crime-indicated"
    RECORDING_DUE_SOON = "recording-due-soon"
    RECORDING_OVERDUE = "recording-overdue"
    CLOSED_WITHOUT_CRIME = "closed-without-crime"
    VICTIMS_WITHOUT_CRIME = "victims-without-crime"
    SAFEGUARDING_OVERDUE = "safeguarding-overdue"
    CANCELLATION_UNSUPPORTED = "cancellation-unsupported"


class Severity(StrEnum):
    WARNING = "warning"
    CRITICAL = "critical"


class AlertStatus(StrEnum):
    FIRING = "firing"
    RESOLVED = "resolved"


class Resolution(StrEnum):
    CRIME_RECORDED = "crime_recorded"
    CODE_RECATEGORISED = "code_recategorised"
    SAFEGUARDING_RECORDED = "safeguarding_recorded"
    VALID_CANCELLATION = "valid_cancellation"
    NO_LONGER_CRIMEABLE = "no_longer_crimeable"
    TRANSFERRED = "transferred"
    NO_LONGER_APPLIES = "no_longer_applies"
    RETRACTED = "retracted"
    """Late input showed the condition never held; the firing record is closed."""


class _Output(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Assessment(_Output):
    incident_id: str
    force: str
    area: str
    assessed_at: Timestamp
    crimeable: bool
    probability: float = Field(ge=0.0, le=1.0)
    offence_group: OffenceGroup | None
    offence_codes: tuple[str, ...]
    domestic_abuse: bool
    expected_crimes: int = Field(ge=0)
    recording_deadline: Timestamp | None
    reasons: tuple[str, ...]
    model_version: str
    rules_version: str


class AlertAssessment(_Output):
    probability: float = Field(ge=0.0, le=1.0)
    offence_group: OffenceGroup | None
    domestic_abuse: bool
    expected_crimes: int = Field(ge=0)


class Alert(_Output):
    alert_id: str
    rule: Rule
    status: AlertStatus
    severity: Severity
    incident_id: str
    force: str
    area: str
    raised_at: Timestamp
    deadline: Timestamp | None
    summary: str
    assessment: AlertAssessment
    crime_id: str | None = None
    resolved_at: Timestamp | None = None
    resolution: Resolution | None = None


def alert_id(incident_id: str, rule: Rule, crime_id: str | None = None) -> str:
    """Stable identity of one condition on one incident (or one crime of it)."""
    base = f"{incident_id}/{rule.value}"
    return f"{base}/{crime_id}" if crime_id is not None else base
