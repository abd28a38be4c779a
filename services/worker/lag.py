"""Consumer lag per owned partition: the consumer's highwater minus the next offset to process.

The next offset is the one the processor last committed; for a partition with nothing
processed since it was assigned, the group's committed offset is fetched once with an admin
client of our own. Faust's consumer is only read without blocking (its cached highwater):
asking it for a position queues on its consumer thread and can wait out a rebalance.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from aiokafka.structs import TopicPartition

from services.worker.processor import StreamProcessor

log = logging.getLogger(__name__)

Highwater = Callable[[int], int | None]
"""The consumer's last known highwater of an input partition (None: unknown yet)."""


class LagProbe:
    def __init__(
        self,
        processor: StreamProcessor,
        *,
        topic: str,
        group_id: str,
        client_options: Mapping[str, Any],
    ) -> None:
        self._processor = processor
        self._topic = topic
        self._group_id = group_id
        self._options = dict(client_options)
        self._admin: AIOKafkaAdminClient | None = None

    async def report(self, highwater: Highwater) -> None:
        processor = self._processor
        await self._fill_committed({p for p in processor.owned if p not in processor.next_offsets})
        for partition in sorted(processor.owned):
            position = processor.next_offsets.get(partition)
            high = highwater(partition)
            if position is not None and high is not None:
                processor.observer.consumer_lag(self._topic, partition, high - position)

    async def close(self) -> None:
        if self._admin is not None:
            await self._admin.close()
            self._admin = None

    async def _fill_committed(self, partitions: set[int]) -> None:
        if not partitions:
            return
        wanted = [TopicPartition(self._topic, p) for p in sorted(partitions)]
        try:
            admin = await self._started()
            committed = await admin.list_consumer_group_offsets(self._group_id, partitions=wanted)
        except (KafkaError, OSError) as exc:
            log.warning("consumer lag: committed offsets unavailable (%s)", type(exc).__name__)
            await self.close()
            return
        for tp, meta in committed.items():
            if tp.partition in self._processor.owned:  # (still ours after the await)
                # No committed offset yet: the group starts from the earliest offset.
                self._processor.next_offsets.setdefault(tp.partition, max(meta.offset, 0))

    async def _started(self) -> AIOKafkaAdminClient:
        if self._admin is None:
            admin = AIOKafkaAdminClient(**self._options)
            await admin.start()
            self._admin = admin
        return self._admin
