"""The published JSON Schema agrees with the decoder: what `decode` accepts, the schema accepts."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from services.adapters.codec import Rejection, decode, encode_event, encode_output
from services.domain.codes import OffenceGroup
from services.domain.outputs import (
    Alert,
    AlertAssessment,
    AlertStatus,
    Resolution,
    Rule,
    Severity,
    alert_id,
)
from tests.unit.test_contract_fields import EVENT_TYPES, raw, valid_event

DOCS_SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "schema"


def validator(name: str) -> Draft202012Validator:
    schema = json.loads((DOCS_SCHEMA / f"{name}.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


EVENTS = validator("incident-event")


def test_every_contract_example_is_valid_under_the_schema(contract_examples: Path) -> None:
    for line in (contract_examples / "timeline.jsonl").read_bytes().splitlines():
        if line.strip():
            EVENTS.validate(json.loads(line))


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_encoded_events_are_valid_under_the_schema(event_type: str) -> None:
    event = decode(raw(valid_event(event_type)))
    assert not isinstance(event, Rejection)
    EVENTS.validate(json.loads(encode_event(event)))


@pytest.mark.parametrize(
    "change",
    [
        {"type": "incident.deleted"},
        {"schema_version": 2},
        {"force": "W"},
        {"event_id": ""},
        {"data": {"channel": "fax"}},
    ],
)
def test_the_schema_refuses_what_the_decoder_refuses(change: dict[str, Any]) -> None:
    event = valid_event() | change
    assert isinstance(decode(raw(event)), Rejection)
    assert not EVENTS.is_valid(event)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(EVENT_TYPES),
    st.sampled_from(["", "x", "x" * 70, 0, -1, 131, None, True, [], {}, "crime.theft", "C2"]),
    st.data(),
)
def test_whatever_decodes_is_valid_under_the_schema(
    event_type: str, value: object, data: st.DataObject
) -> None:
    event = valid_event(event_type)
    target = data.draw(st.sampled_from([event, event["data"]]))
    target[data.draw(st.sampled_from(sorted(target)))] = value
    if not isinstance(decode(raw(event)), Rejection):
        assert EVENTS.is_valid(event), event


def test_encoded_alerts_are_valid_under_the_schema() -> None:
    at = datetime(2026, 3, 3, 21, 14, tzinfo=UTC)
    alert = Alert(
        alert_id=alert_id("X-1", Rule.RECORDING_OVERDUE),
        rule=Rule.RECORDING_OVERDUE,
        status=AlertStatus.RESOLVED,
        severity=Severity.CRITICAL,
        incident_id="X-1",
        force="WMP",
        area="B-EAST",
        raised_at=at,
        deadline=at,
        summary="Crime not recorded within 24 h of report",
        assessment=AlertAssessment(
            probability=0.9,
            offence_group=OffenceGroup.VIOLENCE_WITH_INJURY,
            domestic_abuse=True,
            expected_crimes=1,
        ),
        resolved_at=at,
        resolution=Resolution.CRIME_RECORDED,
    )
    validator("alert").validate(json.loads(encode_output(alert)))
