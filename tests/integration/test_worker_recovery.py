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
from functools import partial
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition

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


async def test_a_worker_taking_over_consumed_partitions_fires_their_pending_deadlines(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    """All input was consumed and committed, but the event clock had not settled yet (the first
    worker stops before its idle settle): the next worker reads no input at all, so only the
    watermarks restored with the partitions can move its clock to fire what is pending."""
    scenario = simulated(incidents=150, seed=37)
    t = topics(topic_prefix)
    await publish(kafka_bootstrap, t.incident_events, scenario.lines, scenario.keys)
    first = WorkerProcess(kafka_bootstrap, topic_prefix, tmp_path, "--idle-settle", "600")
    try:
        group = f"{topic_prefix}ncrs-watch"
        consumed = partial(_all_committed, kafka_bootstrap, t.incident_events, group)
        assert await _until(consumed, 60), first.output()[-3000:]
    finally:
        first.stop()  # leaves the group at once (a killed member holds it for its session)
    async with OutputReader(kafka_bootstrap, t.alerts) as alerts:
        second = WorkerProcess(kafka_bootstrap, topic_prefix, tmp_path)
        try:
            await alerts.wait_for(scenario.alerts, timeout_s=60)
        finally:
            second.stop()
    assert [v for v, n in Counter(alerts.values).items() if n > 1] == []
    assert Counter(alerts.values) == scenario.alerts, second.output()[-3000:]


async def _all_committed(bootstrap: str, topic: str, group: str) -> bool:
    """Has the group committed every partition of the topic up to its end?"""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group)
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in range(6)]  # as publish() creates it
        ends = await consumer.end_offsets(tps)
        done = all([await consumer.committed(tp) == ends[tp] for tp in tps])
    finally:
        await consumer.stop()
    if not done:
        await asyncio.sleep(0.5)
    return done


async def _has(reader: OutputReader, n: int) -> bool:
    await reader.poll(100)
    return len(reader.values) >= n


async def _until(check: Callable[[], Awaitable[bool]], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if await check():
            return True
    return False
