"""Follows the alerts topic (read_committed) and shows the open alerts, newest first, live."""

from __future__ import annotations

import argparse
import asyncio
import json
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
    for column in ("severity", "rule", "incident", "force/area", "raised at", "summary"):
        table.add_column(column, overflow="ellipsis", no_wrap=True)
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


async def follow(seconds: float) -> None:
    settings = load_settings()
    consumer = AIOKafkaConsumer(
        settings.topics.alerts,
        **kafka_client_options(settings),
        group_id=None,
        auto_offset_reset="earliest",
        isolation_level="read_committed",
    )
    await consumer.start()
    open_alerts: dict[str, dict[str, str]] = {}
    counts: Counter[str] = Counter()
    began = time.monotonic()
    try:
        with Live(_view(open_alerts, counts, 0), refresh_per_second=4, screen=False) as live:
            while time.monotonic() - began < seconds:
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
    args = parser.parse_args()
    try:
        asyncio.run(follow(args.seconds))
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
