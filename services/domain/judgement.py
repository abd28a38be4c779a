"""The engine's judgement of an incident: a scorer's view plus law and counting rules."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from services.domain.cancellations import contradicts_report
from services.domain.codes import OffenceGroup
from services.domain.events import Qualifier
from services.domain.incident import Facts
from services.domain.rulebook import RuleSet
from services.domain.scoring import Score


class Judgement(NamedTuple):
    """An incident's judgement (a tuple: it is built for every revision of its facts)."""

    crimeable: bool
    probability: float
    offence_group: OffenceGroup | None
    offence_codes: tuple[str, ...]
    domestic_abuse: bool
    expected_crimes: int
    counted_crimes: int
    dealt_with: bool
    """A crime counts, or a crime was transferred (C1): the contract's only other way."""
    recording_deadline: datetime | None
    safeguarding_deadline: datetime | None
    reasons: tuple[str, ...]


NOT_SCORED = Score(probability=0.0, offence_group=None)


def judge(facts: Facts, score: Score, rules: RuleSet) -> Judgement:
    group = score.offence_group
    crimes = facts.crimes.values()
    contrary = bool(crimes) and any(contradicts_report(c, group) for c in crimes)
    report = facts.report
    crimeable = report is not None and score.probability >= rules.threshold and not contrary
    reasons = tuple(score.reasons)
    if contrary:
        reasons += ("a supported C2 cancellation is credible evidence to the contrary",)
    counted = facts.counted_crimes if crimes else 0
    dealt_with = counted > 0 or facts.transferred
    victims = len(facts.victims) or score.victim_count
    reported_at = facts.report_time
    domestic_abuse = Qualifier.DOMESTIC_ABUSE in facts.qualifiers or score.domestic_abuse
    return Judgement(
        crimeable=crimeable,
        probability=round(score.probability, 4),
        offence_group=group if crimeable else None,
        offence_codes=score.offence_codes if crimeable else (),
        domestic_abuse=domestic_abuse,
        expected_crimes=max(1, victims) if crimeable else 0,
        counted_crimes=counted,
        dealt_with=dealt_with,
        recording_deadline=reported_at + rules.limit if crimeable and reported_at else None,
        safeguarding_deadline=(
            reported_at + rules.safeguarding if domestic_abuse and reported_at else None
        ),
        reasons=reasons,
    )
