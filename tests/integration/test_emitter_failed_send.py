"""A transaction with a record the broker did not take is aborted, never committed without it.

aiokafka commits a transaction whose sends failed (its commit waits for them, but ignores how
they ended), and the Java client does not: there, commitTransaction throws. The input offset
rides in the same transaction, so committing it would move the group past events whose alerts
were never written. A broker restart does this: a batch that waits out the outage fails
(LeaderNotAvailable) while the transaction around it commits once the broker is back. Here a
record too large for its topic (a broker-side limit, so the send fails only at the broker) fails
one send of the batch instead.
"""

from __future__ import annotations

import asyncio
import logging

import pytest

from services.adapters.topic_admin import TopicSpec, ensure_topics
from services.worker.emitter import OutRecord, PartitionBatch, TransactionalEmitter
from tests.integration.worker_harness import (
    OutputReader,
    committed_offsets,
    topics,
    wait_until,
)

pytestmark = pytest.mark.kafka


async def test_a_transaction_with_a_failed_send_is_aborted_and_retried(
    kafka_bootstrap: str, topic_prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    t = topics(topic_prefix)
    group = f"{topic_prefix}group"
    await ensure_topics(
        kafka_bootstrap,
        [
            TopicSpec(t.incident_events, 1),
            TopicSpec(t.alerts, 1),
            TopicSpec(t.dead_letters, 1, {"max.message.bytes": "1024"}),
        ],
    )
    emitter = TransactionalEmitter(
        input_topic=t.incident_events,
        group_id=group,
        transactional_prefix=f"{topic_prefix}app",
        client_options={"bootstrap_servers": kafka_bootstrap},
        retry_backoff_s=0.05,
    )
    await emitter.open(0)
    alert = OutRecord(t.alerts, b"A-1/crime-indicated", b"{}")
    too_large = OutRecord(t.dead_letters, b"A-1", b"x" * 4096)
    caplog.set_level(logging.WARNING, logger="services.worker.emitter")
    committing = asyncio.create_task(
        emitter.commit({0: PartitionBatch([alert, too_large], next_offset=7)})
    )
    try:

        def retried() -> bool:
            return sum("retrying" in r.getMessage() for r in caplog.records) >= 2

        assert await wait_until(retried, 30), [r.getMessage() for r in caplog.records]
        assert not committing.done()  # it keeps trying: the batch is never committed in part
    finally:
        committing.cancel()
        await asyncio.gather(committing, return_exceptions=True)
        await emitter.close_all()
    async with OutputReader(kafka_bootstrap, t.alerts) as alerts:
        for _ in range(5):
            await alerts.poll(200)
    assert alerts.values == []  # read_committed: the aborted transactions show nothing
    assert await committed_offsets(kafka_bootstrap, group, t.incident_events) == {}
