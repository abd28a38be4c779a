"""A batch's new reports are scored in one call before the engine asks for them (issue 5):
the engine finds each of them ready, and the outputs are those of one-at-a-time scoring."""

from __future__ import annotations

from collections.abc import Sequence

from prometheus_client import CollectorRegistry

from services.domain.events import IncidentEvent
from services.domain.scoring import IncidentFacts, Score
from tests.component.worker_parts import TOPICS, records, started_processor
from tests.unit.incident_timeline import CRIMEABLE, StubScorer, Timeline, at


class CountingScorer(StubScorer):
    def __init__(self) -> None:
        super().__init__()
        self.single = 0
        self.batches: list[int] = []

    def score(self, facts: IncidentFacts) -> Score:
        self.single += 1
        return super().score(facts)

    def score_many(self, batch: Sequence[IncidentFacts]) -> list[Score]:
        self.batches.append(len(batch))
        return [StubScorer.score(self, facts) for facts in batch]


def new_reports(n: int) -> list[IncidentEvent]:
    return [
        Timeline(f"P-{i}").reported(at(0), f"{CRIMEABLE} Call {i}.", victims=["V1", "V2"][: i % 3])
        for i in range(n)
    ]


def mixed() -> list[IncidentEvent]:
    """Reports, a report delivered twice, updates, crimes and a closure over two batches."""
    a, b, c = Timeline("M-A"), Timeline("M-B"), Timeline("M-C")
    first = [a.reported(at(0), CRIMEABLE, qualifiers=["domestic_abuse"]), b.reported(at(0, 5))]
    return [
        *first,
        first[0],
        a.updated(at(1), "She now says he also took her phone.", victims=["V9"]),
        c.reported(at(2), CRIMEABLE, code="crime.violence"),
        b.updated(at(3), code="crime.violence"),
        c.crime(at(4)),
        a.closed(at(30)),
    ]


async def test_new_reports_are_scored_in_one_call() -> None:
    scorer = CountingScorer()
    processor, emitter = await started_processor(scorer, CollectorRegistry())
    await processor.handle_batch(records(new_reports(20)))
    assert scorer.batches == [20]
    assert scorer.single == 0  # the engine found every one ready
    assert len(emitter.values(TOPICS.assessments)) == 20


async def test_outputs_equal_one_at_a_time_scoring() -> None:
    events = mixed()
    outputs = []
    for prefetch in (True, False):
        processor, emitter = await started_processor(CountingScorer(), CollectorRegistry())
        if not prefetch:
            processor._scorer = None  # the same processor without prefetching
        await processor.handle_batch(records(events[:4]))
        await processor.handle_batch(records(events[4:], start=4))
        outputs.append([(r.topic, r.key, r.value) for r in emitter.records])
    assert outputs[0] == outputs[1]
