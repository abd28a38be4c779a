"""An idle event-clock worker settles only once its partitions are drained: idle because the
broker is away (records still unread) is not the end of the stream."""

from __future__ import annotations

from collections import Counter

from prometheus_client import CollectorRegistry

from services.domain.rule_scorer import RuleScorer
from services.worker.watermarks import PartitionClock
from tests.component.worker_parts import (
    TOPICS,
    contract_line,
    no_restore,
    record,
    settle,
    started_processor,
)
from tests.integration.worker_expectations import expected


async def test_no_settle_while_records_are_unread() -> None:
    report = contract_line("X-4", "incident.reported", "2026-03-02T08:00:00Z")  # partition 0
    recorded = contract_line(
        "X-4", "crime.recorded", "2026-03-02T10:00:00Z"
    )  # partition 0, on time
    later = contract_line("X-2", "incident.reported", "2026-03-03T12:00:00Z")  # partition 1
    processor, emitter = await started_processor(RuleScorer(), CollectorRegistry())
    await processor.on_assigned({0, 1}, no_restore)
    processor.idle_settle_s = 0.0
    clock = processor.pipeline.clock
    assert isinstance(clock, PartitionClock)

    await processor.handle_batch([record(0, 0, report), record(1, 0, later)])
    clock.drained = False  # the broker went away with `recorded` still unread
    await settle(processor)
    assert not [v for v in emitter.values(TOPICS.alerts) if b'"X-4/' in v]  # nothing fired early

    await processor.handle_batch([record(0, 1, recorded)])
    clock.drained = True  # back, and read to the end
    await settle(processor)
    want = expected([report, recorded, later]).alerts
    assert Counter(emitter.values(TOPICS.alerts)) == want
