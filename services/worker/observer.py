"""What the worker reports about itself: metrics when a registry is wired, nothing otherwise.

Called from the fold thread (under the processor's lock) and from the event loop; the
prometheus_client metrics are thread-safe, and the recording watch is only touched under the
processor's lock.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from services.adapters.metrics.worker import WorkerMetrics
from services.domain.events import IncidentEvent
from services.domain.incident_state import IncidentState
from services.domain.outputs import Alert, Assessment
from services.worker.recording import CrimeTiming, RecordingWatch
from services.worker.state_store import PartitionedStateStore


class WorkerObserver:
    def __init__(self, metrics: WorkerMetrics | None = None) -> None:
        self.metrics = metrics
        self.recording = RecordingWatch()

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

    def incident_changed(self, state: IncidentState, event: IncidentEvent | None = None) -> None:
        """The incident's state after a step or a restore (`event`: the one just taken)."""
        if self.metrics is None:
            return
        crime = self.recording.update(state, event)
        if crime is not None:
            self.metrics.crime_recorded(crime.force, crime.timing is CrimeTiming.WITHIN_LIMIT)

    def incidents_gone(self, incident_ids: Iterable[str]) -> None:
        """Expired or handed to another worker: nothing of them is ours to report."""
        if self.metrics:
            self.recording.forget(incident_ids)

    def publish(self, store: PartitionedStateStore, now: datetime | None) -> None:
        """The periodic gauges: open unrecorded incidents, state size, live accuracy."""
        if self.metrics is None:
            return
        finished = [i for i in self.recording.open_ids() if store.get(i) is None]
        self.recording.finished(finished)
        for force, n in self.recording.open_unrecorded().items():
            self.metrics.set_open_crimeable_unrecorded(force, n)
        self.state_size(store)
        if now is not None:
            self.metrics.publish_accuracy(self.recording.accuracy_counts(now))

    def processing_latency(self, seconds: float) -> None:
        if self.metrics:
            self.metrics.observe_processing_latency(seconds)

    def deadline_lateness(self, seconds: float) -> None:
        if self.metrics:
            self.metrics.observe_deadline_lateness(seconds)

    def consumer_lag(self, topic: str, partition: int, lag: int) -> None:
        if self.metrics:
            self.metrics.set_consumer_lag(topic, partition, lag)

    def state_size(self, store: PartitionedStateStore) -> None:
        if self.metrics:
            self.metrics.set_state_size("incidents", len(store))
            self.metrics.set_state_size("tombstones", store.tombstone_count)

    def partition_dropped(self, topic: str, partition: int) -> None:
        if self.metrics:
            self.metrics.forget_partition(topic, partition)
