"""Short quotes from a narrative that are safe to show a supervisor: no names, no identifiers.

A reason may quote a few words of the log ("cut to her eyebrow") but never a person's name or
an identifier that leads to one. Names are spotted the way a reader would: words capitalised in
the original text that are not at the start of a sentence and not police jargon. Identifiers
are tokens that mix letters and digits (a registration, a postcode) and numbers of five digits
or more, or with slashes (a phone number, a crime reference). Both become an ellipsis.
"""

from __future__ import annotations

import re

MAX_QUOTE_CHARS = 40
MAX_QUOTE_WORDS = 6
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’/-]*")
_IDENTIFIER = re.compile(r"(?=.*[A-Za-z])(?=.*\d).+|.*\d/\d.*|.*\d{5,}.*")
_DANGLING = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "to",
        "of",
        "on",
        "at",
        "in",
        "into",
        "onto",
        "from",
        "by",
        "with",
        "for",
        "as",
    ]
)
_REGISTRATION_TAIL = re.compile(r"[A-Z]{3}")
"""The letters after a registration's first half (`AB12 CDE`)."""
_JARGON = frozenset(
    [
        "IP",
        "C/R",
        "CR",
        "SUSP",
        "OIC",
        "DA",
        "ABH",
        "GBH",
        "RTC",
        "MISPER",
        "NFA",
        "TPO",
        "CCTV",
        "PNC",
        "DASH",
        "MARAC",
        "NRM",
        "GP",
        "A&E",
        "I",
        "He",
        "She",
        "They",
        "We",
        "You",
        "My",
        "His",
        "Her",
        "Their",
        "It",
        "The",
        "A",
        "An",
        "No",
        "Not",
    ]
)


def _looks_like_name(text: str, start: int, word: str) -> bool:
    if not word[0].isupper() or word.isupper() or word in _JARGON:
        return False
    before = start - 1  # the last character before the word that is not white space
    while before >= 0 and text[before].isspace():
        before -= 1
    return before >= 0 and text[before] not in ".!?:;"


def safe_quote(text: str, start: int, end: int) -> str:
    """The words of `text[start:end]`, names and identifiers replaced by '…', trimmed to a
    short phrase."""
    parts: list[str] = []
    last = start
    masked_identifier = False
    for match in _TOKEN.finditer(text, start, end):
        parts.append(text[last : match.start()])
        word = match.group()
        identifier = _IDENTIFIER.fullmatch(word) is not None or (
            masked_identifier and _REGISTRATION_TAIL.fullmatch(word) is not None
        )
        hidden = identifier or (word[0].isalpha() and _looks_like_name(text, match.start(), word))
        parts.append("…" if hidden else word)
        masked_identifier = identifier
        last = match.end()
    parts.append(text[last:end])
    words = "".join(parts).split()
    del words[MAX_QUOTE_WORDS:]
    while len(" ".join(words)) > MAX_QUOTE_CHARS:
        words.pop()
    while len(words) > 1 and words[-1].lower().strip(",") in _DANGLING:
        words.pop()  # "pushed her into the" reads as cut off; "pushed her" does not
    return " ".join(words).rstrip(",")
