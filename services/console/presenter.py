"""What a supervisor sees of an alert: the same cards feed the page, the live stream and the API."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from services.console.actions import ActionKind, AlertAction
from services.console.view import AlertEntry
from services.domain.outputs import Alert, Assessment, Rule
from services.domain.timestamps import format_timestamp

RULE_LABELS = {
    Rule.CRIME_INDICATED: "Crime indicated",
    Rule.RECORDING_DUE_SOON: "Recording due soon",
    Rule.RECORDING_OVERDUE: "Recording overdue",
    Rule.CLOSED_WITHOUT_CRIME: "Closed without a crime",
    Rule.VICTIMS_WITHOUT_CRIME: "Victims without a crime",
    Rule.SAFEGUARDING_OVERDUE: "Safeguarding overdue",
    Rule.CANCELLATION_UNSUPPORTED: "Cancellation unsupported",
}
RULE_ADVICE = {
    Rule.CRIME_INDICATED: "Review the log: record the crime, or record why it is not one.",
    Rule.RECORDING_DUE_SOON: "Record the crime before the 24-hour limit.",
    Rule.RECORDING_OVERDUE: "Past the recording limit: record the crime now.",
    Rule.CLOSED_WITHOUT_CRIME: "Closed under a non-crime code: check and record the crime.",
    Rule.VICTIMS_WITHOUT_CRIME: "One crime per victim: record the missing crimes.",
    Rule.SAFEGUARDING_OVERDUE: "Domestic abuse: complete the risk assessment or referral.",
    Rule.CANCELLATION_UNSUPPORTED: "Refer the cancellation to the force crime registrar.",
}
ACTION_LABELS = {
    ActionKind.ACKNOWLEDGE: "Acknowledged",
    ActionKind.ASSIGN: "Assigned to",
    ActionKind.NOTE: "Note",
    ActionKind.CRIME_RECORDED: "Crime recorded",
    ActionKind.NOT_A_CRIME: "Not a crime",
}


@dataclass(frozen=True, slots=True)
class ActionLine:
    action: str
    label: str
    actor: str
    at: str
    detail: str | None


@dataclass(frozen=True, slots=True)
class LifecycleLine:
    status: str
    severity: str
    at: str
    resolution: str | None


@dataclass(frozen=True, slots=True)
class AlertCard:
    alert_id: str
    dom_id: str
    incident_id: str
    rule: str
    rule_label: str
    advice: str
    status: str
    severity: str
    severity_label: str
    force: str
    area: str
    summary: str
    raised_at: str
    deadline: str | None
    seconds_left: int | None
    time_left: str
    resolved_at: str | None
    resolution: str | None
    offence_group: str | None
    offence_group_label: str
    domestic_abuse: bool
    probability: float
    expected_crimes: int
    reasons: tuple[str, ...]
    acknowledged: ActionLine | None
    assigned: ActionLine | None
    outcome: ActionLine | None
    actions: tuple[ActionLine, ...]
    history: tuple[LifecycleLine, ...]

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        del data["dom_id"]
        return data


def card(entry: AlertEntry, assessment: Assessment | None, now: datetime) -> AlertCard:
    alert = entry.alert
    seconds = None if alert.deadline is None else int((alert.deadline - now).total_seconds())
    group = alert.assessment.offence_group
    outcome = entry.last(ActionKind.CRIME_RECORDED, ActionKind.NOT_A_CRIME)
    return AlertCard(
        alert_id=alert.alert_id,
        dom_id=dom_id(alert.alert_id),
        incident_id=alert.incident_id,
        rule=alert.rule.value,
        rule_label=RULE_LABELS[alert.rule],
        advice=RULE_ADVICE[alert.rule],
        status=alert.status.value,
        severity=alert.severity.value,
        severity_label=alert.severity.value.capitalize(),
        force=alert.force,
        area=alert.area,
        summary=alert.summary,
        raised_at=format_timestamp(alert.raised_at),
        deadline=None if alert.deadline is None else format_timestamp(alert.deadline),
        seconds_left=seconds,
        time_left=time_left(seconds),
        resolved_at=None if alert.resolved_at is None else format_timestamp(alert.resolved_at),
        resolution=None if alert.resolution is None else alert.resolution.value,
        offence_group=None if group is None else group.value,
        offence_group_label=label(group.value) if group else "Not crimeable",
        domestic_abuse=alert.assessment.domestic_abuse,
        probability=alert.assessment.probability,
        expected_crimes=alert.assessment.expected_crimes,
        reasons=assessment.reasons if assessment else (),
        acknowledged=_line(entry.last(ActionKind.ACKNOWLEDGE)),
        assigned=_line(entry.last(ActionKind.ASSIGN)),
        outcome=_line(outcome),
        actions=tuple(_action_line(a) for a in reversed(entry.actions)),
        history=tuple(_lifecycle(record) for record in entry.history),
    )


def time_left(seconds: int | None) -> str:
    """`3h 05m left`, `12m 30s left`, `overdue by 1h 10m`; the page's script counts the same way."""
    if seconds is None:
        return "No deadline"
    span = abs(seconds)
    hours, rest = divmod(span, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}h {minutes:02d}m" if hours else f"{minutes}m {secs:02d}s"
    return f"{text} left" if seconds >= 0 else f"Overdue by {text}"


def label(value: str) -> str:
    return value.replace("_", " ").replace("-", " ").capitalize()


def dom_id(alert_id: str) -> str:
    """A stable HTML id for an alert (alert ids hold slashes)."""
    return "a" + hashlib.sha256(alert_id.encode()).hexdigest()[:12]


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%d %b %Y %H:%M UTC")


def _line(action: AlertAction | None) -> ActionLine | None:
    return None if action is None else _action_line(action)


def _action_line(action: AlertAction) -> ActionLine:
    return ActionLine(
        action.action.value,
        ACTION_LABELS[action.action],
        action.actor,
        format_timestamp(action.at),
        action.detail,
    )


def _lifecycle(record: Alert) -> LifecycleLine:
    at = record.resolved_at if record.resolved_at is not None else record.raised_at
    return LifecycleLine(
        record.status.value,
        record.severity.value,
        format_timestamp(at),
        None if record.resolution is None else label(record.resolution.value),
    )
