"""Create the topics a process needs (idempotently) and fail fast when Kafka is unreachable."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError

_TOPIC_ALREADY_EXISTS = 36

log = logging.getLogger(__name__)


class KafkaUnreachableError(RuntimeError):
    """The broker did not answer within the start-up timeout."""


@dataclass(frozen=True, slots=True)
class TopicSpec:
    name: str
    partitions: int
    config: Mapping[str, str] = field(default_factory=dict)


def retention_config(retention_ms: int | None, *, compact: bool = False) -> dict[str, str]:
    if compact:
        return {"cleanup.policy": "compact", "min.compaction.lag.ms": "0"}
    return {} if retention_ms is None else {"retention.ms": str(retention_ms)}


async def ensure_topics(
    bootstrap: str,
    specs: Iterable[TopicSpec],
    *,
    timeout_s: float = 10.0,
    serve_timeout_s: float = 60.0,
    replication_factor: int = 1,
    client_kwargs: Mapping[str, Any] | None = None,
) -> list[str]:
    """Create the missing topics; returns the names created. Raises `KafkaUnreachableError`.

    `timeout_s` bounds reaching the broker and each request; `serve_timeout_s` how long new
    topics may take to get partition leaders (a broker just started on a loaded machine took
    over 10 s for 30 partitions)."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap,
        request_timeout_ms=int(timeout_s * 1000),
        **(client_kwargs or {}),
    )
    try:
        await asyncio.wait_for(admin.start(), timeout_s)
    except (TimeoutError, KafkaError, OSError) as exc:
        await _close_quietly(admin)
        detail = str(exc) or type(exc).__name__  # aiokafka's text already names its type
        raise KafkaUnreachableError(
            f"Kafka is not reachable at {bootstrap} ({detail}); "
            "start it (`make kafka-up`) or set NCRS_KAFKA_BOOTSTRAP"
        ) from exc
    try:
        existing = set(await admin.list_topics())
        specs = list(specs)
        await _warn_of_fewer_partitions(admin, [s for s in specs if s.name in existing])
        wanted = [spec for spec in specs if spec.name not in existing]
        if not wanted:
            return []
        response = await admin.create_topics(
            [
                NewTopic(
                    s.name,
                    s.partitions,
                    replication_factor=replication_factor,
                    topic_configs=dict(s.config),
                )
                for s in wanted
            ]
        )
        _raise_on_errors(response)
        created = {error[0] for error in getattr(response, "topic_errors", ()) if error[1] == 0}
        await _until_served(admin, [s for s in wanted if s.name in created], serve_timeout_s)
        return [s.name for s in wanted]
    finally:
        await _close_quietly(admin)


async def _warn_of_fewer_partitions(admin: AIOKafkaAdminClient, specs: list[TopicSpec]) -> None:
    """A topic made before us (say, by the broker's auto-creation when a producer came first)
    may have fewer partitions than configured: it works, but fewer workers can share it."""
    if not specs:
        return
    configured = {s.name: s.partitions for s in specs}
    for topic in await admin.describe_topics(list(configured)):
        name, count = topic["topic"], len(topic["partitions"])
        if topic["error_code"] == 0 and count < configured[name]:
            log.warning(
                "topic %s has %d partitions, fewer than the %d configured: at most %d workers "
                "can share it (was it auto-created by a producer that came first?)",
                name,
                count,
                configured[name],
                count,
            )


async def _until_served(
    admin: AIOKafkaAdminClient, specs: list[TopicSpec], timeout_s: float
) -> None:
    """Wait until the broker's metadata shows each topic we created with a leader for each of its
    partitions. A group formed before that is assigned none of the topic's partitions until its
    next metadata refresh, minutes later (seen with a restarted broker holding many topics)."""
    want = {s.name: s.partitions for s in specs}
    if not want:
        return  # an empty list would ask about every topic
    deadline = asyncio.get_running_loop().time() + timeout_s
    while True:
        served = {
            t["topic"]
            for t in await admin.describe_topics(list(want))
            if t["error_code"] == 0
            and len(t["partitions"]) == want.get(t["topic"])
            and all(p["leader"] >= 0 for p in t["partitions"])
        }
        if served >= want.keys():
            return
        if asyncio.get_running_loop().time() >= deadline:
            missing = ", ".join(sorted(want.keys() - served))
            raise RuntimeError(f"topics created but not served by the broker in time: {missing}")
        await asyncio.sleep(0.1)


def _raise_on_errors(response: Any) -> None:
    for topic_error in getattr(response, "topic_errors", ()):
        name, code = topic_error[0], topic_error[1]
        if code not in (0, _TOPIC_ALREADY_EXISTS):
            message = topic_error[2] if len(topic_error) > 2 else ""
            raise RuntimeError(f"cannot create topic {name}: error {code} {message}")


async def _close_quietly(admin: AIOKafkaAdminClient) -> None:
    try:
        await admin.close()
    except (KafkaError, OSError, AttributeError):
        return
