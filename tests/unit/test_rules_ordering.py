"""Arrival order: re-deliveries, reordering within the lateness, a crime before its report,
late input beyond the lateness (recompute, never re-emit, retract), finished incidents."""

from __future__ import annotations

from datetime import timedelta

from services.domain.clock import TICK
from services.domain.engine import Engine
from services.domain.events import IncidentEvent
from services.domain.incident_state import IncidentState
from services.domain.outputs import Alert, AlertStatus
from services.domain.rulebook import RuleBook
from tests.unit.incident_timeline import (
    CRIMEABLE,
    NOT_CRIMEABLE,
    StubScorer,
    Timeline,
    at,
    new_pipeline,
    run,
)


def indicated_then_recorded(t: Timeline) -> list[IncidentEvent]:
    return [
        t.reported(at(0), CRIMEABLE),
        t.updated(at(0, 2), "more detail " + CRIMEABLE),
        t.crime(at(0, 3)),
        t.closed(at(0, 4), "crime_related_incident"),
    ]


def test_a_redelivered_event_changes_nothing() -> None:
    t = Timeline()
    events = [t.reported(at(0), CRIMEABLE), t.closed(at(2), "asb.personal")]
    once = run(events)
    twice = run([events[0], events[0], events[1], events[0], events[1]])
    assert twice.alerts == once.alerts
    assert twice.assessments == once.assessments


def test_a_redelivery_with_other_content_is_still_a_redelivery() -> None:
    t = Timeline()
    report = t.reported(at(0), NOT_CRIMEABLE, eid="same")
    impostor = t.reported(at(0), CRIMEABLE, eid="same")
    assert run([report, impostor]).alerts == []


def test_any_order_within_the_lateness_gives_the_same_alerts() -> None:
    in_order = run(indicated_then_recorded(Timeline()))
    assert in_order.by_rule() == {"crime-indicated": "crime_recorded"}
    for order in ([3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 0, 2]):
        events = indicated_then_recorded(Timeline())
        shuffled = run([events[i] for i in order])
        assert shuffled.alerts == in_order.alerts, order


def test_an_event_exactly_the_lateness_late_is_on_time_even_at_a_deadline() -> None:
    """Regression: the clock stood at the latest event time minus the lateness, so a deadline
    at that instant fired before an event exactly that late could come: a crime recorded at
    the 12 h warning, arriving 5 minutes behind the closure, gave a fire-then-retract pair."""
    t = Timeline()
    report = t.reported(at(0), CRIMEABLE, code="crime.violence")
    crime, closed = t.crime(at(12)), t.closed(at(12, 5), "crime.violence")
    in_order = run([report, crime, closed])
    late = run([report, closed, crime])
    assert in_order.alerts == []
    assert late.alerts == []


def test_a_crime_recorded_before_its_report_is_kept_and_applied() -> None:
    t = Timeline()
    report, crime = t.reported(at(0), CRIMEABLE), t.crime(at(0, 1))
    assert run([crime, report]).alerts == run([report, crime]).alerts
    assert run([crime, report]).by_rule() == {"crime-indicated": "crime_recorded"}
    # even when it arrives hours before the report (beyond the lateness)
    t = Timeline()
    crime, report = t.crime(at(0, 30)), t.reported(at(0), CRIMEABLE)
    traffic = Timeline("I-2").reported(at(5))
    result = run([crime, traffic, report])
    assert result.by_rule() == {"crime-indicated": "crime_recorded"}
    assert result.firing("I-1/crime-indicated").raised_at == at(0)
    # recorded (in event time) before the report reached the feed: nothing was ever owed
    t = Timeline()
    crime, report = t.crime(at(0)), t.reported(at(0, 10), CRIMEABLE)
    assert run([crime, traffic, report]).by_rule() == {}
    assert result.assessments[-1].incident_id == "I-1"


