"""The worker's use cases over the engine: fold a batch of input records, run the deadlines,
move state with partition ownership. No faust here (app.py wires it to an agent and a timer).

Everything that touches the `Pipeline` runs under one lock and off the event loop (a thread),
so scoring never blocks faust's heartbeats and timers; the batch's outputs, state changes and
input offsets are then committed per partition in one Kafka transaction.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Protocol

from services.adapters.codec import (
    CodeMap,
    Rejection,
    RejectReason,
    decode,
    encode_output,
    not_taken,
)
from services.adapters.dead_letters import DeadLetter
from services.adapters.topics import Topics
from services.domain.events import IncidentEvent
from services.domain.outputs import Alert, AlertStatus, Assessment
from services.domain.pipeline import Outputs, Pipeline
from services.worker.emitter import OutRecord, PartitionBatch, PartitionLostError
from services.worker.log_fields import (
    alert_fields,
    error_fields,
    failure_fields,
    record_fields,
)
from services.worker.observer import WorkerObserver
from services.worker.score_prefetch import PrefetchingScorer, opening_facts
from services.worker.state_store import PartitionedStateStore
from services.worker.watermarks import PartitionClock

log = logging.getLogger(__name__)

Restore = Callable[[int], Awaitable[None]]
Batches = dict[int, PartitionBatch]
"""Outputs, state changes and input offsets to commit, by input partition."""


class ClockMode(StrEnum):
    WALL = "wall"
    EVENT = "event"


@dataclass(frozen=True, slots=True)
class InputRecord:
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    received: float = 0.0
    """time.monotonic() when consumed (for the processing-latency histogram)."""


class Emitter(Protocol):
    """What the processor needs from the transactional emitter (a fake in component tests)."""

    @property
    def partitions(self) -> set[int]: ...

    async def open(self, partition: int) -> None: ...

    async def close(self, partition: int) -> None: ...

    async def commit(self, batches: Mapping[int, PartitionBatch]) -> None: ...

    async def close_all(self) -> None: ...


class StreamProcessor:
    def __init__(
        self,
        *,
        pipeline: Pipeline,
        store: PartitionedStateStore,
        emitter: Emitter,
        topics: Topics,
        changelog_topic: str,
        mode: ClockMode,
        observer: WorkerObserver,
        code_map: CodeMap | None = None,
        idle_settle_s: float = 3.0,
        wall_now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.pipeline = pipeline
        self.store = store
        self.emitter = emitter
        self.topics = topics
        self.changelog_topic = changelog_topic
        self.mode = mode
        self.observer = observer
        scorer = pipeline.engine.scorer
        self._scorer = scorer if isinstance(scorer, PrefetchingScorer) else None
        self.code_map = code_map
        self.idle_settle_s = idle_settle_s
        self.wall_now = wall_now
        if mode is ClockMode.WALL:  # a wall clock has a time before its first tick
            pipeline.clock.advance_to(wall_now())
        self.owned: set[int] = set()
        self._ready: dict[int, asyncio.Event] = {}
        self._lock = asyncio.Lock()
        self._latest_event_time: datetime | None = None
        self.next_offsets: dict[int, int] = {}
        """Per owned partition: the offset after the last committed input record."""
        self._last_input = time.monotonic()
        self._rebalancing = False
        self.failed: Exception | None = None
        """Set when the worker must exit (a partition fenced outside a rebalance, or anything
        unexpected while folding or committing): it restarts from its last commit."""
        self.on_failed: Callable[[Exception], None] = lambda exc: None
        self.assigned: Callable[[], set[int]] = lambda: self.owned
        """The input partitions the consumer has now (faust's view, ahead of on_assigned)."""

    # ---------------------------------------------------------------- partitions
    async def on_assigned(self, partitions: set[int], restore: Restore) -> None:
        """The full new assignment: drop what moved away, restore what is new."""
        async with self._lock:
            for partition in sorted(self.owned - partitions):
                await self._drop(partition)
            for partition in set(self._ready) - partitions:
                self._ready.pop(partition).set()
            for partition in self.owned:
                self._gate(partition).set()
            new = sorted(partitions - self.owned)
            log.info(
                "partitions assigned", extra={"partitions": sorted(partitions), "count": len(new)}
            )
            began = time.monotonic()
            for partition in new:
                self._gate(partition).clear()  # its records wait until it is restored
            # Opening a partition's producer fences its previous owner: before restoring.
            await asyncio.gather(*(self.emitter.open(p) for p in new))
            counts = await asyncio.gather(*(self._restore(p, restore) for p in new))
            restored = sum(counts)
            if new:
                log.info(
                    "partitions restored",
                    extra={
                        "partitions": new,
                        "count": restored,
                        "seconds": round(time.monotonic() - began, 3),
                    },
                )
            if isinstance(self.pipeline.clock, PartitionClock):
                self.pipeline.clock.own(self.owned)
            self.observer.state_size(self.store)
            self._rebalancing = False
            self._last_input = time.monotonic()

    async def _restore(self, partition: int, restore: Restore) -> int:
        """Restore one partition (all new ones at once: each reads its own changelog
        partition) and let its records through; returns how many incidents it holds."""
        await restore(partition)
        count = 0
        for state in self.store.states_in(partition):
            self.pipeline.restore(state)
            self.observer.incident_changed(state)
            count += 1
        self.owned.add(partition)
        self._gate(partition).set()
        return count

    async def on_revoked(self, partitions: set[int]) -> None:
        """Let an in-flight batch finish. Records of revoked partitions still buffered are
        processed as usual: if another worker has taken a partition over, it has fenced our
        producer first, so such a commit fails and nothing of it is visible."""
        self._rebalancing = True  # no idle settle until the new assignment is in place
        async with self._lock:
            return

    def _gate(self, partition: int) -> asyncio.Event:
        """Set while the partition is ours and restored; records of it wait for it."""
        return self._ready.setdefault(partition, asyncio.Event())

    async def close(self) -> None:
        async with self._lock:
            await self.emitter.close_all()
            self.owned.clear()
            for gate in self._ready.values():
                gate.clear()  # batches still coming wait (unacked) until the worker stops

    async def _drop(self, partition: int) -> None:
        dropped = self.store.drop_partition(partition)
        for incident_id in dropped:
            self.pipeline.schedule.set(incident_id, None)
        self.observer.incidents_gone(dropped)
        self.next_offsets.pop(partition, None)
        await self.emitter.close(partition)
        self.owned.discard(partition)
        ready = self._ready.pop(partition, None)
        if ready is not None:
            ready.set()  # waiters wake up, see it is not ours any more, and skip its records
        self.observer.partition_dropped(self.topics.incident_events, partition)

    # ---------------------------------------------------------------- events
    async def handle_batch(self, records: Sequence[InputRecord]) -> None:
        while True:
            await self._restored(records)
            self._last_input = time.monotonic()
            await self._lock.acquire()
            if not self._unrestored(records):
                break
            self._lock.release()  # a restore was cut short (shutdown): wait again, never skip
        try:
            mine = [r for r in records if r.partition in self.owned and not self.failed]
            if mine:
                try:
                    batches = await asyncio.to_thread(self._fold, mine)
                    await self._commit(batches)
                except Exception as exc:  # returning would ack the batch: its events lost
                    self._fail(exc)
        finally:
            self._lock.release()
        if self.failed:  # never return: the worker is stopping, and this batch is not done
            await asyncio.Future()
        if not mine:
            return
        self._last_input = time.monotonic()
        now = time.monotonic()
        for record in mine:
            self.observer.processing_latency(now - record.received)

    async def _restored(self, records: Sequence[InputRecord]) -> None:
        """Until each record's partition is ours and restored, or not assigned to us any more.

        Records are skipped only for partitions the consumer no longer has: a batch buffered
        before a rebalance. faust resumes fetching before its assignment signal reaches
        on_assigned, so records of a partition just assigned can come first; skipped, they
        would be lost, as the partition's next commit moves its offset past them.
        """
        while waiting := self._unrestored(records):
            await asyncio.gather(*(self._gate(p).wait() for p in waiting))

    def _unrestored(self, records: Sequence[InputRecord]) -> set[int]:
        """Partitions of these records being restored, or assigned and not yet being."""
        pending = {r.partition for r in records} - self.owned
        if not pending:
            return pending  # the usual case: no need to ask the consumer
        assigned = self.assigned()
        waiting = set()
        for partition in pending:
            gate = self._ready.get(partition)
            if partition in assigned if gate is None else not gate.is_set():
                waiting.add(partition)
        return waiting

    def _fold(self, records: Sequence[InputRecord]) -> Batches:
        batches: Batches = defaultdict(PartitionBatch)
        decoded = [decode(record.value, self.code_map) for record in records]
        self._prefetch_scores(decoded)
        for record, event in zip(records, decoded, strict=True):
            batches[record.partition].next_offset = record.offset + 1
            self.store.current_partition = record.partition
            if isinstance(self.pipeline.clock, PartitionClock):
                self.pipeline.clock.current_partition = record.partition
            if isinstance(event, Rejection):
                batches[record.partition].records.append(self._dead_letter(record, event))
                self.observer.rejected(event.reason)
                log.warning("record dead-lettered", extra=self._where(record, reason=event.reason))
                continue
            self.observer.consumed(event.type, event.force)
            if self._latest_event_time is None or event.occurred_at > self._latest_event_time:
                self._latest_event_time = event.occurred_at
            self._take(record, event, batches)
        if self._scorer is not None:
            self._scorer.clear()
        self._add_changelog(batches)
        return batches

    def _prefetch_scores(self, events: Sequence[IncidentEvent | Rejection]) -> None:
        """Score the reports that open new incidents in one batch (see score_prefetch)."""
        if self._scorer is None:
            return
        store = self.store
        self._scorer.prefetch(
            facts
            for event in events
            if not isinstance(event, Rejection)
            and store.get(event.incident_id) is None
            and not store.is_tombstoned(event.incident_id)
            and (facts := opening_facts(event)) is not None
        )

    def _take(self, record: InputRecord, event: IncidentEvent, batches: Batches) -> None:
        state = self.store.get(event.incident_id)  # the engine updates it in place
        out = self.pipeline.on_event(event, record.received)
        self._report_failures(out)
        rejection = not_taken(out, event.event_id)
        if rejection is not None:
            if rejection.reason is not RejectReason.PROCESSING_FAILED:  # failures: ERROR above
                where = self._where(record, event_id=event.event_id, reason=rejection.reason)
                log.warning("record dead-lettered", extra=where)
            batches[record.partition].records.append(self._dead_letter(record, rejection))
            self.observer.rejected(rejection.reason)
        source = self._where(record, event_id=event.event_id, reason=out.ignored)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("event taken", extra=source | {"event_type": event.type})
        source.pop("reason", None)
        self._route(out, batches, record.partition, source, of=event.incident_id)
        state = (
            self.store.get(event.incident_id) if rejection is not None or state is None else state
        )
        if out.ignored is None and out.refused is None and state is not None:
            self.observer.incident_changed(state, event)

    @staticmethod
    def _report_failures(out: Outputs) -> None:
        for failure in out.failures:
            what = "an event: dead-lettered" if failure.event_id else "a deadline: unscheduled"
            log.error("the engine failed on %s (a defect)", what, extra=failure_fields(failure))

    def _dead_letter(self, record: InputRecord, rejection: Rejection) -> OutRecord:
        letter = DeadLetter.of(
            rejection,
            key=record.key,
            value=record.value,
            topic=self.topics.incident_events,
            partition=record.partition,
            offset=record.offset,
            rejected_at=self.wall_now(),
        )
        return OutRecord(self.topics.dead_letters, record.key, record.value, letter.to_headers())

    def _where(self, record: InputRecord, **context: str | None) -> dict[str, object]:
        return record_fields(
            self.topics.incident_events, record.partition, record.offset, **context
        )

    # ---------------------------------------------------------------- deadlines
    async def tick(self) -> None:
        """Called every ~100 ms by the worker's own timer: fire what is due on our partitions."""
        if not self.owned or self.failed:
            return
        now = self._tick_target()
        held = self.pipeline.deferred > 0 and not self._rebalancing
        if now is None and not held:
            return
        async with self._lock:
            try:
                batches = await asyncio.to_thread(self._advance, now)
                await self._commit(batches)
            except Exception as exc:
                self._fail(exc)

    def _fail(self, exc: Exception) -> None:
        """Stop without committing anything more: the restart resumes from the last commit.
        The error's text is not logged (it may quote event data); its type and frames are."""
        if self.failed is None:
            log.critical(
                "the worker failed: stopping to restart from its last commit",
                extra=error_fields(exc),
            )
            self._stop(exc)

    def _stop(self, exc: Exception) -> None:
        self.failed = exc
        self.on_failed(exc)

    def _tick_target(self) -> datetime | None:
        if self.mode is ClockMode.WALL:
            return self.wall_now()
        if self._rebalancing:
            return None
        idle = time.monotonic() - self._last_input >= self.idle_settle_s
        if not idle:
            return None
        clock = self.pipeline.clock  # it knows the watermarks of partitions taken over
        if isinstance(clock, PartitionClock) and clock.drained is False:
            return None  # records are still unread (or the broker cannot say): not the end
        restored = clock.settle_to if isinstance(clock, PartitionClock) else None
        return max((t for t in (self._latest_event_time, restored) if t), default=None)

    def _advance(self, now: datetime | None) -> Batches:
        """Settle late-arriving incidents once their events stop coming, then fire what is due."""
        batches: Batches = defaultdict(PartitionBatch)
        quiet_since = time.monotonic() - self.idle_settle_s
        flushed = self.pipeline.flush_deferred(quiet_since)
        self._report_failures(flushed)
        self._route(flushed, batches, None)
        if now is None:
            self._add_changelog(batches)
            return batches
        outputs = self.pipeline.tick(now)
        self._report_failures(outputs)
        self._route(outputs, batches, None)
        for incident_id in {alert.incident_id for alert in outputs.alerts}:
            state = self.store.get(incident_id)
            if state is not None:
                self.observer.incident_changed(state)
        if self.mode is ClockMode.WALL:
            for alert in outputs.alerts:
                if alert.status is AlertStatus.FIRING and alert.deadline is not None:
                    self.observer.deadline_lateness((now - alert.raised_at).total_seconds())
        clock_now = self.pipeline.clock.now
        if clock_now is not None:
            self.observer.incidents_gone(self.store.expire_tombstones(clock_now))
        self._add_changelog(batches)
        return batches

    # ---------------------------------------------------------------- emission
    def _route(
        self,
        out: Outputs,
        batches: Batches,
        default: int | None,
        source: dict[str, object] | None = None,
        of: str | None = None,
    ) -> None:
        """Outputs to their partitions' batches. `source`: the log fields of the record being
        taken, of incident `of`; an alert of that incident is logged with them, while one of
        another incident (a deadline the record's event time passed) is not."""
        for model in _in_order(out.assessments, out.alerts):
            partition = self.store.partition_of(model.incident_id)
            partition = default if partition is None else partition
            if partition is None:
                log.error("no partition known for an output; dropped", extra=source)
                continue
            batches[partition].records.append(self._out_record(model))
            self.observer.emitted(model)
            if isinstance(model, Alert):
                fields = alert_fields(model)
                if source is not None and model.incident_id == of:
                    fields |= source
                log.info("alert %s", model.status.value, extra=fields)

    def _out_record(self, model: Assessment | Alert) -> OutRecord:
        if isinstance(model, Alert):
            return OutRecord(self.topics.alerts, model.alert_id.encode(), encode_output(model))
        return OutRecord(self.topics.assessments, model.incident_id.encode(), encode_output(model))

    def _add_changelog(self, batches: Batches) -> None:
        """The state changes behind these outputs, encoded here (off the event loop)."""
        for partition, records in self.store.take_dirty().items():
            batch = batches.setdefault(partition, PartitionBatch())
            batch.records.extend(
                OutRecord(self.changelog_topic, key.encode(), value, partition=partition)
                for key, value in records
            )

    async def _commit(self, batches: Batches) -> None:
        """Commit; a committed partition moves its offset. A fenced one is dropped if a rebalance
        took it away, else the worker fails (see app.py): nobody else would process it."""
        try:
            await self.emitter.commit(batches)
        except PartitionLostError as exc:
            if not self._rebalancing:  # nobody took it over: skipping its records loses them
                log.critical("%s outside a rebalance: stopping the worker to recover", exc)
                self._stop(exc)
                return
            log.warning("%s: dropping it until it is assigned again", exc)
            for partition in list(self.owned):
                if partition not in self.emitter.partitions:
                    await self._drop(partition)
        else:
            for partition, batch in batches.items():
                if batch.next_offset is not None and partition in self.owned:
                    self.next_offsets[partition] = batch.next_offset
        self.observer.state_size(self.store)

    # ---------------------------------------------------------------- metrics
    async def publish_metrics(self) -> None:
        """The periodic gauges (open unrecorded incidents, accuracy), off the event loop."""
        async with self._lock:
            await asyncio.to_thread(self.observer.publish, self.store, self.pipeline.clock.now)


def _in_order(
    assessments: Iterable[Assessment], alerts: Iterable[Alert]
) -> list[Assessment | Alert]:
    return [*assessments, *alerts]
