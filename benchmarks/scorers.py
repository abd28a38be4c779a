"""Scorer speed, rule-based and learned, in the same run on the same generated narratives.

`run()` returns narratives/s at batch 1000 and single-narrative latency p50/p99 (ms) for each;
also the first batch's rate, before the learned scorer has seen any of its words.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from services.adapters.learned_scorer import LearnedScorer
from services.domain.rule_scorer import RuleScorer
from services.domain.scoring import IncidentFacts, Scorer
from services.synthetic import generate_cases

BATCH = 1000
BATCHES = 5
SINGLES = 2000


def _narratives() -> list[IncidentFacts]:
    """Generated cases with 1-3 log entries: realistic lengths (about 100-400 characters)."""
    return [case.facts() for case in generate_cases(424242, BATCH * BATCHES)]


def _measure(scorer: Scorer, facts: list[IncidentFacts]) -> dict[str, Any]:
    start = time.perf_counter()
    scorer.score_many(facts[-BATCH:])  # warm-up: imports, and the learned scorer's word cache
    cold = BATCH / (time.perf_counter() - start)
    start = time.perf_counter()
    for i in range(BATCHES):
        scorer.score_many(facts[i * BATCH : (i + 1) * BATCH])
    batched = BATCH * BATCHES / (time.perf_counter() - start)
    latencies = []
    for f in facts[:SINGLES]:
        t = time.perf_counter()
        scorer.score(f)
        latencies.append((time.perf_counter() - t) * 1000)
    cuts = statistics.quantiles(latencies, n=100)
    return {
        "version": scorer.version,
        "batch_narratives_per_s": round(batched),
        "first_batch_narratives_per_s": round(cold),
        "single_p50_ms": round(cuts[49], 3),
        "single_p99_ms": round(cuts[98], 3),
    }


def run() -> dict[str, Any]:
    facts = _narratives()
    mean_chars = sum(len(f.narrative) for f in facts) / len(facts)
    return {
        "narratives": len(facts),
        "mean_chars": round(mean_chars),
        "rules": _measure(RuleScorer(), facts),
        "learned": _measure(LearnedScorer.load(), facts),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
