"""docs/asyncapi.yaml names the contract's topics and points at schemas that exist."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from services.adapters import topics

DOCS = Path(__file__).resolve().parents[2] / "docs"


def load() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((DOCS / "asyncapi.yaml").read_text())
    return document


def test_every_contract_topic_is_a_channel() -> None:
    addresses = {channel["address"] for channel in load()["channels"].values()}
    assert addresses == {
        topics.INCIDENT_EVENTS,
        topics.DEAD_LETTERS,
        topics.ASSESSMENTS,
        topics.ALERTS,
        topics.ALERT_ACTIONS,
    }


def test_every_reference_resolves() -> None:
    document = load()

    def refs(node: object) -> list[str]:
        if isinstance(node, dict):
            found = [node["$ref"]] if "$ref" in node else []
            return found + [ref for value in node.values() for ref in refs(value)]
        if isinstance(node, list):
            return [ref for value in node for ref in refs(value)]
        return []

    for ref in refs(document):
        if ref.startswith("#/"):
            target: Any = document
            for part in ref[2:].split("/"):
                target = target[part]
        else:
            assert (DOCS / ref).is_file(), ref


def test_every_operation_uses_a_channel() -> None:
    document = load()
    used = {op["channel"]["$ref"].rsplit("/", 1)[1] for op in document["operations"].values()}
    assert used == set(document["channels"])
