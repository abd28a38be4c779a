"""The structured fields of the worker's log lines: identifiers, closed-set values, numbers.

Never narrative text, names or summaries (configure_logging also drops any other text field).
"""

from __future__ import annotations

from services.domain.outputs import Alert


def record_fields(
    topic: str,
    partition: int,
    offset: int,
    *,
    event_id: str | None = None,
    reason: str | None = None,
) -> dict[str, object]:
    """Where an input record came from (and its event id, or why it was set aside)."""
    fields: dict[str, object] = {"topic": topic, "partition": partition, "offset": offset}
    if event_id is not None:
        fields["event_id"] = event_id
    if reason is not None:
        fields["reason"] = reason
    return fields


def alert_fields(alert: Alert) -> dict[str, object]:
    return {
        "alert_id": alert.alert_id,
        "incident_id": alert.incident_id,
        "rule": alert.rule.value,
        "severity": alert.severity.value,
        "status": alert.status.value,
    }
