"""The latest event time at the end of the input partitions other workers own.

An event-clock worker that goes idle settles its clock to the latest event time it knows of.
One worker alone has read the whole stream, so that is the stream's latest time, as in replay.
Workers sharing the partitions have each read only part of it: without the others' tails, a
worker would settle short of the stream's end and the deadlines of its incidents that fall
after its own last event (but before the stream's) would not fire. Only partitions owned
elsewhere are read: this worker's own unconsumed records must never move its clock.

It also checks that the worker has processed its own partitions to their ends
(`clock.drained`): a worker that is idle only because it cannot fetch (its broker restarting)
must not settle, or the deadlines of incidents whose next events are still unread would fire
early, and be retracted once those events come.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from aiokafka.structs import TopicPartition

from services.adapters.codec import CodeMap, Rejection, decode
from services.worker.watermarks import PartitionClock

log = logging.getLogger(__name__)


class StreamTail:
    """Keeps `clock.tail` up to date between rebalances (never across one)."""

    def __init__(
        self,
        topic: str,
        partitions: int,
        client_options: Mapping[str, Any],
        *,
        clock: PartitionClock,
        group_id: str,
        code_map: CodeMap | None = None,
        depth: int = 10,
    ) -> None:
        self._clock = clock
        self._group_id = group_id
        self._epoch = 0
        self._stable = False
        self._tps = [TopicPartition(topic, p) for p in range(partitions)]
        self._options = dict(client_options)
        self._code_map = code_map
        self._depth = depth
        """Records read back from each end (a malformed last record has no time)."""
        self._consumer: AIOKafkaConsumer | None = None
        self._admin: AIOKafkaAdminClient | None = None

    def rebalancing(self) -> None:
        """Ownership is changing: what was read may cover partitions that become ours."""
        self._stable = False
        self._epoch += 1
        self._clock.tail = None
        self._clock.drained = False

    def assigned(self) -> None:
        self._stable = True

    async def refresh(self, owned: Iterable[int], positions: Mapping[int, int]) -> None:
        """`positions`: the next offset to process of the owned partitions, where known."""
        epoch, mine = self._epoch, set(owned)
        if not self._stable or not mine:
            return
        self._clock.drained = False  # until this check says otherwise (never if it hangs)
        latest = await self.latest(mine)
        drained = await self._drained(mine, positions)
        if self._stable and epoch == self._epoch:
            self._clock.tail = latest
            self._clock.drained = drained

    async def latest(self, owned: Iterable[int]) -> datetime | None:
        """The latest event time among the last records of the partitions not in `owned`."""
        mine = set(owned)
        tps = [tp for tp in self._tps if tp.partition not in mine]
        if not tps:
            return None
        try:
            return await self._read(tps)
        except (KafkaError, OSError) as exc:
            log.warning("cannot read the input's tail (%s)", type(exc).__name__)
            await self.close()
            return None

    async def close(self) -> None:
        consumer, self._consumer = self._consumer, None
        if consumer is not None:
            await consumer.stop()
        admin, self._admin = self._admin, None
        if admin is not None:
            await admin.close()

    async def _drained(self, mine: set[int], positions: Mapping[int, int]) -> bool:
        """Whether every owned partition is processed (and committed) to its end offset."""
        tps = [tp for tp in self._tps if tp.partition in mine]
        try:
            ends = await (await self._started()).end_offsets(tps)
            admin = await self._admin_started()
            committed = await admin.list_consumer_group_offsets(self._group_id, partitions=tps)
        except (KafkaError, OSError) as exc:
            log.warning("cannot tell whether the input is drained (%s)", type(exc).__name__)
            await self.close()
            return False
        done = {tp: max(positions.get(tp.partition, 0), committed[tp].offset) for tp in committed}
        return all(ends[tp] <= done.get(tp, 0) for tp in tps)

    async def _read(self, tps: list[TopicPartition]) -> datetime | None:
        consumer = await self._started()
        ends = await consumer.end_offsets(tps)
        wanted = {tp: end for tp, end in ends.items() if end > 0}
        consumer.assign(list(wanted))
        for tp, end in wanted.items():
            consumer.seek(tp, max(0, end - self._depth))
        latest: datetime | None = None
        while wanted:
            batches = await consumer.getmany(*wanted, timeout_ms=1000)
            if not batches:
                break
            for tp, records in batches.items():
                for record in records:
                    event = decode(record.value, self._code_map)
                    if not isinstance(event, Rejection):
                        at = event.occurred_at
                        latest = at if latest is None or at > latest else latest
                    if record.offset + 1 >= wanted.get(tp, 0):
                        wanted.pop(tp, None)
        return latest

    async def _admin_started(self) -> AIOKafkaAdminClient:
        if self._admin is None:
            admin = AIOKafkaAdminClient(**self._options)
            await admin.start()
            self._admin = admin
        return self._admin

    async def _started(self) -> AIOKafkaConsumer:
        if self._consumer is None:
            consumer = AIOKafkaConsumer(**self._options, group_id=None, enable_auto_commit=False)
            await consumer.start()
            self._consumer = consumer
        return self._consumer
