"""The stream pipeline on the local broker, against a plain aiokafka loop on the same broker.

- throughput: N simulated events through a worker (produce -> worker -> outputs consumed),
  and through a baseline consume -> decode -> produce loop with aiokafka alone;
- latency: produce -> assessment consumed (read_committed), p50/p99, at a fixed 500 events/s;
- deadline lateness in wall-clock mode: reports whose 12 h warning falls due a few seconds
  after they are published; how late the alert is seen after its due time, p50/p99.
Workers run as `ncrs-watch worker` processes with their own topic prefix. The headline figures
use the learned model, the scorer the product ships with; the same runs with the rule scorer
(`rules`) show what the pipeline costs apart from the model. The baseline scores nothing.
A worker's throughput run ends when it has committed the input offsets of every event (outputs
commit in the same transactions) and every expected assessment has been read back. The rule
scorer's throughput run is repeated with two workers sharing the partitions (scaling out).
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.partitioner import DefaultPartitioner

from services.adapters.codec import Rejection, decode
from services.adapters.scorer_choice import ScorerKind, build_scorer
from services.adapters.topic_admin import TopicSpec, ensure_topics
from services.adapters.topics import Topics
from services.domain.rulebook import RuleBook
from services.domain.timestamps import format_timestamp
from services.replay.runner import Replay, ReplaySinks
from services.simulator.stream import EventStream

BOOTSTRAP = os.environ.get("NCRS_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
EVENTS = 20_000
LATENCY_RATE, LATENCY_SECONDS = 500, 10
DEADLINES = 300
APP_ID = "bench"
ROOT = Path(__file__).resolve().parents[1]


def _events(n: int, start: datetime, seed: int) -> list[tuple[bytes, bytes]]:
    stream = EventStream(rate=n / 30, duration=10, speedup=3600, start=start, seed=seed)
    out = []
    for record in stream.everything():
        out.append((record.key, record.value))
        if len(out) >= n:
            break
    return out


async def _produce(
    topic: str, records: list[tuple[bytes, bytes]], rate: float | None = None
) -> list[float]:
    producer = AIOKafkaProducer(bootstrap_servers=BOOTSTRAP, linger_ms=5, acks="all")
    await producer.start()
    sent_at, began = [], time.monotonic()
    try:
        for i, (key, value) in enumerate(records):
            if rate is not None:
                await asyncio.sleep(max(0.0, began + i / rate - time.monotonic()))
            sent_at.append(time.monotonic())
            await producer.send(topic, value, key=key)
        await producer.flush()
    finally:
        await producer.stop()
    return sent_at


async def _consume_until(
    topic: str, done: Any, timeout_s: float = 300
) -> list[tuple[float, bytes]]:
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=BOOTSTRAP,
        group_id=None,
        auto_offset_reset="earliest",
        isolation_level="read_committed",
    )
    await consumer.start()
    seen: list[tuple[float, bytes]] = []
    deadline = time.monotonic() + timeout_s
    try:
        while not done(seen) and time.monotonic() < deadline:
            for records in (await consumer.getmany(timeout_ms=100)).values():
                now = time.monotonic()
                seen.extend((now, r.value) for r in records if r.value is not None)
    finally:
        await consumer.stop()
    return seen


async def _baseline(records: list[tuple[bytes, bytes]]) -> float:
    """Plain aiokafka: consume, decode, produce one output per event, until all are out."""
    t = Topics(prefix=f"bench-{uuid.uuid4().hex[:8]}.")
    await ensure_topics(BOOTSTRAP, [TopicSpec(t.incident_events, 6), TopicSpec(t.assessments, 6)])
    await _produce(t.incident_events, records)
    consumer = AIOKafkaConsumer(
        t.incident_events,
        bootstrap_servers=BOOTSTRAP,
        group_id=t.prefix,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    producer = AIOKafkaProducer(bootstrap_servers=BOOTSTRAP, linger_ms=5, acks="all")
    await consumer.start()
    await producer.start()
    began, done = time.monotonic(), 0
    try:
        while done < len(records):
            for records_ in (await consumer.getmany(timeout_ms=200, max_records=2000)).values():
                for r in records_:
                    event = decode(r.value)
                    body = (
                        b"{}" if isinstance(event, Rejection) else event.model_dump_json().encode()
                    )
                    await producer.send(t.assessments, body, key=r.key)
                    done += 1
            await consumer.commit()
        await producer.flush()
    finally:
        await consumer.stop()
        await producer.stop()
    return len(records) / (time.monotonic() - began)


class _Worker:
    def __init__(self, prefix: str, clock: str, scorer: ScorerKind = ScorerKind.MODEL) -> None:
        env = os.environ | {
            "NCRS_TOPIC_PREFIX": prefix,
            "NCRS_KAFKA_BOOTSTRAP": BOOTSTRAP,
            "NCRS_APP_ID": APP_ID,
            "NCRS_METRICS_PORT": "0",
            "NCRS_SCORER": scorer.value,
            "NCRS_STATE_DIR": tempfile.mkdtemp(prefix="ncrs-bench-"),
        }
        self.proc = subprocess.Popen(  # noqa: S603 - our own CLI
            [sys.executable, "-m", "services.cli", "worker", "--clock", clock],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


async def _warm_up(t: Topics) -> int:
    """Publish a report to every input partition and wait for their assessments: the worker is
    assigned and restored, and each partition's producer and topic leaders are ready (a first
    record meeting a leader election waits for a retry, which is not the steady state).
    Returns how many records it published.

    The topics are made first with the worker's partitions: a consumer reading a topic that
    does not exist yet makes the broker auto-create it with one partition, and every
    partition's transaction would then write its assessments to that one."""
    await ensure_topics(
        BOOTSTRAP, [TopicSpec(name, 6) for name in (t.incident_events, t.assessments, t.alerts)]
    )
    reports = [
        (key, value)
        for key, value in _events(200, datetime(2020, 1, 1, tzinfo=UTC), seed=1)
        if b'"incident.reported"' in value
    ]
    partitioner = DefaultPartitioner()
    one_each = {
        partitioner(key, list(range(6)), list(range(6))): (key, value) for key, value in reports
    }
    warm = list(one_each.values())
    await _produce(t.incident_events, warm)
    await _consume_until(t.assessments, lambda seen: len(seen) >= len(warm), timeout_s=120)
    return len(warm)


