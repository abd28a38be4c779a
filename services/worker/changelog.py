"""Reading a partition of the incident-state changelog back (read_committed), to restore it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition


async def read_partition(
    topic: str, partition: int, client_options: Mapping[str, Any]
) -> AsyncIterator[tuple[str, bytes | None]]:
    """Every committed (key, value) of one changelog partition, oldest first, up to its end."""
    tp = TopicPartition(topic, partition)
    consumer = AIOKafkaConsumer(
        **client_options,
        group_id=None,
        enable_auto_commit=False,
        isolation_level="read_committed",
        auto_offset_reset="earliest",
        max_partition_fetch_bytes=4 * 1024 * 1024,
    )
    await consumer.start()
    try:
        consumer.assign([tp])
        await consumer.seek_to_beginning(tp)
        end = (await consumer.end_offsets([tp]))[tp]  # read_committed: the last stable offset
        while await consumer.position(tp) < end:
            batches = await consumer.getmany(tp, timeout_ms=500, max_records=5000)
            for record in batches.get(tp, ()):
                if record.offset >= end:
                    return
                if record.key is not None:
                    yield record.key.decode(), record.value
    finally:
        await consumer.stop()
