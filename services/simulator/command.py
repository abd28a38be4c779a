"""`ncrs-watch simulate --rate N --duration D [--speedup K]`: publish a control-room stream."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from aiokafka import AIOKafkaProducer

from services.adapters.settings import Settings, SettingsError, kafka_client_options, load_settings
from services.adapters.topic_admin import KafkaUnreachableError, TopicSpec, ensure_topics
from services.domain.timestamps import parse_timestamp
from services.simulator.stream import EventStream

TICK_S = 0.02


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rate", type=float, default=5.0, help="new incidents per second")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of new incidents")
    parser.add_argument(
        "--speedup", type=float, default=1.0, help="event time runs K times faster than wall time"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--start", type=parse_timestamp, help="event time of the first report")
    parser.add_argument("--partitions", type=int, default=6, help="if the topic is created")
    parser.add_argument(
        "--no-drain",
        action="store_true",
        help="stop at --duration, leaving later events of open incidents unsent",
    )
    parser.add_argument("--out", type=Path, help="write JSONL here instead of publishing")


def run(args: argparse.Namespace) -> int:
    stream = EventStream(
        rate=args.rate,
        duration=args.duration,
        speedup=args.speedup,
        start=args.start or datetime.now(UTC),
        seed=args.seed,
    )
    if args.out is not None:
        with args.out.open("wb") as out:
            for record in stream.everything():
                out.write(record.value + b"\n")
        print(f"{stream.incidents} incidents written to {args.out}", file=sys.stderr)
        return 0
    try:
        settings = load_settings()
        return asyncio.run(_publish(stream, settings, args))
    except (SettingsError, KafkaUnreachableError) as exc:
        print(f"ncrs-watch simulate: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


async def _publish(stream: EventStream, settings: Settings, args: argparse.Namespace) -> int:
    client = kafka_client_options(settings)
    topic = settings.topics.incident_events
    admin = {k: v for k, v in client.items() if k != "bootstrap_servers"}
    await ensure_topics(
        settings.kafka_bootstrap, [TopicSpec(topic, args.partitions)], client_kwargs=admin
    )
    producer = AIOKafkaProducer(**client, linger_ms=5, acks="all")
    await producer.start()
    sent, began = 0, time.monotonic()
    try:
        while True:
            elapsed = time.monotonic() - began
            for record in stream.due(elapsed):
                await producer.send(topic, record.value, key=record.key)
                sent += 1
            if stream.finished_starting and (args.no_drain or not stream.pending):
                break
            await asyncio.sleep(TICK_S)
        await producer.flush()
    finally:
        await producer.stop()
    print(f"{stream.incidents} incidents, {sent} records published to {topic}", file=sys.stderr)
    return 0
