"""An incident holds at most `max_incident_events` events and `max_incident_text` characters of
free text; later events are refused, the rest flows.

A source stuck in a loop (fresh event ids, the same incident) would otherwise grow one
incident's state until its changelog record no longer fits and its partition stops. The
refused event is rejected like bad input (`incident_full`): replay writes its line to the
rejects, the worker dead-letters it (tests/component/test_worker_failures.py).
"""

from __future__ import annotations

import io
import json

import pytest
from pydantic import ValidationError

from services.domain.incident_state import IncidentState
from services.domain.rulebook import RuleBook
from services.replay.runner import Replay, ReplaySinks
from tests.unit.incident_timeline import CRIMEABLE, StubScorer, Timeline, at, new_pipeline

LIMIT = 3


def test_events_past_the_limit_are_refused_and_change_nothing() -> None:
    pipeline = new_pipeline(RuleBook(max_incident_events=LIMIT))
    full, other = Timeline("I-full"), Timeline("I-other")
    for n, event in enumerate([full.reported(at(0), CRIMEABLE), full.updated(at(0, 1), "a")]):
        assert pipeline.on_event(event).refused is None, n
    third = full.updated(at(0, 2), "b")
    assert pipeline.on_event(third).refused is None
    clock_before = pipeline.clock.now
    state = pipeline.store.get("I-full")
    assert state is not None
    events_before = list(state.events)

    out = pipeline.on_event(full.updated(at(5), "[p=0.1]"))  # would have changed the judgement

    assert out.refused is not None
    assert "max_incident_events 3" in out.refused
    assert (out.assessments, out.alerts, out.ignored, out.failures) == ([], [], None, [])
    assert state.events == events_before
    assert pipeline.clock.now == clock_before  # a refused event does not move the clock
    assert pipeline.on_event(third).ignored == "duplicate"  # a re-delivery is still just that
    assert pipeline.on_event(other.reported(at(0, 3), CRIMEABLE)).refused is None
    fired = pipeline.tick(at(30)).alerts
    assert "I-full/recording-overdue" in {a.alert_id for a in fired}  # it goes on as it was


def test_free_text_past_the_limit_is_refused() -> None:
    pipeline = new_pipeline(RuleBook(max_incident_text=20_000))
    t = Timeline("I-text")
    assert pipeline.on_event(t.reported(at(0), CRIMEABLE + "x" * 9_000)).refused is None
    assert pipeline.on_event(t.updated(at(0, 1), "y" * 10_000)).refused is None
    refused = pipeline.on_event(t.updated(at(0, 2), "z" * 1_000)).refused
    assert refused is not None
    assert "max_incident_text 20000" in refused
    assert pipeline.on_event(t.crime(at(0, 3), "8N")).refused is None  # no text: still taken
    state = pipeline.store.get("I-text")
    assert state is not None
    assert state.text == 9_000 + len(CRIMEABLE) + 10_000
    restored = IncidentState.from_bytes(state.to_bytes())
    assert restored.text == state.text  # derived again on restore


def test_the_limits_are_configuration_with_sane_defaults() -> None:
    book = RuleBook.default()
    assert (book.max_incident_events, book.max_incident_text) == (2_000, 500_000)
    with pytest.raises(ValidationError, match="max_incident_events"):
        RuleBook(max_incident_events=0)
    with pytest.raises(ValidationError, match="max_incident_text"):
        RuleBook(max_incident_text=19_999)  # one event may carry 20,000 characters


def test_replay_rejects_the_refused_lines_and_loses_nothing_else() -> None:
    full, other = Timeline("I-full"), Timeline("I-other")
    events = [
        full.reported(at(0), CRIMEABLE),
        full.updated(at(0, 1), "a"),
        other.reported(at(0, 2), CRIMEABLE),
        full.updated(at(0, 3), "b"),
        full.updated(at(0, 4), "c"),  # line 5: the fourth of I-full
        other.updated(at(0, 5), "d"),
        full.closed(at(0, 6)),  # line 7
    ]
    lines = b"\n".join(e.model_dump_json().encode() for e in events) + b"\n"
    sinks = ReplaySinks(io.StringIO(), io.StringIO(), io.StringIO())
    counts = Replay(RuleBook(max_incident_events=LIMIT), StubScorer(), sinks).run(
        io.BytesIO(lines), at(30)
    )
    rejects = [json.loads(line) for line in sinks.rejects.getvalue().splitlines()]
    assert [(r["line"], r["reason"]) for r in rejects] == [
        (5, "incident_full"),
        (7, "incident_full"),
    ]
    assert "max_incident_events" in rejects[0]["detail"]
    assert (counts.events, counts.rejected) == (5, 2)
    alerts = {json.loads(line)["alert_id"] for line in sinks.alerts.getvalue().splitlines()}
    assert {"I-full/recording-overdue", "I-other/recording-overdue"} <= alerts
