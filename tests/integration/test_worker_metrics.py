"""A running worker's /metrics (scraped over HTTP on the real broker) shows every metric of
issue 7 moving as events flow, and no personal name reaches its logs, metrics or alerts.

The worker runs on the wall clock with backdated events, so deadlines already passed fire on
arrival and one due a few seconds after publishing fires from the deadline timer (lateness).
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.integration.worker_harness import OutputReader, WorkerProcess, publish, topics

pytestmark = pytest.mark.kafka

NAMES = ("Jane", "Smithson", "Darren", "Okafor")
NARRATIVE = (
    "Caller Jane Smithson states her partner Darren Okafor punched her in the face, "
    "she has a cut lip and Okafor has left."
)
Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def event(kind: str, incident: str, n: int, at: datetime, data: dict[str, object]) -> bytes:
    body = {
        "schema_version": 1,
        "event_id": f"{incident}-{n}",
        "type": kind,
        "force": "WMP",
        "incident_id": incident,
        "occurred_at": at.isoformat(),
        "source": "test",
        "data": data,
    }
    return json.dumps(body).encode()


def reported(incident: str, at: datetime) -> bytes:
    data = {
        "channel": "emergency_call",
        "reporter": "victim",
        "opening_code": "welfare.domestic_incident",
        "qualifiers": ["domestic_abuse"],
        "narrative": NARRATIVE,
        "area": "B-EAST",
        "victims": [{"ref": "V1"}],
    }
    return event("incident.reported", incident, 1, at, data)


def crime(incident: str, at: datetime) -> bytes:
    data = {"crime_id": f"{incident}/C1", "offence_code": "8N", "victim_ref": "V1"}
    return event("crime.recorded", incident, 2, at, data)


class Scraper:
    def __init__(self, port: int) -> None:
        self.url = f"http://127.0.0.1:{port}/metrics"
        self.body = ""

    def scrape(self) -> Samples:
        try:
            self.body = urllib.request.urlopen(self.url, timeout=2).read().decode()
        except OSError:
            return {}
        families = text_string_to_metric_families(self.body)
        return {(s.name, frozenset(s.labels.items())): s.value for f in families for s in f.samples}

    async def until(self, check: Callable[[Samples], bool], timeout_s: float = 30) -> Samples:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            samples = await asyncio.to_thread(self.scrape)
            if samples and check(samples):
                return samples
            await asyncio.sleep(0.3)
        raise AssertionError(f"metrics never got there:\n{self.body[-4000:]}")


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def total(samples: Samples, name: str, **labels: str) -> float:
    wanted = set(labels.items())
    return sum(v for (n, ls), v in samples.items() if n == name and wanted <= ls)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def test_worker_metrics_move_with_the_events_and_carry_no_names(
    kafka_bootstrap: str,
    topic_prefix: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port = free_port()
    monkeypatch.setenv("TEST_METRICS_PORT", str(port))
    t = topics(topic_prefix)
    now = datetime.now(UTC)
    first = [
        reported("M-open", now - timedelta(hours=25)),
        reported("M-on-time", now - timedelta(hours=30)),
        crime("M-on-time", now - timedelta(hours=29)),
        reported("M-late", now - timedelta(hours=30)),
        crime("M-late", now - timedelta(hours=1)),
        b"this is not json, Jane Smithson",
    ]
    scraper = Scraper(port)
    worker = WorkerProcess(
        kafka_bootstrap, topic_prefix, tmp_path, "--clock", "wall",
        "--metrics-interval", "0.5", "--log-level", "DEBUG",
    )  # fmt: skip
    try:
        async with OutputReader(kafka_bootstrap, t.alerts) as alerts:
            before = await scraper.until(lambda s: total(s, "ncrs_build_info") == 1)
            assert total(before, "ncrs_worker_events_consumed_total") == 0
            await publish(kafka_bootstrap, t.incident_events, first, keyed(first))
            moved = await scraper.until(lambda s: _all_counted(s) and _accuracy(s) == (3, 2, 1))

            # Recording limit (24 h) due 4 s from now: fired by the deadline timer.
            second = [reported("M-due", datetime.now(UTC) + timedelta(seconds=4, hours=-24))]
            await publish(kafka_bootstrap, t.incident_events, second, keyed(second))
            fired = await scraper.until(
                lambda s: (
                    value(s, "ncrs_worker_deadline_lateness_seconds_count") >= 1
                    and value(s, OPEN, force="WMP") == 2
                )  # M-open and M-due (published periodically)
            )
            third = [crime("M-due", datetime.now(UTC))]
            await publish(kafka_bootstrap, t.incident_events, third, keyed(third))
            await scraper.until(  # raises if the late crime is never counted
                lambda s: (
                    value(s, CRIMES, force="WMP", timing="late") == 2
                    and value(s, OPEN, force="WMP") == 1
                )
            )
            await alerts.poll(1000)
        assert worker.proc.poll() is None, worker.output()
    finally:
        worker.stop()

    _check_moved(before, moved)
    lateness_sum = value(fired, "ncrs_worker_deadline_lateness_seconds_sum")
    print(f"deadline fired {lateness_sum:.3f} s after it was due")
    assert lateness_sum < 2.0
    logs = worker.output()
    summaries = " ".join(json.loads(v)["summary"] for v in alerts.values)
    assert alerts.values
    for name in NAMES:
        assert name.lower() not in logs.lower(), name
        assert name.lower() not in scraper.body.lower(), name
        assert name not in summaries, name
    assert '"event_id": "M-late-2"' in logs  # the structured lines say which event


CRIMES = "ncrs_worker_crimes_recorded_total"
OPEN = "ncrs_worker_open_crimeable_unrecorded_incidents"


def keyed(lines: list[bytes]) -> dict[bytes, bytes]:
    """Each event keyed by its incident id (malformed lines get the harness's key)."""
    keys = {}
    for line in lines:
        try:
            keys[line] = json.loads(line)["incident_id"].encode()
        except ValueError:
            continue
    return keys


def _all_counted(s: Samples) -> bool:
    return (
        value(s, "ncrs_worker_events_consumed_total", event_type="crime.recorded", force="WMP") == 2
        and value(s, CRIMES, force="WMP", timing="late") == 1
        and value(s, OPEN, force="WMP") == 1
    )


def _accuracy(s: Samples) -> tuple[float, float, float]:
    return (
        total(s, "ncrs_accuracy_due_incidents", force="WMP"),
        total(s, "ncrs_accuracy_recorded_incidents", force="WMP"),
        total(s, "ncrs_accuracy_recorded_within_limit_incidents", force="WMP"),
    )


def _check_moved(before: Samples, after: Samples) -> None:
    consumed = "ncrs_worker_events_consumed_total"
    assert value(after, consumed, event_type="incident.reported", force="WMP") == 3
    assert value(after, "ncrs_worker_events_rejected_total", reason="not_json") == 1
    assert value(before, "ncrs_worker_events_rejected_total", reason="not_json") == 0
    assessed = "ncrs_worker_assessments_emitted_total"
    assert total(after, assessed) - total(before, assessed) >= 3
    assert total(before, assessed) == 0
    transitions = "ncrs_worker_alert_transitions_total"
    for status, least in (("firing", 3), ("resolved", 1)):
        overdue = {"rule": "recording-overdue", "severity": "critical", "status": status}
        assert value(after, transitions, **overdue) >= least, status
        assert value(before, transitions, **overdue) == 0
    assert value(after, CRIMES, force="WMP", timing="within_limit") == 1
    latency = "ncrs_worker_processing_latency_seconds_count"
    assert value(after, latency) == 6
    assert value(before, latency) == 0
    assert value(after, "ncrs_worker_state_entries", table="incidents") >= 1
    lags = {
        dict(labels)["partition"]: v
        for (name, labels), v in after.items()
        if name == "ncrs_worker_consumer_lag_messages"
    }
    assert sorted(lags) == [str(p) for p in range(6)]
    assert set(lags.values()) == {0.0}
    models = [dict(ls) for (n, ls) in after if n == "ncrs_model_info"]
    assert models
    assert models[0]["model_version"].startswith("rules")
    assert models[0]["rules_version"] == "ncrs-2023.05"
    assert total(after, "ncrs_build_info", process="worker") == 1
    key = next(ls for (n, ls) in after if n == "ncrs_accuracy_recorded_ratio")
    assert after[("ncrs_accuracy_recorded_ratio", key)] == pytest.approx(2 / 3)
    assert ("ncrs_accuracy_recorded_ci_lower_ratio", key) in after
