"""Worker metrics: exact values on a fresh registry, and labels only from closed sets."""

from __future__ import annotations

import pytest
from prometheus_client import CollectorRegistry

from services.adapters.metrics import WorkerMetrics, labels
from services.domain.accuracy import AccuracyCounts, wilson_interval


@pytest.fixture
def registry() -> CollectorRegistry:
    return CollectorRegistry()


@pytest.fixture
def metrics(registry: CollectorRegistry) -> WorkerMetrics:
    return WorkerMetrics(registry)


def value(registry: CollectorRegistry, name: str, **labels: str) -> float | None:
    return registry.get_sample_value(name, labels)


def test_events_consumed_by_type_and_force(
    registry: CollectorRegistry, metrics: WorkerMetrics
) -> None:
    metrics.event_consumed("incident.reported", "WMP")
    metrics.event_consumed("incident.reported", "WMP")
    metrics.event_consumed("crime.recorded", "GMP")
    name = "ncrs_worker_events_consumed_total"
    assert value(registry, name, event_type="incident.reported", force="WMP") == 2
    assert value(registry, name, event_type="crime.recorded", force="GMP") == 1


def test_unknown_values_become_other(registry: CollectorRegistry, metrics: WorkerMetrics) -> None:
    metrics.event_consumed("incident.exploded", "WMP")
    metrics.alert_transition("made-up-rule", "catastrophic", "pending")
    metrics.assessment_emitted("arson_of_the_heart")
    name = "ncrs_worker_events_consumed_total"
    assert value(registry, name, event_type="other", force="WMP") == 1
    transitions = "ncrs_worker_alert_transitions_total"
    assert value(registry, transitions, rule="other", severity="other", status="other") == 1
    assert value(registry, "ncrs_worker_assessments_emitted_total", offence_group="other") == 1


@pytest.mark.parametrize(
    "force",
    ["INC-2026-000123 John Smith", "john smith", "W", "A" * 17, "other", "WMP\nX", ""],
)
def test_free_text_never_becomes_a_force_label(
    registry: CollectorRegistry, metrics: WorkerMetrics, force: str
) -> None:
    metrics.event_consumed("incident.reported", force)
    name = "ncrs_worker_events_consumed_total"
    assert value(registry, name, event_type="incident.reported", force="other") == 1


def test_force_codes_are_capped_so_bad_input_cannot_grow_the_series(
    registry: CollectorRegistry,
) -> None:
    metrics = WorkerMetrics(registry)
    for i in range(100):
        metrics.event_consumed("incident.reported", f"F{i:02d}")
    forces = {
        s.labels["force"]
        for f in metrics.consumed.collect()
        for s in f.samples
        if s.name.endswith("_total")
    }
    assert len(forces) == 65  # 64 distinct codes, then `other`
    assert "other" in forces


def test_a_declared_force_list_is_the_closed_set(registry: CollectorRegistry) -> None:
    metrics = WorkerMetrics(registry, forces=frozenset({"WMP"}))
    metrics.set_open_crimeable_unrecorded("WMP", 3)
    metrics.set_open_crimeable_unrecorded("GMP", 5)
    name = "ncrs_worker_open_crimeable_unrecorded_incidents"
    assert value(registry, name, force="WMP") == 3
    assert value(registry, name, force="other") == 5
    assert value(registry, name, force="GMP") is None


def test_rejections_by_reason(registry: CollectorRegistry, metrics: WorkerMetrics) -> None:
    metrics.event_rejected("bad_timestamp")
    metrics.event_rejected("not_json")
    metrics.event_rejected("Expecting value: line 1 column 1 (char 0)")
    name = "ncrs_worker_events_rejected_total"
    assert value(registry, name, reason="bad_timestamp") == 1
    assert value(registry, name, reason="not_json") == 1
    assert value(registry, name, reason="other") == 1


def test_closed_series_exist_at_zero_from_the_start(
    registry: CollectorRegistry, metrics: WorkerMetrics
) -> None:
    transitions = "ncrs_worker_alert_transitions_total"
    assert (
        value(registry, transitions, rule="recording-overdue", severity="critical", status="firing")
        == 0
    )
    assert value(registry, "ncrs_worker_assessments_emitted_total", offence_group="none") == 0
    assert value(registry, "ncrs_worker_processing_latency_seconds_count") == 0


def test_alerts_assessments_and_crimes(registry: CollectorRegistry, metrics: WorkerMetrics) -> None:
    metrics.alert_transition("recording-overdue", "critical", "firing")
    metrics.alert_transition("recording-overdue", "critical", "resolved")
    metrics.assessment_emitted("burglary")
    metrics.assessment_emitted(None)
    metrics.crime_recorded("WMP", within_limit=True)
    metrics.crime_recorded("WMP", within_limit=False)
    metrics.crime_recorded("WMP", within_limit=False)
    t = "ncrs_worker_alert_transitions_total"
    assert value(registry, t, rule="recording-overdue", severity="critical", status="firing") == 1
    assert value(registry, t, rule="recording-overdue", severity="critical", status="resolved") == 1
    assert value(registry, "ncrs_worker_assessments_emitted_total", offence_group="burglary") == 1
    assert value(registry, "ncrs_worker_assessments_emitted_total", offence_group="none") == 1
    crimes = "ncrs_worker_crimes_recorded_total"
    assert value(registry, crimes, force="WMP", timing="within_limit") == 1
    assert value(registry, crimes, force="WMP", timing="late") == 2


