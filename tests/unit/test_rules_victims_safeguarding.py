"""victims-without-crime (one crime per victim) and safeguarding-overdue, table by table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from services.domain.events import IncidentEvent
from services.domain.rulebook import RuleBook, RuleSet
from tests.unit.incident_timeline import CRIMEABLE, NOT_CRIMEABLE, Timeline, at, run

VWC, SG, DUE, OVER = (
    "victims-without-crime",
    "safeguarding-overdue",
    "recording-due-soon",
    "recording-overdue",
)
Case = Callable[[Timeline], list[IncidentEvent]]


def two_victims(
    t: Timeline, *later: IncidentEvent, narrative: str = CRIMEABLE
) -> list[IncidentEvent]:
    return [t.reported(at(0), narrative, code="crime.violence", victims=["V1", "V2"]), *later]


VICTIMS: dict[str, tuple[Case, dict[str, str]]] = {
    "2 victims, 1 crime: fires at the limit": (
        lambda t: two_victims(t, t.crime(at(1), "C-1", victim_ref="V1")),
        {VWC: "firing"},
    ),
    "2 victims, a 2nd crime resolves it": (
        lambda t: two_victims(t, t.crime(at(1), "C-1"), t.crime(at(30), "C-2")),
        {VWC: "crime_recorded"},
    ),
    "2 victims, 2 crimes on time": (
        lambda t: two_victims(t, t.crime(at(1), "C-1"), t.crime(at(2), "C-2")),
        {},
    ),
    "2 victims, no crime at all: the timers, not this rule": (
        two_victims,
        {DUE: "firing", OVER: "firing"},
    ),
    "an N100 record does not count": (
        lambda t: two_victims(t, t.crime(at(1), "C-1"), t.crime(at(2), "C-2", offence_code="N100")),
        {VWC: "firing"},
    ),
    "a victim added by an update is expected too": (
        lambda t: [
            t.reported(at(0), CRIMEABLE, code="crime.violence", victims=["V1"]),
            t.crime(at(1)),
            t.updated(at(2), victims=["V2"]),
        ],
        {VWC: "firing"},
    ),
    "victims the scorer counts when none are listed": (
        lambda t: [
            t.reported(
                at(0), "[p=0.9 group=violence_with_injury victims=3]", code="crime.violence"
            ),
            t.crime(at(1), "C-1"),
            t.crime(at(2), "C-2"),
        ],
        {VWC: "firing"},
    ),
    "one victim, one crime": (
        lambda t: [
            t.reported(at(0), CRIMEABLE, code="crime.violence", victims=["V1"]),
            t.crime(at(1)),
        ],
        {},
    ),
    "transferred (C1 by the registrar)": (
        lambda t: two_victims(t, t.crime(at(1)), t.cancelled(at(2), criterion="C1", by="fcr")),
        {},
    ),
    "transferred after the limit: resolved as a transfer, no crime was added": (
        lambda t: two_victims(t, t.crime(at(1)), t.cancelled(at(30), criterion="C1", by="officer")),
        {VWC: "transferred"},
    ),
    "not crimeable": (
        lambda t: two_victims(t, t.crime(at(1)), narrative=NOT_CRIMEABLE),
        {},
    ),
}


@pytest.mark.parametrize(("case", "expected"), VICTIMS.values(), ids=VICTIMS)
def test_victims_without_crime(case: Case, expected: dict[str, str]) -> None:
    assert run(case(Timeline())).by_rule() == expected


def test_victims_without_crime_raised_at_the_limit_with_counts_in_summary() -> None:
    t = Timeline()
    result = run(two_victims(t, t.crime(at(1)), t.crime(at(30), "C-2")))
    firing = result.firing("I-1/victims-without-crime")
    assert firing.raised_at == at(24)
    assert "1 of 2 crimes recorded" in firing.summary
    assert firing.assessment.expected_crimes == 2
    assert result.resolved("I-1/victims-without-crime").resolved_at == at(30)


def domestic(t: Timeline, *later: IncidentEvent) -> list[IncidentEvent]:
    return [t.reported(at(0), NOT_CRIMEABLE, qualifiers=["domestic_abuse"]), *later]


SAFEGUARDING: dict[str, tuple[Case, dict[str, str]]] = {
    "domestic abuse qualifier, none recorded": (domestic, {SG: "firing"}),
    "domestic abuse detected by the scorer": (
        lambda t: [t.reported(at(0), "[p=0.1 da]")],
        {SG: "firing"},
    ),
    "qualifier added by an update": (
        lambda t: [t.reported(at(0)), t.updated(at(1), qualifiers=["domestic_abuse"])],
        {SG: "firing"},
    ),
    "recorded in time": (lambda t: domestic(t, t.safeguarding(at(23))), {}),
    "recorded exactly at the deadline": (lambda t: domestic(t, t.safeguarding(at(24))), {}),
    "recorded late resolves it": (
        lambda t: domestic(t, t.safeguarding(at(30))),
        {SG: "safeguarding_recorded"},
    ),
    "no domestic abuse": (
        lambda t: [t.reported(at(0), CRIMEABLE, code="crime.violence"), t.crime(at(1))],
        {},
    ),
    "closing does not stop it": (lambda t: domestic(t, t.closed(at(1))), {SG: "firing"}),
}


@pytest.mark.parametrize(("case", "expected"), SAFEGUARDING.values(), ids=SAFEGUARDING)
def test_safeguarding_overdue(case: Case, expected: dict[str, str]) -> None:
    assert run(case(Timeline())).by_rule() == expected


def test_safeguarding_time_is_configurable() -> None:
    book = RuleBook(rule_sets=(RuleSet(safeguarding=timedelta(hours=6)),))
    result = run(domestic(Timeline()), rulebook=book)
    assert result.firing("I-1/safeguarding-overdue").raised_at == at(6)
    assert result.firing("I-1/safeguarding-overdue").deadline == at(6)
