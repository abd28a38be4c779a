"""How many victims a narrative describes (one crime per victim). 1 when it names no number."""

from __future__ import annotations

import re

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5}
_PEOPLE = (
    r"(?:victims|ips|injured parties|people|persons|males|females|men|women|lads|girls|boys|"
    r"teenagers|youths|friends|students|neighbours)"
)
_COUNTED = re.compile(
    rf"\b(two|three|four|five|six|[2-5]) (?:\w+ )?{_PEOPLE} (?:were |have been |had been |all )?"
    r"(?:assaulted|attacked|injured|hurt|punched|hit|threatened|robbed|targeted|involved)"
)
_BOTH = re.compile(
    r"\bboth (?:victims|ips|of them|were|have been|had been|assaulted|injured|punched|threatened)|"
    r"\b(?:he|she|c/r|caller|ip|victim) and (?:his|her|their) (?:\w+ )?"
    r"(?:sister|brother|friend|mum|mother|dad|father|partner|son|daughter|wife|husband|colleague)"
    r" (?:were|both|have|had)\b"
)


def count_victims(low_text: str) -> int:
    """Victims described in lower-cased text: an explicit count, 2 for 'both', else 1."""
    match = _COUNTED.search(low_text)
    if match:
        return _NUMBERS[match.group(1)]
    return 2 if _BOTH.search(low_text) else 1
