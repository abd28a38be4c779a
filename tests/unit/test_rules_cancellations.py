"""cancellation-unsupported and the C1-C4 meaning of a cancellation, criterion by criterion."""

from __future__ import annotations

import pytest

from tests.unit.incident_timeline import Timeline, at, run

CU, DUE, OVER = "cancellation-unsupported/C-1", "recording-due-soon", "recording-overdue"
CWC = "closed-without-crime"
SUBSTANTIVE = "CCTV footage reviewed shows the owner dropped the phone on the bus; item located"
WITHDRAWAL = "Victim has withdrawn her support and does not wish to proceed with a prosecution"
GROUP_OF = {"49": "theft", "19C": "rape", "8N": "violence_with_injury", "N100": "rape"}
STILL_OWED = {CU: "firing", DUE: "firing", OVER: "firing"}
"""The cancellation is unsupported, so the crime no longer counts and is owed again."""
OWED = {DUE: "firing", OVER: "firing"}
"""A supported C3 or C4: the crime no longer counts (the contract), and nothing says no crime
occurred, so recording is owed again; only a C1 deals with the incident."""

# (offence code, criterion, avi, authorised_by) -> expected alerts
CASES: dict[str, tuple[str, str, str, str, dict[str, str]]] = {
    "C1 transfer of a theft by an officer": ("49", "C1", "", "officer", {}),
    "C1 transfer of an ABH by an officer: a transfer, not a cancellation": (
        "8N",
        "C1",
        "",
        "officer",
        {},
    ),
    "C1 transfer of an ABH by a DDM": ("8N", "C1", "", "ddm", {}),
    "C2 with substantive AVI": ("49", "C2", SUBSTANTIVE, "supervisor", {}),
    "C2 with no AVI": ("49", "C2", "", "fcr", STILL_OWED),
    "C2 with a placeholder AVI": ("49", "C2", "N/A", "fcr", STILL_OWED),
    "C2 with 'see log'": ("49", "C2", "see log", "fcr", STILL_OWED),
    "C2 on a victim's withdrawal": ("49", "C2", WITHDRAWAL, "fcr", STILL_OWED),
    "C2: victim no longer supports police action": (
        "49",
        "C2",
        "Victim no longer supports police action.",
        "fcr",
        STILL_OWED,
    ),
    "C2: victim no longer wishes to support a prosecution": (
        "19C",
        "C2",
        "Victim no longer wishes to support a prosecution.",
        "ddm",
        STILL_OWED,
    ),
    "C2: victim refuses to cooperate": (
        "49",
        "C2",
        "Victim refuses to cooperate.",
        "fcr",
        STILL_OWED,
    ),
    "C2: a statement declined is no evidence": (
        "19C",
        "C2",
        "Victim no longer supports police action and will not give a statement.",
        "ddm",
        STILL_OWED,
    ),
    "C2: a retraction alone": (
        "49",
        "C2",
        "Complainant retracted her allegation.",
        "fcr",
        STILL_OWED,
    ),
    "C2: a withdrawal beside checkable facts": (
        "49",
        "C2",
        "Victim withdrew support; CCTV shows she dropped the phone on the bus",
        "fcr",
        {},
    ),
    "C2 of a rape by an officer with AVI": ("19C", "C2", SUBSTANTIVE, "officer", STILL_OWED),
    "C2 of a rape by the registrar with AVI": ("19C", "C2", SUBSTANTIVE, "fcr", {}),
    "C2 of an ABH by a supervisor with AVI": ("8N", "C2", SUBSTANTIVE, "supervisor", STILL_OWED),
    "C3 duplicate of a theft by an officer": ("49", "C3", "", "officer", OWED),
    "C3 duplicate of an ABH by an officer": ("8N", "C3", "", "officer", STILL_OWED),
    "C3 duplicate of an ABH by the registrar": ("8N", "C3", "", "fcr", OWED),
    "C4 recorded in error, theft, supervisor": ("49", "C4", "", "supervisor", OWED),
    "C4 of a rape by a supervisor": ("19C", "C4", "", "supervisor", STILL_OWED),
    "C4 of a rape by a DDM": ("19C", "C4", "", "ddm", OWED),
}


