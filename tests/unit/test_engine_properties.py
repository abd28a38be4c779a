"""Properties of the engine over generated timelines: the alerts do not depend on re-delivery
or on any arrival order within the lateness, and a restart from persisted state changes no
output and re-emits nothing."""

from __future__ import annotations

import os
import random
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.domain.events import IncidentEvent
from services.domain.incident import event_order
from services.domain.incident_state import IncidentState
from services.domain.pipeline import MemoryStore
from tests.unit.incident_timeline import T0, Result, Timeline, new_pipeline, run

LATENESS = timedelta(minutes=5)
UNTIL = T0 + timedelta(days=20)
GROUPS = ("theft", "violence_with_injury", "rape")
CODES = ("49", "8N", "19C", "N100")
AVIS = ("", "n/a", "Victim withdrew and does not wish to support", "CCTV footage shows item found")
CLOSING = ("asb.personal", "crime_related_incident", "crime.theft", "welfare.other")

minutes = st.one_of(
    st.sampled_from([0, 1, 5, 719, 720, 721, 1439, 1440, 1441]), st.integers(-900, 2400)
)
marker = st.builds(
    lambda p, g, da, v: f"[p={p} group={g}{' da' if da else ''} victims={v}]",
    st.sampled_from([0.1, 0.5, 0.9]),
    st.sampled_from(GROUPS),
    st.booleans(),
    st.integers(0, 3),
)


@st.composite
def incident(draw: st.DrawFn, number: int) -> list[IncidentEvent]:
    t = Timeline(f"I-{number}")
    base = T0 + timedelta(minutes=draw(st.integers(0, 48 * 60)))
    back = timedelta(minutes=draw(st.sampled_from([0, 0, 0, 30, 13 * 60])))

    def when() -> object:
        return base + timedelta(minutes=draw(minutes))

    events = [
        t.reported(
            base,
            draw(marker),
            code=draw(st.sampled_from(["welfare.other", "crime.violence"])),
            qualifiers=draw(st.sampled_from([[], ["domestic_abuse"]])),
            victims=draw(st.sampled_from([[], ["V1"], ["V1", "V2"]])),
            reported_at=base - back,
        )
    ]
    kinds = st.sampled_from(["update", "code", "crime", "cancel", "safeguard", "close", "report"])
    for kind in draw(st.lists(kinds, max_size=7)):
        at = when()
        crime_id = draw(st.sampled_from(["C-1", "C-2"]))
        if kind == "update":
            events.append(t.updated(at, draw(marker), victims=draw(st.sampled_from([[], ["V3"]]))))
        elif kind == "code":
            events.append(t.updated(at, code="crime.theft"))
        elif kind == "crime":
            events.append(t.crime(at, crime_id, draw(st.sampled_from(CODES))))
        elif kind == "cancel":
            criterion = draw(st.sampled_from(["C1", "C2", "C3", "C4"]))
            by = draw(st.sampled_from(["fcr", "ddm", "supervisor", "officer"]))
            events.append(t.cancelled(at, crime_id, criterion, draw(st.sampled_from(AVIS)), by))
        elif kind == "safeguard":
            events.append(t.safeguarding(at))
        elif kind == "report":  # reported again, perhaps with an earlier reported_at
            earlier = timedelta(minutes=draw(st.sampled_from([0, 30, 13 * 60, 30 * 60])))
            events.append(t.reported(at, draw(marker), reported_at=at - earlier))
        else:
            events.append(t.closed(at, draw(st.sampled_from(CLOSING))))
    return events


@st.composite
def timelines(draw: st.DrawFn) -> list[IncidentEvent]:
    count = draw(st.integers(1, 4))
    events = [e for n in range(count) for e in draw(incident(n))]
    return sorted(events, key=lambda e: (e.occurred_at, event_order(e)))


def within_lateness(events: list[IncidentEvent], rng: random.Random) -> list[IncidentEvent]:
    """An arrival order in which each event is delayed by less than the lateness.

    Every earlier arrival then has an event time under this one's plus the lateness, so no
    event ever arrives after the clock has passed it; any two events closer than the lateness
    can swap.
    """
    limit = LATENESS.total_seconds()
    delayed = [
        (e.occurred_at.timestamp() + rng.uniform(0, limit * 0.999), i) for i, e in enumerate(events)
    ]
    return [events[i] for _, i in sorted(delayed)]


