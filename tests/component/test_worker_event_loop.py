"""Scoring a large batch does not block the event loop (issue 5): the processor folds batches
in a thread, so faust's timers and heartbeats keep running while a slow scorer works."""

from __future__ import annotations

import asyncio
import time

from prometheus_client import CollectorRegistry

from services.domain.scoring import IncidentFacts, Score
from tests.component.worker_parts import records, started_processor
from tests.unit.incident_timeline import CRIMEABLE, StubScorer, Timeline, at

SCORE_SECONDS = 0.002
INCIDENTS = 400


class SlowScorer(StubScorer):
    """The stub's answers, after 2 ms of CPU (holding the GIL, like model inference)."""

    def score(self, facts: IncidentFacts) -> Score:
        until = time.perf_counter() + SCORE_SECONDS
        while time.perf_counter() < until:
            pass
        return super().score(facts)


async def heartbeat(stop: asyncio.Event, period: float = 0.005) -> float:
    """The longest the loop made a 5 ms sleep overrun while the batch ran."""
    worst = 0.0
    while not stop.is_set():
        before = time.perf_counter()
        await asyncio.sleep(period)
        worst = max(worst, time.perf_counter() - before - period)
    return worst


async def test_a_slow_batch_leaves_the_event_loop_responsive() -> None:
    processor, _ = await started_processor(SlowScorer(), CollectorRegistry())
    # Distinct narratives: identical facts in one batch are scored once.
    batch = records(
        Timeline(f"L-{n}").reported(at(0), f"{CRIMEABLE} Call {n}.") for n in range(INCIDENTS)
    )
    stop = asyncio.Event()
    beating = asyncio.create_task(heartbeat(stop))
    started = time.perf_counter()
    await processor.handle_batch(batch)
    took = time.perf_counter() - started
    stop.set()
    worst_lag = await beating
    print(f"batch of {INCIDENTS} took {took:.2f} s; worst event-loop lag {worst_lag * 1000:.1f} ms")
    assert took >= INCIDENTS * SCORE_SECONDS
    # Blocked, the loop would stall for the whole batch; free, only for scheduling hiccups
    # (which a loaded 2-core CI machine stretches, hence a bound relative to the batch).
    assert worst_lag < took / 4, f"the loop stalled {worst_lag:.3f} s during a {took:.2f} s batch"
