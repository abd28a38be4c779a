"""Follows the alerts topic (read_committed) and shows the open alerts, newest first, live."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from collections import Counter

from aiokafka import AIOKafkaConsumer
from rich.console import Group
from rich.live import Live
from rich.panel import Panel
from rich.table import Table

from services.adapters.settings import kafka_client_options, load_settings

SHOWN = 18


def _view(open_alerts: dict[str, dict[str, str]], counts: Counter[str], elapsed: float) -> Group:
    table = Table(expand=True, title="Open alerts (newest first)")
    widths = {"severity": 8, "rule": 24, "incident": 10, "force/area": 12, "raised at": 16}
    for column, width in widths.items():
        table.add_column(column, min_width=width, overflow="ellipsis", no_wrap=True)
    table.add_column("summary", overflow="ellipsis", no_wrap=True, ratio=1)
    for alert in list(open_alerts.values())[::-1][:SHOWN]:
        colour = "red" if alert["severity"] == "critical" else "yellow"
        table.add_row(
            f"[{colour}]{alert['severity']}[/]",
            alert["rule"],
            alert["incident_id"],
            f"{alert['force']}/{alert['area']}",
            alert["raised_at"][:16],
            alert["summary"],
        )
    totals = "  ".join(f"{k}: {v}" for k, v in sorted(counts.items()))
    footer = Panel(
        f"{totals}\nopen now: {len(open_alerts)}   running {elapsed:.0f}s",
        title="alert records seen",
    )
    return Group(table, footer)


class WorkerStoppedError(RuntimeError):
    """The demo's worker process is no longer running."""


def _check_alive(pid: int | None) -> None:
    if pid is None:
        return
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        raise WorkerStoppedError(f"the worker (pid {pid}) has stopped") from None


async def follow(seconds: float, worker_pid: int | None = None) -> None:
    settings = load_settings()
    consumer = AIOKafkaConsumer(
        **kafka_client_options(settings),
        group_id=None,
        auto_offset_reset="earliest",
        isolation_level="read_committed",
    )
    await consumer.start()
    began = time.monotonic()
    while settings.topics.alerts not in await consumer.topics():  # the worker creates it
        _check_alive(worker_pid)
        if time.monotonic() - began > 60:
            raise WorkerStoppedError("the worker did not create its topics within 60 s")
        await asyncio.sleep(0.5)
    consumer.subscribe([settings.topics.alerts])
    open_alerts: dict[str, dict[str, str]] = {}
    counts: Counter[str] = Counter()
    began = time.monotonic()
    try:
        with Live(_view(open_alerts, counts, 0), refresh_per_second=4, screen=False) as live:
            while time.monotonic() - began < seconds:
                _check_alive(worker_pid)
                for records in (await consumer.getmany(timeout_ms=250)).values():
                    for record in records:
                        alert = json.loads(record.value or b"{}")
                        counts[f"{alert['rule']} {alert['status']}"] += 1
                        if alert["status"] == "firing":
                            open_alerts[alert["alert_id"]] = alert
                        else:
                            open_alerts.pop(alert["alert_id"], None)
                live.update(_view(open_alerts, counts, time.monotonic() - began))
    finally:
        await consumer.stop()


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m services.demo")
    parser.add_argument("--seconds", type=float, default=90.0)
    parser.add_argument("--worker-pid", type=int, help="stop with an error if it dies")
    args = parser.parse_args()
    try:
        asyncio.run(follow(args.seconds, args.worker_pid))
    except KeyboardInterrupt:
        return 130
    except WorkerStoppedError as exc:
        print(f"demo: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
