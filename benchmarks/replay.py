"""Replay throughput and memory: `ncrs-watch replay` with the rule scorer over a generated file.

The file (.bench/replay-events.jsonl, >= 200,000 lines) comes from the simulator's timelines:
reports with realistic narratives, updates, crimes on time / late / never, closures,
safeguarding (sometimes missing), unsupported cancellations, re-deliveries and a few malformed
lines, in event-time order; one new incident a minute of event time (about four weeks). It is
generated deterministically (fixed seed) and reused while its size matches.

The replay runs in a child process (`ncrs-watch replay`), timed from the outside, with peak
memory from `getrusage(RUSAGE_CHILDREN).ru_maxrss`. A second, in-process run samples the number
of open incidents to show that memory follows them, not the file.

Run alone: `.venv/bin/python -m benchmarks.replay`.
"""

from __future__ import annotations

import io
import json
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from services.domain.rule_scorer import RuleScorer
from services.domain.rulebook import RuleBook
from services.domain.timestamps import parse_timestamp
from services.replay.runner import Replay, ReplaySinks, numbered_lines
from services.simulator.stream import EventStream

BENCH = Path(".bench")
EVENTS = BENCH / "replay-events.jsonl"
MIN_EVENTS = 200_000
SEED = 20260302
START = datetime(2026, 1, 5, tzinfo=UTC)
INCIDENTS_PER_MINUTE = 1.0
TARGET_EVENTS_PER_S = 20_000


def generate(path: Path = EVENTS, min_events: int = MIN_EVENTS) -> int:
    """Write at least `min_events` lines in event-time order; returns the line count."""
    incidents = 2_000
    while True:
        lines = _write(path, incidents)
        if lines >= min_events:
            return lines
        incidents = int(incidents * min_events / lines * 1.02) + 1


def _write(path: Path, incidents: int) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    # `rate` incidents a "wall" second and speedup 60: one new incident a minute of event time
    stream = EventStream(
        rate=INCIDENTS_PER_MINUTE, duration=incidents, speedup=60.0, start=START, seed=SEED
    )
    lines = 0
    with path.open("wb") as out:
        for record in stream.everything():
            out.write(record.value + b"\n")
            lines += 1
    return lines


def _ensure_file() -> int:
    if EVENTS.exists():
        count = sum(1 for _ in EVENTS.open("rb"))
        if count >= MIN_EVENTS:
            return count
    return generate()


def _until() -> str:
    last = START
    with EVENTS.open("rb") as source:
        for line in source:
            try:
                at = json.loads(line).get("occurred_at")
            except (ValueError, AttributeError):
                continue
            if isinstance(at, str):
                last = max(last, datetime.fromisoformat(at))
    return (last + timedelta(days=2)).isoformat()


def _replay_in_child(until: str) -> dict[str, Any]:
    out = BENCH / "replay-out"
    out.mkdir(exist_ok=True)
    command = [
        sys.executable,
        "-m",
        "services.cli",
        "replay",
        str(EVENTS),
        "--until",
        until,
        "--scorer",
        "rules",
        "--no-progress",
        "--alerts",
        str(out / "alerts.jsonl"),
        "--assessments",
        str(out / "assessments.jsonl"),
        "--rejects",
        str(out / "rejects.jsonl"),
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    seconds = time.perf_counter() - began
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime
    peak_kib = usage.ru_maxrss
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),  # steadier than wall time on a shared machine
        "peak_rss_mib": round(peak_kib / 1024, 1),
        "summary": done.stderr.strip().splitlines()[-1],
        "alerts": sum(1 for _ in (out / "alerts.jsonl").open("rb")),
    }


def _open_incidents_in_process(until: str) -> dict[str, Any]:
    """Open incidents over the replay: they plateau while the file keeps growing."""
    sink = io.StringIO
    replay = Replay(RuleBook.default(), RuleScorer(), ReplaySinks(sink(), sink(), sink()))
    samples: list[int] = []
    with EVENTS.open("rb") as source:
        for number, line in numbered_lines(source):
            replay.feed(number, line)
            if number % 25_000 == 0:
                samples.append(len(replay.store))
                replay.sinks = ReplaySinks(sink(), sink(), sink())
    replay.pipeline.tick(parse_timestamp(until))
    return {
        "open_incidents_every_25k_lines": samples,
        "peak_open_incidents": replay.counts.peak_open_incidents,
        "tombstones_at_end": replay.store.tombstones,
        "open_at_end": len(replay.store),
    }


def run() -> dict[str, Any]:
    lines = _ensure_file()
    until = _until()
    child = _replay_in_child(until)
    events_per_s = lines / child["seconds"]
    return {
        "command": f"ncrs-watch replay {EVENTS} --until {until} --scorer rules (child process)",
        "lines": lines,
        "file_mib": round(EVENTS.stat().st_size / 2**20, 1),
        "seconds": child["seconds"],
        "cpu_seconds": child["cpu_seconds"],
        "events_per_s": round(events_per_s),
        "events_per_cpu_s": round(lines / child["cpu_seconds"]),
        "target_events_per_s": TARGET_EVENTS_PER_S,
        "meets_target": events_per_s >= TARGET_EVENTS_PER_S,
        "peak_rss_mib": child["peak_rss_mib"],
        "replay_summary": child["summary"],
        "memory": _open_incidents_in_process(until),
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
