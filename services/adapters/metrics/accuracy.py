"""Live crime-recording accuracy gauges, per force and offence group.

Counts are published alongside the shares so Prometheus can sum them across workers (each
worker sees only its own partitions) and recompute the fleet-wide Wilson interval; see the
`ncrs:accuracy_*` recording rules in deploy/prometheus/rules/.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from prometheus_client import CollectorRegistry, Gauge

from services.adapters.metrics import labels
from services.domain.accuracy import AccuracyCounts, AccuracyKey

_KEY = ("force", "offence_group")


class AccuracyMetrics:
    def __init__(self, registry: CollectorRegistry, force: Callable[[object], str]) -> None:
        self._force = force
        self._keys: set[tuple[str, str]] = set()

        def gauge(name: str, doc: str) -> Gauge:
            return Gauge(f"ncrs_accuracy_{name}", doc, _KEY, registry=registry)

        self.due = gauge("due_incidents", "Crimeable incidents whose recording limit has passed")
        self.recorded = gauge("recorded_incidents", "Of those due, recorded as a crime")
        self.in_time = gauge("recorded_within_limit_incidents", "Of those due, recorded in time")
        self.recorded_ratio = gauge("recorded_ratio", "Share of due incidents recorded")
        self.recorded_low = gauge("recorded_ci_lower_ratio", "Wilson 95% lower bound, recorded")
        self.recorded_high = gauge("recorded_ci_upper_ratio", "Wilson 95% upper bound, recorded")
        self.in_time_ratio = gauge("recorded_within_limit_ratio", "Share recorded within the limit")
        self.in_time_low = gauge(
            "recorded_within_limit_ci_lower_ratio", "Wilson 95% lower, in time"
        )
        self.in_time_high = gauge(
            "recorded_within_limit_ci_upper_ratio", "Wilson 95% upper, in time"
        )

    def key(self, force: str, offence_group: str) -> tuple[str, str]:
        return (self._force(force), labels.closed(offence_group, labels.OFFENCE_GROUP_VALUES))

    def set_shares(
        self,
        key: tuple[str, str],
        *,
        recorded: tuple[float, float, float],
        within_limit: tuple[float, float | None, float | None],
    ) -> None:
        """(share, ci_low, ci_high) each; the within-limit interval may be unknown (None)."""
        for gauge, value in zip(
            (self.recorded_ratio, self.recorded_low, self.recorded_high), recorded, strict=True
        ):
            gauge.labels(*key).set(value)
        self.in_time_ratio.labels(*key).set(within_limit[0])
        if within_limit[1] is not None and within_limit[2] is not None:
            self.in_time_low.labels(*key).set(within_limit[1])
            self.in_time_high.labels(*key).set(within_limit[2])

    def publish(self, counts: Mapping[AccuracyKey, AccuracyCounts]) -> None:
        """Replace every series with `counts`; keys no longer present are removed."""
        merged: dict[tuple[str, str], AccuracyCounts] = {}
        for (force, group), value in counts.items():
            key = self.key(force, group)
            merged[key] = merged.get(key, AccuracyCounts()) + value
        for key in self._keys - merged.keys():
            self._remove(key)
        for key, value in merged.items():
            self._publish_one(key, value)
        self._keys = set(merged)

    def _publish_one(self, key: tuple[str, str], value: AccuracyCounts) -> None:
        self.due.labels(*key).set(value.due)
        self.recorded.labels(*key).set(value.recorded)
        self.in_time.labels(*key).set(value.recorded_within_limit)
        if not value.due:
            return
        rec, fast = value.recorded_share, value.within_limit_share
        self.set_shares(
            key,
            recorded=(rec.value or 0.0, rec.low, rec.high),
            within_limit=(fast.value or 0.0, fast.low, fast.high),
        )

    def _remove(self, key: tuple[str, str]) -> None:
        for gauge in self._gauges():
            if key in label_keys(gauge):
                gauge.remove(*key)

    def _gauges(self) -> tuple[Gauge, ...]:
        return (
            self.due, self.recorded, self.in_time,
            self.recorded_ratio, self.recorded_low, self.recorded_high,
            self.in_time_ratio, self.in_time_low, self.in_time_high,
        )  # fmt: skip


def label_keys(metric: Gauge) -> set[tuple[str, ...]]:
    """The label values of the series a labelled metric currently has."""
    samples = (sample for family in metric.collect() for sample in family.samples)
    return {tuple(sample.labels.values()) for sample in samples}
