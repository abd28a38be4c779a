"""Everything one worker process is configured with, as plain frozen values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from services.adapters.topics import Topics
from services.worker.processor import ClockMode

STATE_TABLE = "incident-state"


@dataclass(frozen=True, slots=True)
class WorkerOptions:
    bootstrap: str
    topics: Topics
    app_id: str
    state_dir: Path
    client_options: Mapping[str, Any] = field(default_factory=dict)
    """aiokafka keyword arguments (bootstrap, security) for our own clients."""
    clock: ClockMode = ClockMode.WALL
    partitions: int = 6
    retention: timedelta | None = timedelta(days=7)
    tombstone_ttl: timedelta = timedelta(days=7)
    idle_settle: timedelta = timedelta(seconds=3)
    tick_interval: timedelta = timedelta(milliseconds=100)
    batch_max: int = 500
    batch_within: timedelta = timedelta(milliseconds=20)
    metrics_port: int = 0
    metrics_interval: timedelta = timedelta(seconds=5)
    """How often consumer lag, open unrecorded incidents and live accuracy are published."""

    @property
    def group_id(self) -> str:
        """The faust app id and consumer group: prefix and app id, so apps can share a broker."""
        return f"{self.topics.prefix}{self.app_id}"

    @property
    def changelog_topic(self) -> str:
        return f"{self.group_id}-{STATE_TABLE}-changelog"
