"""Every line of the contract's worked examples decodes, and survives encode -> decode."""

from __future__ import annotations

import json
from pathlib import Path

from services.adapters.codec import Rejection, decode, encode_event
from services.domain.timestamps import format_timestamp


def example_lines(folder: Path) -> list[bytes]:
    lines = (folder / "timeline.jsonl").read_bytes().splitlines()
    return [line for line in lines if line.strip()]


def test_every_example_line_round_trips(contract_examples: Path) -> None:
    lines = example_lines(contract_examples)
    assert len(lines) >= 8
    for line in lines:
        event = decode(line)
        assert not isinstance(event, Rejection), (line[:80], event)
        encoded = encode_event(event)
        again = decode(encoded)
        assert again == event
        assert encode_event(again) == encoded  # a second trip changes no byte


def test_round_trip_keeps_every_field_of_the_examples(contract_examples: Path) -> None:
    for line in example_lines(contract_examples):
        original = json.loads(line)
        event = decode(line)
        assert not isinstance(event, Rejection)
        encoded = json.loads(encode_event(event))
        assert set(original) <= set(encoded)
        assert encoded["occurred_at"] == format_timestamp(event.occurred_at)
        for key, value in original["data"].items():
            if not key.endswith("_at"):
                assert encoded["data"][key] == value, key
