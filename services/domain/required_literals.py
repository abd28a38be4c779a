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
from collections.abc import Callable, Iterator, Sequence
from functools import reduce
from operator import itemgetter, or_
from typing import Any

import ahocorasick

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
    """Which of many patterns may match a text, from one Aho-Corasick pass over the text.

    The automaton holds every required literal with the patterns needing it; one C-level scan
    reports each literal present (overlaps included), so a text costs one pass whatever its
    words. Patterns with no literal to look for are always candidates.
    """

    def __init__(self, regexes: Sequence[re.Pattern[str]]) -> None:
        self.regexes = tuple(regexes)
        self._size = len(regexes)
        self._always = 0  # patterns with no literal to look for: always searched
        bits: dict[str, int] = {}  # literal -> the patterns needing it
        for i, regex in enumerate(regexes):
            literals = required_literals(regex)
            if literals is None:
                self._always |= 1 << i
                continue
            for literal in literals:
                bits[literal] = bits.get(literal, 0) | 1 << i
        self._automaton = ahocorasick.Automaton()
        for literal, patterns in bits.items():
            if literal:
                self._automaton.add_word(literal, patterns)
            else:
                self._always |= patterns
        if bits:
            self._automaton.make_automaton()
        self._iter: Callable[[str], Iterator[tuple[int, int]]] = (
            self._automaton.iter if bits else _nothing
        )

    def candidates(self, text: str) -> list[int]:
        """Indexes (ascending) of the patterns that may match `text`; the others cannot."""
        return _set_bits(reduce(or_, map(itemgetter(1), self._iter(text)), self._always))


def _nothing(_text: str) -> Iterator[tuple[int, int]]:
    return iter(())


def _set_bits(mask: int) -> list[int]:
    out = []
    while mask:
        lowest = mask & -mask
        out.append(lowest.bit_length() - 1)
        mask ^= lowest
    return out
