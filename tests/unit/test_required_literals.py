"""The scorer's literal pre-filter may skip a regex search only when it is certain to fail."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.domain import rule_patterns as patterns
from services.domain.required_literals import LiteralIndex, required_literals
from services.domain.rule_scorer import RuleScorer
from services.synthetic import generate_cases

PATTERNS = [
    *(p for group in patterns.EVIDENCE.values() for p, _, _ in group),
    *(p for _, p in patterns.NEGATIONS),
    *(p for p, _, _ in patterns.CONTRADICTIONS),
    patterns.INJURY,
    patterns.RELATIONSHIP,
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_every_match_of_a_scorer_pattern_holds_one_of_its_literals(pattern: str) -> None:
    regex = re.compile(pattern)
    literals = required_literals(regex)

    @settings(max_examples=60, suppress_health_check=list(HealthCheck), deadline=None)
    @given(st.from_regex(regex))
    def check(text: str) -> None:
        match = regex.search(text)
        assert match is not None
        assert literals is None or any(lit in match.group() for lit in literals)

    check()


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bthreat(?:s|en)? to (?:kill|stab)\b", {"threat"}),
        (r"\b(?:stolen|stole|theft)\b", {"stole", "theft"}),
        (r"(?i)stolen", None),
        (r"\w+ing", {"ing"}),
        (r"(?:abc)?", None),
        (r"x+yz|(?:pq){2}", {"yz", "pq"}),
    ],
)
def test_required_literals(pattern: str, expected: set[str] | None) -> None:
    found = required_literals(re.compile(pattern))
    assert (set(found) if found is not None else None) == expected


def test_index_candidates_include_every_pattern_that_matches() -> None:
    regexes = [re.compile(p) for p in PATTERNS]
    index = LiteralIndex(regexes)
    texts = ["", "   ", "no one hitassault", "he was NOT injured", "cctv shows  him", "a b c"]
    texts += [s.lower() for s in ("Victim punched and cut; no injuries.", "car stolen from drive")]
    for text in texts:
        matching = [i for i, r in enumerate(regexes) if r.search(text)]
        assert set(matching) <= set(index.candidates(text)), text


class _NoPrefilter(LiteralIndex):
    def candidates(self, text: str) -> list[int]:
        return list(range(self._size))


def test_rule_scorer_gives_the_same_scores_with_and_without_the_prefilter() -> None:
    fast, slow = RuleScorer(), RuleScorer()
    slow._index = _NoPrefilter(slow._index.regexes)
    cases = [case.facts() for case in generate_cases(7, 400)]
    assert [fast.score(f) for f in cases] == [slow.score(f) for f in cases]
