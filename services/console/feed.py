"""Kafka in and out: rebuild the view from the start of the alerts, assessments and actions
topics, follow them live, and publish supervisors' actions durably."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaError
from pydantic import BaseModel, ValidationError

from services.adapters.topics import Topics
from services.console.actions import AlertAction, PublishError
from services.console.view import AlertView
from services.domain.outputs import Alert, Assessment

log = logging.getLogger(__name__)


class KafkaFeed:
    """Reads the three topics from the beginning without a consumer group (nothing committed:
    every start rebuilds the whole view), then keeps following them."""

    def __init__(self, bootstrap: str, topics: Topics, view: AlertView, client_id: str) -> None:
        self._view = view
        self._appliers: dict[str, Callable[[bytes], bool]] = {
            topics.alerts: _applier(Alert, view.apply_alert),
            topics.assessments: _applier(Assessment, view.apply_assessment),
            topics.alert_actions: _applier(AlertAction, view.apply_action),
        }
        self._options = {"bootstrap_servers": bootstrap, "client_id": client_id}
        self._consumer: AIOKafkaConsumer | None = None
        self._task: asyncio.Task[None] | None = None
        self._targets: dict[TopicPartition, int] = {}
        self.caught_up = False
        self.records = 0
        self.rejected = 0
        self.failure: str | None = None

    async def start(self) -> None:
        # aiokafka clients belong to the running loop, so they are made here, not in __init__.
        consumer = AIOKafkaConsumer(
            *self._appliers,
            **self._options,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            metadata_max_age_ms=5000,
        )
        await consumer.start()
        self._consumer = consumer
        assigned = list(consumer.assignment())
        self._targets = dict(await consumer.end_offsets(assigned)) if assigned else {}
        self._task = asyncio.create_task(self._follow(consumer), name="console-kafka-feed")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._consumer is not None:
            await self._consumer.stop()

    def health(self) -> dict[str, object]:
        return {
            "ok": self.caught_up and self.failure is None,
            "caught_up": self.caught_up,
            "records": self.records,
            "rejected": self.rejected,
            "failure": self.failure,
        }

    async def _follow(self, consumer: AIOKafkaConsumer) -> None:
        try:
            while True:
                await self._check_caught_up(consumer)
                batches = await consumer.getmany(timeout_ms=500, max_records=2000)
                for tp, records in batches.items():
                    apply = self._appliers[tp.topic]
                    for record in records:
                        self.records += 1
                        if record.value is None or not apply(record.value):
                            self.rejected += 1
        except KafkaError as exc:
            self.failure = type(exc).__name__  # /healthz turns 503; the orchestrator restarts us
            log.exception("console feed stopped")

    async def _check_caught_up(self, consumer: AIOKafkaConsumer) -> None:
        if self.caught_up:
            return
        for tp, end in self._targets.items():
            if await consumer.position(tp) < end:
                return
        self.caught_up = True
        log.info("console view rebuilt from %d records", self.records)


def _applier(model: type[BaseModel], apply: Callable[..., object]) -> Callable[[bytes], bool]:
    def decode_and_apply(value: bytes) -> bool:
        try:
            parsed = model.model_validate_json(value)
        except ValidationError as exc:
            # Where it failed, never the value: records may hold personal data.
            first = exc.errors()[0]["loc"] if exc.errors() else ()
            log.warning("skipped a bad %s record (%s)", model.__name__, ".".join(map(str, first)))
            return False
        apply(parsed)
        return True

    return decode_and_apply


class KafkaActionPublisher:
    """Actions go to the alert-actions topic, keyed by incident, acknowledged by all replicas."""

    def __init__(self, bootstrap: str, topics: Topics, client_id: str) -> None:
        self._topic = topics.alert_actions
        self._options = {"bootstrap_servers": bootstrap, "client_id": client_id}
        self._producer: AIOKafkaProducer | None = None

    async def start(self) -> None:
        producer = AIOKafkaProducer(
            **self._options, acks="all", enable_idempotence=True, request_timeout_ms=10_000
        )
        await producer.start()
        self._producer = producer

    async def stop(self) -> None:
        if self._producer is not None:
            await self._producer.stop()

    async def publish(self, action: AlertAction) -> None:
        if self._producer is None:
            raise PublishError("the producer is not started")
        try:
            await self._producer.send_and_wait(
                self._topic,
                value=action.model_dump_json().encode(),
                key=action.incident_id.encode(),
            )
        except KafkaError as exc:
            raise PublishError(type(exc).__name__) from exc
