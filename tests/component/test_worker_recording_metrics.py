"""The worker's recording metrics, in process (no broker): crimes recorded within the limit
and late, open crimeable incidents with no crime, live accuracy, state size, rejects."""

from __future__ import annotations

from prometheus_client import CollectorRegistry

from services.adapters.metrics.labels import OFFENCE_GROUP_VALUES
from tests.component.worker_parts import TOPICS, records, started_processor
from tests.unit.incident_timeline import CRIMEABLE, NOT_CRIMEABLE, StubScorer, Timeline, at

GROUP = "violence_with_injury"
assert GROUP in OFFENCE_GROUP_VALUES


def sample(registry: CollectorRegistry, name: str, **labels: str) -> float | None:
    return registry.get_sample_value(name, labels)


def scenario() -> list[object]:
    on_time, never, late, withdrawn, closed, later = (Timeline(f"I-{n}") for n in range(1, 7))
    return [  # in event-time order (an event behind the clock waits for the idle settle)
        *(t.reported(at(0), CRIMEABLE) for t in (on_time, never, late, withdrawn, closed)),
        b"{not json",
        withdrawn.crime(at(1)),
        closed.closed(at(1)),
        on_time.crime(at(2)),
        withdrawn.cancelled(
            at(3), criterion="C2", avi="CCTV shows the phone was dropped, not taken"
        ),
        late.crime(at(30)),
        later.reported(at(72), NOT_CRIMEABLE),
    ]


async def test_crimes_recorded_open_unrecorded_and_accuracy_follow_the_events() -> None:
    registry = CollectorRegistry()
    processor, emitter = await started_processor(StubScorer(), registry)
    batch = records(scenario())  # type: ignore[arg-type]
    await processor.handle_batch(batch)
    await processor.publish_metrics()

    crimes = "ncrs_worker_crimes_recorded_total"
    assert sample(registry, crimes, force="WMP", timing="within_limit") == 2
    assert sample(registry, crimes, force="WMP", timing="late") == 1
    # Only I-2 is open, crimeable and unrecorded: I-1 and I-3 are recorded, I-5 is closed and
    # I-4 is not crimeable once its crime is cancelled (C2 with AVI: evidence to the contrary).
    open_gauge = "ncrs_worker_open_crimeable_unrecorded_incidents"
    assert sample(registry, open_gauge, force="WMP") == 1
    key = {"force": "WMP", "offence_group": GROUP}
    assert sample(registry, "ncrs_accuracy_due_incidents", **key) == 4
    assert sample(registry, "ncrs_accuracy_recorded_incidents", **key) == 2
    assert sample(registry, "ncrs_accuracy_recorded_within_limit_incidents", **key) == 1
    assert sample(registry, "ncrs_accuracy_recorded_ratio", **key) == 0.5
    assert sample(registry, "ncrs_worker_events_rejected_total", reason="not_json") == 1
    assert sample(registry, "ncrs_worker_processing_latency_seconds_count") == len(batch)
    held = sample(registry, "ncrs_worker_state_entries", table="incidents")
    assert held is not None
    assert held >= 2
    overdue = {"rule": "recording-overdue", "severity": "critical", "status": "firing"}
    assert sample(registry, "ncrs_worker_alert_transitions_total", **overdue) == 3
    assert len(emitter.values(TOPICS.dead_letters)) == 1


async def test_a_late_crime_on_an_open_incident_takes_it_off_the_open_gauge() -> None:
    registry = CollectorRegistry()
    processor, _ = await started_processor(StubScorer(), registry)
    incident, clock = Timeline("I-9"), Timeline("I-10")
    await processor.handle_batch(
        records([incident.reported(at(0), CRIMEABLE), clock.reported(at(25), NOT_CRIMEABLE)])
    )
    await processor.publish_metrics()
    open_gauge = "ncrs_worker_open_crimeable_unrecorded_incidents"
    assert sample(registry, open_gauge, force="WMP") == 1
    later = Timeline("I-11").reported(at(30), NOT_CRIMEABLE)  # moves the event clock past it
    await processor.handle_batch(records([incident.crime(at(26)), later], start=2))
    await processor.publish_metrics()
    assert sample(registry, open_gauge, force="WMP") == 0
    assert sample(registry, "ncrs_worker_crimes_recorded_total", force="WMP", timing="late") == 1
    key = {"force": "WMP", "offence_group": GROUP}
    assert sample(registry, "ncrs_accuracy_recorded_incidents", **key) == 1
    assert sample(registry, "ncrs_accuracy_recorded_within_limit_incidents", **key) == 0
