"""Late incidents held by the pipeline (event-clock workers) settle in event-time order."""

from __future__ import annotations

import json
from pathlib import Path

from services.adapters.codec import decode
from services.domain.clock import EventClock
from services.domain.deadlines import Schedule
from services.domain.engine import Engine
from services.domain.events import IncidentEvent
from services.domain.outputs import Resolution
from services.domain.pipeline import MemoryStore, Outputs, Pipeline
from services.domain.rule_scorer import RuleScorer
from services.domain.rulebook import RuleBook
from tests.unit.incident_timeline import CRIMEABLE, Timeline, at, new_pipeline


def _events(examples: Path, tag: str) -> list[IncidentEvent]:
    events = []
    for line in (examples / "timeline.jsonl").read_bytes().splitlines():
        body = json.loads(line)
        body["incident_id"] = tag + body["incident_id"]
        body["event_id"] = tag + body["event_id"]
        event = decode(json.dumps(body).encode())
        assert not hasattr(event, "reason")
        events.append(event)  # type: ignore[arg-type]
    return events


def _lifecycle(alerts: list[tuple[str, str, str]], tag: str) -> set[tuple[str, str, str]]:
    return {(i.removeprefix(tag), r, s) for i, r, s in alerts if i.startswith(tag)}


def test_a_batch_behind_the_clock_is_held_then_judged_on_its_whole_history(
    contract_examples: Path,
) -> None:
    rulebook = RuleBook.default()
    pipeline = Pipeline(
        Engine(rulebook, RuleScorer()),
        EventClock(rulebook.lateness),
        Schedule(),
        MemoryStore(),
        defer_late=True,
    )
    seen: list[tuple[str, str, str]] = []
    resolutions: list[Resolution | None] = []

    def collect(out: Outputs) -> None:
        seen.extend((a.incident_id, a.rule.value, a.status.value) for a in out.alerts)
        resolutions.extend(a.resolution for a in out.alerts)

    first = _events(contract_examples, "A-")
    for event in first:
        collect(pipeline.on_event(event, arrived=1.0))
    collect(pipeline.tick(max(e.occurred_at for e in first)))
    for event in _events(contract_examples, "B-"):
        collect(pipeline.on_event(event, arrived=2.0))
    assert _lifecycle(seen, "B-") == set()  # held: nothing from a partial history
    assert pipeline.deferred == 4
    collect(pipeline.flush_deferred(arrived_before=2.0))  # still arriving: keep holding
    assert _lifecycle(seen, "B-") == set()
    collect(pipeline.flush_deferred(arrived_before=3.0))
    assert pipeline.deferred == 0
    assert _lifecycle(seen, "B-") == _lifecycle(seen, "A-")
    assert Resolution.RETRACTED not in resolutions


def test_a_report_moving_reported_at_before_itself_is_judged_alike_held_or_not() -> None:
    """A second report whose `reported_at` is earlier puts the recording deadlines before the
    report itself. Judged as it came, the overdue alerts fire at the report and stay; judged
    all at once (held, or recomputed), time must not run back to those deadlines and resolve
    the alert as no longer applying (found by random timelines, 13 in 300)."""
    x, y = Timeline("X"), Timeline("Y")
    x_events = [
        x.reported(at(0), CRIMEABLE),
        x.reported(at(11), CRIMEABLE, reported_at=at(-13)),  # warning at(-1), limit at(11)
    ]
    arrivals = {
        "in order": [*x_events, y.reported(at(30))],
        "held": [y.reported(at(30)), *x_events],
    }
    judged = {}
    for name, events in arrivals.items():
        pipeline = new_pipeline()
        pipeline.defer_late = True
        outputs = [pipeline.on_event(e, arrived=1.0) for e in events]
        outputs += [pipeline.flush_deferred(float("inf")), pipeline.tick(at(60))]
        judged[name] = sorted(
            (a.alert_id, a.status.value, a.raised_at, a.resolution)
            for out in outputs
            for a in out.alerts
        )
    assert judged["held"] == judged["in order"]
    assert ("X/recording-overdue", "firing", at(11), None) in judged["in order"]
