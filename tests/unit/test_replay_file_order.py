"""Replay of a file written incident by incident (not in event-time order): an incident whose
first event is behind the clock is held and judged on its whole history, as an event-clock
worker does, so the alerts are those of the same events in event-time order."""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

import pytest

from services.domain.rule_scorer import RuleScorer
from services.domain.rulebook import RuleBook
from services.replay.runner import FLUSH_EVERY, QUIET_LINES, Replay, ReplaySinks, numbered_lines
from tests.unit.test_golden import SCENARIO_NAMES, folders, replay


def _incident_by_incident(events: Path, out: Path) -> Path:
    """The same lines, each incident's together, incidents in order of first appearance."""
    by_incident: dict[str, list[bytes]] = {}
    for line in events.read_bytes().splitlines():
        try:
            key = json.loads(line)["incident_id"]
        except (ValueError, KeyError, TypeError):
            key = "(unreadable)"  # bad lines stay together, after the incidents before them
        by_incident.setdefault(key, []).append(line)
    out.write_bytes(b"\n".join(line for lines in by_incident.values() for line in lines) + b"\n")
    return out


@pytest.mark.parametrize("name", [n for n in SCENARIO_NAMES if n != "bad_lines"])
def test_a_file_written_incident_by_incident_gives_the_in_order_alerts(
    name: str, contract_examples: Path, tmp_path: Path
) -> None:
    _, events = folders(contract_examples)[name]
    until = events.with_suffix(".until").read_text().strip()
    grouped = _incident_by_incident(events, tmp_path / "grouped.jsonl")
    assert grouped.read_bytes() != events.read_bytes(), "the scenario is already grouped"
    in_order = replay(events, until, tmp_path / "in-order")
    regrouped = replay(grouped, until, tmp_path / "grouped")
    for kind in ("alerts", "assessments"):
        assert Counter(regrouped[kind].splitlines()) == Counter(in_order[kind].splitlines()), kind


def _line(incident: str, event: int, at: str) -> bytes:
    body = {
        "schema_version": 1,
        "event_id": f"{incident}-{event}",
        "type": "incident.reported" if event == 0 else "incident.updated",
        "force": "WMP",
        "incident_id": incident,
        "occurred_at": at,
        "source": "cad",
        "data": {"narrative": "More on the log."},
    }
    if event == 0:
        body["data"] = {
            "channel": "emergency_call",
            "reporter": "victim",
            "opening_code": "crime.theft",
            "narrative": "Caller reports her bicycle was stolen from outside the library.",
            "area": "B-EAST",
        }
    return json.dumps(body).encode()


def test_a_held_incident_is_settled_once_its_lines_stop_not_only_at_the_end() -> None:
    late = [_line("LATE", n, f"2026-04-01T08:0{n}:00Z") for n in range(3)]
    filler = [
        _line(f"F-{i}", 0, f"2026-04-01T10:{i // 600:02d}:{i // 10 % 60:02d}Z")
        for i in range(QUIET_LINES + 2 * FLUSH_EVERY)
    ]
    lines = [_line("CLOCK", 0, "2026-04-01T10:00:00Z"), *filler]
    for at, line in zip((1, 500, FLUSH_EVERY - 10), late, strict=True):
        lines.insert(at, line)  # its last line shortly before the first check
    source = io.BytesIO(b"\n".join(lines) + b"\n")
    sinks = ReplaySinks(io.StringIO(), io.StringIO(), io.StringIO())
    run = Replay(RuleBook.default(), RuleScorer(), sinks)
    held: list[int] = []
    run.run(source, None, progress=lambda _: held.append(run.pipeline.deferred))
    assert held[0] == 1, "the late incident is held while its lines come"
    assert held[-1] == 0, "still held long after its last line"


def test_line_numbers_count_the_blank_lines_that_are_skipped() -> None:
    """Arrival and reject line numbers are the file's own, blank lines included."""
    assert list(numbered_lines(io.BytesIO(b"a\n\n b\n"))) == [(1, b"a"), (3, b" b")]


def test_a_byte_order_mark_opening_the_file_does_not_cost_its_first_line() -> None:
    bom = b"\xef\xbb\xbf"
    lines = list(numbered_lines(io.BytesIO(bom + b'{"a": 1}\r\n' + bom + b"x\n")))
    assert lines == [(1, b'{"a": 1}'), (2, bom + b"x")]  # only the file's own mark


def test_without_until_the_clock_ends_at_the_latest_event_time() -> None:
    """Regression: the last 5 minutes of a file never settled, so a report there raised no
    crime-indicated; a worker settles to the latest event time once its input stops."""
    report = {
        "schema_version": 1,
        "event_id": "e1",
        "type": "incident.reported",
        "force": "WMP",
        "incident_id": "I-1",
        "occurred_at": "2026-03-02T08:00:00Z",
        "source": "cad",
        "data": {
            "channel": "emergency_call",
            "reporter": "victim",
            "opening_code": "welfare.other",
            "narrative": "He punched me in the face and my nose is bleeding.",
            "area": "B1",
        },
    }
    alerts = io.StringIO()
    replay = Replay(
        RuleBook.default(), RuleScorer(), ReplaySinks(alerts, io.StringIO(), io.StringIO())
    )
    replay.run(io.BytesIO(json.dumps(report).encode() + b"\n"), None)
    [fired] = [json.loads(line) for line in alerts.getvalue().splitlines()]
    assert (fired["rule"], fired["raised_at"]) == ("crime-indicated", "2026-03-02T08:00:00Z")
