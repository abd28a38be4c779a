"""Through the real broker: every valid event comes out decoded, every invalid record lands in
the dead-letter topic with its reason and its original bytes. Nothing is lost."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from services.adapters.codec import Rejection, RejectReason, decode, encode_event
from services.adapters.dead_letters import DeadLetter
from services.adapters.topics import Topics
from services.domain.events import MAX_RECORD_BYTES
from tests.unit.test_contract_fields import EVENT_TYPES, raw, valid_event

pytestmark = pytest.mark.kafka
WAIT_SECONDS = 30


def valid_records() -> dict[bytes, bytes]:
    records = {}
    for number, event_type in enumerate(EVENT_TYPES):
        event = {**valid_event(event_type), "incident_id": f"I-{number}", "event_id": f"e-{number}"}
        records[f"I-{number}".encode()] = raw(event)
    return records


def invalid_records() -> dict[bytes, tuple[RejectReason, bytes | None]]:
    """One record per reason (and a tombstone), keyed so each can be found again."""
    too_large = raw({**valid_event(), "pad": "x" * MAX_RECORD_BYTES})
    cases: dict[str, tuple[RejectReason, bytes | None]] = {
        "not-utf8": (RejectReason.NOT_UTF8, b'{"narrative": "caf\xe9"}'),
        "not-json": (RejectReason.NOT_JSON, b"{'schema_version': 1"),
        "tombstone": (RejectReason.NOT_JSON, None),
        "not-object": (RejectReason.NOT_OBJECT, b"[1, 2, 3]"),
        "too-large": (RejectReason.TOO_LARGE, too_large),
        "unknown-type": (RejectReason.UNKNOWN_TYPE, raw({**valid_event(), "type": "x.y"})),
        "schema": (RejectReason.SCHEMA, raw({**valid_event(), "force": ""})),
        "bad-timestamp": (
            RejectReason.BAD_TIMESTAMP,
            raw({**valid_event(), "occurred_at": "2026-03-02T21:14:00"}),
        ),
        "unsupported-version": (
            RejectReason.UNSUPPORTED_VERSION,
            raw({**valid_event(), "schema_version": 2}),
        ),
    }
    # processing_failed and incident_full are the pipeline's, not the bytes'
    codec_reasons = set(RejectReason) - {RejectReason.PROCESSING_FAILED, RejectReason.INCIDENT_FULL}
    assert {reason for reason, _ in cases.values()} == codec_reasons
    return {f"bad-{name}".encode(): case for name, case in cases.items()}


async def create_topics(bootstrap: str, topics: Topics) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics(
            [
                NewTopic(topics.incident_events, num_partitions=3, replication_factor=1),
                NewTopic(topics.dead_letters, num_partitions=1, replication_factor=1),
            ]
        )
    finally:
        await admin.close()


async def read(bootstrap: str, topic: str, group: str, count: int) -> list[ConsumerRecord]:
    """Read `count` records from the start of `topic`, failing after WAIT_SECONDS."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=group, auto_offset_reset="earliest"
    )
    await consumer.start()
    records: list[ConsumerRecord] = []
    try:
        async with asyncio.timeout(WAIT_SECONDS):
            while len(records) < count:
                batches = await consumer.getmany(timeout_ms=500)
                records.extend(record for batch in batches.values() for record in batch)
    except TimeoutError:
        pytest.fail(f"{topic}: {len(records)} of {count} records after {WAIT_SECONDS}s")
    finally:
        await consumer.stop()
    return records


@pytest.fixture
async def producer(kafka_bootstrap: str) -> AsyncIterator[AIOKafkaProducer]:
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
    await producer.start()
    yield producer
    await producer.stop()


async def test_valid_events_pass_and_every_reject_reaches_the_dlq_intact(
    kafka_bootstrap: str, topics: Topics, topic_prefix: str, producer: AIOKafkaProducer
) -> None:
    await create_topics(kafka_bootstrap, topics)
    valid, invalid = valid_records(), invalid_records()
    sent = {**valid, **{key: value for key, (_, value) in invalid.items()}}
    for key, value in sent.items():
        await producer.send_and_wait(topics.incident_events, value=value, key=key)

    decoded = {}
    for record in await read(
        kafka_bootstrap, topics.incident_events, topic_prefix + "codec", len(sent)
    ):
        result = decode(record.value)
        if isinstance(result, Rejection):
            dead = DeadLetter.of(
                result,
                key=record.key,
                value=record.value,
                topic=record.topic,
                partition=record.partition,
                offset=record.offset,
                rejected_at=datetime.now(UTC),
            )
            await producer.send_and_wait(
                topics.dead_letters, value=dead.value, key=dead.key, headers=dead.to_headers()
            )
        else:
            decoded[record.key] = result

    assert sorted(decoded) == sorted(valid)
    for key, event in decoded.items():
        assert event == decode(valid[key])
        assert decode(encode_event(event)) == event

    dlq = await read(kafka_bootstrap, topics.dead_letters, topic_prefix + "dlq-check", len(invalid))
    letters = {
        record.key: DeadLetter.from_record(record.key, record.value, record.headers)
        for record in dlq
    }
    assert sorted(letters) == sorted(invalid)
    for key, (reason, value) in invalid.items():
        letter = letters[key]
        assert (letter.reason, letter.value) == (reason, value), key
        assert letter.source_topic == topics.incident_events
        assert letter.detail
        assert dict(next(r for r in dlq if r.key == key).headers)["ncrs-reason"] == reason.encode()
