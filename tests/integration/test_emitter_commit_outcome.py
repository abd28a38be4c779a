"""A transaction whose commit fails after it went through (a broker restarting mid-commit) is
not sent again: a read_committed consumer sees its alert once."""

from __future__ import annotations

from typing import Any

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaConnectionError

from services.adapters.topic_admin import TopicSpec, ensure_topics
from services.worker.emitter import OutRecord, PartitionBatch, TransactionalEmitter
from tests.integration.worker_harness import OutputReader, topics

pytestmark = pytest.mark.kafka


class CommitsThenFails(TransactionalEmitter):
    """The first transaction commits, then its caller is told the connection broke."""

    failures = 1

    async def _transaction(
        self, producer: AIOKafkaProducer, batch: PartitionBatch, stamp: Any
    ) -> None:
        await super()._transaction(producer, batch, stamp)
        if self.failures:
            self.failures -= 1
            raise KafkaConnectionError("connection lost after the commit")


@pytest.mark.parametrize("consumed", [True, False], ids=["input batch", "deadline batch"])
async def test_a_commit_hidden_by_an_error_is_not_sent_again(
    kafka_bootstrap: str, topic_prefix: str, consumed: bool
) -> None:
    t = topics(topic_prefix)
    await ensure_topics(kafka_bootstrap, [TopicSpec(t.incident_events, 1), TopicSpec(t.alerts, 1)])
    emitter = CommitsThenFails(
        input_topic=t.incident_events,
        group_id=f"{topic_prefix}group",
        transactional_prefix=f"{topic_prefix}app",
        client_options={"bootstrap_servers": kafka_bootstrap},
        retry_backoff_s=0.05,
    )
    await emitter.open(0)
    try:
        emitter.failures = 0  # the first batch (input consumed) commits a position
        await emitter.commit({0: PartitionBatch([], next_offset=1)})
        emitter.failures = 1
        alert = OutRecord(t.alerts, b"A-1/recording-overdue", b"{}")
        await emitter.commit({0: PartitionBatch([alert], next_offset=2 if consumed else None)})
    finally:
        await emitter.close_all()
    async with OutputReader(kafka_bootstrap, t.alerts) as alerts:
        for _ in range(10):
            await alerts.poll(300)
    assert alerts.values == [b"{}"]
