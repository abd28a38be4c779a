"""A partition's producer fenced with no rebalance (a zombie with our app id, or the broker
aborting our transaction on timeout): the worker still owns the partition, so skipping its
records would lose them. It exits non-zero instead, and a restart recovers (read_committed)."""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer

from tests.integration.worker_expectations import simulated
from tests.integration.worker_harness import OutputReader, WorkerProcess, publish, topics

pytestmark = pytest.mark.kafka


async def test_a_fence_outside_a_rebalance_stops_the_worker_and_a_restart_loses_nothing(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    scenario = simulated(incidents=200, seed=41)
    t = topics(topic_prefix)
    half = len(scenario.lines) // 2
    await publish(kafka_bootstrap, t.incident_events, scenario.lines[:half], scenario.keys)
    # No idle settle before the rest arrives: replay never pauses (see test_worker_recovery).
    worker = WorkerProcess(kafka_bootstrap, topic_prefix, tmp_path, "--idle-settle", "600")
    try:
        async with OutputReader(kafka_bootstrap, t.alerts) as alerts:
            assert await _alerts_arrive(alerts, 30), worker.output()[-3000:]
            zombie = await _fence(kafka_bootstrap, f"{topic_prefix}ncrs-watch-eos-0")
            try:
                await publish(
                    kafka_bootstrap, t.incident_events, scenario.lines[half:], scenario.keys
                )
                assert await _exited(worker, 40), worker.output()[-3000:]
            finally:
                await zombie.stop()
            assert worker.proc.returncode != 0
            assert "outside a rebalance" in worker.output(), _errors(worker.output())
            worker = WorkerProcess(kafka_bootstrap, topic_prefix, tmp_path)
            expected = _transitions(scenario.alerts)
            settled = await _settles(alerts, expected, timeout_s=60)
            assert settled, _difference(expected, alerts.values)
    finally:
        worker.stop()
    assert [v for v, n in Counter(alerts.values).items() if n > 1] == []


def _transitions(alerts: Counter[bytes]) -> Counter[str]:
    """Each alert's (id, status): what a lost or doubled input event changes. Not the whole
    record: the batch that hit the fence may have committed on the other partitions, and the
    event clock couples partitions, so a resolution's kind could differ from replay's. (Whole
    records matched in 5 of 5 local runs once a restored incident stopped retracting alerts
    its clock had not reached; this test found that.)"""
    return Counter(" ".join(_key(v)) for v in alerts.elements())


async def _settles(reader: OutputReader, expected: Counter[str], timeout_s: float) -> bool:
    """Until the transitions equal `expected` and nothing more arrives for 2 s."""
    deadline = time.monotonic() + timeout_s
    settled_at: float | None = None
    while time.monotonic() < deadline:
        before = len(reader.values)
        await reader.poll()
        if _transitions(Counter(reader.values)) != expected:
            settled_at = None
        elif settled_at is None or len(reader.values) != before:
            settled_at = time.monotonic()
        elif time.monotonic() - settled_at >= 2.0:
            return True
    return False


async def _fence(bootstrap: str, transactional_id: str) -> AIOKafkaProducer:
    """Start a producer with the worker's transactional id: init_producer_id bumps the epoch."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, transactional_id=transactional_id)
    await producer.start()
    return producer


async def _alerts_arrive(reader: OutputReader, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        await reader.poll()
        if reader.values:
            return True
    return False


async def _exited(worker: WorkerProcess, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if worker.proc.poll() is not None:
            return True
        await asyncio.sleep(0.2)
    return False


def _errors(output: str) -> list[str]:
    return [line for line in output.splitlines() if '"ERROR"' in line or '"CRITICAL"' in line]


def _difference(expected: Counter[str], values: list[bytes]) -> str:
    got = _transitions(Counter(values))
    extra = got - expected
    records = [v.decode() for v in values if " ".join(_key(v)) in extra]
    return f"missing {list(expected - got)[:6]}; extra {records[:6]}"


def _key(value: bytes) -> tuple[str, str]:
    record = json.loads(value)
    return record["alert_id"], record["status"]
