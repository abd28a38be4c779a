"""The action event: each kind carries exactly its own payload, and round-trips through JSON."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from services.console.actions import ActionKind, AlertAction, new_action
from tests.console_samples import NOW


def _make(kind: ActionKind, payload: str | None = None) -> AlertAction:
    return new_action(
        alert_id="INC-1/crime-indicated",
        incident_id="INC-1",
        action=kind,
        actor="alice",
        at=NOW,
        payload=payload,
    )


@pytest.mark.parametrize(
    ("kind", "payload", "field"),
    [
        (ActionKind.ASSIGN, "PC 1234", "officer"),
        (ActionKind.NOTE, "Spoke to the OIC", "text"),
        (ActionKind.CRIME_RECORDED, "CR/2026/0001", "ref"),
        (ActionKind.NOT_A_CRIME, "Victim confirms no offence", "rationale"),
    ],
)
def test_each_action_keeps_its_payload_in_its_own_field(
    kind: ActionKind, payload: str, field: str
) -> None:
    action = _make(kind, payload)

    assert getattr(action, field) == payload
    assert action.detail == payload
    assert AlertAction.model_validate_json(action.model_dump_json()) == action


def test_acknowledge_needs_no_payload_and_serialises_timestamps_with_z() -> None:
    action = _make(ActionKind.ACKNOWLEDGE)

    data = action.model_dump(mode="json")
    assert data["at"] == "2026-11-26T09:00:00Z"
    assert data["schema_version"] == 1
    assert data["actor"] == "alice"


@pytest.mark.parametrize("payload", [None, "", "   "])
def test_a_missing_or_blank_payload_is_refused(payload: str | None) -> None:
    with pytest.raises(ValidationError):
        _make(ActionKind.NOT_A_CRIME, payload)


def test_a_payload_on_the_wrong_action_is_refused() -> None:
    data = _make(ActionKind.ACKNOWLEDGE).model_dump(mode="json") | {"ref": "CR1"}
    with pytest.raises(ValidationError):
        AlertAction.model_validate(data)


def test_action_ids_are_unique() -> None:
    assert _make(ActionKind.ACKNOWLEDGE).action_id != _make(ActionKind.ACKNOWLEDGE).action_id
