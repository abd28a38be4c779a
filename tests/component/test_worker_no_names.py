"""Personal names in narratives never reach the worker's logs, its metrics or alert summaries
(in process, at DEBUG, with the real rule scorer); the logs still say which record and rule."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from prometheus_client import CollectorRegistry, generate_latest

from services.adapters.logs import configure_logging
from services.domain.rule_scorer import RuleScorer
from tests.component.worker_parts import TOPICS, records, started_processor
from tests.unit.incident_timeline import Timeline, at

NAMES = ("Jane", "Smithson", "Darren", "Okafor", "Priya", "Ramaswamy")


def named_timelines() -> list[object]:
    first, second = Timeline("N-1"), Timeline("N-2")
    return [
        first.reported(
            at(0),
            "Caller Jane Smithson states her partner Darren Okafor punched her in the face, "
            "she has a cut lip and Okafor has left.",
            code="welfare.domestic_incident",
            qualifiers=["domestic_abuse"],
            victims=["V1"],
        ),
        first.updated(at(1), "Neighbour Priya Ramaswamy saw Darren Okafor kick the door in."),
        second.reported(
            at(2),
            "Priya Ramaswamy reports her purse was stolen from her bag by a man she knows as "
            "Darren.",
            code="crime.theft",
        ),
        second.crime(at(3), "C-9", offence_code="46"),
        second.cancelled(
            at(4), "C-9", criterion="C2", avi="Jane Smithson found the purse at home", by="fcr"
        ),
        first.closed(at(5), "welfare.domestic_incident"),
        Timeline("N-3").reported(at(50)),  # moves the event clock past every deadline
        b'{"narrative": "Darren Okafor", "not": "an event"}',
    ]


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    handler = configure_logging("DEBUG", stream=stream)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


async def test_names_in_narratives_appear_in_no_log_metric_or_alert(
    json_log: io.StringIO,
) -> None:
    registry = CollectorRegistry()
    processor, emitter = await started_processor(RuleScorer(), registry)
    await processor.handle_batch(records(named_timelines()))  # type: ignore[arg-type]
    processor.idle_settle_s = 0.0
    await processor.tick()
    await processor.publish_metrics()

    logged = json_log.getvalue()
    exposition = generate_latest(registry).decode()
    alerts = [json.loads(v) for v in emitter.values(TOPICS.alerts)]
    summaries = " ".join(alert["summary"] for alert in alerts)
    assert alerts, "the named narratives raise alerts"
    for name in NAMES:
        assert name.lower() not in logged.lower(), name
        assert name.lower() not in exposition.lower(), name
        assert name not in summaries, name

    lines = [json.loads(line) for line in logged.splitlines()]
    fired = [line for line in lines if line["message"] == "alert firing"]
    assert fired
    assert all({"alert_id", "rule", "severity"} <= line.keys() for line in fired)
    assert any({"event_id", "topic", "partition", "offset"} <= line.keys() for line in fired)
    # a record's fields go only on alerts of its own incident, not on deadlines it passed
    own = [f for f in fired if "event_id" in f]
    assert all(f["event_id"].startswith(f["incident_id"] + "-") for f in own)
    rejected = [line for line in lines if line["message"] == "record dead-lettered"]
    assert rejected == [rejected[0]]
    assert rejected[0]["offset"] == 7
    assert rejected[0]["reason"] == "schema"
