"""The faust app: consumer group, agent, per-worker deadline timer, rebalance hooks.

This is the only module that imports faust. faust provides the group membership, the
partition assignment and the stream; state and emission are the processor's (a changelog
topic written in the same Kafka transaction as the outputs, see emitter.py), because faust's
tables write their changelog outside any transaction and its exactly-once mode attributes
sends to the destination partition's transaction (see the README).
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from typing import Any

import faust
from aiokafka.errors import KafkaError
from faust.exceptions import ConsumerNotStarted
from faust.types import TP

from services.worker.lag import Highwater, LagProbe
from services.worker.options import WorkerOptions
from services.worker.processor import InputRecord, Restore, StreamProcessor
from services.worker.stream_tail import StreamTail
from services.worker.watermarks import PartitionClock

CRASH_EXIT_GRACE_S = 30.0
"""How long a crashing worker may take to shut down before it exits hard."""
SESSION_TIMEOUT_S = 10.0
"""How long the group waits for a member that stopped heartbeating (every 3 s) before it gives
its partitions to the others: a worker killed and restarted is working again after about this
long (faust's default, 60 s, left a minute of silence). Heartbeats come from the event loop,
which the fold never holds (it runs in a thread)."""


def build_app(options: WorkerOptions, processor: StreamProcessor, restore: Restore) -> faust.App:
    app = faust.App(
        options.group_id,
        broker=[f"kafka://{host}" for host in options.bootstrap.split(",")],
        value_serializer="raw",
        key_serializer="raw",
        topic_partitions=options.partitions,
        topic_allow_declare=True,  # faust declares only its own internal topics
        processing_guarantee="at_least_once",
        consumer_auto_offset_reset="earliest",
        datadir=str(options.state_dir / options.group_id),
        web_enabled=False,
        stream_wait_empty=False,
        broker_commit_every=100_000,  # offsets are committed in our transactions
        broker_commit_interval=60.0,
        producer_linger=0.005,
        broker_session_timeout=SESSION_TIMEOUT_S,
        **_security(options.client_options),
    )
    events_name = options.topics.incident_events
    events = app.topic(events_name, key_type=bytes, value_type=bytes, partitions=options.partitions)
    batch_within = options.batch_within.total_seconds()
    lag = LagProbe(
        processor,
        topic=events_name,
        group_id=options.group_id,
        client_options=options.client_options,
    )

    @app.agent(events, name=f"{options.group_id}-events")
    async def process(stream: Any) -> None:
        async for batch in stream.take_events(options.batch_max, within=batch_within):
            received = time.monotonic()
            await processor.handle_batch(
                [
                    InputRecord(
                        e.message.partition,
                        e.message.offset,
                        e.message.key,
                        e.message.value,
                        received,
                    )
                    for e in batch
                ]
            )

    @app.timer(interval=options.tick_interval.total_seconds())  # type: ignore[untyped-decorator]
    async def deadlines() -> None:
        await processor.tick()

    @app.timer(interval=options.metrics_interval.total_seconds())  # type: ignore[untyped-decorator]
    async def report() -> None:
        await processor.publish_metrics()
        await lag.report(_highwater(app, events_name))

    clock = processor.pipeline.clock
    tail: StreamTail | None = None
    if isinstance(clock, PartitionClock):  # event clock: settle where the whole stream ends
        tail = StreamTail(
            events_name,
            options.partitions,
            options.client_options,
            clock=clock,
            group_id=options.group_id,
            code_map=processor.code_map,
        )
        stream_tail = tail

        @app.timer(interval=max(options.idle_settle.total_seconds() / 2, 0.2))  # type: ignore[untyped-decorator]
        async def read_tail() -> None:
            await stream_tail.refresh(processor.owned, processor.next_offsets)

    def ours(tps: set[TP]) -> set[int]:
        return {tp.partition for tp in tps if tp.topic == events_name}

    # faust's signals call handler(sender, *args, signal=...): args[0] is the TP set.
    async def on_revoked(sender: Any, /, *args: Any, signal: Any, **_: Any) -> None:
        if tail is not None:
            tail.rebalancing()
        await processor.on_revoked(ours(args[0]))

    async def on_assigned(sender: Any, /, *args: Any, signal: Any, **_: Any) -> None:
        if tail is not None:
            tail.rebalancing()
        await processor.on_assigned(ours(args[0]), restore)
        if tail is not None:
            tail.assigned()

    async def on_shutdown(sender: Any, /, *args: Any, signal: Any, **_: Any) -> None:
        _commit_only_in_transactions(app)  # before faust cancels the agent and commits acks
        await processor.close()
        await lag.close()
        if tail is not None:
            await tail.close()

    def on_failed(exc: BaseException) -> None:
        """Stop with a non-zero exit; the supervisor restarts us from the committed state."""
        _commit_only_in_transactions(app)
        crashing.add(asyncio.ensure_future(app.crash(exc)))
        # Should the shutdown hang, exit anyway: a hard exit loses nothing either (restart).
        watchdog = threading.Timer(CRASH_EXIT_GRACE_S, os._exit, (1,))
        watchdog.daemon = True
        watchdog.start()

    crashing: set[asyncio.Future[None]] = set()
    processor.on_failed = on_failed
    processor.assigned = lambda: _assigned(app, events_name, options.partitions)
    app.on_partitions_revoked.connect(on_revoked)
    app.on_partitions_assigned.connect(on_assigned)
    app.on_before_shutdown.connect(on_shutdown)

    return app


def _commit_only_in_transactions(app: faust.App) -> None:
    """From now on input offsets move only with the outputs, in our transactions (emitter.py).
    faust commits the offsets its stream acked, also when it stops, and `take_events` acks a
    batch even when its handling never finished (the agent cancelled at shutdown while the
    batch waited for its partition's restore, or mid-fold): that commit moved the group past
    records that had no outputs. While running, an acked batch is one handle_batch finished
    (committed, or of a partition no longer ours), so faust's timer commits stay on: faust
    trims its lists of acked offsets only when it commits, so off for good they would grow by
    one entry per event."""
    setattr(app.consumer, "commit", _no_commit)  # noqa: B010 (a method, for mypy)


async def _no_commit(*_: Any, **__: Any) -> bool:
    return False


def _assigned(app: faust.App, topic: str, partitions: int) -> set[int]:
    """The consumer's input partitions. When it cannot say (stopping), all of them: a record
    of a partition wrongly taken as assigned waits (unacked), one wrongly taken as not is lost."""
    try:
        tps = app.consumer.assignment()
    except (KafkaError, ConsumerNotStarted):
        return set(range(partitions))
    return {tp.partition for tp in tps if tp.topic == topic}


def _highwater(app: faust.App, topic: str) -> Highwater:
    """The consumer's cached highwater, read without blocking (None: not known yet)."""

    def highwater(partition: int) -> int | None:
        try:
            value: int | None = app.consumer.highwater(TP(topic, partition))
        except (AssertionError, KafkaError, ConsumerNotStarted):
            return None  # not assigned (any more), or the consumer is not running
        return value

    return highwater


def _security(client: Any) -> dict[str, Any]:
    """faust's form of the aiokafka security options (see adapters/settings.py)."""
    protocol = client.get("security_protocol", "PLAINTEXT")
    if protocol.startswith("SASL_"):
        credentials = faust.SASLCredentials(
            username=client["sasl_plain_username"],
            password=client["sasl_plain_password"],
            mechanism=client["sasl_mechanism"],
            ssl_context=client.get("ssl_context"),
        )
        return {"broker_credentials": credentials}
    if protocol == "SSL":
        return {"broker_credentials": client["ssl_context"]}
    return {}


def run_app(app: faust.App, loglevel: str = "WARNING") -> int:
    """Run until SIGTERM/SIGINT; returns the exit code."""
    # Logging is ours (JSON lines, configured by the command): faust must not replace it.
    worker = faust.Worker(app, loglevel=loglevel, quiet=True, override_logging=False)
    # Its startup spinner writes terminal escapes even when stdout is no terminal, which would
    # break the JSON-lines log a shipper reads.
    worker.spinner = None
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0
