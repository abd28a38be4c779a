"""A second batch of timelines published after the first has settled, covering the same
event times, is judged on its own history: no alert fires from a partial history, none is
retracted. (A regression test for whole incidents arriving behind the event clock.)"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.integration.worker_expectations import expected
from tests.integration.worker_harness import OutputReader, WorkerProcess, publish, topics

pytestmark = pytest.mark.kafka


def _renamed(lines: list[bytes], tag: str) -> list[bytes]:
    out = []
    for line in lines:
        body = json.loads(line)
        body["incident_id"] = f"{tag}{body['incident_id']}"
        body["event_id"] = f"{tag}{body['event_id']}"
        out.append(json.dumps(body).encode())
    return out


def _lifecycle(values: list[bytes], prefix: str) -> Counter[tuple[str, str, str]]:
    records = (json.loads(v) for v in values)
    return Counter(
        (r["incident_id"].removeprefix(prefix), r["rule"], r["status"])
        for r in records
        if r["incident_id"].startswith(prefix)
    )


async def test_a_whole_batch_published_behind_the_clock_gives_the_in_order_alerts(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path, contract_examples: Path
) -> None:
    original = [
        line for line in (contract_examples / "timeline.jsonl").read_bytes().splitlines() if line
    ]
    first, second = _renamed(original, "A-"), _renamed(original, "B-")
    want_first = expected(first)
    t = topics(topic_prefix)
    worker = WorkerProcess(kafka_bootstrap, topic_prefix, tmp_path)
    try:
        async with OutputReader(kafka_bootstrap, t.alerts) as alerts:
            await publish(kafka_bootstrap, t.incident_events, first, want_first.keys)
            await alerts.wait_for(want_first.alerts, timeout_s=60)
            assert Counter(alerts.values) == want_first.alerts, worker.output()[-3000:]
            keys = {line: json.loads(line)["incident_id"].encode() for line in second}
            await publish(kafka_bootstrap, t.incident_events, second, keys)
            want = _lifecycle(list(want_first.alerts.elements()), "A-")
            for _ in range(150):
                await alerts.poll()
                if _lifecycle(alerts.values, "B-") == want:
                    break
            await alerts.poll(2500)  # and nothing more (no retraction) arrives after it
        assert worker.proc.poll() is None, worker.output()
    finally:
        worker.stop()
    assert _lifecycle(alerts.values, "B-") == want, worker.output()[-3000:]
    assert not any(b'"retracted"' in v for v in alerts.values)
