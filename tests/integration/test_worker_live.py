"""A live worker in event-clock mode raises exactly what `ncrs-watch replay` raises."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.worker_expectations import simulated
from tests.integration.worker_harness import OutputReader, WorkerProcess, publish, topics

pytestmark = pytest.mark.kafka


async def test_live_equals_replay_and_bad_input_is_dead_lettered(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    scenario = simulated()
    t = topics(topic_prefix)
    worker = WorkerProcess(kafka_bootstrap, topic_prefix, tmp_path)
    try:
        async with (
            OutputReader(kafka_bootstrap, t.alerts) as alerts,
            OutputReader(kafka_bootstrap, t.dead_letters) as dead,
        ):
            await publish(kafka_bootstrap, t.incident_events, scenario.lines, scenario.keys)
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


async def test_timelines_published_incident_by_incident_give_the_in_order_alerts(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    """As an integrator may publish them: each incident's events together, so most incidents
    start behind the clock. Expected: the alerts of the same events in event-time order."""
    in_order = simulated(incidents=120, seed=4)
    grouped: dict[bytes, list[bytes]] = {}
    for line in in_order.lines:
        grouped.setdefault(in_order.keys.get(line, b"malformed"), []).append(line)
    lines = [line for incident in grouped.values() for line in incident]
    assert lines != in_order.lines
    t = topics(topic_prefix)
    worker = WorkerProcess(kafka_bootstrap, topic_prefix, tmp_path)
    try:
        async with OutputReader(kafka_bootstrap, t.alerts) as alerts:
            await publish(kafka_bootstrap, t.incident_events, lines, in_order.keys)
            await alerts.wait_for(in_order.alerts, timeout_s=60)
        assert worker.proc.poll() is None, worker.output()
    finally:
        worker.stop()
    assert sorted(alerts.values) == sorted(in_order.alerts.elements()), worker.output()[-3000:]
