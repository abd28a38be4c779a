"""A live worker in event-clock mode raises exactly what `ncrs-watch replay` raises."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.worker_expectations import simulated
from tests.integration.worker_harness import OutputReader, WorkerProcess, publish, topics

pytestmark = pytest.mark.kafka


def _incident_by_incident(lines: list[bytes], keys: dict[bytes, bytes]) -> list[bytes]:
    """As an integrator may publish them: each incident's events together (malformed lines
    last), so most incidents start behind the clock."""
    grouped: dict[bytes, list[bytes]] = {}
    for line in lines:
        grouped.setdefault(keys.get(line, b"malformed"), []).append(line)
    return [line for incident in grouped.values() for line in incident]


@pytest.mark.parametrize("published", ["in event-time order", "incident by incident"])
async def test_live_equals_replay_and_bad_input_is_dead_lettered(
    published: str, kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    """Either way, the alerts are those replay raises for the stream in event-time order."""
    scenario = simulated()
    lines = scenario.lines
    if published == "incident by incident":
        lines = _incident_by_incident(lines, scenario.keys)
        assert lines != scenario.lines
    t = topics(topic_prefix)
    worker = WorkerProcess(kafka_bootstrap, topic_prefix, tmp_path)
    try:
        async with (
            OutputReader(kafka_bootstrap, t.alerts) as alerts,
            OutputReader(kafka_bootstrap, t.dead_letters) as dead,
        ):
            await publish(kafka_bootstrap, t.incident_events, lines, scenario.keys)
            await alerts.wait_for(scenario.alerts, timeout_s=60)
            for _ in range(60):  # the dead letters, committed with the same transactions
                await dead.poll(500)
                if len(dead.values) >= scenario.rejected:
                    break
        assert worker.proc.poll() is None, worker.output()
    finally:
        worker.stop()
    assert sorted(alerts.values) == sorted(scenario.alerts.elements()), worker.output()[-3000:]
    assert scenario.rejected > 0
    assert len(dead.values) == scenario.rejected
    not_json = [line for line in worker.output().splitlines() if not _json_object(line)]
    assert not_json == []  # one JSON object a line, from start to stop, for log shippers
    logged = [json.loads(line) for line in worker.output().splitlines()]
    assert logged[-1]["message"] == "worker stopped"  # SIGTERM: a clean stop, and it says so
    assert not [e for e in logged if "Missing sensor state" in e["message"]]  # faust's noise


def _json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
