"""Crashes and rebalances lose nothing and double nothing (read_committed view of alerts).

Input is published without pauses longer than the worker's idle settle, as a live stream
would be: a pause lets an event-clock worker settle to the latest event time, after which
events still within the lateness count as late (replay never pauses).
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from tests.integration.worker_expectations import simulated
from tests.integration.worker_harness import OutputReader, WorkerProcess, publish, topics

pytestmark = pytest.mark.kafka


async def test_sigkill_mid_stream_and_restart_loses_and_doubles_nothing(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    scenario = simulated(incidents=400, seed=23)
    t = topics(topic_prefix)
    await publish(kafka_bootstrap, t.incident_events, scenario.lines, scenario.keys)
    async with OutputReader(kafka_bootstrap, t.alerts) as alerts:
        for _ in range(2):  # SIGKILL twice, each time while alerts are flowing
            worker = WorkerProcess(kafka_bootstrap, topic_prefix, tmp_path, "--batch-max", "20")
            target = len(alerts.values) + 20
            assert await _until(lambda t=target: _has(alerts, t), 60), worker.output()
            worker.kill()
        worker = WorkerProcess(kafka_bootstrap, topic_prefix, tmp_path)
        try:
            await alerts.wait_for(scenario.alerts, timeout_s=90)
        finally:
            worker.stop()
    assert [v for v, n in Counter(alerts.values).items() if n > 1] == []
    assert Counter(alerts.values) == scenario.alerts


async def test_two_workers_share_partitions_and_a_rebalance_moves_state(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    scenario = simulated(incidents=400, seed=31)
    t = topics(topic_prefix)
    first = WorkerProcess(kafka_bootstrap, topic_prefix, tmp_path / "a")
    second: WorkerProcess | None = None
    try:
        async with OutputReader(kafka_bootstrap, t.alerts) as alerts:
            chunks = [scenario.lines[i : i + 40] for i in range(0, len(scenario.lines), 40)]
            for n, chunk in enumerate(chunks):  # a steady stream, ~200 records/s
                await publish(kafka_bootstrap, t.incident_events, chunk, scenario.keys)
                await alerts.poll(10)
                if n == len(chunks) // 3:
                    second = WorkerProcess(kafka_bootstrap, topic_prefix, tmp_path / "b")
                await asyncio.sleep(0.2)
            await alerts.wait_for(scenario.alerts, timeout_s=90)
            assert second is not None
            assert second.proc.poll() is None, second.output()
    finally:
        first.stop()
        if second is not None:
            second.stop()
    assert [v for v, n in Counter(alerts.values).items() if n > 1] == []
    assert Counter(alerts.values) == scenario.alerts


async def _has(reader: OutputReader, n: int) -> bool:
    await reader.poll(100)
    return len(reader.values) >= n


async def _until(check: Callable[[], Awaitable[bool]], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if await check():
            return True
    return False
