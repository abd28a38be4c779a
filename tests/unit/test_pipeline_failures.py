"""An event or deadline the engine fails on (a defect) is set aside; nothing else is lost.

The incident is put back as it was before the failed step and goes on without that event;
every other incident is untouched. Replay writes the event's line to the rejects as
`processing_failed` (the worker dead-letters it: tests/component/test_worker_failures.py).
"""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

from services.domain.engine import Engine, Step
from services.domain.incident_state import IncidentState
from services.domain.outputs import AlertStatus
from services.domain.pipeline import Outputs
from services.domain.rule_scorer import RuleScorer
from services.domain.rulebook import RuleBook
from services.domain.scoring import IncidentFacts, Score
from services.replay.runner import Replay, ReplaySinks
from tests.unit.incident_timeline import CRIMEABLE, StubScorer, Timeline, at, new_pipeline

POISON = "[boom]"
SCENARIOS = Path(__file__).parents[1] / "golden" / "scenarios"


class PoisonedStub(StubScorer):
    def score(self, facts: IncidentFacts) -> Score:
        if POISON in facts.narrative:
            raise ZeroDivisionError("a defect")
        return super().score(facts)


class PoisonedRules(RuleScorer):
    def score(self, facts: IncidentFacts) -> Score:
        if POISON in facts.narrative:
            raise ZeroDivisionError("a defect")
        return super().score(facts)


def _alerts(outputs: list[Outputs]) -> list[tuple[str, str]]:
    return [(a.alert_id, a.status.value) for out in outputs for a in out.alerts]


def test_an_update_the_engine_fails_on_is_set_aside_and_the_incident_goes_on() -> None:
    def timeline(poisoned: bool) -> tuple[list[Outputs], IncidentState | None]:
        pipeline = new_pipeline(scorer=PoisonedStub())
        t = Timeline("I-1")
        events = [t.reported(at(0), CRIMEABLE)]
        if poisoned:
            events.append(t.updated(at(1), POISON, eid="I-1-poison"))
        events.append(t.updated(at(2), "more"))
        outputs = [pipeline.on_event(e) for e in events]
        outputs.append(pipeline.tick(at(30)))
        return outputs, pipeline.store.get("I-1")

    clean, _ = timeline(poisoned=False)
    poisoned, state = timeline(poisoned=True)
    failures = [f for out in poisoned for f in out.failures]
    assert [(f.incident_id, f.event_id, type(f.error)) for f in failures] == [
        ("I-1", "I-1-poison", ZeroDivisionError)
    ]
    assert _alerts(poisoned) == _alerts(clean)
    assert ("I-1/recording-overdue", "firing") in _alerts(poisoned)
    assert state is not None
    assert not state.has_seen("I-1-poison")  # a re-delivery is tried again
    assert all(e.event_id != "I-1-poison" for e in state.events)


def test_a_report_the_engine_fails_on_keeps_nothing_and_other_incidents_flow() -> None:
    pipeline = new_pipeline(scorer=PoisonedStub())
    bad, good = Timeline("I-bad"), Timeline("I-good")
    failed = pipeline.on_event(bad.reported(at(0), POISON))
    assert [f.event_id for f in failed.failures] == ["I-bad-1"]
    assert pipeline.store.get("I-bad") is None
    outputs = [pipeline.on_event(good.reported(at(0, 1), CRIMEABLE)), pipeline.tick(at(30))]
    assert {aid for aid, status in _alerts(outputs) if status == "firing"} == {
        "I-good/crime-indicated",
        "I-good/recording-due-soon",
        "I-good/recording-overdue",
    }


class _FailsAtDeadlines(Engine):
    def advance(self, state: IncidentState, now: datetime) -> Step:
        if state.incident_id == "I-bad" and now >= at(12):
            raise KeyError("a defect")
        return super().advance(state, now)


def test_a_deadline_the_engine_fails_on_leaves_the_incident_as_it_was() -> None:
    rulebook = RuleBook.default()
    pipeline = new_pipeline(rulebook)
    pipeline.engine = _FailsAtDeadlines(rulebook, StubScorer())
    bad, good = Timeline("I-bad"), Timeline("I-good")
    pipeline.on_event(bad.reported(at(0), CRIMEABLE))
    pipeline.on_event(good.reported(at(0), CRIMEABLE))
    settled = pipeline.tick(at(1))
    assert {aid for aid, _ in _alerts([settled])} == {
        "I-bad/crime-indicated",
        "I-good/crime-indicated",
    }
    before = pipeline.store.get("I-bad")
    assert before is not None
    emitted = dict(before.emitted)
    out = pipeline.tick(at(30))
    assert [(f.incident_id, f.event_id) for f in out.failures] == [("I-bad", None)]
    assert {aid for aid, _ in _alerts([out])} == {
        "I-good/recording-due-soon",
        "I-good/recording-overdue",
    }
    after = pipeline.store.get("I-bad")
    assert after is not None
    assert after.emitted == emitted
    assert pipeline.tick(at(40)).failures == []  # unscheduled: not retried on every tick
    assert all(a.status is AlertStatus.FIRING for a in after.emitted.values())


def _replay(lines: list[bytes]) -> tuple[str, str, list[dict[str, object]]]:
    sinks = ReplaySinks(io.StringIO(), io.StringIO(), io.StringIO())
    until = (SCENARIOS / "cancellations.until").read_text().strip()
    Replay(RuleBook.default(), PoisonedRules(), sinks).run(
        io.BytesIO(b"\n".join(lines)), datetime.fromisoformat(until)
    )
    rejects = [json.loads(line) for line in sinks.rejects.getvalue().splitlines()]
    return sinks.alerts.getvalue(), sinks.assessments.getvalue(), rejects


def test_replay_rejects_the_line_the_engine_fails_on_and_loses_nothing_else() -> None:
    lines = (SCENARIOS / "cancellations.jsonl").read_bytes().splitlines()
    first = json.loads(lines[0])
    poison = {
        **first,
        "event_id": "poison-1",
        "type": "incident.updated",
        "data": {"narrative": POISON},
    }  # at the first report's own time: the clock moves as without it
    poisoned = [lines[0], json.dumps(poison).encode(), *lines[1:]]
    alerts, assessments, rejects = _replay(poisoned)
    clean_alerts, clean_assessments, clean_rejects = _replay(lines)
    assert clean_rejects == []
    assert clean_alerts
    assert (alerts, assessments) == (clean_alerts, clean_assessments)
    assert rejects == [
        {
            "line": 2,
            "reason": "processing_failed",
            "detail": "the engine failed on this event (ZeroDivisionError); "
            "its incident goes on without it",
        }
    ]
