"""What a supervisor does about an alert: one event per action on the alert-actions topic.

Actions are durable (Kafka, key `incident_id`), auditable (who, what, when) and later usable as
feedback for the model. Free text (notes, rationales) lives only in the event, never in a URL or
a log line.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Literal, Protocol, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.domain.timestamps import Timestamp

SCHEMA_VERSION: Literal[1] = 1
MAX_TEXT = 4000
MAX_REF = 64


class ActionKind(StrEnum):
    ACKNOWLEDGE = "acknowledge"
    ASSIGN = "assign"
    NOTE = "note"
    CRIME_RECORDED = "crime_recorded"
    NOT_A_CRIME = "not_a_crime"


# action -> the one payload field it needs (None: no payload)
PAYLOAD_FIELD: dict[ActionKind, str | None] = {
    ActionKind.ACKNOWLEDGE: None,
    ActionKind.ASSIGN: "officer",
    ActionKind.NOTE: "text",
    ActionKind.CRIME_RECORDED: "ref",
    ActionKind.NOT_A_CRIME: "rationale",
}
PAYLOAD_FIELDS = ("officer", "text", "ref", "rationale")


class AlertAction(BaseModel):
    """One supervisor action on one alert (topic `ncrs.alert-actions.v1`, key `incident_id`)."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    schema_version: Literal[1] = SCHEMA_VERSION
    action_id: str = Field(min_length=1, max_length=128)
    alert_id: str = Field(min_length=1, max_length=256)
    incident_id: str = Field(min_length=1, max_length=64)
    action: ActionKind
    actor: str = Field(min_length=1, max_length=64)
    at: Timestamp
    officer: str | None = Field(default=None, min_length=1, max_length=MAX_REF)
    ref: str | None = Field(default=None, min_length=1, max_length=MAX_REF)
    text: str | None = Field(default=None, min_length=1, max_length=MAX_TEXT)
    rationale: str | None = Field(default=None, min_length=1, max_length=MAX_TEXT)

    @model_validator(mode="after")
    def _payload_matches_action(self) -> Self:
        needed = PAYLOAD_FIELD[self.action]
        for name in PAYLOAD_FIELDS:
            present = getattr(self, name) is not None
            if name == needed and not present:
                raise ValueError(f"{self.action.value} needs {name}")
            if name != needed and present:
                raise ValueError(f"{self.action.value} takes no {name}")
        return self

    @property
    def detail(self) -> str | None:
        """The payload (officer, ref, note or rationale), for the page only."""
        field = PAYLOAD_FIELD[self.action]
        return None if field is None else getattr(self, field)


def new_action(
    *,
    alert_id: str,
    incident_id: str,
    action: ActionKind,
    actor: str,
    at: datetime,
    payload: str | None = None,
) -> AlertAction:
    """Build a validated action; raises pydantic's ValidationError on a missing or bad payload."""
    field = PAYLOAD_FIELD[action]
    extra = {field: payload or None} if field else {}
    return AlertAction.model_validate(
        {
            "action_id": uuid.uuid4().hex,
            "alert_id": alert_id,
            "incident_id": incident_id,
            "action": action,
            "actor": actor,
            "at": at,
            **extra,
        }
    )


class PublishError(Exception):
    """The action could not be made durable; the supervisor is asked to try again."""


class ActionPublisher(Protocol):
    """Where actions go; returns once the action is durable, else raises `PublishError`."""

    async def publish(self, action: AlertAction) -> None: ...
