"""The input and the expected outputs of the worker tests: a simulated stream and its replay."""

from __future__ import annotations

import io
import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from services.domain.rule_scorer import RuleScorer
from services.domain.rulebook import RuleBook
from services.domain.timestamps import parse_timestamp
from services.replay.runner import Replay, ReplaySinks
from services.simulator.stream import EventStream

EXAMPLES = Path(__file__).resolve().parents[3] / "shared" / "contract" / "examples"


@dataclass(frozen=True)
class Scenario:
    lines: list[bytes]
    keys: dict[bytes, bytes]
    alerts: Counter[bytes]
    rejected: int


def simulated(incidents: int = 200, seed: int = 11) -> Scenario:
    start = parse_timestamp("2026-03-01T08:00:00Z")
    stream = EventStream(rate=incidents / 10, duration=10, speedup=3600, start=start, seed=seed)
    lines = [r.value for r in stream.everything()]
    timeline = EXAMPLES / "timeline.jsonl"
    if timeline.exists():
        lines += [line for line in timeline.read_bytes().splitlines() if line.strip()]
    return expected(sorted(lines, key=_event_time))


def _event_time(line: bytes) -> str:
    """Sort key: the stream in event-time order (malformed lines where they fall)."""
    try:
        return f"{parse_timestamp(json.loads(line)['occurred_at']).timestamp():020.6f}"
    except (ValueError, KeyError, TypeError):
        return ""


def expected(lines: list[bytes]) -> Scenario:
    keys, latest = {}, None
    for line in lines:
        try:
            body = json.loads(line)
            keys[line] = body["incident_id"].encode()
            at = parse_timestamp(body["occurred_at"])
            latest = at if latest is None or at > latest else latest
        except (ValueError, KeyError, TypeError):
            continue
    alerts, assessments, rejects = io.StringIO(), io.StringIO(), io.StringIO()
    replay = Replay(RuleBook.default(), RuleScorer(), ReplaySinks(alerts, assessments, rejects))
    counts = replay.run(io.BytesIO(b"\n".join(lines) + b"\n"), _until(latest))
    return Scenario(
        lines=lines,
        keys=keys,
        alerts=Counter(line.encode() for line in alerts.getvalue().splitlines()),
        rejected=counts.rejected,
    )


def _until(latest: datetime | None) -> datetime | None:
    """A live event-clock worker settles to the latest event time seen when input stops."""
    return latest
