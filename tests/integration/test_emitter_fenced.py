"""A fence the producer meets mid-transaction is reported as a lost partition, whatever call of
the transaction it surfaces in: the worker must tell a fence from a defect (see processor)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from services.adapters.topic_admin import TopicSpec, ensure_topics
from services.worker import emitter as emitter_module
from services.worker.emitter import (
    OutRecord,
    PartitionBatch,
    PartitionLostError,
    TransactionalEmitter,
)
from tests.integration.worker_harness import topics

pytestmark = pytest.mark.kafka


class SendsAfterTheFence(AIOKafkaProducer):
    """A real producer whose second send of a transaction waits until the first has failed:
    the sender has met the fence by then, so the send finds the producer in a fatal state."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.first: asyncio.Future[Any] | None = None

    async def send(self, *args: Any, **kwargs: Any) -> asyncio.Future[Any]:
        if self.first is not None:
            await asyncio.wait([self.first], timeout=10)
        future: asyncio.Future[Any] = await super().send(*args, **kwargs)
        self.first = self.first or future
        return future


async def test_a_fence_met_by_the_sender_mid_transaction_is_a_lost_partition(
    kafka_bootstrap: str, topic_prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    t = topics(topic_prefix)
    await ensure_topics(kafka_bootstrap, [TopicSpec(t.incident_events, 1), TopicSpec(t.alerts, 1)])
    monkeypatch.setattr(emitter_module, "AIOKafkaProducer", SendsAfterTheFence)
    emitter = TransactionalEmitter(
        input_topic=t.incident_events,
        group_id=f"{topic_prefix}group",
        transactional_prefix=f"{topic_prefix}app",
        client_options={"bootstrap_servers": kafka_bootstrap},
    )
    await emitter.open(0)
    zombie = AIOKafkaProducer(
        bootstrap_servers=kafka_bootstrap, transactional_id=f"{topic_prefix}app-eos-0"
    )
    try:
        await zombie.start()  # bumps the epoch: our producer is fenced
        alerts = [OutRecord(t.alerts, f"A-{i}".encode(), b"{}") for i in range(2)]
        with pytest.raises(PartitionLostError, match="fenced"):
            await emitter.commit({0: PartitionBatch(alerts, next_offset=1)})
        assert emitter.partitions == set()
    finally:
        await zombie.stop()
        await emitter.close_all()
