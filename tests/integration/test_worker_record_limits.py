"""The worker's own topics take every record it can be asked to write: a dead letter of an input
record as large as the input topic allows (the original bytes, plus the `ncrs-*` headers), and
an incident's state record beyond 1 MiB. A record that does not fit is retried for ever, so the
partition would stop: nothing lost, but nothing more processed either."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer

from services.adapters.codec import Rejection, decode
from services.adapters.dead_letters import DeadLetter
from services.adapters.topic_admin import ensure_topics
from services.adapters.topics import Topics
from services.worker.changelog import read_partition
from services.worker.emitter import OutRecord, PartitionBatch, TransactionalEmitter
from services.worker.options import WorkerOptions
from services.worker.topology import worker_topics
from tests.integration.worker_harness import OutputReader

pytestmark = pytest.mark.kafka

INPUT_LIMIT = 1_048_576
"""aiokafka's default max_request_size: the largest record an integration's client sends."""


async def test_the_largest_dead_letter_and_a_large_state_record_are_committed(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    options = WorkerOptions(kafka_bootstrap, Topics(prefix=topic_prefix), "app", tmp_path)
    t = options.topics
    await ensure_topics(kafka_bootstrap, worker_topics(options))
    value = await _largest_input_record(kafka_bootstrap, t.incident_events)
    rejection = decode(value)
    assert isinstance(rejection, Rejection)  # over 256 KiB
    letter = DeadLetter.of(
        rejection,
        key=b"WMP-1",
        value=value,
        topic=t.incident_events,
        partition=0,
        offset=0,
        rejected_at=datetime(2026, 12, 4, tzinfo=UTC),
    )
    state = b'{"events": "' + b"x" * (5 * 1024 * 1024) + b'"}'
    emitter = TransactionalEmitter(
        input_topic=t.incident_events,
        group_id=options.group_id,
        transactional_prefix=options.group_id,
        client_options={"bootstrap_servers": kafka_bootstrap},
    )
    await emitter.open(0)
    try:
        batch = PartitionBatch(
            [
                OutRecord(t.dead_letters, b"WMP-1", value, letter.to_headers()),
                OutRecord(options.changelog_topic, b"WMP-1", state, partition=0),
            ],
            next_offset=1,
        )
        await asyncio.wait_for(emitter.commit({0: batch}), 60)
    finally:
        await emitter.close_all()
    async with OutputReader(kafka_bootstrap, t.dead_letters) as dead:
        for _ in range(20):
            await dead.poll(500)
            if dead.values:
                break
    assert dead.values == [value]
    client = {"bootstrap_servers": kafka_bootstrap}
    restored = [v async for _, v in read_partition(options.changelog_topic, 0, client)]
    assert restored == [state]


async def _largest_input_record(bootstrap: str, topic: str) -> bytes:
    """A record as large as a default client can send to the input topic (it is accepted)."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        value = b"x" * (INPUT_LIMIT - 200)
        await producer.send_and_wait(topic, value, key=b"WMP-1")
    finally:
        await producer.stop()
    return value