async def _pipeline(
    records: list[tuple[bytes, bytes]], scorer: ScorerKind, workers: int = 1
) -> dict[str, Any]:
    t = Topics(prefix=f"bench-{uuid.uuid4().hex[:8]}.")
    running = [_Worker(t.prefix, "event", scorer) for _ in range(workers)]
    try:
        await _group_stable(t, workers)
        warm = await _warm_up(t)
        expected = _expected_assessments(records, scorer) + warm  # and the warm-up's
        consume = asyncio.create_task(_consume_until(t.assessments, lambda s: len(s) >= expected))
        committed = asyncio.create_task(_all_committed(t, len(records) + warm))
        began = time.monotonic()
        await _produce(t.incident_events, records)
        seen = await consume
        ended = max(seen[-1][0], await committed)
        throughput = len(records) / (ended - began)
    finally:
        for worker in running:
            worker.stop()
    return {"events_per_s": round(throughput)}


async def _group_stable(t: Topics, members: int, timeout_s: float = 120) -> None:
    """Until the workers' group is stable with `members` members (each has its partitions)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=BOOTSTRAP)
    await admin.start()
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            (response,) = await admin.describe_consumer_groups([f"{t.prefix}{APP_ID}"])
            _error, _group, state, _protocol_type, _protocol, joined, *_ = response.groups[0]
            if state == "Stable" and len(joined) == members:
                return
            await asyncio.sleep(0.2)
    finally:
        await admin.close()
    raise TimeoutError(f"the group never became stable with {members} workers")


async def _all_committed(t: Topics, count: int, timeout_s: float = 300) -> float:
    """When the worker's group has committed offsets past `count` input records in all."""
    admin = AIOKafkaAdminClient(bootstrap_servers=BOOTSTRAP)
    await admin.start()
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            offsets = await admin.list_consumer_group_offsets(f"{t.prefix}{APP_ID}")
            done = sum(
                meta.offset
                for tp, meta in offsets.items()
                if tp.topic == t.incident_events and meta.offset > 0
            )
            if done >= count:
                return time.monotonic()
            await asyncio.sleep(0.05)
    finally:
        await admin.close()
    raise TimeoutError(f"the worker committed fewer than {count} input offsets")