def test_late_input_beyond_the_lateness_retracts_an_alert_that_never_held() -> None:
    t = Timeline()
    report, crime = t.reported(at(1), CRIMEABLE), t.crime(at(0, 30))
    traffic = Timeline("I-2").reported(at(2))
    result = run([report, traffic, crime])
    assert [(a.status.value, a.resolution) for a in result.alerts] == [
        ("firing", None),
        ("resolved", "retracted"),
    ]
    # retracted when the clock learnt it: just before 1:55 (the traffic at 2:00 less 5 minutes)
    assert result.resolved("I-1/crime-indicated").resolved_at == at(1, 55) - TICK


def test_late_input_recomputes_without_emitting_anything_twice() -> None:
    t = Timeline()
    events = [t.reported(at(0), CRIMEABLE), t.closed(at(1), "asb.personal")]
    late_update = t.updated(at(0, 30), "more " + CRIMEABLE)
    traffic = Timeline("I-2").reported(at(30))
    result = run([*events, traffic, late_update])
    ids = [(a.alert_id, a.status) for a in result.alerts]
    assert len(ids) == len(set(ids))
    assert result.by_rule() == {
        "crime-indicated": "firing",
        "closed-without-crime": "firing",
        "recording-due-soon": "firing",
        "recording-overdue": "firing",
    }


def test_a_closed_incident_with_nothing_left_to_fire_rests_until_its_retention() -> None:
    pipe = new_pipeline()
    t = Timeline()
    run([t.reported(at(0)), t.closed(at(1))], until=at(2), pipeline=pipe)
    state = pipe.store.get("I-1")
    assert state is not None
    assert state.next_wakeup == at(1) + RuleBook.default().retention  # no deadline wakes it
    pipe.tick(at(1) + RuleBook.default().retention)
    assert pipe.store.get("I-1") is None


def test_events_after_a_closure_with_nothing_left_to_fire_are_judged() -> None:
    """Regression: an incident closed with nothing that could fire was dropped, and a crime
    recorded and cancelled without AVI after the closure was ignored: its alert was lost."""
    t = Timeline()
    closed = [t.reported(at(0), NOT_CRIMEABLE), t.closed(at(1), "welfare.other")]
    later = [t.crime(at(3), "CC", offence_code="28E"), t.cancelled(at(4), "CC", "C2", avi="n/a")]
    result = run([*closed, *later])
    assert result.by_rule() == {"cancellation-unsupported/CC": "firing"}
    assert result.firing("I-1/cancellation-unsupported/CC").raised_at == at(4)


def test_every_incident_is_dropped_after_the_retention() -> None:
    pipe = new_pipeline()
    t = Timeline()
    run([t.reported(at(0), CRIMEABLE, code="crime.violence")], until=at(24 * 29), pipeline=pipe)
    assert pipe.store.get("I-1") is not None
    pipe.tick(at(0) + timedelta(days=30))
    assert pipe.store.get("I-1") is None


def test_deadline_already_passed_when_a_late_report_arrives_still_fires() -> None:
    """A report arriving after its deadline passed (beyond the lateness) recomputes."""
    t = Timeline()
    update = t.updated(at(12, 29), NOT_CRIMEABLE)
    report = t.reported(at(0), CRIMEABLE, reported_at=at(-0.5))
    in_order = run([report, update])
    late = run([update, Timeline("I-2").reported(at(12, 40)), report])
    assert in_order.by_rule() == {
        "crime-indicated": "no_longer_crimeable",
        "recording-due-soon": "no_longer_crimeable",
    }
    assert late.alert_set() == in_order.alert_set()
    assert late.firing("I-1/recording-due-soon").raised_at == at(11, 30)


def test_a_back_dated_reported_at_fires_its_passed_deadline_at_the_deadline() -> None:
    """A deadline already passed when the report settles holds from the report's time."""
    t = Timeline()
    earlier = t.updated(at(0), "first log entry")
    report = t.reported(at(13), "[p=0.9 group=theft]", code="crime.theft", reported_at=at(0, 30))
    traffic = Timeline("I-2").reported(at(12, 45))
    result = run([earlier, traffic, report])
    assert result.firing("I-1/recording-due-soon").raised_at == at(13)