def records(result: Result) -> list[str]:
    return sorted(a.model_dump_json() for a in result.alerts)


def assert_never_re_emitted(result: Result) -> None:
    keys = [(a.alert_id, a.status) for a in result.alerts]
    assert len(keys) == len(set(keys))


SETTINGS = settings(
    max_examples=int(os.environ.get("NCRS_PROPERTY_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@SETTINGS
@given(timelines(), st.randoms(use_true_random=False))
def test_alerts_do_not_depend_on_arrival_order_within_the_lateness(
    events: list[IncidentEvent], rng: random.Random
) -> None:
    in_order = run(events, until=UNTIL)
    shuffled = run(within_lateness(events, rng), until=UNTIL)
    assert in_order.alert_set() == shuffled.alert_set()
    assert records(in_order) == records(shuffled)
    assert_never_re_emitted(shuffled)


@SETTINGS
@given(timelines(), st.randoms(use_true_random=False), st.data())
def test_alerts_do_not_depend_on_re_delivery(
    events: list[IncidentEvent], rng: random.Random, data: st.DataObject
) -> None:
    arrival = within_lateness(events, rng)
    for _ in range(data.draw(st.integers(1, 6))):
        original = data.draw(st.integers(0, len(arrival) - 1))  # a copy comes after it
        arrival.insert(data.draw(st.integers(original + 1, len(arrival))), arrival[original])
    once = run(events, until=UNTIL)
    redelivered = run(arrival, until=UNTIL)
    assert once.alert_set() == redelivered.alert_set()
    assert records(once) == records(redelivered)
    assert_never_re_emitted(redelivered)


@SETTINGS
@given(timelines(), st.randoms(use_true_random=False), st.data())
def test_a_restart_from_persisted_state_changes_no_output(
    events: list[IncidentEvent], rng: random.Random, data: st.DataObject
) -> None:
    arrival = within_lateness(events, rng)
    split = data.draw(st.integers(0, len(arrival)))
    never = run(arrival, until=UNTIL)

    first = new_pipeline()
    before = run(arrival[:split], until=None, pipeline=first)
    store = first.store
    assert isinstance(store, MemoryStore)
    for state in list(store._states.values()):
        store.put(IncidentState.from_bytes(state.to_bytes()))
    second = new_pipeline()
    second.store = store
    if first.clock.now is not None:
        second.clock.advance_to(first.clock.now)
    for state in list(store._states.values()):
        second.restore(state)
    after = run(arrival[split:], until=UNTIL, pipeline=second)

    combined = Result(before.alerts + after.alerts, before.assessments + after.assessments)
    assert records(combined) == records(never)
    assert sorted(a.model_dump_json() for a in combined.assessments) == sorted(
        a.model_dump_json() for a in never.assessments
    )
    assert_never_re_emitted(combined)


def grouped(events: list[IncidentEvent], rng: random.Random) -> list[IncidentEvent]:
    """A file written incident by incident (each in event-time order), incidents shuffled."""
    incidents = list(dict.fromkeys(e.incident_id for e in events))
    rng.shuffle(incidents)
    return [e for incident_id in incidents for e in events if e.incident_id == incident_id]


@SETTINGS
@given(timelines(), st.randoms(use_true_random=False))
def test_alerts_do_not_depend_on_a_file_being_written_incident_by_incident(
    events: list[IncidentEvent], rng: random.Random
) -> None:
    """Incidents whose events come behind the clock are held, then judged on their whole
    history at once (as replay and an event-clock worker do): the alerts of in-order arrival."""
    results = []
    for arrival in (events, grouped(events, rng)):
        pipeline = new_pipeline()
        pipeline.defer_late = True
        result = Result()
        for number, event in enumerate(arrival):
            result.alerts += pipeline.on_event(event, arrived=number).alerts
        result.alerts += pipeline.flush_deferred(float("inf")).alerts
        result.alerts += pipeline.tick(UNTIL).alerts
        results.append(result)
    in_order, by_incident = results
    assert records(in_order) == records(by_incident)
    assert_never_re_emitted(by_incident)