async def _latency(scorer: ScorerKind) -> dict[str, Any]:
    """A fresh worker; reports at a steady 500/s in real time; produce -> assessment seen."""
    t = Topics(prefix=f"bench-{uuid.uuid4().hex[:8]}.")
    worker = _Worker(t.prefix, "event", scorer)
    try:
        await _warm_up(t)
        return await _steady(t)
    finally:
        worker.stop()


async def _steady(t: Topics) -> dict[str, Any]:
    n = LATENCY_RATE * LATENCY_SECONDS
    stream = EventStream(
        rate=LATENCY_RATE,
        duration=LATENCY_SECONDS,
        speedup=1,
        start=datetime(2030, 1, 1, tzinfo=UTC),
        seed=5,
    )
    records = [(r.key, r.value) for r in stream.everything() if b'"incident.reported"' in r.value][
        :n
    ]
    ids = [json.loads(v)["incident_id"] for _, v in records]
    want = set(ids)
    consume = asyncio.create_task(_consume_until(t.assessments, lambda s: _covers(s, want)))
    sent = await _produce(t.incident_events, records, rate=LATENCY_RATE)
    seen = await consume
    first_seen: dict[str, float] = {}
    for at, value in seen:
        first_seen.setdefault(json.loads(value)["incident_id"], at)
    lat = [(first_seen[i] - s) * 1000 for i, s in zip(ids, sent, strict=True) if i in first_seen]
    return {"latency_rate": LATENCY_RATE, **_quantiles("latency_ms", lat)}


def _covers(seen: list[tuple[float, bytes]], want: set[str]) -> bool:
    return len(seen) >= len(want) and want <= {json.loads(v)["incident_id"] for _, v in seen}


def _expected_assessments(records: list[tuple[bytes, bytes]], scorer: ScorerKind) -> int:
    """How many assessments the engine emits for these records (replay, same scorer)."""
    sinks = ReplaySinks(io.StringIO(), io.StringIO(), io.StringIO())
    replay = Replay(RuleBook.default(), build_scorer(scorer), sinks)
    return replay.run(io.BytesIO(b"\n".join(v for _, v in records) + b"\n"), None).assessments


def _engine_rate(records: list[tuple[bytes, bytes]], scorer: ScorerKind) -> float:
    """The same events through the engine alone (replay in-process): the pipeline's ceiling."""
    build_scorer(scorer)  # loading the model is not part of the rate
    began = time.perf_counter()
    _expected_assessments(records, scorer)
    return len(records) / (time.perf_counter() - began)


