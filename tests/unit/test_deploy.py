"""deploy/: files parse, dashboards and rules only use metrics that exist, manifests are sound."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client import CollectorRegistry

from services.adapters.metrics import ConsoleMetrics, WorkerMetrics
from services.adapters.settings import Settings

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
DASHBOARD = DEPLOY / "grafana" / "dashboards" / "ncrs-watch.json"
RULES = sorted((DEPLOY / "prometheus" / "rules").glob("*.yml"))
K8S = sorted(p for p in (DEPLOY / "k8s").glob("*.yaml") if p.name != "kustomization.yaml")
SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_sum", "_count"), "info": ("_info",)}
METRIC_NAME = re.compile(r"\b(?:ncrs_[a-z0-9_]+|[a-z_]+:[a-z0-9_]+:[a-z0-9_]+)\b")


def exported_names() -> set[str]:
    """Every sample name the worker and console expose (with _bucket, _count, _info...)."""
    names: set[str] = set()
    for build in (WorkerMetrics, ConsoleMetrics):
        registry = CollectorRegistry()
        build(registry)
        for family in registry.collect():
            names |= {family.name, *(s.name for s in family.samples)}
            names |= {family.name + suffix for suffix in SUFFIXES.get(family.type, ())}
    return names


def recorded_names() -> set[str]:
    return {
        r["record"] for f in RULES for g in _yaml(f)["groups"] for r in g["rules"] if "record" in r
    }


def rule_expressions() -> list[str]:
    return [r["expr"] for f in RULES for g in _yaml(f)["groups"] for r in g["rules"]]


def dashboard_expressions() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text())
    return [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]


def _yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text())


def k8s_objects() -> list[dict[str, Any]]:
    return [doc for path in K8S for doc in yaml.safe_load_all(path.read_text()) if doc]


def test_every_yaml_and_json_file_parses() -> None:
    files = [*DEPLOY.glob("prometheus/**/*.yml"), *DEPLOY.glob("grafana/**/*.yml"), *K8S]
    files.append(DEPLOY / "compose" / "observability.yml")
    for path in files:
        assert list(yaml.safe_load_all(path.read_text())), path
    json.loads(DASHBOARD.read_text())


@pytest.mark.parametrize("source", ["dashboard", "rules"])
def test_queries_only_use_metrics_that_exist(source: str) -> None:
    exprs = dashboard_expressions() if source == "dashboard" else rule_expressions()
    known = exported_names() | recorded_names()
    used = {name for expr in exprs for name in METRIC_NAME.findall(expr)}
    assert used, "no metric found in the queries"
    assert used - known == set()


def test_dashboard_covers_throughput_lag_alerts_accuracy_and_lateness() -> None:
    text = "\n".join(dashboard_expressions())
    for needle in (
        "ncrs_worker_events_consumed_total",
        "ncrs_worker_consumer_lag_messages",
        "ncrs_worker_alert_transitions_total",
        "force:ncrs_accuracy_recorded_ci_lower:ratio",
        "force:ncrs_accuracy_recorded_ci_upper:ratio",
        "ncrs_worker_deadline_lateness_seconds_bucket",
    ):
        assert needle in text


def test_dashboard_panels_have_unique_ids_and_use_the_datasource_variable() -> None:
    panels = json.loads(DASHBOARD.read_text())["panels"]
    ids = [p["id"] for p in panels]
    assert len(ids) == len(set(ids))
    for panel in panels:
        if panel["type"] != "row":
            assert panel["datasource"]["uid"] == "${datasource}", panel["title"]


def test_alerts_named_in_the_brief_exist_with_severity_and_summary() -> None:
    alerts = {
        r["alert"]: r for f in RULES for g in _yaml(f)["groups"] for r in g["rules"] if "alert" in r
    }
    for name in (
        "NcrsNoWorkerUp",
        "NcrsWorkerDown",
        "NcrsConsumerLagGrowing",
        "NcrsDeadlinesFiringLate",
        "NcrsRejectionRateHigh",
        "NcrsRecordingAccuracyFalling",
    ):
        assert name in alerts
    for rule in alerts.values():
        assert rule["labels"]["severity"] in {"warning", "critical"}
        assert rule["annotations"]["summary"]


def _containers(kind: str) -> list[tuple[str, dict[str, Any]]]:
    return [
        (o["metadata"]["name"], c)
        for o in k8s_objects()
        if o["kind"] == kind
        for c in o["spec"]["template"]["spec"]["containers"]
    ]


def test_every_container_has_requests_and_a_memory_limit() -> None:
    containers = _containers("Deployment")
    assert {name for name, _ in containers} == {"ncrs-worker", "ncrs-console"}
    for name, container in containers:
        resources = container["resources"]
        assert {"cpu", "memory"} <= set(resources["requests"]), name
        assert "memory" in resources["limits"], name


def _by_kind_and_name(kind: str, name: str) -> dict[str, Any]:
    [obj] = [o for o in k8s_objects() if o["kind"] == kind and o["metadata"]["name"] == name]
    return obj


def test_worker_replicas_are_bounded_by_the_partitions() -> None:
    deployment = _by_kind_and_name("Deployment", "ncrs-worker")
    args = deployment["spec"]["template"]["spec"]["containers"][0]["args"]
    partitions = int(args[args.index("--partitions") + 1])
    hpa = _by_kind_and_name("HorizontalPodAutoscaler", "ncrs-worker")
    assert hpa["spec"]["maxReplicas"] == partitions
    assert hpa["spec"]["minReplicas"] <= deployment["spec"]["replicas"] <= partitions


def test_selectors_match_their_pods() -> None:
    for kind in ("PodDisruptionBudget", "Service", "ServiceMonitor"):
        for obj in (o for o in k8s_objects() if o["kind"] == kind):
            selector = obj["spec"]["selector"]
            wanted = selector.get("matchLabels", selector)
            if kind == "ServiceMonitor":
                target = _by_kind_and_name("Service", obj["metadata"]["name"])["metadata"]["labels"]
            else:
                target = _by_kind_and_name("Deployment", obj["metadata"]["name"])["spec"][
                    "template"
                ]["metadata"]["labels"]
            assert wanted.items() <= target.items(), f"{kind} {obj['metadata']['name']}"


def test_servicemonitors_scrape_a_named_port_the_service_has() -> None:
    for monitor in (o for o in k8s_objects() if o["kind"] == "ServiceMonitor"):
        service = _by_kind_and_name("Service", monitor["metadata"]["name"])
        ports = {p["name"] for p in service["spec"]["ports"]}
        assert {e["port"] for e in monitor["spec"]["endpoints"]} <= ports


def test_settings_in_configmap_and_secret_are_ones_the_processes_read() -> None:
    known = {f"NCRS_{name.upper()}" for name in Settings.model_fields}
    for obj in (o for o in k8s_objects() if o["kind"] in {"ConfigMap", "Secret"}):
        keys = set(obj.get("data", {})) | set(obj.get("stringData", {}))
        assert keys <= known, f"{obj['metadata']['name']}: {sorted(keys - known)}"
    secret = _by_kind_and_name("Secret", "ncrs-kafka-credentials")
    assert "NCRS_KAFKA_SASL_PASSWORD" in secret["stringData"]
    config = _by_kind_and_name("ConfigMap", "ncrs-settings")
    assert "NCRS_KAFKA_SASL_PASSWORD" not in config["data"]
    Settings.model_validate(
        {
            k.removeprefix("NCRS_").lower(): v
            for k, v in {**config["data"], **secret["stringData"]}.items()
        }
    )


def test_metrics_port_agrees_everywhere() -> None:
    port = int(_by_kind_and_name("ConfigMap", "ncrs-settings")["data"]["NCRS_METRICS_PORT"])
    for _name, container in _containers("Deployment"):
        assert {"name": "metrics", "containerPort": port} in container["ports"]


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl not installed")
def test_kustomize_builds_every_manifest() -> None:
    out = subprocess.run(
        ["kubectl", "kustomize", str(DEPLOY / "k8s")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    kinds = [doc["kind"] for doc in yaml.safe_load_all(out) if doc]
    assert len(kinds) == len(k8s_objects())


def test_compose_mounts_files_that_exist() -> None:
    compose = _yaml(DEPLOY / "compose" / "observability.yml")
    for service in compose["services"].values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (DEPLOY / "compose" / source).resolve().exists(), volume
