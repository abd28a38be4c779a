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
