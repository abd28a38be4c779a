"""Builds a worker's parts (pipeline, store, emitter, processor) from its options."""

from __future__ import annotations

from services.adapters.metrics.worker import WorkerMetrics
from services.domain.clock import EventClock, ManualClock
from services.domain.deadlines import Schedule
from services.domain.engine import Engine
from services.domain.pipeline import Pipeline
from services.domain.rulebook import RuleBook
from services.domain.scoring import Scorer
from services.worker.changelog import read_partition
from services.worker.emitter import TransactionalEmitter
from services.worker.observer import WorkerObserver
from services.worker.options import WorkerOptions
from services.worker.processor import ClockMode, Emitter, Restore, StreamProcessor
from services.worker.score_prefetch import PrefetchingScorer
from services.worker.state_store import PartitionedStateStore
from services.worker.watermarks import PartitionClock, WatermarkedStateStore


def build_processor(
    options: WorkerOptions,
    rulebook: RuleBook,
    scorer: Scorer,
    metrics: WorkerMetrics | None = None,
    emitter: Emitter | None = None,
) -> tuple[StreamProcessor, Restore]:
    clock: EventClock
    store: PartitionedStateStore
    if options.clock is ClockMode.EVENT:
        clock = PartitionClock(rulebook.lateness)
        store = WatermarkedStateStore(options.tombstone_ttl, clock)  # the clock moves with it
    else:
        clock, store = ManualClock(), PartitionedStateStore(options.tombstone_ttl)
    pipeline = Pipeline(
        Engine(rulebook, PrefetchingScorer(scorer)),  # a batch's new reports scored at once
        clock,
        Schedule(),
        store,
        defer_late=options.clock is ClockMode.EVENT,
    )
    emitter = emitter or TransactionalEmitter(
        input_topic=options.topics.incident_events,
        group_id=options.group_id,
        transactional_prefix=options.group_id,
        client_options=options.client_options,
    )
    processor = StreamProcessor(
        pipeline=pipeline,
        store=store,
        emitter=emitter,
        topics=options.topics,
        changelog_topic=options.changelog_topic,
        mode=options.clock,
        observer=WorkerObserver(metrics),
        code_map=rulebook.canonical_code,
        idle_settle_s=options.idle_settle.total_seconds(),
    )

    async def restore(partition: int) -> None:
        async for key, value in read_partition(
            options.changelog_topic, partition, options.client_options
        ):
            store.restore(partition, key, value)

    return processor, restore
