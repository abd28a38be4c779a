"""Did a transaction whose commit failed with an unknown outcome commit after all?

A broker that restarts while a transaction's commit is in flight can commit it and still fail
the request. Sending the batch again would then show its alerts twice to a read_committed
consumer. So every transaction that can carries an input offset stamped with a token of its
own (the offset commit's metadata); once a new producer has settled the old transaction
(fencing completes or aborts it), the group's committed offset says which way it went.

A transaction carries an offset when it consumed input, or when an earlier one of this worker
committed the partition's position (a deadline batch then re-commits that same position).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import uuid
from collections.abc import Mapping
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from aiokafka.structs import OffsetAndMetadata, TopicPartition

log = logging.getLogger(__name__)


class CommitLedger:
    def __init__(self, input_topic: str, group_id: str, client_options: Mapping[str, Any]) -> None:
        self._topic = input_topic
        self._group_id = group_id
        self._options = dict(client_options)
        self._worker = uuid.uuid4().hex[:12]
        self._serial = itertools.count()
        self._positions: dict[int, int] = {}
        self._admin: AIOKafkaAdminClient | None = None

    def stamp(self, partition: int, next_offset: int | None) -> dict[TopicPartition, Any] | None:
        """The offset (with a fresh token) a transaction of the partition commits, if any."""
        offset = next_offset if next_offset is not None else self._positions.get(partition)
        if offset is None:
            return None
        token = f"{self._worker}-{next(self._serial)}"
        return {TopicPartition(self._topic, partition): OffsetAndMetadata(offset, token)}

    def committed(self, stamp: dict[TopicPartition, Any] | None) -> None:
        for tp, meta in (stamp or {}).items():
            self._positions[tp.partition] = meta.offset

    def forget(self, partition: int) -> None:
        self._positions.pop(partition, None)

    async def landed(self, stamp: dict[TopicPartition, Any] | None, attempts: int = 5) -> bool:
        """Whether the stamped transaction committed (asked after a new producer started)."""
        if not stamp:
            return False
        for attempt in range(attempts):
            try:
                admin = await self._started()
                found = await admin.list_consumer_group_offsets(
                    self._group_id, partitions=list(stamp)
                )
            except (KafkaError, OSError) as exc:
                log.warning("cannot read the committed offset (%s)", type(exc).__name__)
                await self.close()
                await asyncio.sleep(0.5 * (attempt + 1))
                continue
            if all(
                found.get(tp) is not None and found[tp].metadata == meta.metadata
                for tp, meta in stamp.items()
            ):
                self.committed(stamp)
                return True
            return False
        return False  # unknown still: sending again risks a duplicate, not sending a loss

    async def close(self) -> None:
        admin, self._admin = self._admin, None
        if admin is not None:
            await admin.close()

    async def _started(self) -> AIOKafkaAdminClient:
        if self._admin is None:
            admin = AIOKafkaAdminClient(**self._options)
            await admin.start()
            self._admin = admin
        return self._admin