async def _deadlines() -> dict[str, Any]:
    """Wall clock: reports whose warning (12 h) falls due 3-13 s after publication."""
    t = Topics(prefix=f"bench-{uuid.uuid4().hex[:8]}.")
    worker = _Worker(t.prefix, "wall")
    try:
        # Wait until the worker has joined and handled a record. A fixed wait of 8 s sometimes
        # ended before it was ready: the first deadlines then fired 1.6 s late, measuring the
        # start-up instead. The warm-up's alerts (a 2020 report) are left out below.
        await _warm_up(t)
        now = datetime.now(UTC)
        base = _events(DEADLINES * 3, now, seed=9)
        reports = [(k, v) for k, v in base if b'"incident.reported"' in v][:DEADLINES]
        records = []
        for i, (key, value) in enumerate(reports):
            body = json.loads(value)
            reported = now - timedelta(hours=12) + timedelta(seconds=3 + 10 * i / DEADLINES)
            body["occurred_at"] = body["data"]["reported_at"] = format_timestamp(reported)
            body["data"]["opening_code"] = "crime.violence"  # no crime-indicated alert
            body["data"]["narrative"] = "Caller was punched in the face by her neighbour, cut lip."
            records.append((key, json.dumps(body).encode()))
        ids = {json.loads(value)["incident_id"] for _, value in records}
        await _produce(t.incident_events, records)
        # The last warning falls due 13 s after `now` (one not crimeable raises nothing): 5 s on.
        settled = (
            time.monotonic() + (now + timedelta(seconds=18) - datetime.now(UTC)).total_seconds()
        )
        seen = await _consume_until(t.alerts, lambda s: time.monotonic() > settled, timeout_s=60)
        late = []
        for at, value in seen:
            alert = json.loads(value)
            if (
                alert["incident_id"] in ids
                and alert["rule"] == "recording-due-soon"
                and alert["status"] == "firing"
            ):
                due = datetime.fromisoformat(alert["raised_at"].replace("Z", "+00:00"))
                wall = datetime.now(UTC) - timedelta(seconds=time.monotonic() - at)
                late.append((wall - due).total_seconds() * 1000)
    finally:
        worker.stop()
    return {"deadlines_fired": len(late), **_quantiles("deadline_late_ms", late)}


def _quantiles(name: str, values: list[float]) -> dict[str, Any]:
    if len(values) < 2:
        return {f"{name}_p50": None, f"{name}_p99": None}
    cuts = statistics.quantiles(values, n=100)
    return {f"{name}_p50": round(cuts[49], 1), f"{name}_p99": round(cuts[98], 1)}


async def _scorer_run(
    records: list[tuple[bytes, bytes]], scorer: ScorerKind, baseline: float
) -> dict[str, Any]:
    figures = await _pipeline(records, scorer)
    figures |= await _latency(scorer)
    figures["engine_only_events_per_s"] = round(_engine_rate(records, scorer))
    figures["pipeline_vs_baseline"] = round(figures["events_per_s"] / baseline, 2)
    return figures


async def _run() -> dict[str, Any]:
    records = _events(EVENTS, datetime(2026, 3, 1, tzinfo=UTC), seed=3)
    baseline = await _baseline(records)
    shipped = await _scorer_run(records, ScorerKind.MODEL, baseline)
    rules = await _scorer_run(records, ScorerKind.RULES, baseline)
    # Scaling out: two worker processes share the partitions (on this machine's two cores,
    # with the broker and the benchmark's own clients).
    two = await _pipeline(records, ScorerKind.RULES, workers=2)
    rules["two_workers_events_per_s"] = two["events_per_s"]
    rules["two_workers_vs_baseline"] = round(two["events_per_s"] / baseline, 2)
    deadlines = await _deadlines()
    return {
        "events": len(records),
        "baseline_events_per_s": round(baseline),
        "scorer": f"model {build_scorer(ScorerKind.MODEL).version}",
        **shipped,
        "rules": rules,
        **deadlines,
        "targets_met": {
            "throughput>=50%": shipped["pipeline_vs_baseline"] >= 0.5,
            "p99<250ms@500/s": (shipped.get("latency_ms_p99") or 1e9) < 250,
            "deadline_p99<1s": (deadlines.get("deadline_late_ms_p99") or 1e9) < 1000,
        },
    }


def run() -> dict[str, Any]:
    return asyncio.run(_run())


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
