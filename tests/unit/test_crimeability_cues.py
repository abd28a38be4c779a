from __future__ import annotations

import pytest

from services.adapters.crimeability_cues import LABELS, NAMES, find_cues
from services.adapters.crimeability_features import mark_negation


def cues(text: str) -> frozenset[str]:
    return find_cues(mark_negation(text))


@pytest.mark.parametrize(
    "text",
    [
        "he punched her in the face",
        "OAP was shoved by a male pushing in",
        "son punched his dad in the mouth",
        "he spat at the caller",
    ],
)
def test_force_aimed_at_a_person(text: str) -> None:
    assert "at_a_person" in cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "husband threw her laptop across the room, she is not hurt",
        "boyfriend punched holes in the walls",
        "grabbed her handbag and ran",
    ],
)
def test_force_at_things_is_not_at_a_person(text: str) -> None:
    assert "at_a_person" not in cues(text)


def test_damage_with_nobody_hit_is_damage_to_things_only() -> None:
    assert "damage_to_things_only" in cues("ex smashed the telly and snapped the remote")
    assert "damage_to_things_only" not in cues("ex smashed the telly and then punched her")


def test_money_sent_to_an_impostor_is_a_deception() -> None:
    assert "deception" in cues("whatsapp from a new number, she sent £650")


def test_every_cue_has_a_label() -> None:
    assert all(LABELS.get(name) for name in NAMES)
