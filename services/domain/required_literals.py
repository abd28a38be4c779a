"""Literal pre-filters for regular expressions: skip a search that cannot match.

`required_literals(pattern)` reads the pattern's syntax tree and returns strings of which every
match must contain at least one (or None when it cannot tell). A substring test (`in`) is far
cheaper than a regex search, so `LiteralGuardedPattern.search` runs the regex only when one of
the strings occurs in the text. The result is exactly that of `Pattern.search`: the filter only
skips searches that are certain to fail.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from functools import reduce
from operator import or_
from typing import Any

_parser: Any = importlib.import_module("re._parser")  # the stdlib regex parser (untyped)
_c: Any = importlib.import_module("re._constants")

Literals = frozenset[str]


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Strings of which each match contains one, or None (no pre-filter possible)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _sequence(list(_parser.parse(pattern.pattern, pattern.flags)))


def _sequence(items: list[tuple[Any, Any]]) -> Literals | None:
    """Every element of a sequence must match, so any one element's literals will do."""
    options: list[Literals] = []
    run = ""
    for op, arg in items:
        if op is _c.LITERAL:
            run += chr(arg)
            continue
        if op is _c.AT:  # zero-width (\b, ^, $): the literals either side stay adjacent
            continue
        if run:
            options.append(frozenset({run}))
            run = ""
        inner = _element(op, arg)
        if inner is not None:
            options.append(inner)
    if run:
        options.append(frozenset({run}))
    best = max(options, key=_selectivity, default=None)
    return _without_redundant(best) if best is not None else None


def _without_redundant(literals: Literals) -> Literals:
    """Drop strings that contain another of the set: finding that one is enough."""
    return frozenset(s for s in literals if not any(t != s and t in s for t in literals))


def _element(op: Any, arg: Any) -> Literals | None:
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, body = arg
        return None if add_flags & (re.IGNORECASE | re.VERBOSE) else _sequence(list(body))
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            found = _sequence(list(branch))
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = arg
        return _sequence(list(body)) if low >= 1 else None
    return None  # classes, wildcards, lookarounds, back-references: nothing certain


def _selectivity(option: Literals) -> tuple[int, int]:
    """Prefer long strings (rarer), then few of them (fewer tests)."""
    return min(len(s) for s in option), -len(option)


class LiteralGuardedPattern:
    """A compiled pattern whose `search` first checks for a required literal."""

    __slots__ = ("literals", "regex", "search")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.literals = required_literals(regex)
        self.search: Callable[[str], re.Match[str] | None] = (
            regex.search if self.literals is None else self._guarded_search
        )

    def _guarded_search(self, text: str) -> re.Match[str] | None:
        assert self.literals is not None
        for literal in self.literals:
            if literal in text:
                return self.regex.search(text)
        return None

    def sub(self, replace: Callable[[re.Match[str]], str], text: str) -> str:
        return self.regex.sub(replace, text) if self.search(text) else text


class LiteralIndex:
    """Which of many patterns may match a text, from one pass over the text's words.

    Each required literal has an anchor, its longest whitespace-free piece, which can only
    occur inside one word of the text. What each distinct word contains is worked out once and
    remembered, so a text costs a split and a few dictionary look-ups; literals with spaces are
    then confirmed against the whole text.
    """

    MAX_WORDS_REMEMBERED = 200_000

    def __init__(self, regexes: Sequence[re.Pattern[str]]) -> None:
        self.regexes = tuple(regexes)
        self._size = len(regexes)
        self._always = 0  # patterns with no literal to look for: always searched
        bits: dict[str, int] = {}  # literal -> the patterns needing it
        for i, regex in enumerate(regexes):
            literals = required_literals(regex)
            for literal in literals if literals is not None else ():
                bits[literal] = bits.get(literal, 0) | 1 << i
            if literals is None:
                self._always |= 1 << i
        # (anchor, patterns if the anchor is the whole literal, else the literal's id to confirm)
        self._anchors: list[tuple[str, int, int]] = []
        self._spaced: dict[int, tuple[str, int]] = {}  # literal id -> (literal, patterns)
        for n, (literal, patterns) in enumerate(bits.items()):
            pieces = literal.split()
            if not pieces:
                self._always |= patterns
            elif pieces == [literal]:
                self._anchors.append((literal, patterns, 0))
            else:
                self._anchors.append((max(pieces, key=len), 0, 1 << n))
                self._spaced[1 << n] = (literal, patterns)
        self._direct: dict[str, int] = {}  # word -> patterns a literal inside it points to
        self._to_confirm: dict[str, int] = {}  # word -> spaced literals whose anchor it holds

    def candidates(self, text: str) -> list[int]:
        """Indexes (ascending) of the patterns that may match `text`; the others cannot."""
        words = set(text.split())
        for word in words.difference(self._direct):
            self._learn(word)
        mask = reduce(or_, map(self._direct.__getitem__, words), self._always)
        spaced = reduce(or_, map(self._to_confirm.__getitem__, words), 0)
        while spaced:
            lowest = spaced & -spaced
            spaced ^= lowest
            literal, patterns = self._spaced[lowest]
            if literal in text:
                mask |= patterns
        return _set_bits(mask)

    def _learn(self, word: str) -> None:
        """Remember which patterns a literal inside `word` points to, and what to confirm."""
        direct = to_confirm = 0
        for anchor, patterns, literal_id in self._anchors:
            if anchor in word:
                direct |= patterns
                to_confirm |= literal_id
        if len(self._direct) >= self.MAX_WORDS_REMEMBERED:
            self._direct.clear()
            self._to_confirm.clear()
        self._direct[word] = direct
        self._to_confirm[word] = to_confirm


def _set_bits(mask: int) -> list[int]:
    out = []
    while mask:
        lowest = mask & -mask
        out.append(lowest.bit_length() - 1)
        mask ^= lowest
    return out
