"""The console's view: ordering, filters, access by area, lifecycle and action de-duplication."""

from __future__ import annotations

from datetime import timedelta

from services.console.actions import ActionKind, new_action
from services.console.view import AlertView, Filters
from services.domain.codes import OffenceGroup
from services.domain.outputs import Rule
from tests.console_samples import NOW, alert, assessment, resolved


def _ids(entries: list) -> list[str]:  # type: ignore[type-arg]
    return [e.alert.alert_id for e in entries]


def test_open_alerts_are_ordered_by_deadline_with_no_deadline_last() -> None:
    view = AlertView()
    view.apply_alert(alert("A", deadline_in=timedelta(hours=5)))
    view.apply_alert(alert("B", deadline_in=None))
    view.apply_alert(alert("C", deadline_in=timedelta(hours=-1)))
    view.apply_alert(alert("D", deadline_in=timedelta(hours=1)))

    found = view.open_alerts({"north"}, Filters())

    assert _ids(found) == [
        "C/crime-indicated",
        "D/crime-indicated",
        "A/crime-indicated",
        "B/crime-indicated",
    ]


def test_a_user_sees_only_their_areas() -> None:
    view = AlertView()
    view.apply_alert(alert("N", area="north"))
    view.apply_alert(alert("S", area="south"))

    assert _ids(view.open_alerts({"north"}, Filters())) == ["N/crime-indicated"]
    assert view.visible("S/crime-indicated", {"north"}) is None
    assert view.visible("S/crime-indicated", {"south"}) is not None
    assert view.incident_alerts("S", {"north"}) == []


def test_filters_by_rule_area_and_offence_group() -> None:
    view = AlertView()
    view.apply_alert(alert("A", Rule.CRIME_INDICATED, area="north"))
    view.apply_alert(alert("B", Rule.RECORDING_OVERDUE, area="south"))
    view.apply_alert(alert("C", Rule.CRIME_INDICATED, group=OffenceGroup.THEFT))
    both = {"north", "south"}

    assert _ids(view.open_alerts(both, Filters(rule=Rule.RECORDING_OVERDUE))) == [
        "B/recording-overdue"
    ]
    assert len(view.open_alerts(both, Filters(area="north"))) == 2
    assert _ids(view.open_alerts(both, Filters(offence_group=OffenceGroup.THEFT))) == [
        "C/crime-indicated"
    ]


def test_a_resolved_record_moves_the_alert_to_recently_resolved_and_keeps_history() -> None:
    view = AlertView()
    firing = alert("A")
    view.apply_alert(firing)
    view.apply_alert(resolved(firing))
    view.apply_alert(resolved(firing))  # re-delivery: no second history line

    assert view.open_alerts({"north"}, Filters()) == []
    [entry] = view.resolved_alerts({"north"}, Filters(), limit=10)
    assert [r.status.value for r in entry.history] == ["firing", "resolved"]


def test_an_action_is_applied_once_even_when_read_back_from_kafka() -> None:
    view = AlertView()
    view.apply_alert(alert("A"))
    action = new_action(
        alert_id="A/crime-indicated",
        incident_id="A",
        action=ActionKind.ACKNOWLEDGE,
        actor="alice",
        at=NOW,
    )

    assert view.apply_action(action) is True
    assert view.apply_action(action) is False
    [entry] = view.open_alerts({"north"}, Filters())
    assert entry.actions == [action]


def test_actions_read_before_their_alert_attach_when_it_arrives() -> None:
    view = AlertView()
    action = new_action(
        alert_id="A/crime-indicated", incident_id="A", action=ActionKind.NOTE, actor="a", at=NOW,
        payload="called the victim back",
    )  # fmt: skip
    view.apply_action(action)
    view.apply_alert(alert("A"))

    [entry] = view.open_alerts({"north"}, Filters())
    assert entry.actions == [action]


def test_an_older_assessment_does_not_replace_a_newer_one() -> None:
    view = AlertView()
    newer = assessment("A")
    older = newer.model_copy(update={"assessed_at": NOW - timedelta(hours=3), "reasons": ("x",)})
    view.apply_assessment(newer)
    view.apply_assessment(older)

    current = view.assessment("A")
    assert current is not None
    assert current.reasons == newer.reasons


async def test_subscribers_hear_the_area_of_each_change() -> None:
    view = AlertView()
    with view.subscribe() as changes:
        view.apply_alert(alert("A", area="south"))
        assert changes.get_nowait() == "south"
    view.apply_alert(alert("B"))
    assert changes.empty()
