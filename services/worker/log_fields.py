"""The structured fields of the worker's log lines: identifiers, closed-set values, numbers.

Never narrative text, names or summaries (configure_logging also drops any other text field).
"""

from __future__ import annotations

import traceback
from pathlib import Path

from services.domain.outputs import Alert
from services.domain.pipeline import Failure


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


def error_fields(error: BaseException) -> dict[str, object]:
    """An error without its message (which may quote event data): its type and where it was
    raised, innermost frame last."""
    frames = traceback.extract_tb(error.__traceback__)
    return {
        "error": type(error).__name__,
        "frames": " > ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in frames),
    }


def failure_fields(failure: Failure) -> dict[str, object]:
    """An engine failure: the incident and event it was on, and `error_fields`."""
    return {
        "incident_id": failure.incident_id,
        "event_id": failure.event_id,
        **error_fields(failure.error),
    }
