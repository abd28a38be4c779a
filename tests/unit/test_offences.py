from __future__ import annotations

import pytest

from services.domain.codes import OffenceGroup
from services.domain.offences import (
    TYPICAL_CODES,
    group_of_offence_code,
    is_notifiable_code,
    typical_codes,
)


@pytest.mark.parametrize(
    ("code", "group"),
    [
        ("8N", OffenceGroup.VIOLENCE_WITH_INJURY),
        ("105A", OffenceGroup.VIOLENCE_WITHOUT_INJURY),
        ("3B", OffenceGroup.VIOLENCE_WITHOUT_INJURY),
        ("8L", OffenceGroup.STALKING_HARASSMENT),
        ("8Q", OffenceGroup.STALKING_HARASSMENT),
        ("19C", OffenceGroup.RAPE),
        ("20A", OffenceGroup.OTHER_SEXUAL_OFFENCES),
        ("34B", OffenceGroup.ROBBERY),
        ("28E", OffenceGroup.BURGLARY),
        ("30C", OffenceGroup.BURGLARY),
        ("45", OffenceGroup.VEHICLE_OFFENCES),
        ("46", OffenceGroup.THEFT),
        ("58C", OffenceGroup.CRIMINAL_DAMAGE_ARSON),
        ("56B", OffenceGroup.CRIMINAL_DAMAGE_ARSON),
        ("9A", OffenceGroup.PUBLIC_ORDER),
        ("10A", OffenceGroup.WEAPONS),
        ("92E", OffenceGroup.DRUGS),
        ("NFIB1H", OffenceGroup.FRAUD),
        ("106", OffenceGroup.MODERN_SLAVERY),
        ("8G", OffenceGroup.VIOLENCE_WITH_INJURY),
        ("37.2", OffenceGroup.VEHICLE_OFFENCES),
    ],
)
def test_known_codes_map_to_their_group(code: str, group: OffenceGroup) -> None:
    assert group_of_offence_code(code) is group


def test_lookup_ignores_case_and_spaces() -> None:
    assert group_of_offence_code(" 8n ") is OffenceGroup.VIOLENCE_WITH_INJURY
    assert group_of_offence_code("nfib3a") is OffenceGroup.FRAUD


@pytest.mark.parametrize("code", ["N100", "n100", "", "ZZZ", "999"])
def test_n100_and_unknown_codes_have_no_group(code: str) -> None:
    assert group_of_offence_code(code) is None
    assert not is_notifiable_code(code)


def test_every_typical_code_maps_back_to_its_group() -> None:
    for group, codes in TYPICAL_CODES.items():
        for code in codes:
            assert group_of_offence_code(code) is group
    assert set(TYPICAL_CODES) == set(OffenceGroup)


def test_first_typical_code_is_the_default_suggestion() -> None:
    assert typical_codes(OffenceGroup.VIOLENCE_WITH_INJURY)[0] == "8N"
    assert typical_codes(OffenceGroup.BURGLARY)[0] == "28E"
    assert typical_codes(OffenceGroup.OTHER) == ()
