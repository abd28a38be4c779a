"""The codec: each rejection reason in its check order, local code mapping, and encoding."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from services.adapters.codec import (
    DictCodeMap,
    Rejection,
    RejectReason,
    decode,
    encode_event,
    encode_output,
)
from services.domain.codes import OffenceGroup
from services.domain.events import MAX_RECORD_BYTES, IncidentClosed, IncidentReported
from services.domain.outputs import Assessment
from tests.unit.test_contract_fields import raw, valid_event


def reason_of(value: bytes | None) -> RejectReason:
    result = decode(value)
    assert isinstance(result, Rejection), result
    return result.reason


def padded_to(size: int) -> bytes:
    """A valid event whose encoding is exactly `size` bytes (padding in an ignored field)."""
    base = raw({**valid_event(), "pad": ""})
    return raw({**valid_event(), "pad": "x" * (size - len(base))})


def test_the_closed_list_of_reasons() -> None:
    assert {reason.value for reason in RejectReason} == {
        "not_utf8",
        "not_json",
        "not_object",
        "too_large",
        "unknown_type",
        "schema",
        "bad_timestamp",
        "unsupported_version",
        "processing_failed",  # not the codec's: a valid event the engine failed on
        "incident_full",  # nor this: a valid event of an incident at its limits
    }


def test_a_tombstone_is_not_json() -> None:
    assert decode(None) == Rejection(RejectReason.NOT_JSON, "no value (tombstone)")


def test_a_record_of_exactly_the_limit_is_accepted_one_more_byte_is_too_large() -> None:
    assert not isinstance(decode(padded_to(MAX_RECORD_BYTES)), Rejection)
    refusal = decode(padded_to(MAX_RECORD_BYTES + 1))
    assert refusal == Rejection(RejectReason.TOO_LARGE, "262145 bytes, over the 262144 byte limit")


def test_size_is_checked_before_anything_else() -> None:
    assert reason_of(b"\xff" * (MAX_RECORD_BYTES + 1)) is RejectReason.TOO_LARGE


@pytest.mark.parametrize(
    "value",
    [b"\xff\xfe{}", b'{"schema_version": 1, "x": "\xc3"}', b"\xed\xa0\x80", b"caf\xe9"],
)
def test_invalid_utf8_is_not_utf8(value: bytes) -> None:
    assert reason_of(value) is RejectReason.NOT_UTF8


@pytest.mark.parametrize(
    "value",
    [
        b"",
        b"   ",
        b"{",
        b"{'single': 'quotes'}",
        b"NaN",
        b"[Infinity]",
        b'{"schema_version": 1, "x": -Infinity}',
        b'{"a": 1} trailing',
        b"\xef\xbb\xbf{}",  # a byte order mark is not JSON
        b"[" * 100_000,
        b"1" * 5_000,
    ],
)
def test_values_that_are_not_json_are_not_json(value: bytes) -> None:
    assert reason_of(value) is RejectReason.NOT_JSON


def test_nan_detail_says_what_was_wrong() -> None:
    assert decode(b'{"x": NaN}') == Rejection(RejectReason.NOT_JSON, "NaN is not valid JSON")


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (b"[]", "array"),
        (b'"text"', "string"),
        (b"42", "number"),
        (b"null", "null"),
        (b"true", "boolean"),
    ],
)
def test_json_that_is_not_an_object_is_not_object(value: bytes, kind: str) -> None:
    assert decode(value) == Rejection(RejectReason.NOT_OBJECT, f"a JSON {kind}, not an object")


@pytest.mark.parametrize("version", [2, 0, -1, 99])
def test_another_integer_version_is_unsupported(version: int) -> None:
    refusal = decode(raw({**valid_event(), "schema_version": version}))
    assert refusal == Rejection(
        RejectReason.UNSUPPORTED_VERSION,
        f"schema_version: {version} is not supported (only 1)",
    )


def test_the_version_is_checked_before_the_type() -> None:
    assert reason_of(raw({**valid_event(), "schema_version": 2, "type": "x"})) is (
        RejectReason.UNSUPPORTED_VERSION
    )


@pytest.mark.parametrize("version", ["1", 1.0, True, None, [1]])
def test_a_version_that_is_not_an_integer_is_a_schema_error(version: object) -> None:
    refusal = decode(raw({**valid_event(), "schema_version": version}))
    assert refusal == Rejection(RejectReason.SCHEMA, "schema_version: Input should be an integer")


def test_a_missing_version_is_a_schema_error() -> None:
    event = valid_event()
    del event["schema_version"]
    assert decode(raw(event)) == Rejection(RejectReason.SCHEMA, "schema_version: Field required")


@pytest.mark.parametrize("event_type", ["incident.deleted", "", "INCIDENT.REPORTED", 7, None])
def test_a_type_outside_the_list_is_unknown_type(event_type: object) -> None:
    refusal = decode(raw({**valid_event(), "type": event_type}))
    assert isinstance(refusal, Rejection)
    assert refusal.reason is RejectReason.UNKNOWN_TYPE
    assert refusal.detail.startswith("type: ")
    assert "is not one of incident.reported, incident.updated" in refusal.detail


def test_a_missing_type_is_a_missing_required_field() -> None:
    event = valid_event()
    del event["type"]
    assert decode(raw(event)) == Rejection(RejectReason.SCHEMA, "type: Field required")


def test_an_echoed_value_is_cut_short() -> None:
    refusal = decode(raw({**valid_event(), "type": "t" * 500}))
    assert isinstance(refusal, Rejection)
    assert len(refusal.detail) <= 170
    assert "t" * 40 not in refusal.detail


def test_a_field_rule_is_a_schema_error_naming_the_field() -> None:
    event = valid_event()
    event["data"]["channel"] = "carrier_pigeon"
    refusal = decode(raw(event))
    assert refusal == Rejection(
        RejectReason.SCHEMA,
        "data.channel: Input should be 'emergency_call', 'non_emergency_call', 'online', "
        "'in_person', 'agency_referral' or 'police_generated'",
    )


def test_a_bad_timestamp_is_bad_timestamp() -> None:
    refusal = decode(raw({**valid_event(), "occurred_at": "2026-03-02T21:14:00"}))
    assert refusal == Rejection(
        RejectReason.BAD_TIMESTAMP,
        "occurred_at: not an RFC 3339 timestamp with an offset (e.g. 2026-11-26T03:20:00Z)",
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("occurred_at", "9999-12-31T23:00:00Z"),  # a deadline a day later is past the calendar
        ("occurred_at", "0001-01-01T00:30:00+01:00"),  # before year 1 in UTC
        ("occurred_at", "1899-12-31T23:59:59Z"),
        ("occurred_at", "3000-01-01T00:00:00Z"),
        ("data.reported_at", "9999-01-01T00:00:00Z"),
    ],
)
def test_a_time_outside_the_supported_years_is_bad_timestamp(field: str, value: str) -> None:
    event = valid_event()
    if field.startswith("data."):
        event["data"][field.removeprefix("data.")] = value
    else:
        event[field] = value
    assert decode(raw(event)) == Rejection(
        RejectReason.BAD_TIMESTAMP, f"{field}: outside the supported years 1900..2999"
    )


@pytest.mark.parametrize("value", ["1900-01-01T00:00:00Z", "2999-12-31T23:59:59.999999Z"])
def test_the_first_and_last_supported_instants_are_accepted(value: str) -> None:
    assert not isinstance(decode(raw({**valid_event(), "occurred_at": value})), Rejection)


# --- local incident codes --------------------------------------------------------------------

CODES = DictCodeMap({"WMP": {"DOM1": "welfare.domestic_incident", "CRI": "crime_related_incident"}})


def test_a_local_opening_code_is_mapped_to_the_canonical_one() -> None:
    event = valid_event()
    event["data"]["opening_code"] = "DOM1"
    decoded = decode(raw(event), CODES)
    assert isinstance(decoded, IncidentReported)
    assert decoded.data.opening_code == "welfare.domestic_incident"


def test_a_local_closing_code_may_map_to_crime_related_incident() -> None:
    event = valid_event("incident.closed")
    event["data"]["closing_code"] = "CRI"
    decoded = decode(raw(event), CODES)
    assert isinstance(decoded, IncidentClosed)
    assert decoded.data.closing_code == "crime_related_incident"


def test_canonical_codes_pass_through_without_a_lookup() -> None:
    def no_lookups(force: str, code: str) -> str | None:
        raise AssertionError(f"looked up {force}/{code}")

    for event_type in ("incident.reported", "incident.updated", "incident.closed"):
        assert not isinstance(decode(raw(valid_event(event_type)), no_lookups), Rejection)


def test_an_unknown_local_code_is_a_schema_error_naming_field_and_force() -> None:
    event = valid_event("incident.updated")
    event["data"]["opening_code"] = "ZZ9"
    assert decode(raw(event), CODES) == Rejection(
        RejectReason.SCHEMA,
        'data.opening_code: "ZZ9" is neither canonical nor a known code of force "WMP"',
    )


def test_codes_are_looked_up_per_force() -> None:
    event = {**valid_event(), "force": "GMP"}
    event["data"]["opening_code"] = "DOM1"
    assert reason_of_mapped(event) is RejectReason.SCHEMA


def reason_of_mapped(event: object) -> RejectReason:
    result = decode(raw(event), CODES)
    assert isinstance(result, Rejection)
    return result.reason


def test_an_update_without_a_code_needs_no_mapping() -> None:
    event = valid_event("incident.updated")
    del event["data"]["opening_code"]
    assert not isinstance(decode(raw(event), CODES), Rejection)


# --- encoding --------------------------------------------------------------------------------


def test_encoding_is_compact_in_model_order_with_utc_z_timestamps() -> None:
    event = valid_event("safeguarding.recorded")
    event["occurred_at"] = "2026-07-01T14:05:00.500+01:00"
    decoded = decode(raw(event))
    assert not isinstance(decoded, Rejection)
    assert encode_event(decoded) == (
        b'{"schema_version":1,"event_id":"e-1","force":"WMP","incident_id":"I-1",'
        b'"occurred_at":"2026-07-01T13:05:00.500000Z","source":"cad",'
        b'"type":"safeguarding.recorded","data":{"kind":"risk_assessment","risk":"medium"}}'
    )


def test_encoding_fills_in_defaults_and_is_deterministic() -> None:
    event = valid_event()
    del event["data"]["reported_at"]
    first, second = decode(raw(event)), decode(raw(event))
    assert not isinstance(first, Rejection)
    assert not isinstance(second, Rejection)
    assert encode_event(first) == encode_event(second)
    assert json.loads(encode_event(first))["data"]["reported_at"] == "2026-03-02T21:14:00Z"


def test_non_ascii_text_survives_encoding() -> None:
    event = valid_event()
    event["data"]["narrative"] = "Zoë said “stop” — 🚓"
    decoded = decode(raw(event))
    assert isinstance(decoded, IncidentReported)
    again = decode(encode_event(decoded))
    assert isinstance(again, IncidentReported)
    assert again.data.narrative == "Zoë said “stop” — 🚓"


def test_outputs_are_encoded_with_canonical_timestamps() -> None:
    assessment = Assessment(
        incident_id="I-1",
        force="WMP",
        area="B-EAST",
        assessed_at=datetime(2026, 3, 2, 21, 14, tzinfo=UTC),
        crimeable=True,
        probability=0.75,
        offence_group=OffenceGroup.VIOLENCE_WITH_INJURY,
        offence_codes=("8N",),
        domestic_abuse=True,
        expected_crimes=1,
        recording_deadline=datetime(2026, 3, 3, 21, 14, tzinfo=UTC),
        reasons=("injury",),
        model_version="m1",
        rules_version="r1",
    )
    encoded = encode_output(assessment)
    assert encoded.startswith(b'{"incident_id":"I-1","force":"WMP","area":"B-EAST",')
    assert b'"assessed_at":"2026-03-02T21:14:00Z"' in encoded
    assert b'"recording_deadline":"2026-03-03T21:14:00Z"' in encoded
    assert Assessment.model_validate_json(encoded) == assessment


def test_nesting_deeper_than_the_validator_parses_is_not_json() -> None:
    deep = raw(valid_event())[:-1] + b', "x": ' + b"[" * 500 + b"]" * 500 + b"}"
    refusal = decode(deep)
    assert isinstance(refusal, Rejection)
    assert refusal.reason is RejectReason.NOT_JSON
    assert "recursion limit" in refusal.detail


def test_a_number_longer_than_the_parser_takes_is_not_json_and_says_so() -> None:
    huge = raw(valid_event())[:-1] + b', "x": ' + b"9" * 5_001 + b"}"
    refusal = decode(huge)
    assert isinstance(refusal, Rejection)
    assert (refusal.reason, refusal.detail) == (
        RejectReason.NOT_JSON,
        "a number of more than 4300 digits",
    )


def test_reject_details_read_plainly() -> None:
    """No doubled words from the JSON parser, no Python internals for an impossible offset."""
    control = decode(b'{"a": "x\ty"}')
    assert isinstance(control, Rejection)
    assert control.detail == "Invalid control character at line 1 column 9"
    body = {
        "schema_version": 1, "event_id": "e", "type": "incident.closed", "force": "WMP",
        "incident_id": "I", "occurred_at": "2026-03-01T00:00:00+24:00", "source": "cad",
        "data": {"closing_code": "admin.other"},
    }  # fmt: skip
    offset = decode(json.dumps(body).encode())
    assert isinstance(offset, Rejection)
    assert offset.detail == "occurred_at: impossible date or time: UTC offset beyond ±23:59"
