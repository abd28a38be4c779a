"""A partition taken over from a worker that fell behind brings its own time: its incidents'
deadlines wait for its unread events, as they would have on the worker that had it."""

from __future__ import annotations

from collections import Counter

from prometheus_client import CollectorRegistry

from services.domain.rule_scorer import RuleScorer
from services.worker.processor import StreamProcessor
from services.worker.watermarks import PartitionClock
from tests.component.worker_parts import (
    TOPICS,
    RecordingEmitter,
    contract_line,
    no_restore,
    record,
    settle,
    started_processor,
)
from tests.integration.worker_expectations import expected


def _changelog(
    emitter: RecordingEmitter, processor: StreamProcessor, partition: int
) -> list[tuple[bytes, bytes]]:
    return [
        (r.key, r.value)
        for r in emitter.records
        if r.topic == processor.changelog_topic
        and r.partition == partition
        and r.key is not None
        and r.value is not None
    ]


async def test_a_partition_taken_over_behind_the_clock_fires_nothing_early() -> None:
    report = contract_line(
        "X-4", "incident.reported", "2026-03-02T08:00:00Z"
    )  # a burglary, partition 1
    recorded = contract_line(
        "X-4", "crime.recorded", "2026-03-02T10:00:00Z"
    )  # on time, still unread
    ahead = contract_line(
        "X-2", "incident.reported", "2026-03-03T12:00:00Z"
    )  # partition 0, 28 h on
    later = contract_line("X-3", "incident.reported", "2026-03-03T12:05:00Z")  # partition 0

    # Worker B read partition 1 up to the report and was killed before the crime record.
    b, b_out = await started_processor(RuleScorer(), CollectorRegistry())
    await b.on_assigned({1}, no_restore)
    await b.handle_batch([record(1, 0, report)])
    handed_over = _changelog(b_out, b, 1)
    assert handed_over

    # Worker A read on in partition 0 meanwhile: its clock is a day past the report's deadlines.
    a, a_out = await started_processor(RuleScorer(), CollectorRegistry())
    await a.handle_batch([record(0, 0, ahead)])
    clock = a.pipeline.clock
    assert isinstance(clock, PartitionClock)
    assert clock.now is not None

    async def restore(partition: int) -> None:
        for key, value in handed_over if partition == 1 else ():
            a.store.restore(partition, key.decode(), value)

    await a.on_assigned({0, 1}, restore)
    await a.handle_batch([record(0, 1, later)])  # its own input moves on
    assert not [v for v in a_out.values(TOPICS.alerts) if b'"X-4/' in v], "fired before the crime"

    await a.handle_batch([record(1, 1, recorded)])  # the taken-over partition catches up
    await settle(a)
    want = expected([report, recorded, ahead, later]).alerts
    assert Counter(a_out.values(TOPICS.alerts)) == want
