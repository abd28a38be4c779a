"""Real-broker helpers for the worker tests: worker processes, publishing, reading outputs."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from services.adapters.topic_admin import TopicSpec, ensure_topics
from services.adapters.topics import Topics

ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "services.cli"]


class WorkerProcess:
    """`ncrs-watch worker` as a child process with its own prefix and state dir."""

    def __init__(self, bootstrap: str, prefix: str, state_dir: Path, *extra: str) -> None:
        env = os.environ | {
            "NCRS_KAFKA_BOOTSTRAP": bootstrap,
            "NCRS_TOPIC_PREFIX": prefix,
            "NCRS_STATE_DIR": str(state_dir),
            "NCRS_METRICS_PORT": os.environ.get("TEST_METRICS_PORT", "0"),
            "NCRS_SCORER": "rules",
        }
        self.log = state_dir / f"worker-{time.monotonic_ns()}.log"
        state_dir.mkdir(parents=True, exist_ok=True)
        args = [*CLI, "worker", "--clock", "event", "--idle-settle", "1", *extra]
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=log, stderr=log)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()

    def output(self) -> str:
        return self.log.read_text(errors="replace")


async def publish(
    bootstrap: str, topic: str, lines: Iterable[bytes], key_of: dict[bytes, bytes]
) -> int:
    """Send the lines keyed by incident id (creating the topic with 6 partitions first)."""
    await ensure_topics(bootstrap, [TopicSpec(topic, 6)])
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5, acks="all")
    await producer.start()
    n = 0
    try:
        for line in lines:
            await producer.send(topic, line, key=key_of.get(line, b"malformed"))
            n += 1
        await producer.flush()
    finally:
        await producer.stop()
    return n


class OutputReader:
    """Reads a topic from the beginning, read_committed, accumulating values."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self.consumer = AIOKafkaConsumer(
            topic,
            bootstrap_servers=bootstrap,
            isolation_level="read_committed",
            auto_offset_reset="earliest",
            group_id=None,
        )
        self.values: list[bytes] = []

    async def __aenter__(self) -> OutputReader:
        await self.consumer.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.consumer.stop()

    async def poll(self, timeout_ms: int = 200) -> None:
        batches = await self.consumer.getmany(timeout_ms=timeout_ms)
        for records in batches.values():
            self.values.extend(r.value for r in records if r.value is not None)

    async def wait_for(
        self, expected: Counter[bytes], timeout_s: float, quiet_s: float = 2.0
    ) -> bool:
        """Until the values equal `expected` and nothing more arrives for `quiet_s` (True),
        or the time is up (False)."""
        deadline = time.monotonic() + timeout_s
        settled_at: float | None = None
        while time.monotonic() < deadline:
            before = len(self.values)
            await self.poll()
            if Counter(self.values) == expected:
                settled_at = (
                    settled_at if len(self.values) == before and settled_at else time.monotonic()
                )
                if time.monotonic() - settled_at >= quiet_s:
                    return True
            else:
                settled_at = None
        return False


def topics(prefix: str) -> Topics:
    return Topics(prefix=prefix)


async def wait_until(predicate: object, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        await asyncio.sleep(0.2)
    return False


def alert_diff(got: Counter[bytes], want: Counter[bytes]) -> str:
    """Missing and extra alerts as `alert_id status`, for a failure message."""

    def ids(values: Counter[bytes]) -> list[str]:
        return sorted(f"{(a := json.loads(v))['alert_id']} {a['status']}" for v in values)

    return f"missing {ids(want - got)}; extra {ids(got - want)}"


async def committed_offsets(bootstrap: str, group: str, topic: str) -> dict[int, int]:
    """The group's committed offsets of the topic, by partition (none committed: empty)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        found = await admin.list_consumer_group_offsets(group)
    finally:
        await admin.close()
    return {
        tp.partition: m.offset
        for tp, m in sorted(found.items())
        if tp.topic == topic and m.offset >= 0
    }
