"""Properties of `decode`: no input makes it raise, and every answer is an event or a reason."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.adapters.codec import Rejection, RejectReason, decode, encode_event
from tests.unit.test_contract_fields import EVENT_TYPES, raw, valid_event

PROPERTY_SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)
field_values = json_values | st.sampled_from(
    ["", "x" * 200, "2026-03-02T21:14:00Z", "2026-03-02T21:14:00", "crime.violence", -1, 10**30]
)


def assert_event_or_reason(result: object) -> None:
    if isinstance(result, Rejection):
        assert result.reason in set(RejectReason)
        assert isinstance(result.detail, str)
        assert result.detail
    else:
        assert decode(encode_event(result)) == result  # type: ignore[arg-type]


@PROPERTY_SETTINGS
@given(st.binary(max_size=512))
def test_arbitrary_bytes_never_raise(value: bytes) -> None:
    assert_event_or_reason(decode(value))


@PROPERTY_SETTINGS
@given(json_values)
def test_arbitrary_json_values_never_raise(value: object) -> None:
    assert_event_or_reason(decode(json.dumps(value).encode()))


@PROPERTY_SETTINGS
@given(st.sampled_from(EVENT_TYPES), st.data())
def test_mutated_valid_events_never_raise(event_type: str, data: st.DataObject) -> None:
    event: dict[str, Any] = valid_event(event_type)
    target = data.draw(st.sampled_from([event, event["data"]]), label="level")
    key = data.draw(st.sampled_from([*target, "extra"]), label="key")
    action = data.draw(st.sampled_from(["replace", "delete"]), label="action")
    if action == "delete":
        target.pop(key, None)
    else:
        target[key] = data.draw(field_values, label="value")
    assert_event_or_reason(decode(raw(event)))


@PROPERTY_SETTINGS
@given(st.sampled_from(EVENT_TYPES), st.data())
def test_corrupted_bytes_of_a_valid_event_never_raise(event_type: str, data: st.DataObject) -> None:
    encoded = bytearray(raw(valid_event(event_type)))
    for _ in range(data.draw(st.integers(1, 4), label="flips")):
        at = data.draw(st.integers(0, len(encoded) - 1), label="at")
        encoded[at] = data.draw(st.integers(0, 255), label="byte")
    assert_event_or_reason(decode(bytes(encoded)))


@PROPERTY_SETTINGS
@given(st.text(max_size=300))
def test_any_narrative_text_round_trips(narrative: str) -> None:
    event = valid_event()
    event["data"]["narrative"] = narrative
    result = decode(raw(event))
    assert not isinstance(result, Rejection), result
    assert_event_or_reason(result)
