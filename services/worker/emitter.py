"""Exactly-once emission: one Kafka transaction per input partition and batch.

Outputs (assessments, alerts, dead letters), the incident-state changelog records they came
with, and the consumed input offsets are committed atomically, so a read_committed consumer
sees every alert once whatever happens to the worker. One transactional producer per input
partition (`<app id>-eos-<partition>`): the worker that takes a partition over fences the one
that had it, so a zombie cannot commit.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.errors import (
    KafkaError,
    MessageSizeTooLargeError,
    ProducerFenced,
    RecordTooLargeError,
)

from services.worker.commit_ledger import CommitLedger
from services.worker.record_limits import OUTPUT_RECORD_MAX_BYTES

log = logging.getLogger(__name__)

Headers = list[tuple[str, bytes]]
LINGER_MS = 1000


class PartitionLostError(RuntimeError):
    """Another worker owns the partition now (this producer was fenced)."""


@dataclass(frozen=True, slots=True)
class OutRecord:
    topic: str
    key: bytes | None
    value: bytes | None
    headers: Headers = field(default_factory=list)
    partition: int | None = None


@dataclass(slots=True)
class PartitionBatch:
    records: list[OutRecord] = field(default_factory=list)
    next_offset: int | None = None
    """Offset to commit for the input partition (last consumed + 1), if any was consumed."""


class TransactionalEmitter:
    def __init__(
        self,
        *,
        input_topic: str,
        group_id: str,
        transactional_prefix: str,
        client_options: Mapping[str, Any],
        retry_backoff_s: float = 0.5,
    ) -> None:
        self._input_topic = input_topic
        self._group_id = group_id
        self._prefix = transactional_prefix
        self._options = dict(client_options)
        self._backoff = retry_backoff_s
        self._producers: dict[int, AIOKafkaProducer] = {}
        self._ledger = CommitLedger(input_topic, group_id, client_options)

    @property
    def partitions(self) -> set[int]:
        return set(self._producers)

    async def open(self, partition: int) -> None:
        """Start the partition's producer; this fences (and waits out) any previous owner."""
        if partition not in self._producers:
            self._producers[partition] = await self._start(partition)

    async def close(self, partition: int) -> None:
        producer = self._producers.pop(partition, None)
        self._ledger.forget(partition)
        if producer is not None:
            await _stop_quietly(producer)

    async def close_all(self) -> None:
        for partition in list(self._producers):
            await self.close(partition)
        await self._ledger.close()

    async def commit(self, batches: Mapping[int, PartitionBatch]) -> None:
        """Commit each partition's batch in its own transaction (concurrently)."""
        await asyncio.gather(
            *(
                self._commit_one(p, b)
                for p, b in batches.items()
                if b.records or b.next_offset is not None
            )
        )

    async def _commit_one(self, partition: int, batch: PartitionBatch) -> None:
        """Retry until committed: a broker restart delays outputs, it never loses them."""
        attempt = 0
        stamp = self._ledger.stamp(partition, batch.next_offset)
        while True:
            producer = self._producers.get(partition)
            if producer is None:
                raise PartitionLostError(f"partition {partition} is not open")
            try:
                await self._transaction(producer, batch, stamp)
                self._ledger.committed(stamp)
                return
            except ProducerFenced as exc:
                await self.close(partition)
                raise PartitionLostError(f"partition {partition} fenced: {exc}") from exc
            except (KafkaError, OSError) as exc:
                attempt += 1
                if isinstance(exc, MessageSizeTooLargeError | RecordTooLargeError):
                    log.error(  # retrying cannot help: say what will
                        "a record on partition %d is larger than its topic accepts (%s): "
                        "raise the topic's max.message.bytes; retrying (attempt %d)",
                        partition,
                        type(exc).__name__,
                        attempt,
                    )
                else:
                    log.warning(
                        "transaction on partition %d failed (%s), retrying (attempt %d)",
                        partition,
                        type(exc).__name__,
                        attempt,
                    )
                await _stop_quietly(producer)
                self._producers.pop(partition, None)
                await asyncio.sleep(min(self._backoff * attempt, 5.0))
                self._producers[partition] = await self._start(partition, retry_forever=True)
                if await self._ledger.landed(stamp):  # the failure hid a commit: not again
                    log.warning("transaction on partition %d had committed", partition)
                    return

    async def _transaction(
        self, producer: AIOKafkaProducer, batch: PartitionBatch, stamp: dict[Any, Any] | None
    ) -> None:
        sends: list[asyncio.Future[Any]] = []
        try:
            async with producer.transaction():
                for r in batch.records:
                    sends.append(
                        await producer.send(
                            r.topic,
                            value=r.value,
                            key=r.key,
                            headers=r.headers or None,
                            partition=r.partition,
                        )
                    )
                await _delivered(producer, sends)  # a failed send aborts: never commit without it
                # Offsets after the records: added first, they made the records' partitions
                # meet CONCURRENT_TRANSACTIONS and retry (README, "Latency: records first").
                if stamp:
                    await producer.send_offsets_to_transaction(stamp, self._group_id)
        except Exception as exc:
            fenced = _fence_in(sends)
            if fenced is None or fenced is exc:
                raise
            raise fenced from exc  # the fence behind a later "not in transaction" error
        finally:
            for fut in sends:  # a failed send fails the transaction: retrieve, do not warn
                if fut.done() and not fut.cancelled():
                    fut.exception()

    async def _start(self, partition: int, *, retry_forever: bool = False) -> AIOKafkaProducer:
        attempt = 0
        while True:
            producer = AIOKafkaProducer(
                **self._options,
                transactional_id=f"{self._prefix}-eos-{partition}",
                enable_idempotence=True,
                # Committing flushes whatever lingers, so a long linger costs no latency: a
                # batch's records go out in one produce request per partition, not one each.
                linger_ms=LINGER_MS,
                request_timeout_ms=10_000,
                max_request_size=OUTPUT_RECORD_MAX_BYTES,
            )
            try:
                await producer.start()
                return producer
            except (KafkaError, OSError) as exc:
                await _stop_quietly(producer)
                attempt += 1
                if not retry_forever:
                    raise
                log.warning(
                    "cannot start producer for partition %d (%s), retrying",
                    partition,
                    type(exc).__name__,
                )
                await asyncio.sleep(min(self._backoff * attempt, 5.0))


async def _delivered(producer: AIOKafkaProducer, sends: list[asyncio.Future[Any]]) -> None:
    """Send what lingers and wait for every send of the transaction; raise the first failure.

    aiokafka's commit also flushes first, but it commits whatever the sends' outcome (the Java
    client would throw instead), so a batch that failed (say, one that waited out a broker
    restart) would be missing from a committed transaction and its input offset. Flushing
    the way the commit does sends lingering records now; `producer.flush()` would wait out the
    linger. That call is aiokafka's own, not public API: pyproject pins aiokafka below 0.15,
    and test_emitter_failed_send fails if it stops doing this."""
    await producer._message_accumulator.flush_for_commit()
    await asyncio.gather(*sends)


def _fence_in(sends: list[asyncio.Future[Any]]) -> ProducerFenced | None:
    """A fence the sender met mid-transaction. It fails the pending sends with ProducerFenced
    and puts the producer in a fatal state, so the next send raises IllegalOperation ("not in
    transaction"), which alone would not say the partition was fenced."""
    for fut in sends:
        error = fut.exception() if fut.done() and not fut.cancelled() else None
        if isinstance(error, ProducerFenced):
            return error
    return None


async def _stop_quietly(producer: AIOKafkaProducer) -> None:
    try:
        await producer.stop()
    except (KafkaError, OSError):
        return
