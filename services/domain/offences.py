"""Home Office offence classification codes and the offence groups they belong to.

Source: shared/reference/sources.md section 5 (ONS offence hierarchy, HOCR volumes). Codes
marked UNVERIFIED there (8R malicious communications, 8U controlling or coercive behaviour) are
included because forces use them; `N100` is deliberately absent: it is not a recorded crime.
Fraud recorded by Action Fraud carries NFIB codes (e.g. `NFIB1H`), mapped by prefix.
"""

from __future__ import annotations

from types import MappingProxyType

from services.domain.codes import N100, OffenceGroup

G = OffenceGroup

# Group -> codes, most typical first (the first code is the default suggestion for the group).
TYPICAL_CODES: MappingProxyType[OffenceGroup, tuple[str, ...]] = MappingProxyType(
    {
        G.VIOLENCE_WITH_INJURY: ("8N", "8P", "8S", "5D", "5E", "2", "1", "4.1", "4.10", "4.2"),
        G.VIOLENCE_WITHOUT_INJURY: ("105A", "105B", "104", "3B", "13", "36", "11A"),
        G.STALKING_HARASSMENT: ("8L", "8Q", "8R", "8U", "8M"),
        G.RAPE: ("19C", "19D", "19E", "19F", "19G", "19H"),
        G.OTHER_SEXUAL_OFFENCES: (
            "20A",
            "20B",
            "17A",
            "17B",
            "21",
            "22A",
            "22B",
            "71",
            "72",
            "73",
            "88A",
            "88E",
        ),
        G.ROBBERY: ("34B", "34A"),
        G.BURGLARY: ("28E", "30C", "28F", "28G", "28H", "29A", "30D", "31A"),
        G.VEHICLE_OFFENCES: ("45", "48", "37.2", "126"),
        G.THEFT: ("49", "46", "39", "44", "49A"),
        G.CRIMINAL_DAMAGE_ARSON: ("58C", "58A", "58B", "58D", "58J", "56A", "56B", "59"),
        G.PUBLIC_ORDER: ("9A", "9B", "62A", "66"),
        G.WEAPONS: ("10A", "10B", "10C", "10D", "81", "90"),
        G.DRUGS: ("92E", "92D", "92A", "92C"),
        G.FRAUD: ("NFIB", "33A"),
        G.MODERN_SLAVERY: ("106",),
        G.OTHER: (),
    }
)

# Legacy (pre-2018) codes still seen in old data, mapped to today's groups.
_LEGACY: dict[str, OffenceGroup] = {
    "8F": G.VIOLENCE_WITH_INJURY,
    "8G": G.VIOLENCE_WITH_INJURY,
    "8H": G.VIOLENCE_WITH_INJURY,
    "8J": G.VIOLENCE_WITH_INJURY,
    "8K": G.VIOLENCE_WITH_INJURY,
    "5A": G.VIOLENCE_WITH_INJURY,
    "5B": G.VIOLENCE_WITH_INJURY,
    "5C": G.VIOLENCE_WITH_INJURY,
    "28A": G.BURGLARY,
    "28B": G.BURGLARY,
    "28C": G.BURGLARY,
    "28D": G.BURGLARY,
    "29": G.BURGLARY,
    "30A": G.BURGLARY,
    "30B": G.BURGLARY,
    "31": G.BURGLARY,
}

_GROUP_OF: MappingProxyType[str, OffenceGroup] = MappingProxyType(
    {code: group for group, codes in TYPICAL_CODES.items() for code in codes} | _LEGACY
)


def normalise_offence_code(code: str) -> str:
    """Upper-case, trimmed form used for look-ups (`' 8n '` -> `'8N'`)."""
    return code.strip().upper()


def group_of_offence_code(code: str) -> OffenceGroup | None:
    """The offence group of a Home Office code, or None for N100 and unknown codes."""
    key = normalise_offence_code(code)
    if not key or key == N100:
        return None
    if key.startswith("NFIB"):
        return G.FRAUD
    return _GROUP_OF.get(key)


def typical_codes(group: OffenceGroup) -> tuple[str, ...]:
    """Home Office codes typical of a group, most typical first (empty for OTHER)."""
    return TYPICAL_CODES[group]


def is_notifiable_code(code: str) -> bool:
    """True when the code is a known notifiable crime classification (N100 is not)."""
    return group_of_offence_code(code) is not None
