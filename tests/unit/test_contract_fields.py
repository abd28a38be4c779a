"""Every validation rule of contract section 1, as `decode` applies it to record values."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from pydantic import ValidationError

from services.adapters.codec import Rejection, RejectReason, decode
from services.domain.events import (
    ClosedData,
    CrimeRecorded,
    IncidentReported,
)

_ENVELOPE = {
    "schema_version": 1,
    "event_id": "e-1",
    "force": "WMP",
    "incident_id": "I-1",
    "occurred_at": "2026-03-02T21:14:00Z",
    "source": "cad",
}
_DATA: dict[str, dict[str, Any]] = {
    "incident.reported": {
        "reported_at": "2026-03-02T21:10:00Z",
        "channel": "emergency_call",
        "reporter": "victim",
        "opening_code": "welfare.domestic_incident",
        "qualifiers": ["domestic_abuse"],
        "narrative": "Caller says her partner pushed her.",
        "area": "B-EAST",
        "victims": [{"ref": "V1", "age": 34, "vulnerable": False}],
        "grade": "emergency",
    },
    "incident.updated": {
        "narrative": "More detail.",
        "opening_code": "crime.violence",
        "qualifiers_added": ["weapon"],
        "victims_added": [{"ref": "V2", "age": None, "vulnerable": True}],
    },
    "incident.closed": {"closing_code": "crime_related_incident", "rationale": "Crime recorded."},
    "crime.recorded": {
        "crime_id": "20/1/26",
        "recorded_at": "2026-03-03T00:20:00Z",
        "offence_code": "8N",
        "victim_ref": "V1",
    },
    "crime.cancelled": {
        "crime_id": "20/1/26",
        "criterion": "C2",
        "avi": "CCTV shows no offence.",
        "authorised_by": "fcr",
    },
    "safeguarding.recorded": {"kind": "risk_assessment", "risk": "medium"},
}
EVENT_TYPES = tuple(_DATA)


def valid_event(event_type: str = "incident.reported") -> dict[str, Any]:
    """A fresh, valid event of the given type as a JSON-ready dict."""
    return {
        **copy.deepcopy(_ENVELOPE),
        "type": event_type,
        "data": copy.deepcopy(_DATA[event_type]),
    }


def raw(event: object) -> bytes:
    return json.dumps(event).encode()


def rejected(event: object) -> Rejection:
    result = decode(raw(event))
    assert isinstance(result, Rejection), f"accepted: {event}"
    return result


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_a_valid_event_of_each_type_is_accepted(event_type: str) -> None:
    event = decode(raw(valid_event(event_type)))
    assert not isinstance(event, Rejection)
    assert event.type == event_type


# --- envelope --------------------------------------------------------------------------------

ENVELOPE_LIMITS = [
    ("event_id", 1, 128),
    ("force", 2, 16),
    ("incident_id", 1, 64),
    ("source", 1, 64),
]


@pytest.mark.parametrize(("field", "shortest", "longest"), ENVELOPE_LIMITS)
def test_envelope_string_limits(field: str, shortest: int, longest: int) -> None:
    for length in (shortest, longest):
        assert not isinstance(decode(raw({**valid_event(), field: "x" * length})), Rejection)
    for length in (shortest - 1, longest + 1):
        refusal = rejected({**valid_event(), field: "x" * length})
        assert refusal.reason is RejectReason.SCHEMA
        assert refusal.detail.startswith(f"{field}: String should have")


@pytest.mark.parametrize("field", ["event_id", "force", "incident_id", "source", "data"])
def test_a_missing_envelope_field_is_a_schema_rejection(field: str) -> None:
    event = valid_event()
    del event[field]
    refusal = rejected(event)
    assert (refusal.reason, refusal.detail) == (RejectReason.SCHEMA, f"{field}: Field required")


@pytest.mark.parametrize("field", ["event_id", "force", "incident_id", "source"])
def test_envelope_strings_must_be_strings(field: str) -> None:
    refusal = rejected({**valid_event(), field: 12345})
    assert (refusal.reason, refusal.detail) == (
        RejectReason.SCHEMA,
        f"{field}: Input should be a valid string",
    )


def test_data_must_be_an_object() -> None:
    refusal = rejected({**valid_event(), "data": ["not", "an", "object"]})
    assert refusal.reason is RejectReason.SCHEMA
    assert refusal.detail.startswith("data: ")


def test_unknown_extra_fields_are_ignored_at_every_level() -> None:
    event = valid_event()
    event["trace"] = {"nested": [1, 2]}
    event["data"]["colour"] = "blue"
    event["data"]["victims"][0]["shoe_size"] = 9
    decoded = decode(raw(event))
    assert isinstance(decoded, IncidentReported)
    assert "trace" not in decoded.model_dump()
    assert "colour" not in decoded.data.model_dump()


# --- timestamps ------------------------------------------------------------------------------

GOOD_TIMESTAMPS = [
    ("2026-03-02T21:14:00Z", datetime(2026, 3, 2, 21, 14, tzinfo=UTC)),
    ("2026-07-01T14:05:00+01:00", datetime(2026, 7, 1, 13, 5, tzinfo=UTC)),
    ("2026-07-01t14:05:00.123456789z", datetime(2026, 7, 1, 14, 5, 0, 123456, tzinfo=UTC)),
    # RFC 3339 allows any number of fractional digits; kept to the microsecond
    ("2026-07-01T14:05:00.1234567891Z", datetime(2026, 7, 1, 14, 5, 0, 123456, tzinfo=UTC)),
    ("2026-07-01 14:05:00-05:30", datetime(2026, 7, 1, 19, 35, tzinfo=UTC)),
]


@pytest.mark.parametrize(("text", "instant"), GOOD_TIMESTAMPS)
def test_rfc3339_timestamps_with_an_offset_are_accepted(text: str, instant: datetime) -> None:
    event = decode(raw({**valid_event(), "occurred_at": text}))
    assert not isinstance(event, Rejection)
    assert event.occurred_at == instant
    assert event.occurred_at.utcoffset() is not None


BAD_TIMESTAMPS = [
    pytest.param("2026-03-02T21:14:00", "not an RFC 3339 timestamp with an offset", id="no-offset"),
    pytest.param(1772486040, "not an RFC 3339 timestamp with an offset", id="numeric"),
    pytest.param("2026-02-30T10:00:00Z", "impossible date or time", id="impossible-date"),
    pytest.param("2026-03-02T25:00:00Z", "impossible date or time", id="impossible-hour"),
    pytest.param("2026-03-02", "not an RFC 3339 timestamp with an offset", id="date-only"),
    pytest.param("yesterday", "not an RFC 3339 timestamp with an offset", id="words"),
    pytest.param(None, "not an RFC 3339 timestamp with an offset", id="null"),
]


@pytest.mark.parametrize(("value", "message"), BAD_TIMESTAMPS)
def test_bad_timestamps_are_rejected_as_bad_timestamp(value: object, message: str) -> None:
    refusal = rejected({**valid_event(), "occurred_at": value})
    assert refusal.reason is RejectReason.BAD_TIMESTAMP
    assert refusal.detail.startswith(f"occurred_at: {message}")


@pytest.mark.parametrize(
    ("event_type", "field"),
    [("incident.reported", "reported_at"), ("crime.recorded", "recorded_at")],
)
def test_data_timestamps_are_checked_too(event_type: str, field: str) -> None:
    event = valid_event(event_type)
    event["data"][field] = "2026-03-02T21:14:00"
    refusal = rejected(event)
    assert refusal.reason is RejectReason.BAD_TIMESTAMP
    assert refusal.detail.startswith(f"data.{field}: ")


def test_missing_occurred_at_is_a_schema_rejection() -> None:
    event = valid_event()
    del event["occurred_at"]
    assert rejected(event).reason is RejectReason.SCHEMA


def test_a_bad_timestamp_wins_over_other_errors() -> None:
    refusal = rejected({**valid_event(), "occurred_at": "2026-03-02", "force": ""})
    assert refusal.reason is RejectReason.BAD_TIMESTAMP
    assert refusal.detail.startswith("occurred_at: not an RFC 3339")
    assert refusal.detail.endswith("; force: String should have at least 2 characters")


def test_a_detail_lists_three_fields_at_most() -> None:
    event = {**valid_event(), "force": "", "source": "", "event_id": "", "incident_id": ""}
    assert rejected(event).detail.endswith("(and 1 more)")


def test_reported_at_defaults_to_occurred_at() -> None:
    event = valid_event()
    del event["data"]["reported_at"]
    decoded = decode(raw({**event, "occurred_at": "2026-07-01T14:05:00+01:00"}))
    assert isinstance(decoded, IncidentReported)
    assert decoded.data.reported_at == datetime(2026, 7, 1, 13, 5, tzinfo=UTC)
    assert decoded.reported_at == decoded.occurred_at


def test_recorded_at_defaults_to_occurred_at() -> None:
    event = valid_event("crime.recorded")
    del event["data"]["recorded_at"]
    decoded = decode(raw(event))
    assert isinstance(decoded, CrimeRecorded)
    assert decoded.recorded_at == datetime(2026, 3, 2, 21, 14, tzinfo=UTC)


def test_an_offset_is_kept_as_the_same_instant() -> None:
    decoded = decode(raw({**valid_event(), "occurred_at": "2026-07-01T14:05:00+01:00"}))
    assert not isinstance(decoded, Rejection)
    assert decoded.occurred_at.utcoffset() == timedelta(hours=1)
    assert decoded.occurred_at == datetime(2026, 7, 1, 14, 5, tzinfo=timezone(timedelta(hours=1)))


# --- data fields -----------------------------------------------------------------------------

ENUM_FIELDS = [
    ("incident.reported", "channel"),
    ("incident.reported", "reporter"),
    ("incident.reported", "opening_code"),
    ("incident.reported", "grade"),
    ("incident.updated", "opening_code"),
    ("incident.closed", "closing_code"),
    ("crime.cancelled", "criterion"),
    ("crime.cancelled", "authorised_by"),
    ("safeguarding.recorded", "kind"),
    ("safeguarding.recorded", "risk"),
]


@pytest.mark.parametrize(("event_type", "field"), ENUM_FIELDS)
def test_enum_fields_refuse_values_outside_the_list(event_type: str, field: str) -> None:
    event = valid_event(event_type)
    event["data"][field] = "made_up"
    refusal = rejected(event)
    assert refusal.reason is RejectReason.SCHEMA
    assert refusal.detail.startswith(f"data.{field}: Input should be ")


@pytest.mark.parametrize(
    ("event_type", "field"),
    [("incident.reported", "qualifiers"), ("incident.updated", "qualifiers_added")],
)
def test_qualifier_lists_refuse_unknown_qualifiers(event_type: str, field: str) -> None:
    event = valid_event(event_type)
    event["data"][field] = ["hate", "grumpy"]
    refusal = rejected(event)
    assert refusal.reason is RejectReason.SCHEMA
    assert refusal.detail.startswith(f"data.{field}[1]: Input should be ")


REQUIRED_DATA = [
    ("incident.reported", "channel"),
    ("incident.reported", "reporter"),
    ("incident.reported", "opening_code"),
    ("incident.reported", "area"),
    ("incident.closed", "closing_code"),
    ("crime.recorded", "crime_id"),
    ("crime.recorded", "offence_code"),
    ("crime.cancelled", "crime_id"),
    ("crime.cancelled", "criterion"),
    ("crime.cancelled", "authorised_by"),
    ("safeguarding.recorded", "kind"),
]


@pytest.mark.parametrize(("event_type", "field"), REQUIRED_DATA)
def test_required_data_fields(event_type: str, field: str) -> None:
    event = valid_event(event_type)
    del event["data"][field]
    refusal = rejected(event)
    assert (refusal.reason, refusal.detail) == (
        RejectReason.SCHEMA,
        f"data.{field}: Field required",
    )


OPTIONAL_DATA = [
    ("incident.reported", ["qualifiers", "narrative", "victims", "grade", "reported_at"]),
    ("incident.updated", ["narrative", "opening_code", "qualifiers_added", "victims_added"]),
    ("incident.closed", ["rationale"]),
    ("crime.recorded", ["recorded_at", "victim_ref"]),
    ("crime.cancelled", ["avi"]),
    ("safeguarding.recorded", ["risk"]),
]


@pytest.mark.parametrize(("event_type", "fields"), OPTIONAL_DATA)
def test_optional_data_fields_may_be_left_out(event_type: str, fields: list[str]) -> None:
    event = valid_event(event_type)
    for field in fields:
        del event["data"][field]
    assert not isinstance(decode(raw(event)), Rejection)


STRING_LIMITS = [
    ("incident.reported", "narrative", 0, 20_000),
    ("incident.reported", "area", 1, 32),
    ("crime.recorded", "crime_id", 1, 64),
    ("crime.cancelled", "crime_id", 1, 64),
]
"""The data strings the contract bounds (the envelope's are tested above). A cancellation names
a recorded crime, whose id is 1..64; its id goes into the alert's id and summary."""

UNBOUNDED_TEXT = [
    ("incident.updated", "narrative"),
    ("incident.closed", "rationale"),
    ("crime.recorded", "victim_ref"),
    ("crime.cancelled", "avi"),
]
"""Strings the contract does not bound: only the record's 256 KiB does (and, per incident, the
rule book's `max_incident_text`). Refusing them would lose a valid event."""


@pytest.mark.parametrize(("event_type", "field"), UNBOUNDED_TEXT)
def test_strings_the_contract_does_not_bound_are_taken_at_any_length(
    event_type: str, field: str
) -> None:
    event = valid_event(event_type)
    event["data"][field] = "x" * 60_000
    assert not isinstance(decode(raw(event)), Rejection)


@pytest.mark.parametrize(("event_type", "field", "shortest", "longest"), STRING_LIMITS)
def test_data_string_limits(event_type: str, field: str, shortest: int, longest: int) -> None:
    for length in (shortest, longest):
        event = valid_event(event_type)
        event["data"][field] = "x" * length
        assert not isinstance(decode(raw(event)), Rejection), (field, length)
    for length in (shortest - 1, longest + 1):
        if length < 0:
            continue
        event = valid_event(event_type)
        event["data"][field] = "x" * length
        refusal = rejected(event)
        assert refusal.reason is RejectReason.SCHEMA
        assert refusal.detail.startswith(f"data.{field}: String should have")


def test_a_refused_narrative_is_never_echoed() -> None:
    event = valid_event()
    event["data"]["narrative"] = "SECRET-NAME " * 2_000
    refusal = rejected(event)
    assert "SECRET" not in refusal.detail
    assert len(refusal.detail) < 300


@pytest.mark.parametrize("code", ["8N", "105A", "19C", "N100", "28E", "3.1", "A-1/2"])
def test_offence_codes_in_the_home_office_shape_are_accepted(code: str) -> None:
    event = valid_event("crime.recorded")
    event["data"]["offence_code"] = code
    assert not isinstance(decode(raw(event)), Rejection)


@pytest.mark.parametrize("code", ["8 N", "-8N", "X" * 17, "8N ", " n100"])
def test_offence_codes_of_another_shape_are_still_crimes_recorded(code: str) -> None:
    # The contract says only "string": the crime was recorded, whatever its code looks like.
    event = valid_event("crime.recorded")
    event["data"]["offence_code"] = code
    assert isinstance(decode(raw(event)), CrimeRecorded)


def test_an_empty_offence_code_is_refused() -> None:
    event = valid_event("crime.recorded")
    event["data"]["offence_code"] = ""
    refusal = rejected(event)
    assert refusal.reason is RejectReason.SCHEMA
    assert refusal.detail.startswith("data.offence_code: ")


VICTIM_RULES = [
    pytest.param({"ref": "", "age": 1}, "data.victims[0].ref: String should have", id="empty-ref"),
    pytest.param({"age": 3}, "data.victims[0].ref: Field required", id="no-ref"),
    pytest.param(
        {"ref": "V1", "age": "34"}, "data.victims[0].age: Input should be a valid int", id="age-str"
    ),
    pytest.param(
        {"ref": "V1", "age": 3.5},
        "data.victims[0].age: Input should be a valid int",
        id="age-float",
    ),
    pytest.param(
        {"ref": "V1", "vulnerable": "yes"},
        "data.victims[0].vulnerable: Input should be a valid bool",
        id="vuln-str",
    ),
    pytest.param(
        {"ref": "V1", "vulnerable": 1},
        "data.victims[0].vulnerable: Input should be a valid bool",
        id="vuln-int",
    ),
]


@pytest.mark.parametrize(("victim", "message"), VICTIM_RULES)
def test_victim_rules(victim: dict[str, Any], message: str) -> None:
    event = valid_event()
    event["data"]["victims"] = [victim]
    refusal = rejected(event)
    assert refusal.reason is RejectReason.SCHEMA
    assert refusal.detail.startswith(message)


def test_victims_added_follow_the_victim_rules() -> None:
    event = valid_event("incident.updated")
    event["data"]["victims_added"] = [{"ref": "V3", "age": "200"}]
    assert rejected(event).detail.startswith("data.victims_added[0].age: ")


@pytest.mark.parametrize("victim", [{"ref": "V" * 200}, {"ref": "V1", "age": 999}])
def test_a_victim_the_contract_allows_is_taken(victim: dict[str, Any]) -> None:
    # "ref": string, "age": integer or null; 999 often stands for "not known".
    event = valid_event()
    event["data"]["victims"] = [victim]
    decoded = decode(raw(event))
    assert isinstance(decoded, IncidentReported)
    assert decoded.data.victims[0].ref == victim["ref"]


@pytest.mark.parametrize(
    ("event_type", "field"),
    [
        ("incident.reported", "qualifiers"),
        ("incident.reported", "victims"),
        ("incident.updated", "qualifiers_added"),
        ("incident.updated", "victims_added"),
    ],
)
def test_an_optional_list_sent_as_null_is_empty(event_type: str, field: str) -> None:
    event = valid_event(event_type)
    event["data"][field] = None
    decoded = decode(raw(event))
    assert not isinstance(decoded, Rejection)
    assert getattr(decoded.data, field) == ()


def test_a_victim_needs_only_a_ref() -> None:
    event = valid_event()
    event["data"]["victims"] = [{"ref": "V1"}]
    decoded = decode(raw(event))
    assert isinstance(decoded, IncidentReported)
    assert (decoded.data.victims[0].age, decoded.data.victims[0].vulnerable) == (None, False)


@pytest.mark.parametrize(
    ("event_type", "field", "value"),
    [
        ("incident.reported", "qualifiers", "domestic_abuse"),
        ("incident.reported", "victims", {"ref": "V1"}),
        ("incident.reported", "narrative", 42),
        ("incident.updated", "narrative", ["a"]),
        ("crime.recorded", "crime_id", 7),
    ],
)
def test_data_field_types_are_enforced_without_coercion(
    event_type: str, field: str, value: object
) -> None:
    event = valid_event(event_type)
    event["data"][field] = value
    refusal = rejected(event)
    assert refusal.reason is RejectReason.SCHEMA
    assert refusal.detail.startswith(f"data.{field}")


def test_closing_as_crime_related_incident_is_accepted() -> None:
    event = decode(raw(valid_event("incident.closed")))
    assert not isinstance(event, Rejection)
    assert isinstance(event.data, ClosedData)
    assert event.data.closing_code == "crime_related_incident"
    assert not event.data.closed_as_crime  # apparent crime without a crime record


def test_crime_related_incident_is_a_closing_code_only() -> None:
    event = valid_event()
    event["data"]["opening_code"] = "crime_related_incident"
    assert rejected(event).detail.startswith("data.opening_code: ")


# --- models ----------------------------------------------------------------------------------


def test_decoded_events_are_frozen() -> None:
    event = decode(raw(valid_event()))
    assert isinstance(event, IncidentReported)
    with pytest.raises(ValidationError):
        event.force = "XYZ"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        event.data.area = "ELSEWHERE"  # type: ignore[misc]
    assert isinstance(event.data.victims, tuple)


def test_decoded_events_are_hashable_values() -> None:
    first, second = decode(raw(valid_event())), decode(raw(valid_event()))
    assert first == second
    assert hash(first) == hash(second)