def test_whether_an_incident_is_at_rest_does_not_depend_on_arrival_order() -> None:
    """Regression: an incident was dropped when its closure settled with nothing pending, so
    an event 1 minute after the closure was applied or ignored depending on arrival order."""
    t, other = Timeline(), Timeline("I-2")
    closed, update = t.closed(at(1), "asb.personal"), t.updated(at(1, 1), CRIMEABLE)
    events = [t.reported(at(0)), closed, update, other.reported(at(1, 5.5))]
    in_order = run(events)
    swapped = run([events[0], closed, events[3], update])
    assert swapped.alert_set() == in_order.alert_set()
    # the update after the closure is judged: it indicates a crime on an incident closed without one
    assert in_order.firing("I-1/crime-indicated").raised_at == at(1, 1)
    assert in_order.firing("I-1/closed-without-crime").raised_at == at(1, 1)


def _restored(state: IncidentState) -> IncidentState:
    """What a worker restores from the changelog: events, cursor and what it emitted."""
    return IncidentState.from_bytes(state.to_bytes())


def _indicated_at_one_hour(t: Timeline, engine: Engine) -> tuple[IncidentState, tuple[Alert, ...]]:
    """An incident whose update at 1 h indicates a crime, settled to 1 h 5 m: the state and the
    alerts that settling emitted."""
    state = None
    for event in (t.reported(at(0), NOT_CRIMEABLE), t.updated(at(1), "hit " + CRIMEABLE)):
        state = engine.handle(state, event, at(0)).state
    assert state is not None
    return state, engine.advance(state, at(1, 5)).alerts


def test_a_restored_incident_settled_from_a_clock_behind_retracts_nothing_early() -> None:
    """After a crash the clock may restart behind the lost process's (it comes back with the
    first records read): an alert raised after that clock is not yet contradicted."""
    engine = Engine(RuleBook.default(), StubScorer())
    state, fired = _indicated_at_one_hour(Timeline(), engine)
    assert [(a.rule.value, a.status.value) for a in fired] == [("crime-indicated", "firing")]

    restored = _restored(state)
    assert engine.advance(restored, at(0, 30)).alerts == ()
    assert engine.advance(restored, at(2)).alerts == ()  # raised again: already emitted
    assert restored.emitted[fired[0].alert_id].status is AlertStatus.FIRING


def test_a_restored_alert_that_late_input_contradicts_is_retracted_once_reached() -> None:
    t = Timeline()
    engine = Engine(RuleBook.default(), StubScorer())
    state, fired = _indicated_at_one_hour(t, engine)
    assert fired != ()

    restored = _restored(state)
    late_crime = t.crime(at(0, 30))  # recorded before the update: crime-indicated never held
    assert engine.handle(restored, late_crime, at(0, 40)).alerts == ()
    retracted = engine.advance(restored, at(1, 10)).alerts
    assert [(a.status.value, a.resolution) for a in retracted] == [("resolved", "retracted")]
    assert engine.advance(restored, at(3)).alerts == ()


def test_events_at_one_instant_are_judged_together_in_any_arrival_order() -> None:
    """A crime recorded in the same second as the update that made the incident crimeable was
    never missing: no alert fires and resolves at that instant, whichever arrives first."""
    t = Timeline()
    report = t.reported(at(0), NOT_CRIMEABLE)
    update = t.updated(at(24), "he was punched " + CRIMEABLE)  # exactly at the limit
    crime = t.crime(at(24))
    until = at(48)
    assert run([report, update, crime], until=until).alerts == []
    assert run([report, crime, update], until=until).alerts == []


def test_safeguarding_at_the_deadline_with_the_abuse_learned_then_is_on_time() -> None:
    t = Timeline()
    report = t.reported(at(0), CRIMEABLE, code="crime.violence")
    abuse = t.updated(at(24), "domestic [p=0.9 group=violence_with_injury da]")
    done = t.safeguarding(at(24))
    crime = t.crime(at(1))
    for events in ([report, crime, abuse, done], [report, crime, done, abuse]):
        assert run(events, until=at(48)).alerts == []
