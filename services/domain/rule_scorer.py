"""A transparent, fast crimeability scorer built from phrase rules (the baseline and fallback).

Log-odds arithmetic: the opening code gives a prior; phrases describing an offence add evidence
(negated phrases are masked out first: "no injuries" is not an injury); qualifiers and a
professional reporter add a little; credible evidence to the contrary ("CCTV shows", "lost",
"civil matter") subtracts. The strongest group of evidence names the offence group.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from services.domain import rule_patterns as patterns
from services.domain.codes import OffenceGroup
from services.domain.events import Channel, Qualifier, Reporter
from services.domain.offences import typical_codes
from services.domain.quoting import safe_quote
from services.domain.required_literals import LiteralGuardedPattern, LiteralIndex
from services.domain.scoring import IncidentFacts, Score
from services.domain.victim_count import count_victims

G = OffenceGroup
THRESHOLD = 0.5
_STATE_BASED = frozenset({G.DRUGS, G.WEAPONS, G.PUBLIC_ORDER})
_PERSONAL = frozenset(
    {G.VIOLENCE_WITH_INJURY, G.VIOLENCE_WITHOUT_INJURY, G.STALKING_HARASSMENT, G.RAPE}
    | {G.OTHER_SEXUAL_OFFENCES, G.CRIMINAL_DAMAGE_ARSON}
)
_LEAD_CODE = {
    "describes threats to kill": "3B",
    "describes controlling or coercive behaviour": "8U",
    "describes controlling behaviour": "8U",
    "describes malicious communications": "8R",
    "describes threatening messages": "8R",
    "describes arson": "56B",
    "describes a vehicle theft": "48",
    "describes making off without payment": "49A",
}


@dataclass(frozen=True, slots=True)
class _Rule:
    regex: re.Pattern[str]
    weight: float
    label: str


@dataclass(slots=True)
class _Evidence:
    weight: float
    rule: _Rule
    match: re.Match[str]


def _compile(patterns: Sequence[patterns.Pattern]) -> tuple[_Rule, ...]:
    return tuple(_Rule(re.compile(p), w, label) for p, w, label in patterns)


def _guarded(pattern: str) -> LiteralGuardedPattern:
    return LiteralGuardedPattern(re.compile(pattern))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


class RuleScorer:
    """Phrase rules over the narrative plus structured priors. Pure and deterministic."""

    def __init__(self) -> None:
        self._evidence = tuple(
            (g, rule) for g, pats in patterns.EVIDENCE.items() for rule in _compile(pats)
        )
        self._negations = tuple((kind, re.compile(p)) for kind, p in patterns.NEGATIONS)
        self._contra = _compile(patterns.CONTRADICTIONS)
        # Which patterns may match a text, from their required literals (most cannot), indexed
        # negations first, then evidence, then contradictions.
        self._index = LiteralIndex(
            [regex for _, regex in self._negations]
            + [rule.regex for _, rule in self._evidence]
            + [rule.regex for rule in self._contra]
        )
        self._evidence_from = len(self._negations)
        self._contra_from = self._evidence_from + len(self._evidence)
        self._injury = _guarded(patterns.INJURY)
        self._relationship = _guarded(patterns.RELATIONSHIP)
        self._stranger = _guarded(patterns.STRANGER)
        self._rank = {g: i for i, g in enumerate(patterns.SERIOUSNESS)}

    @property
    def version(self) -> str:
        return "rules-1"

    def score_many(self, batch: Sequence[IncidentFacts]) -> list[Score]:
        return [self.score(facts) for facts in batch]

    def score(self, facts: IncidentFacts) -> Score:
        text = facts.narrative
        masked, negated, candidates = self._mask_negations(text.lower())
        found = self._find_evidence(masked, candidates)
        self._add_injury(found, masked)
        reasons: list[str] = []
        group, logit = self._evidence_logit(facts, found, negated, reasons)
        for index in candidates[bisect.bisect_left(candidates, self._contra_from) :]:
            rule = self._contra[index - self._contra_from]
            weak = rule.weight > -2.0  # "verbal only", "civil matter": outweighed by evidence
            if (not weak or not found) and rule.regex.search(masked):
                logit += rule.weight
                reasons.append(rule.label)
        probability = round(_sigmoid(logit), 4)
        crimeable = probability >= THRESHOLD and group is not None
        if group is not None and group in found:
            ev = found[group]
            reasons.insert(0, f"{ev.rule.label} ('{self._quote(text, masked, ev.match)}')")
        if G.VIOLENCE_WITH_INJURY in found and group is G.VIOLENCE_WITH_INJURY:
            assault = found.get(G.VIOLENCE_WITHOUT_INJURY)
            if assault is not None:
                reasons.insert(1, f"with an assault ('{self._quote(text, masked, assault.match)}')")
        domestic = Qualifier.DOMESTIC_ABUSE in facts.qualifiers or (
            group in _PERSONAL and self._domestic(masked)
        )
        victims = count_victims(masked) if crimeable and group not in _STATE_BASED else 0
        return Score(
            probability=probability,
            offence_group=group if crimeable else None,
            offence_codes=self._codes(group, found) if crimeable and group else (),
            domestic_abuse=domestic,
            victim_count=victims,
            reasons=tuple(reasons[:5]),
        )

    def _domestic(self, masked: str) -> bool:
        """A partner or family member named in a personal crime, unless the suspect is a
        stranger ("a man I have never met punched me; my mum drove me home")."""
        if not self._relationship.search(masked):
            return False
        return "domestic" in masked or not self._stranger.search(masked)

    def _mask_negations(self, low: str) -> tuple[str, set[str], list[int]]:
        """The text with negated phrases blanked, the kinds negated, and the candidates in it."""
        negated: set[str] = set()
        candidates = self._index.candidates(low)
        position = 0
        while position < len(candidates) and candidates[position] < self._evidence_from:
            index = candidates[position]
            position += 1
            kind, regex = self._negations[index]
            if regex.search(low):
                negated.add(kind)
                low = regex.sub(lambda m: " " * len(m.group()), low)
                candidates = self._index.candidates(low)  # the text changed
                position = bisect.bisect_right(candidates, index)
        return low, negated, candidates

    def _find_evidence(self, masked: str, candidates: list[int]) -> dict[OffenceGroup, _Evidence]:
        found: dict[OffenceGroup, _Evidence] = {}
        start = bisect.bisect_left(candidates, self._evidence_from)
        for index in candidates[start:]:
            if index >= self._contra_from:
                break
            group, rule = self._evidence[index - self._evidence_from]
            match = rule.regex.search(masked)
            if match is None:
                continue
            ev = found.get(group)
            if ev is None:
                found[group] = _Evidence(rule.weight, rule, match)
            else:
                ev.weight = max(ev.weight, rule.weight) + 0.4
        return found

    def _add_injury(self, found: dict[OffenceGroup, _Evidence], masked: str) -> None:
        assault = found.get(G.VIOLENCE_WITHOUT_INJURY)
        if assault is None or assault.rule.label != "describes an assault":
            return
        injury = self._injury.search(masked)
        if injury is None:
            return
        weight = assault.weight + 1.0
        current = found.get(G.VIOLENCE_WITH_INJURY)
        if current is None or current.weight < weight:
            found[G.VIOLENCE_WITH_INJURY] = _Evidence(
                weight, _Rule(injury.re, 0, "describes an assault with injury"), injury
            )

    def _evidence_logit(
        self,
        facts: IncidentFacts,
        found: dict[OffenceGroup, _Evidence],
        negated: set[str],
        reasons: list[str],
    ) -> tuple[OffenceGroup | None, float]:
        code = facts.opening_code
        qualifiers = facts.qualifiers
        if not found:
            group = patterns.CODE_GROUP.get(code)
            if group is not None:
                reasons.append(f"opened as a crime ({code.value})")
            return group, patterns.OPENING_PRIOR[code] + 0.5 * (Qualifier.WEAPON in qualifiers)
        group = max(found, key=lambda g: (found[g].weight, -self._rank[g]))
        logit = found[group].weight - 0.8 + (1.5 if code.is_crime else 0.0)
        if patterns.NEGATED_BY.get(group) in negated:
            logit -= 0.8
        logit += 0.6 * (Qualifier.WEAPON in qualifiers) + 0.4 * (Qualifier.HATE in qualifiers)
        logit += 0.3 * (Qualifier.DOMESTIC_ABUSE in qualifiers)
        professional = facts.reporter is Reporter.PROFESSIONAL
        if professional or facts.channel is Channel.AGENCY_REFERRAL:
            logit += 0.5
            reasons.append("reported by a professional or agency")
        if facts.reporter is Reporter.POLICE and group is G.PUBLIC_ORDER:
            logit -= 0.8  # witnessed only by officers: points to prove needed
        return group, logit

    def _codes(self, group: OffenceGroup, found: dict[OffenceGroup, _Evidence]) -> tuple[str, ...]:
        codes = list(typical_codes(group)[:3])
        ev = found.get(group)
        lead = _LEAD_CODE.get(ev.rule.label) if ev else None
        if lead is not None:
            codes = [lead, *(c for c in codes if c != lead)][:3]
        return tuple(codes)

    @staticmethod
    def _quote(text: str, masked: str, match: re.Match[str]) -> str:
        end = match.end()
        tail = re.match(r"(?:[ ,]+[\w'/&-]+){0,3}", masked[end : end + 40])
        if tail:
            end += tail.end()
        source = text if len(text) == len(masked) else masked
        return safe_quote(source, match.start(), end)
