"""Dead letters keep the original bytes exactly and round-trip through headers and JSON lines."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.adapters.codec import Rejection, RejectReason, decode
from services.adapters.dead_letters import DeadLetter, DeadLetterError

AT = datetime(2026, 3, 2, 21, 14, 5, tzinfo=UTC)


def letter(key: bytes | None = b"I-1", value: bytes | None = b"\xff{not json") -> DeadLetter:
    rejection = decode(value)
    assert isinstance(rejection, Rejection)
    return DeadLetter.of(
        rejection,
        key=key,
        value=value,
        topic="ncrs.incident-events.v1",
        partition=2,
        offset=41,
        rejected_at=AT,
    )


def test_headers_carry_the_facts_as_utf8() -> None:
    assert letter().to_headers() == [
        ("ncrs-reason", b"not_utf8"),
        ("ncrs-detail", b"invalid UTF-8 at byte 0"),
        ("ncrs-source-topic", b"ncrs.incident-events.v1"),
        ("ncrs-source-partition", b"2"),
        ("ncrs-source-offset", b"41"),
        ("ncrs-rejected-at", b"2026-03-02T21:14:05Z"),
    ]


def test_a_record_round_trips_with_other_headers_ignored() -> None:
    original = letter()
    headers = [("traceparent", b"00-abc"), *original.to_headers()]
    assert DeadLetter.from_record(original.key, original.value, headers) == original


def test_a_tombstone_and_a_keyless_record_round_trip() -> None:
    original = letter(key=None, value=None)
    assert original.reason is RejectReason.NOT_JSON
    assert DeadLetter.from_record(None, None, original.to_headers()) == original
    assert DeadLetter.from_json_line(original.to_json_line()) == original


def test_a_record_without_the_headers_is_not_a_dead_letter() -> None:
    headers = [h for h in letter().to_headers() if h[0] != "ncrs-reason"]
    with pytest.raises(DeadLetterError, match="lacks headers ncrs-reason"):
        DeadLetter.from_record(b"k", b"v", headers)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("ncrs-reason", b"bored"),
        ("ncrs-source-offset", b"forty"),
        ("ncrs-rejected-at", b"yesterday"),
    ],
)
def test_malformed_headers_are_refused(name: str, value: bytes) -> None:
    headers = [(n, value if n == name else v) for n, v in letter().to_headers()]
    with pytest.raises(DeadLetterError, match="malformed dead-letter field"):
        DeadLetter.from_record(b"k", b"v", headers)


def test_the_json_line_holds_the_originals_in_base64() -> None:
    line = json.loads(letter().to_json_line())
    assert line == {
        "reason": "not_utf8",
        "detail": "invalid UTF-8 at byte 0",
        "source_topic": "ncrs.incident-events.v1",
        "partition": 2,
        "offset": 41,
        "rejected_at": "2026-03-02T21:14:05Z",
        "key_b64": "SS0x",
        "value_b64": "/3tub3QganNvbg==",
    }


@pytest.mark.parametrize("line", ["", "{}", "[1]", '{"reason": "schema"}', "x"])
def test_a_line_that_is_not_a_dead_letter_is_refused(line: str) -> None:
    with pytest.raises(DeadLetterError):
        DeadLetter.from_json_line(line)


def test_a_long_detail_is_cut() -> None:
    rejection = Rejection(RejectReason.SCHEMA, "d" * 5_000)
    dead = DeadLetter.of(
        rejection, key=None, value=b"{}", topic="t", partition=0, offset=0, rejected_at=AT
    )
    assert len(dead.detail) == 500


@given(st.binary(max_size=300) | st.none(), st.binary(max_size=300) | st.none())
def test_any_bytes_round_trip_exactly(key: bytes | None, value: bytes | None) -> None:
    original = letter(key=key, value=value)
    from_record = DeadLetter.from_record(key, value, original.to_headers())
    from_line = DeadLetter.from_json_line(original.to_json_line())
    assert from_record == original == from_line
    assert from_line.value == value
    assert from_line.key == key