@pytest.mark.parametrize(("code", "criterion", "avi", "by", "expected"), CASES.values(), ids=CASES)
def test_cancellation(
    code: str, criterion: str, avi: str, by: str, expected: dict[str, str]
) -> None:
    t = Timeline()
    marker = f"[p=0.9 group={GROUP_OF[code]}]"
    events = [
        t.reported(at(0), marker, code="crime.other"),
        t.crime(at(1), offence_code=code),
        t.cancelled(at(2), criterion=criterion, avi=avi, by=by),
    ]
    result = run(events)
    assert result.by_rule() == expected
    if CU in expected:
        firing = result.firing("I-1/" + CU)
        assert (firing.raised_at, firing.crime_id, firing.severity.value) == (
            at(2),
            "C-1",
            "critical",
        )
        assert f"crime C-1 {criterion}" in firing.summary


def test_a_later_valid_cancellation_resolves_it() -> None:
    t = Timeline()
    events = [
        t.reported(at(0), "[p=0.9 group=theft]", code="crime.theft"),
        t.crime(at(1), offence_code="49"),
        t.cancelled(at(2), criterion="C2", avi="n/a", by="officer"),
        t.cancelled(at(3), criterion="C2", avi=SUBSTANTIVE, by="supervisor"),
    ]
    result = run(events)
    assert result.by_rule() == {CU: "valid_cancellation"}
    assert result.resolved("I-1/" + CU).resolved_at == at(3)


def test_each_crime_has_its_own_alert() -> None:
    t = Timeline()
    events = [
        t.reported(at(0), "[p=0.9 group=theft]", code="crime.theft", victims=["V1", "V2"]),
        t.crime(at(1), "C-1", offence_code="49"),
        t.crime(at(1), "C-2", offence_code="49"),
        t.cancelled(at(2), "C-1", criterion="C2", by="fcr"),
        t.cancelled(at(3), "C-2", criterion="C2", by="fcr"),
    ]
    outcome = run(events).by_rule()
    assert outcome["cancellation-unsupported/C-1"] == "firing"
    assert outcome["cancellation-unsupported/C-2"] == "firing"


def test_an_unsupported_cancellation_after_closure_still_alerts() -> None:
    """Crimes are cancelled days after the incident closes: closing must not end the watch."""
    t = Timeline()
    events = [
        t.reported(at(0), "[p=0.9 group=rape]", code="crime.sexual"),
        t.crime(at(1), offence_code="19C"),
        t.closed(at(2), "crime_related_incident"),
        Timeline("I-2").reported(at(3)),  # other traffic moves the clock past the closure
        t.cancelled(at(24 * 5), criterion="C2", avi=WITHDRAWAL, by="supervisor"),
    ]
    result = run(events, until=at(24 * 12))
    assert result.by_rule() == STILL_OWED | {CWC: "firing"}  # closed as CRI, and now no crime


@pytest.mark.parametrize(
    ("code", "first_by", "transfer_by", "expected"),
    [
        # A rape cancelled C4 by a supervisor, then transferred: only fcr or ddm puts it right.
        ("19C", "supervisor", "officer", "firing"),
        ("19C", "supervisor", "supervisor", "firing"),
        ("19C", "supervisor", "fcr", "valid_cancellation"),
        ("19C", "supervisor", "ddm", "valid_cancellation"),
        # A theft cancelled C2 with no AVI: a transfer needs no senior authority.
        ("49", "officer", "officer", "valid_cancellation"),
    ],
)
def test_a_transfer_after_an_unsupported_cancellation(
    code: str, first_by: str, transfer_by: str, expected: str
) -> None:
    t = Timeline()
    criterion = "C4" if code == "19C" else "C2"
    events = [
        t.reported(at(0), f"[p=0.9 group={GROUP_OF[code]}]", code="crime.other"),
        t.crime(at(1), offence_code=code),
        t.cancelled(at(2), criterion=criterion, avi="", by=first_by),
        t.cancelled(at(3), criterion="C1", avi="", by=transfer_by),
    ]
    result = run(events)
    assert result.by_rule()[CU] == expected
    if expected == "firing":
        assert result.firing("I-1/" + CU).raised_at == at(2)


def test_a_transfer_after_a_transfer_keeps_the_unsupported_cancellation() -> None:
    t = Timeline()
    events = [
        t.reported(at(0), "[p=0.9 group=rape]", code="crime.sexual"),
        t.crime(at(1), offence_code="19C"),
        t.cancelled(at(2), criterion="C4", by="officer"),
        t.cancelled(at(3), criterion="C1", by="officer"),
        t.cancelled(at(4), criterion="C1", by="supervisor"),
    ]
    assert run(events).by_rule()[CU] == "firing"
