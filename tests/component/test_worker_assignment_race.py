"""Records of a partition just assigned can reach the worker before its assignment does (faust
resumes fetching before its assignment signal reaches on_assigned). They wait for the
partition's restore and are never skipped: the partition's next commit would move its offset
past a skipped record. Only a batch of a partition no longer assigned is skipped."""

from __future__ import annotations

import asyncio
import dataclasses

from prometheus_client import CollectorRegistry

from services.domain.rule_scorer import RuleScorer
from services.worker.processor import InputRecord, StreamProcessor
from tests.component.worker_parts import (
    TOPICS,
    RecordingEmitter,
    no_restore,
    records,
    started_processor,
)
from tests.unit.incident_timeline import CRIMEABLE, Timeline, at


def _of_partition(partition: int, batch: list[InputRecord]) -> list[InputRecord]:
    return [dataclasses.replace(r, partition=partition) for r in batch]


def _reports(incident: str) -> list[InputRecord]:
    return _of_partition(1, records([Timeline(incident).reported(at(0), CRIMEABLE)]))


async def _processor() -> tuple[StreamProcessor, RecordingEmitter]:
    return await started_processor(RuleScorer(), CollectorRegistry())  # owns partition 0


async def test_a_record_ahead_of_its_assignment_waits_for_the_restore_and_is_processed() -> None:
    processor, emitter = await _processor()
    processor.assigned = lambda: {0, 1}  # the consumer has partition 1; on_assigned not yet run
    batch = asyncio.ensure_future(processor.handle_batch(_reports("W-1")))
    await asyncio.sleep(0.05)
    assert not batch.done()  # neither processed nor skipped (skipping would ack it)
    await processor.on_assigned({0, 1}, no_restore)
    await asyncio.wait_for(batch, 5)
    assert emitter.values(TOPICS.assessments), "the record was skipped"


async def test_a_restore_cut_short_by_shutdown_leaves_the_batch_unacked() -> None:
    processor, _ = await _processor()
    processor.assigned = lambda: {0, 1}
    batch = asyncio.ensure_future(processor.handle_batch(_reports("W-1")))
    await asyncio.sleep(0.05)
    await processor.close()
    await asyncio.sleep(0.05)
    assert not batch.done()
    batch.cancel()


async def test_a_batch_of_a_partition_no_longer_assigned_is_skipped() -> None:
    processor, emitter = await _processor()
    processor.assigned = lambda: {0}  # partition 1 went to another worker
    await asyncio.wait_for(processor.handle_batch(_reports("W-1")), 5)
    assert emitter.values(TOPICS.assessments) == []
