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


@pytest.mark.parametrize(
    "text",
    [
        "bag reported stolen, c/b found it in the car, everything still in it. No crime.",
        "the transactions are her own subscriptions, no fraud",
        "son took the telly and left the door open, no burglary",
        "lad now admits he made it up, he fell off his bike",
        "found at the foot of the stairs, no third party involvement",
    ],
)
def test_a_report_explained_away(text: str) -> None:
    assert "explained" in cues(text)


def test_crime_words_alone_are_not_explained_away() -> None:
    assert "explained" not in cues("someone stole her purse and used her cards, she is distraught")


def test_a_slip_points_away_but_slipping_goods_into_a_bag_does_not() -> None:
    assert "contrary" in cues("he says he slipped on the ice")
    assert "contrary" not in cues("a woman slipped a jacket into her bag and walked out")


def test_places_are_not_sexual_or_fire_cues() -> None:
    assert "sexual" not in cues("male found at the bottom of the stairs")
    assert "sexual" in cues("he grabbed her bottom")
    assert "fire" not in cues("card used at a petrol station")
    assert "fire" in cues("petrol poured through the letterbox")
