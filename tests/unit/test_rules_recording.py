"""crime-indicated, recording-due-soon, recording-overdue, closed-without-crime: fire, do not
fire, resolve (with the resolution reason), table by table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from services.domain.clock import TICK
from services.domain.events import IncidentEvent
from tests.unit.incident_timeline import CRIMEABLE, NOT_CRIMEABLE, Timeline, at, run

CI, DUE, OVER, CWC = (
    "crime-indicated",
    "recording-due-soon",
    "recording-overdue",
    "closed-without-crime",
)
THEFT = "[p=0.8 group=theft]"
AVI = "CCTV footage reviewed shows the owner dropped the phone on the bus; item located"
Case = Callable[[Timeline], list[IncidentEvent]]


def check(case: Case, expected: dict[str, str]) -> None:
    result = run(case(Timeline()))
    assert result.by_rule() == expected


CRIME_INDICATED: dict[str, tuple[Case, dict[str, str]]] = {
    "fires at report on a non-crime code": (
        lambda t: [t.reported(at(0), CRIMEABLE)],
        {CI: "firing", DUE: "firing", OVER: "firing"},
    ),
    "not on a crime code": (
        lambda t: [t.reported(at(0), CRIMEABLE, code="crime.violence"), t.crime(at(1))],
        {},
    ),
    "not when not crimeable": (lambda t: [t.reported(at(0), NOT_CRIMEABLE)], {}),
    "not at the threshold minus a little": (lambda t: [t.reported(at(0), "[p=0.4999]")], {}),
    "fires at the threshold": (
        lambda t: [t.reported(at(0), "[p=0.5]"), t.crime(at(1))],
        {CI: "crime_recorded"},
    ),
    "resolves when a crime is recorded": (
        lambda t: [t.reported(at(0), CRIMEABLE), t.crime(at(2))],
        {CI: "crime_recorded"},
    ),
    "resolves when the code becomes crime.*": (
        lambda t: [
            t.reported(at(0), CRIMEABLE),
            t.updated(at(1), code="crime.violence"),
            t.crime(at(3)),
        ],
        {CI: "code_recategorised"},
    ),
    "fires at an update that makes it crimeable": (
        lambda t: [t.reported(at(0)), t.updated(at(1), CRIMEABLE), t.crime(at(2))],
        {CI: "crime_recorded"},
    ),
    "resolves when no longer crimeable": (
        lambda t: [t.reported(at(0), CRIMEABLE), t.updated(at(1), NOT_CRIMEABLE)],
        {CI: "no_longer_crimeable"},
    ),
    "an N100 record does not resolve it": (
        lambda t: [t.reported(at(0), CRIMEABLE), t.crime(at(1), offence_code="N100")],
        {CI: "firing", DUE: "firing", OVER: "firing"},
    ),
    "never starts holding at a cancellation (only report or update)": (
        lambda t: [
            t.reported(at(0), CRIMEABLE),
            t.crime(at(0, 30)),
            t.cancelled(at(1), criterion="C3", by="officer"),
        ],
        {CI: "crime_recorded", "cancellation-unsupported/C-1": "firing", DUE: "firing"}
        | {OVER: "firing"},
    ),
    "never fires twice": (
        lambda t: [
            t.reported(at(0), CRIMEABLE),
            t.updated(at(1), NOT_CRIMEABLE),
            t.updated(at(2), CRIMEABLE),
            t.crime(at(3)),
        ],
        {CI: "no_longer_crimeable"},
    ),
}


@pytest.mark.parametrize(("case", "expected"), CRIME_INDICATED.values(), ids=CRIME_INDICATED)
def test_crime_indicated(case: Case, expected: dict[str, str]) -> None:
    check(case, expected)


def opened_as_crime(t: Timeline, *later: IncidentEvent) -> list[IncidentEvent]:
    return [t.reported(at(0), THEFT, code="crime.theft"), *later]


def theft(t: Timeline, hours: float) -> IncidentEvent:
    return t.crime(at(hours), offence_code="49")


RECORDING: dict[str, tuple[Case, dict[str, str]]] = {
    "both timers fire when never recorded": (
        opened_as_crime,
        {DUE: "firing", OVER: "firing"},
    ),
    "recorded before the warning": (lambda t: opened_as_crime(t, t.crime(at(11, 59))), {}),
    "recorded exactly at the warning is on time": (
        lambda t: opened_as_crime(t, t.crime(at(12))),
        {},
    ),
    "recorded after the warning": (
        lambda t: opened_as_crime(t, t.crime(at(13))),
        {DUE: "crime_recorded"},
    ),
    "recorded exactly at the limit": (
        lambda t: opened_as_crime(t, t.crime(at(24))),
        {DUE: "crime_recorded"},
    ),
    "recorded late": (
        lambda t: opened_as_crime(t, t.crime(at(30))),
        {DUE: "crime_recorded", OVER: "crime_recorded"},
    ),
    "not crimeable": (lambda t: [t.reported(at(0), NOT_CRIMEABLE, code="crime.theft")], {}),
    "an N100 record is not a recorded crime": (
        lambda t: opened_as_crime(t, t.crime(at(1), offence_code="N100")),
        {DUE: "firing", OVER: "firing"},
    ),
    "a supported C4 (recorded in error) no longer counts, and says nothing of the report": (
        lambda t: opened_as_crime(t, theft(t, 1), t.cancelled(at(2), criterion="C4", by="officer")),
        {DUE: "firing", OVER: "firing"},
    ),
    "a supported C2 (AVI: no crime occurred) is evidence to the contrary": (
        lambda t: opened_as_crime(
            t, theft(t, 1), t.cancelled(at(2), criterion="C2", avi=AVI, by="officer")
        ),
        {},
    ),
    "an unsupported C2 crime no longer counts": (
        lambda t: opened_as_crime(t, theft(t, 1), t.cancelled(at(2), criterion="C2", avi="n/a")),
        {DUE: "firing", OVER: "firing", "cancellation-unsupported/C-1": "firing"},
    ),
    "a transfer (C1) deals with it": (
        lambda t: opened_as_crime(t, theft(t, 1), t.cancelled(at(2), criterion="C1", by="officer")),
        {},
    ),
    "no longer crimeable after an update": (
        lambda t: opened_as_crime(t, t.updated(at(13), NOT_CRIMEABLE)),
        {DUE: "no_longer_crimeable"},
    ),
}


@pytest.mark.parametrize(("case", "expected"), RECORDING.values(), ids=RECORDING)
def test_recording_timers(case: Case, expected: dict[str, str]) -> None:
    check(case, expected)


CLOSED: dict[str, tuple[Case, dict[str, str]]] = {
    "closed with a non-crime code": (
        lambda t: opened_as_crime(t, t.closed(at(2), "asb.personal")),
        {CWC: "firing", DUE: "firing", OVER: "firing"},
    ),
    "closed as crime_related_incident": (
        lambda t: opened_as_crime(t, t.closed(at(2), "crime_related_incident")),
        {CWC: "firing", DUE: "firing", OVER: "firing"},  # a CRI closure has no crime record
    ),
    "closed with a crime code": (
        lambda t: opened_as_crime(t, t.closed(at(2), "crime.theft")),
        {DUE: "firing", OVER: "firing"},
    ),
    "crime recorded before closing": (
        lambda t: opened_as_crime(t, t.crime(at(1)), t.closed(at(2), "asb.personal")),
        {},
    ),
    "crime recorded after closing": (
        lambda t: opened_as_crime(t, t.closed(at(2), "asb.personal"), t.crime(at(5))),
        {CWC: "crime_recorded"},
    ),
    "not crimeable": (
        lambda t: [t.reported(at(0), NOT_CRIMEABLE), t.closed(at(1), "asb.personal")],
        {},
    ),
}


@pytest.mark.parametrize(("case", "expected"), CLOSED.values(), ids=CLOSED)
def test_closed_without_crime(case: Case, expected: dict[str, str]) -> None:
    check(case, expected)


def test_alerts_carry_event_time_deadline_and_no_narrative() -> None:
    t = Timeline()
    secret = "Jane Smith was punched " + CRIMEABLE
    result = run([t.reported(at(0), secret), t.closed(at(3), "asb.personal"), t.crime(at(30))])
    indicated = result.firing("I-1/crime-indicated")
    assert indicated.raised_at == at(0)
    assert indicated.deadline == at(24)
    assert result.firing("I-1/closed-without-crime").raised_at == at(3)
    assert result.firing("I-1/recording-due-soon").raised_at == at(12)
    overdue = result.resolved("I-1/recording-overdue")
    assert (overdue.raised_at, overdue.resolved_at) == (at(24), at(30))
    assert overdue.severity.value == "critical"
    assert all("Smith" not in a.summary and "punched" not in a.summary for a in result.alerts)


def test_timers_fire_when_the_clock_reaches_them_not_before() -> None:
    t = Timeline()
    events = opened_as_crime(t)
    assert run(events, until=at(12) - timedelta(seconds=1)).by_rule() == {}
    assert run(events, until=at(12)).by_rule() == {DUE: "firing"}
    # the clock is just before the latest event time minus the lateness (5 min): an event
    # exactly 5 minutes late may still come, so the deadline waits for a later event time
    other = Timeline("I-2")
    fed = [*events, other.reported(at(12, 5))]
    assert run(fed, until=None).by_rule() == {}
    fed = [*events, other.reported(at(12, 5) + TICK)]
    assert run(fed, until=None).by_rule() == {DUE: "firing"}
