"""The contract's alert rules: when each condition holds, and why it stopped holding.

Every rule is a condition over (facts, judgement, rule set, event time). The engine fires an
alert the first time its condition holds and resolves it the first time it stops holding; an
alert never fires twice. `crime-indicated` may only start holding at a report or update.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import NamedTuple

from services.domain.cancellations import cancellation_supported
from services.domain.incident import Facts
from services.domain.judgement import Judgement
from services.domain.outputs import Resolution, Rule, Severity
from services.domain.rulebook import RuleSet

SEVERITY = {
    Rule.CRIME_INDICATED: Severity.WARNING,
    Rule.RECORDING_DUE_SOON: Severity.WARNING,
    Rule.RECORDING_OVERDUE: Severity.CRITICAL,
    Rule.CLOSED_WITHOUT_CRIME: Severity.CRITICAL,
    Rule.VICTIMS_WITHOUT_CRIME: Severity.CRITICAL,
    Rule.SAFEGUARDING_OVERDUE: Severity.CRITICAL,
    Rule.CANCELLATION_UNSUPPORTED: Severity.CRITICAL,
}
FIRES_ONLY_ON_REPORT_OR_UPDATE = frozenset({Rule.CRIME_INDICATED})


class Condition(NamedTuple):
    """One rule's condition at one moment (a tuple: evaluated several times per event)."""

    rule: Rule
    holds: bool
    deadline: datetime | None = None
    crime_id: str | None = None


def evaluate(
    facts: Facts,
    j: Judgement,
    rules: RuleSet,
    at: datetime,
    firing: Collection[tuple[Rule, str | None]] = (),
) -> list[Condition]:
    """The rules' conditions at event time `at` (`at` >= a deadline means it has passed)
    that hold, or that stopped holding while their (rule, crime id) is in `firing`: those
    an alert lifecycle can act on, in rule order."""
    conditions: list[Condition] = []
    reported_at = facts.reported_at
    if reported_at is not None:
        unrecorded = j.crimeable and not j.dealt_with
        code = facts.opening_code
        limit = reported_at + rules.limit
        closure = facts.closure
        safeguarding_due = reported_at + rules.safeguarding
        for rule, holds, deadline in (
            (Rule.CRIME_INDICATED, unrecorded and code is not None and not code.is_crime, limit),
            (Rule.RECORDING_DUE_SOON, unrecorded and at >= reported_at + rules.warning, limit),
            (Rule.RECORDING_OVERDUE, unrecorded and at >= limit, limit),
            (
                Rule.CLOSED_WITHOUT_CRIME,
                unrecorded and closure is not None and not closure.closed_as_crime,
                limit,
            ),
            (
                Rule.VICTIMS_WITHOUT_CRIME,
                j.crimeable
                and at >= limit
                and not facts.transferred
                and 0 < j.counted_crimes < j.expected_crimes,
                limit,
            ),
            (
                Rule.SAFEGUARDING_OVERDUE,
                j.domestic_abuse and facts.safeguarded_at is None and at >= safeguarding_due,
                safeguarding_due,
            ),
        ):
            if holds or (firing and (rule, None) in firing):
                conditions.append(Condition(rule, holds, deadline))
    for crime in facts.crimes.values():
        if crime.criterion is None:
            continue
        holds = not cancellation_supported(crime, j.offence_group)
        key = (Rule.CANCELLATION_UNSUPPORTED, crime.crime_id)
        if holds or (firing and key in firing):
            conditions.append(
                Condition(Rule.CANCELLATION_UNSUPPORTED, holds, crime_id=crime.crime_id)
            )
    return conditions


def may_hold(facts: Facts, j: Judgement) -> bool:
    """Whether any condition could hold with these facts, at any time: a cheap test that
    spares `evaluate`. Each needs the incident crimeable, domestic abuse, or a cancellation."""
    return (
        j.crimeable
        or j.domestic_abuse
        or any(crime.criterion is not None for crime in facts.crimes.values())
    )


def deadlines(facts: Facts, rules: RuleSet) -> tuple[datetime, ...]:
    """The event times at which a condition may start holding with no event to trigger it."""
    reported_at = facts.reported_at
    if reported_at is None:
        return ()
    return (
        reported_at + rules.warning,
        reported_at + rules.limit,
        reported_at + rules.safeguarding,
    )


def may_start_holding_later(facts: Facts, j: Judgement) -> bool:
    """Whether passing time alone (the facts unchanged) could make a condition start holding.

    Only the recording, victims and safeguarding conditions depend on the time, and each
    needs the incident crimeable, or domestic abuse without safeguarding. No condition stops
    holding as time passes.
    """
    return j.crimeable or (j.domestic_abuse and facts.safeguarded_at is None)


def resolution(rule: Rule, facts: Facts, j: Judgement) -> Resolution:
    """Why a condition that held has stopped holding."""
    if rule is Rule.SAFEGUARDING_OVERDUE:
        return (
            Resolution.SAFEGUARDING_RECORDED
            if facts.safeguarded_at is not None
            else Resolution.NO_LONGER_APPLIES
        )
    if rule is Rule.CANCELLATION_UNSUPPORTED:
        return Resolution.VALID_CANCELLATION
    if facts.transferred and (
        j.counted_crimes == 0
        or (rule is Rule.VICTIMS_WITHOUT_CRIME and j.counted_crimes < j.expected_crimes)
    ):
        return Resolution.TRANSFERRED  # it ended with the transfer, not with enough crimes
    if j.dealt_with:
        return Resolution.CRIME_RECORDED
    if not j.crimeable:
        return Resolution.NO_LONGER_CRIMEABLE
    if rule is Rule.CRIME_INDICATED:
        return Resolution.CODE_RECATEGORISED
    return Resolution.NO_LONGER_APPLIES


_TITLE = {
    Rule.CRIME_INDICATED: "Crime indicated on a non-crime incident code",
    Rule.RECORDING_DUE_SOON: "Crime not yet recorded; recording limit approaching",
    Rule.RECORDING_OVERDUE: "Crime not recorded within the recording limit",
    Rule.CLOSED_WITHOUT_CRIME: "Incident closed without a crime record",
    Rule.VICTIMS_WITHOUT_CRIME: "Fewer crimes recorded than victims",
    Rule.SAFEGUARDING_OVERDUE: "Domestic abuse with no safeguarding recorded",
    Rule.CANCELLATION_UNSUPPORTED: "Crime cancellation not supported",
}


def summary(rule: Rule, facts: Facts, j: Judgement, crime_id: str | None) -> str:
    """One line for a supervisor from codes and figures only: never narrative text or names."""
    parts = [_TITLE[rule]]
    if j.offence_group is not None:
        parts.append(f"{j.offence_group.value.replace('_', ' ')} (p={j.probability:.2f})")
    if facts.opening_code is not None:
        parts.append(f"code {facts.opening_code.value}")
    if rule is Rule.VICTIMS_WITHOUT_CRIME:
        parts.append(f"{j.counted_crimes} of {j.expected_crimes} crimes recorded")
    if crime_id is not None:
        crime = facts.crimes[crime_id]
        parts.append(f"crime {crime_id} {crime.criterion.value if crime.criterion else ''}".strip())
    if j.domestic_abuse:
        parts.append("domestic abuse")
    return "; ".join(parts)
