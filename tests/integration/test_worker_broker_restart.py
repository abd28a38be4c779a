"""The worker keeps going when the broker restarts under it: it retries, loses nothing and
doubles nothing (read_committed view of the alerts), and dead-letters only what is bad.

The broker here is the test's own (deploy/kafka/kafka.sh with KAFKA_STATE_DIR and free ports),
so restarting it never disturbs the suite's shared broker. Input is published steadily from
before the outage, through it (a producer that keeps retrying), to after it.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import TopicPartition

from tests.integration.own_broker import OwnBroker
from tests.integration.worker_expectations import Scenario, expected, simulated
from tests.integration.worker_harness import (
    OutputReader,
    WorkerProcess,
    alert_diff,
    committed_offsets,
    publish,
    topics,
    wait_until,
)

pytestmark = pytest.mark.kafka

BROKEN = b'{"schema_version": 1, "type": "incident.reported", "data": '


def _scenario() -> tuple[Scenario, int, int]:
    """The stream in thirds, with a malformed record in each of the later two."""
    lines = simulated(incidents=300, seed=41).lines
    a, b = len(lines) // 3, 2 * len(lines) // 3
    lines = [*lines[:a], BROKEN + b"1", *lines[a:b], BROKEN + b"2", *lines[b:]]
    return expected(lines), a, b + 2


class SteadyPublisher:
    """Publishes in small chunks; sends made while the broker is down wait and are retried
    (idempotent producer, so none is lost or doubled). Every delivery is awaited: a record
    the broker never took fails the test here, not as a missing alert later."""

    def __init__(self, bootstrap: str, topic: str, keys: dict[bytes, bytes]) -> None:
        self.topic, self.keys = topic, keys
        self.sent = 0
        self.producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap,
            enable_idempotence=True,
            acks="all",
            linger_ms=5,
            request_timeout_ms=90_000,
            retry_backoff_ms=300,
        )

    async def send(self, lines: Sequence[bytes], chunk: int = 20) -> None:
        deliveries: list[asyncio.Future[Any]] = []
        for i in range(0, len(lines), chunk):
            for line in lines[i : i + chunk]:
                key = self.keys.get(line, b"malformed")
                deliveries.append(await self.producer.send(self.topic, line, key=key))
            self.sent += len(lines[i : i + chunk])
            await asyncio.sleep(0.05)  # a live stream's pace
        await asyncio.gather(*deliveries)  # raises if any record was not delivered


async def test_worker_survives_a_broker_restart_mid_stream(
    own_broker: OwnBroker, topic_prefix: str, tmp_path: Path
) -> None:
    bootstrap = own_broker.bootstrap
    scenario, a, b = _scenario()
    t = topics(topic_prefix)
    await publish(bootstrap, t.incident_events, scenario.lines[:a], scenario.keys)
    worker = WorkerProcess(bootstrap, topic_prefix, tmp_path, "--batch-max", "20")
    publisher = SteadyPublisher(bootstrap, t.incident_events, scenario.keys)
    await publisher.producer.start()
    try:
        async with (
            OutputReader(bootstrap, t.alerts) as alerts,
            OutputReader(bootstrap, t.dead_letters) as dead,
        ):

            async def flowing() -> bool:
                await alerts.poll(100)
                return len(alerts.values) >= 20

            assert await _until(flowing, 60), worker.output()[-3000:]
            during = asyncio.create_task(publisher.send(scenario.lines[a:b]))
            assert await wait_until(lambda: publisher.sent >= 100, 30)
            await own_broker.restart()  # while records and transactions are in flight
            await during
            await publisher.send(scenario.lines[b:])
            assert await _input_count(bootstrap, t.incident_events) == len(scenario.lines)
            settled = await alerts.wait_for(scenario.alerts, timeout_s=90)

            async def all_dead() -> bool:
                await dead.poll(300)
                return len(dead.values) >= scenario.rejected

            await _until(all_dead, 30)
            assert worker.proc.poll() is None, worker.output()[-3000:]
    finally:
        await publisher.producer.stop()
        worker.stop()
    tail = worker.output()[-4000:]
    assert [v for v, n in Counter(alerts.values).items() if n > 1] == [], tail
    got = Counter(alerts.values)
    if got != scenario.alerts:
        group = f"{topic_prefix}ncrs-watch"
        committed = await committed_offsets(bootstrap, group, t.incident_events)
        ends = await _input_ends(bootstrap, t.incident_events)
        raise AssertionError(
            f"{alert_diff(got, scenario.alerts)} (settled: {settled}); input end offsets {ends}, "
            f"committed by the worker {committed}\nworker log {worker.log}\n{tail}"
        )
    assert len(dead.values) == scenario.rejected >= 2  # the simulator's bad lines + the two above


async def _input_count(bootstrap: str, topic: str) -> int:
    """Records in the input topic (no compaction, no transactions: the end offsets' sum)."""
    return sum((await _input_ends(bootstrap, topic)).values())


async def _input_ends(bootstrap: str, topic: str) -> dict[int, int]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        [described] = await admin.describe_topics([topic])
        partitions = sorted(p["partition"] for p in described["partitions"])
    finally:
        await admin.close()
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await consumer.start()
    try:
        ends = await consumer.end_offsets([TopicPartition(topic, p) for p in partitions])
        return {tp.partition: end for tp, end in sorted(ends.items())}
    finally:
        await consumer.stop()


async def _until(check: object, timeout_s: float) -> bool:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while loop.time() < deadline:
        if await check():  # type: ignore[operator]
            return True
    return False
