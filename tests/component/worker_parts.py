"""An in-process stream processor over a fake emitter (no broker), for component tests."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

from prometheus_client import CollectorRegistry

from services.adapters.codec import EVENT_ADAPTER
from services.adapters.metrics.worker import WorkerMetrics
from services.adapters.topics import Topics
from services.domain.events import IncidentEvent
from services.domain.rulebook import RuleBook
from services.domain.scoring import Scorer
from services.worker.emitter import OutRecord, PartitionBatch
from services.worker.options import WorkerOptions
from services.worker.processor import ClockMode, InputRecord, StreamProcessor
from services.worker.wiring import build_processor

TOPICS = Topics(prefix="component.")
TIMELINE = Path(__file__).resolve().parents[3] / "shared" / "contract" / "examples"


class RecordingEmitter:
    """Keeps every committed batch instead of writing to Kafka."""

    def __init__(self) -> None:
        self._open: set[int] = set()
        self.records: list[OutRecord] = []

    @property
    def partitions(self) -> set[int]:
        return set(self._open)

    async def open(self, partition: int) -> None:
        self._open.add(partition)

    async def close(self, partition: int) -> None:
        self._open.discard(partition)

    async def commit(self, batches: Mapping[int, PartitionBatch]) -> None:
        for batch in batches.values():
            self.records.extend(batch.records)

    async def close_all(self) -> None:
        self._open.clear()

    def values(self, topic: str) -> list[bytes]:
        return [r.value for r in self.records if r.topic == topic and r.value is not None]


async def no_restore(partition: int) -> None:
    return None


async def started_processor(
    scorer: Scorer,
    registry: CollectorRegistry,
    clock: ClockMode = ClockMode.EVENT,
    rulebook: RuleBook | None = None,
) -> tuple[StreamProcessor, RecordingEmitter]:
    options = WorkerOptions(
        bootstrap="unused:9092",
        topics=TOPICS,
        app_id="component",
        state_dir=Path("/nonexistent"),
        clock=clock,
    )
    emitter = RecordingEmitter()
    processor, _ = build_processor(
        options, rulebook or RuleBook.default(), scorer, WorkerMetrics(registry), emitter=emitter
    )
    await processor.on_assigned({0}, no_restore)
    return processor, emitter


def records(events: Iterable[IncidentEvent | bytes], start: int = 0) -> list[InputRecord]:
    """Input records of partition 0 (raw bytes are sent as they are: malformed input)."""
    out = []
    for offset, event in enumerate(events, start):
        if isinstance(event, bytes):
            out.append(InputRecord(0, offset, b"bad", event, time.monotonic()))
        else:
            value = EVENT_ADAPTER.dump_json(event)
            out.append(InputRecord(0, offset, event.incident_id.encode(), value, time.monotonic()))
    return out


def record(partition: int, offset: int, value: bytes) -> InputRecord:
    """An input record of `partition` holding the event `value`, keyed by its incident."""
    key = json.loads(value)["incident_id"].encode()
    return InputRecord(partition, offset, key, value, time.monotonic())


def contract_line(incident: str, event_type: str, at: str) -> bytes:
    """A contract example event of `incident`, moved to `at` (its own times with it)."""
    for raw in (TIMELINE / "timeline.jsonl").read_bytes().splitlines():
        body = json.loads(raw)
        if body["incident_id"] == incident and body["type"] == event_type:
            body["occurred_at"] = at
            for key in ("reported_at", "recorded_at"):
                if key in body["data"]:
                    body["data"][key] = at
            return json.dumps(body).encode()
    raise LookupError(incident)


async def settle(processor: StreamProcessor) -> None:
    """An idle settle, as the worker's timer does once input stops."""
    processor._last_input = time.monotonic() - 10  # idle for longer than the settle delay
    await processor.tick()
