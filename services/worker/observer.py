"""What the worker reports about itself: metrics when a registry is wired, nothing otherwise."""

from __future__ import annotations

from services.adapters.metrics.worker import WorkerMetrics
from services.domain.outputs import Alert, Assessment
from services.worker.state_store import PartitionedStateStore


class WorkerObserver:
    def __init__(self, metrics: WorkerMetrics | None = None) -> None:
        self.metrics = metrics

    def consumed(self, event_type: str, force: str) -> None:
        if self.metrics:
            self.metrics.event_consumed(event_type, force)

    def rejected(self, reason: str) -> None:
        if self.metrics:
            self.metrics.event_rejected(reason)

    def emitted(self, model: Assessment | Alert) -> None:
        if self.metrics is None:
            return
        if isinstance(model, Alert):
            self.metrics.alert_transition(model.rule, model.severity, model.status)
        else:
            group = model.offence_group.value if model.offence_group else None
            self.metrics.assessment_emitted(group)

    def processing_latency(self, seconds: float) -> None:
        if self.metrics:
            self.metrics.observe_processing_latency(seconds)

    def deadline_lateness(self, seconds: float) -> None:
        if self.metrics:
            self.metrics.observe_deadline_lateness(seconds)

    def state_size(self, store: PartitionedStateStore) -> None:
        if self.metrics:
            self.metrics.set_state_size("incidents", len(store))
            self.metrics.set_state_size("tombstones", store.tombstone_count)

    def partition_dropped(self, topic: str, partition: int) -> None:
        if self.metrics:
            self.metrics.forget_partition(topic, partition)
