"""The register of real logs: jargon, capitals, terse lower case and typos, applied at random."""

from __future__ import annotations

import random
import re

_JARGON = (
    (r"\bcaller\b", ("C/R", "c/r", "caller")),
    (r"\bvictim\b", ("IP", "ip", "victim", "IP/victim")),
    (r"\bsuspect\b", ("SUSP", "susp", "suspect")),
    (r"\binjuries\b", ("injs", "inj", "injuries")),
    (r"\bstatement\b", ("w/s", "statement", "MG11")),
    (r"\bapproximately\b", ("approx", "approx.")),
    (r"\bwith\b", ("with", "with", "w/")),
    (r"\bofficers\b", ("officers", "ofcrs", "units", "OIC")),
    (r"\bdomestic\b", ("domestic", "DA", "dom")),
    (r"\bpolice\b", ("police", "Police", "pol")),
)
_COMPILED = tuple((re.compile(p, re.IGNORECASE), options) for p, options in _JARGON)


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not long_words:
        return text
    i = rng.choice(long_words)
    w = words[i]
    j = rng.randrange(len(w) - 1)
    kind = rng.random()
    if kind < 0.5:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]  # swap
    elif kind < 0.8:
        w = w[:j] + w[j + 1 :]  # drop
    else:
        w = w[:j] + w[j] + w[j:]  # double
    words[i] = w
    return " ".join(words)


def roughen(rng: random.Random, text: str) -> str:
    """One log entry as a hurried call handler might type it."""
    for regex, options in _COMPILED:
        if rng.random() < 0.5:
            text = regex.sub(rng.choice(options), text)
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        text = _typo(rng, text)
    style = rng.random()
    if style < 0.08:
        text = text.upper()
    elif style < 0.25:
        text = text.lower().rstrip(".")
    if rng.random() < 0.1:
        text = text.replace(", ", " ").replace(". ", " - ")
    return text