def test_histograms_in_seconds(registry: CollectorRegistry, metrics: WorkerMetrics) -> None:
    metrics.observe_processing_latency(0.004)
    metrics.observe_processing_latency(0.2)
    metrics.observe_deadline_lateness(0.3)
    metrics.observe_deadline_lateness(-2.0)  # fired early: counted as on time
    lat = "ncrs_worker_processing_latency_seconds"
    assert value(registry, f"{lat}_count") == 2
    assert value(registry, f"{lat}_bucket", le="0.005") == 1
    assert value(registry, f"{lat}_sum") == pytest.approx(0.204)
    late = "ncrs_worker_deadline_lateness_seconds"
    assert value(registry, f"{late}_bucket", le="0.05") == 1
    assert value(registry, f"{late}_bucket", le="0.5") == 2
    assert value(registry, f"{late}_bucket", le="1.0") == 2


def test_consumer_lag_by_contract_topic_and_partition(
    registry: CollectorRegistry, metrics: WorkerMetrics
) -> None:
    metrics.set_consumer_lag("test-abc.ncrs.incident-events.v1", 3, 42)
    metrics.set_consumer_lag("some-random-topic", 1, 7)
    name = "ncrs_worker_consumer_lag_messages"
    assert value(registry, name, topic="ncrs.incident-events.v1", partition="3") == 42
    assert value(registry, name, topic="other", partition="1") == 7
    metrics.forget_partition("test-abc.ncrs.incident-events.v1", 3)
    metrics.forget_partition("test-abc.ncrs.incident-events.v1", 4)  # never set: no error
    assert value(registry, name, topic="ncrs.incident-events.v1", partition="3") is None


def test_dead_letter_topic_keeps_its_own_name() -> None:
    assert labels.topic("p.ncrs.incident-events.v1.dlq") == "ncrs.incident-events.v1.dlq"
    assert labels.partition(-1) == "other"


def test_state_size_and_model_info(registry: CollectorRegistry, metrics: WorkerMetrics) -> None:
    metrics.set_state_size("incidents", 120)
    metrics.set_model_info("crimeability-2026.03.1", "ncrs-rules-1")
    assert value(registry, "ncrs_worker_state_entries", table="incidents") == 120
    info = {"model_version": "crimeability-2026.03.1", "rules_version": "ncrs-rules-1"}
    assert value(registry, "ncrs_model_info", **info) == 1
    builds = [s for f in registry.collect() for s in f.samples if s.name == "ncrs_build_info"]
    assert len(builds) == 1
    assert builds[0].labels["process"] == "worker"
    assert builds[0].labels["version"]


def test_publish_accuracy_sets_counts_shares_and_wilson_bounds(
    registry: CollectorRegistry, metrics: WorkerMetrics
) -> None:
    metrics.publish_accuracy({("WMP", "burglary"): AccuracyCounts(100, 81, 70)})
    key = {"force": "WMP", "offence_group": "burglary"}
    assert value(registry, "ncrs_accuracy_due_incidents", **key) == 100
    assert value(registry, "ncrs_accuracy_recorded_incidents", **key) == 81
    assert value(registry, "ncrs_accuracy_recorded_within_limit_incidents", **key) == 70
    assert value(registry, "ncrs_accuracy_recorded_ratio", **key) == pytest.approx(0.81)
    low, high = wilson_interval(81, 100)
    assert value(registry, "ncrs_accuracy_recorded_ci_lower_ratio", **key) == pytest.approx(low)
    assert value(registry, "ncrs_accuracy_recorded_ci_upper_ratio", **key) == pytest.approx(high)
    assert value(registry, "ncrs_accuracy_recorded_within_limit_ratio", **key) == pytest.approx(
        0.70
    )
    low, high = wilson_interval(70, 100)
    assert value(
        registry, "ncrs_accuracy_recorded_within_limit_ci_lower_ratio", **key
    ) == pytest.approx(low)
    assert value(
        registry, "ncrs_accuracy_recorded_within_limit_ci_upper_ratio", **key
    ) == pytest.approx(high)


def test_publish_accuracy_removes_keys_that_are_gone(
    registry: CollectorRegistry, metrics: WorkerMetrics
) -> None:
    metrics.publish_accuracy(
        {("WMP", "burglary"): AccuracyCounts(2, 1, 1), ("WMP", "theft"): AccuracyCounts(1, 1, 1)}
    )
    metrics.publish_accuracy({("WMP", "theft"): AccuracyCounts(2, 1, 1)})
    assert (
        value(registry, "ncrs_accuracy_due_incidents", force="WMP", offence_group="burglary")
        is None
    )
    assert (
        value(registry, "ncrs_accuracy_recorded_ratio", force="WMP", offence_group="burglary")
        is None
    )
    assert value(registry, "ncrs_accuracy_due_incidents", force="WMP", offence_group="theft") == 2


def test_set_accuracy_directly(registry: CollectorRegistry, metrics: WorkerMetrics) -> None:
    metrics.set_accuracy(
        "WMP", "rape", recorded_share=0.9, ci_low=0.8, ci_high=0.95, within_limit_share=0.85
    )
    key = {"force": "WMP", "offence_group": "rape"}
    assert value(registry, "ncrs_accuracy_recorded_ratio", **key) == 0.9
    assert value(registry, "ncrs_accuracy_recorded_ci_upper_ratio", **key) == 0.95
    assert value(registry, "ncrs_accuracy_recorded_within_limit_ratio", **key) == 0.85


def test_two_workers_in_one_process_do_not_share_a_registry() -> None:
    first, second = CollectorRegistry(), CollectorRegistry()
    WorkerMetrics(first).event_rejected("schema")
    WorkerMetrics(second)
    assert first.get_sample_value("ncrs_worker_events_rejected_total", {"reason": "schema"}) == 1
    assert (
        second.get_sample_value("ncrs_worker_events_rejected_total", {"reason": "schema"}) is None
    )
