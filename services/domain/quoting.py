"""Short quotes from a narrative that are safe to show a supervisor: no names.

A reason may quote a few words of the log ("cut to her eyebrow") but never a person's name.
Names are spotted the way a reader would: words capitalised in the original text that are not
at the start of a sentence and not police jargon. They are replaced by an ellipsis.
"""

from __future__ import annotations

import re

MAX_QUOTE_CHARS = 48
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
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
    """The words of `text[start:end]`, names replaced by '…', trimmed to a short phrase."""
    parts: list[str] = []
    last = start
    for match in _WORD.finditer(text, start, end):
        parts.append(text[last : match.start()])
        word = match.group()
        parts.append("…" if _looks_like_name(text, match.start(), word) else word)
        last = match.end()
    parts.append(text[last:end])
    quote = " ".join("".join(parts).split())
    if len(quote) > MAX_QUOTE_CHARS:
        quote = quote[: MAX_QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return quote
