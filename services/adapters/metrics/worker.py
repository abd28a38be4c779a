"""The stream worker's metrics, built against an injected registry.

The worker calls these typed methods; every label value passes through `labels`, so an
incident id, a name or free text can never become a label and bad input cannot grow the series.
A rejected record has no trustworthy type or force: it is counted by reason only, and
`ncrs_worker_events_consumed_total` counts the records that decoded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from services.adapters.metrics import labels
from services.adapters.metrics.accuracy import AccuracyMetrics, label_keys
from services.adapters.metrics.info import build_info, model_info
from services.domain.accuracy import AccuracyCounts, AccuracyKey

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
LATENESS_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0)
MAX_CACHED_CHILDREN = 4096


class WorkerMetrics:
    def __init__(
        self, registry: CollectorRegistry, *, forces: frozenset[str] | None = None
    ) -> None:
        """`forces`: the force codes this deployment serves (others are labelled `other`);
        without it any well-formed code is accepted, up to 64 distinct ones."""
        self._force = labels.force_label(forces)
        self._reason = labels.reason_label()
        self._table = labels.name_label()

        def counter(name: str, doc: str, names: Sequence[str]) -> Counter:
            return Counter(f"ncrs_worker_{name}_total", doc, names, registry=registry)

        def gauge(name: str, doc: str, names: Sequence[str]) -> Gauge:
            return Gauge(f"ncrs_worker_{name}", doc, names, registry=registry)

        def histogram(name: str, doc: str, buckets: Sequence[float]) -> Histogram:
            return Histogram(f"ncrs_worker_{name}", doc, buckets=buckets, registry=registry)

        self.consumed = counter("events_consumed", "Events decoded", ["event_type", "force"])
        self.rejected = counter("events_rejected", "Records dead-lettered", ["reason"])
        self.assessments = counter(
            "assessments_emitted", "Assessments (`none`: not crimeable)", ["offence_group"]
        )
        self.alerts = counter(
            "alert_transitions", "Alert lifecycle records", ["rule", "severity", "status"]
        )
        self.crimes = counter(
            "crimes_recorded", "Crimes on crimeable incidents", ["force", "timing"]
        )
        self.open_unrecorded = gauge(
            "open_crimeable_unrecorded_incidents", "Open, crimeable, no crime recorded", ["force"]
        )
        self.lag = gauge(
            "consumer_lag_messages", "Records behind, per partition", ["topic", "partition"]
        )
        self.state = gauge("state_entries", "Entries held in a state table", ["table"])
        self.latency = histogram(
            "processing_latency_seconds", "Event consumed to outputs sent", LATENCY_BUCKETS
        )
        self.lateness = histogram(
            "deadline_lateness_seconds", "Deadline fired after its due time", LATENESS_BUCKETS
        )
        self.accuracy = AccuracyMetrics(registry, self._force)
        self.build = build_info(registry, "worker")
        self.model = model_info(registry)
        self._children: dict[tuple[object, ...], Any] = {}
        """Counter children by (metric, raw label values): the label checks run once each."""
        self._start_closed_series()

    def _start_closed_series(self) -> None:
        """Series whose labels all come from closed sets exist, at 0, from the start."""
        for rule in sorted(labels.RULE_VALUES):
            for severity in sorted(labels.SEVERITY_VALUES):
                for status in sorted(labels.STATUS_VALUES):
                    self.alerts.labels(rule, severity, status)
        for group in sorted(labels.OFFENCE_GROUP_VALUES | {labels.NO_GROUP}):
            self.assessments.labels(group)

    def _keep(self, key: tuple[object, ...], child: Any) -> Any:
        """Remember a child for its raw label values (bounded: bad input cannot grow it)."""
        if len(self._children) < MAX_CACHED_CHILDREN:
            self._children[key] = child
        return child

    def event_consumed(self, event_type: str, force: str) -> None:
        key = ("consumed", event_type, force)
        (
            self._children.get(key)
            or self._keep(
                key,
                self.consumed.labels(
                    labels.closed(event_type, labels.EVENT_TYPE_VALUES), self._force(force)
                ),
            )
        ).inc()

    def event_rejected(self, reason: str) -> None:
        self.rejected.labels(self._reason(reason)).inc()

    def assessment_emitted(self, offence_group: str | None) -> None:
        """`offence_group` None (not crimeable) is labelled `none`."""
        key = ("assessment", offence_group)
        (
            self._children.get(key)
            or self._keep(key, self.assessments.labels(labels.offence_group(offence_group)))
        ).inc()

    def alert_transition(self, rule: str, severity: str, status: str) -> None:
        key = ("alert", rule, severity, status)
        (
            self._children.get(key)
            or self._keep(
                key,
                self.alerts.labels(
                    labels.closed(rule, labels.RULE_VALUES),
                    labels.closed(severity, labels.SEVERITY_VALUES),
                    labels.closed(status, labels.STATUS_VALUES),
                ),
            )
        ).inc()

    def set_open_crimeable_unrecorded(self, force: str, n: int) -> None:
        self.open_unrecorded.labels(self._force(force)).set(n)

    def crime_recorded(self, force: str, within_limit: bool) -> None:
        self.crimes.labels(self._force(force), "within_limit" if within_limit else "late").inc()

    def observe_processing_latency(self, seconds: float) -> None:
        self.latency.observe(max(0.0, seconds))

    def observe_deadline_lateness(self, seconds: float) -> None:
        """Seconds from a deadline's due time to its firing (early counts as 0)."""
        self.lateness.observe(max(0.0, seconds))

    def set_consumer_lag(self, topic: str, partition: int, lag: int) -> None:
        self.lag.labels(labels.topic(topic), labels.partition(partition)).set(max(0, lag))

    def forget_partition(self, topic: str, partition: int) -> None:
        """The partition was revoked: its lag is another worker's to report now."""
        key = (labels.topic(topic), labels.partition(partition))
        if key in label_keys(self.lag):
            self.lag.remove(*key)

    def set_state_size(self, table: str, n: int) -> None:
        self.state.labels(self._table(table)).set(n)

    def set_model_info(self, model_version: str, rules_version: str) -> None:
        self.model.info(
            {
                "model_version": labels.version(model_version),
                "rules_version": labels.version(rules_version),
            }
        )

    def set_accuracy(
        self,
        force: str,
        offence_group: str,
        *,
        recorded_share: float,
        ci_low: float,
        ci_high: float,
        within_limit_share: float,
        within_ci_low: float | None = None,
        within_ci_high: float | None = None,
    ) -> None:
        """Shares for one (force, offence group); prefer `publish_accuracy`, which also
        publishes the counts that fleet-wide dashboards sum."""
        self.accuracy.set_shares(
            self.accuracy.key(force, offence_group),
            recorded=(recorded_share, ci_low, ci_high),
            within_limit=(within_limit_share, within_ci_low, within_ci_high),
        )

    def publish_accuracy(self, counts: Mapping[AccuracyKey, AccuracyCounts]) -> None:
        """Publish `AccuracyTracker.counts(now)`: counts, shares and Wilson intervals."""
        self.accuracy.publish(counts)
