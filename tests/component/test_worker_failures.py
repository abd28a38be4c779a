"""The worker and engine failures: an event the engine fails on is dead-lettered and the rest
flows; anything else unexpected while folding or committing stops the worker before it acks the
batch (a restart resumes from the last commit), where faust would restart the agent past it."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import pytest
from prometheus_client import CollectorRegistry

from services.adapters.codec import RejectReason
from services.adapters.dead_letters import DeadLetter
from services.domain.rulebook import RuleBook
from services.worker.emitter import PartitionBatch
from tests.component.worker_parts import TOPICS, records, started_processor
from tests.unit.incident_timeline import CRIMEABLE, StubScorer, Timeline, at
from tests.unit.test_pipeline_failures import POISON, PoisonedStub


async def test_an_event_the_engine_fails_on_is_dead_lettered_and_the_rest_flows() -> None:
    processor, emitter = await started_processor(PoisonedStub(), CollectorRegistry())
    bad, good = Timeline("W-bad"), Timeline("W-good")
    events = [
        bad.reported(at(0), CRIMEABLE),
        good.reported(at(0), POISON),  # a new incident's report, scored ahead in a batch
        bad.updated(at(0, 1), POISON),
        good.reported(at(0, 2), CRIMEABLE, eid="W-good-2"),
        bad.updated(at(0, 3), "more"),
    ]
    await asyncio.wait_for(processor.handle_batch(records(events)), 10)  # it stops on a failure
    assert processor.failed is None
    letters = [
        DeadLetter.from_record(r.key, r.value, r.headers or [])
        for r in emitter.records
        if r.topic == TOPICS.dead_letters
    ]
    assert [(d.reason, d.offset) for d in letters] == [
        (RejectReason.PROCESSING_FAILED, 1),
        (RejectReason.PROCESSING_FAILED, 2),
    ]
    assessed = [r.key for r in emitter.records if r.topic == TOPICS.assessments]
    assert assessed == [b"W-bad", b"W-good"]
    assert processor.next_offsets[0] == 5
    state = processor.store.get("W-bad")
    assert state is not None
    assert [e.event_id for e in state.events] == ["W-bad-1", "W-bad-3"]


async def test_an_event_past_the_incident_limit_is_dead_lettered_and_the_rest_flows() -> None:
    book = RuleBook(max_incident_events=2)
    processor, emitter = await started_processor(StubScorer(), CollectorRegistry(), rulebook=book)
    full, other = Timeline("W-full"), Timeline("W-other")
    events = [
        full.reported(at(0), CRIMEABLE),
        full.updated(at(0, 1), "a"),
        full.updated(at(0, 2), "b"),  # offset 2: the third of W-full
        other.reported(at(0, 3), CRIMEABLE),
    ]
    await asyncio.wait_for(processor.handle_batch(records(events)), 10)
    letters = [
        DeadLetter.from_record(r.key, r.value, r.headers or [])
        for r in emitter.records
        if r.topic == TOPICS.dead_letters
    ]
    assert [(d.reason, d.offset) for d in letters] == [(RejectReason.INCIDENT_FULL, 2)]
    assert processor.next_offsets[0] == 4
    state = processor.store.get("W-full")
    assert state is not None
    assert [e.event_id for e in state.events] == ["W-full-1", "W-full-2"]
    assert processor.store.get("W-other") is not None


class BrokenEmitter:
    def __init__(self) -> None:
        self.partitions = {0}

    async def open(self, partition: int) -> None: ...

    async def close(self, partition: int) -> None: ...

    async def close_all(self) -> None: ...

    async def commit(self, batches: Mapping[int, PartitionBatch]) -> None:
        raise RuntimeError("not a fence: something nobody planned for")


async def test_an_unexpected_error_stops_the_worker_instead_of_acking_the_batch() -> None:
    processor, _ = await started_processor(PoisonedStub(), CollectorRegistry())
    processor.emitter = BrokenEmitter()
    stopped: list[Exception] = []
    processor.on_failed = stopped.append
    handling = asyncio.ensure_future(
        processor.handle_batch(records([Timeline("W-1").reported(at(0), CRIMEABLE)]))
    )
    with pytest.raises(TimeoutError):  # never returns: returning acks the batch
        await asyncio.wait_for(asyncio.shield(handling), 0.5)
    handling.cancel()
    assert [type(e) for e in stopped] == [RuntimeError]
    assert isinstance(processor.failed, RuntimeError)
    assert 0 not in processor.next_offsets  # nothing committed
