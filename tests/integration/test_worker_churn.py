"""Scaling churn under a steady stream: a worker stopped as its first assignment comes in, one
joining, one SIGKILLed, a replacement joining; the alerts (read_committed) are exactly replay's,
none lost or doubled.

The broker is the test's own and freshly started, so opening the first worker's transactional
producers takes seconds while its records already wait. A worker stopped then used to lose
them: records ahead of their partition's restore were skipped (acked), and faust acks a batch
cancelled at shutdown and commits acked offsets as it stops.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from pathlib import Path

import pytest

from tests.integration.own_broker import OwnBroker
from tests.integration.worker_expectations import simulated
from tests.integration.worker_harness import (
    OutputReader,
    WorkerProcess,
    alert_diff,
    publish,
    topics,
    wait_until,
)

pytestmark = pytest.mark.kafka

CHUNK = 40


async def test_workers_joining_leaving_and_dying_lose_and_double_nothing(
    own_broker: OwnBroker, topic_prefix: str, tmp_path: Path
) -> None:
    bootstrap = own_broker.bootstrap
    scenario = simulated(incidents=300, seed=62)
    t = topics(topic_prefix)
    third = len(scenario.lines) // 3
    workers: dict[str, WorkerProcess] = {}

    def start(name: str) -> None:
        workers[name] = WorkerProcess(bootstrap, topic_prefix, tmp_path / name)

    async def steadily(lines: list[bytes]) -> None:
        for i in range(0, len(lines), CHUNK):
            await publish(bootstrap, t.incident_events, lines[i : i + CHUNK], scenario.keys)
            await alerts.poll(10)
            await asyncio.sleep(0.2)  # a live stream's pace

    try:
        async with OutputReader(bootstrap, t.alerts) as alerts:
            await publish(bootstrap, t.incident_events, scenario.lines[:third], scenario.keys)
            start("a")
            # Stopped as its first assignment comes in: on a fresh broker, opening its
            # partitions' transactional producers takes seconds, and records already wait.
            assert await wait_until(lambda: _logged(workers["a"], "partitions assigned"), 120)
            workers["a"].stop()
            start("b")
            await steadily(scenario.lines[third : 2 * third])
            start("c")
            assert await wait_until(lambda: _logged(workers["c"], "partitions restored"), 120)
            workers["b"].kill()
            start("d")
            await steadily(scenario.lines[2 * third :])
            settled = await alerts.wait_for(scenario.alerts, timeout_s=180)
    finally:
        for worker in workers.values():
            worker.stop()
    got = Counter(alerts.values)
    logs = "\n".join(f"worker {name}: {w.log}" for name, w in workers.items())
    assert [v for v, n in got.items() if n > 1] == [], logs
    assert got == scenario.alerts, (
        f"{alert_diff(got, scenario.alerts)} (settled: {settled})\n{logs}"
    )
    assert workers["a"].proc.returncode == 0  # stopped cleanly, not crashed


def _logged(worker: WorkerProcess, message: str) -> bool:
    """Whether the worker has logged a line with this message."""
    return any(
        json.loads(line).get("message") == message
        for line in worker.output().splitlines()
        if f'"message": "{message}"' in line
    )
