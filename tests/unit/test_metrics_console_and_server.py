"""Console metrics, and serving a registry over HTTP (port 0 = off)."""

from __future__ import annotations

import socket
import urllib.request

import pytest
from prometheus_client import CollectorRegistry

from services.adapters.metrics import (
    ConsoleMetrics,
    WorkerMetrics,
    exposition,
    start_metrics_server,
)


def test_console_requests_by_route_template_method_and_status() -> None:
    registry = CollectorRegistry()
    metrics = ConsoleMetrics(registry)
    metrics.request_served("/alerts/{alert_id}", "get", 200, 0.02)
    metrics.request_served("/alerts/{alert_id}", "BREW", 999, 0.02)
    name = "ncrs_console_http_requests_total"
    assert (
        registry.get_sample_value(
            name, {"route": "/alerts/{alert_id}", "method": "GET", "status": "200"}
        )
        == 1
    )
    assert (
        registry.get_sample_value(
            name, {"route": "/alerts/{alert_id}", "method": "other", "status": "other"}
        )
        == 1
    )
    duration = "ncrs_console_http_request_duration_seconds_count"
    assert registry.get_sample_value(duration, {"route": "/alerts/{alert_id}"}) == 2


def test_console_clients_actions_and_logins() -> None:
    registry = CollectorRegistry()
    metrics = ConsoleMetrics(registry)
    metrics.set_live_clients(3)
    metrics.alert_action("acknowledge")
    metrics.alert_action("Call Mrs Jones back!")
    metrics.login_attempt("failure")
    metrics.login_attempt("guessed")
    assert registry.get_sample_value("ncrs_console_live_clients") == 3
    assert (
        registry.get_sample_value("ncrs_console_alert_actions_total", {"action": "acknowledge"})
        == 1
    )
    assert registry.get_sample_value("ncrs_console_alert_actions_total", {"action": "other"}) == 1
    assert registry.get_sample_value("ncrs_console_logins_total", {"outcome": "failure"}) == 1
    assert registry.get_sample_value("ncrs_console_logins_total", {"outcome": "success"}) == 0
    assert registry.get_sample_value("ncrs_console_logins_total", {"outcome": "other"}) == 1


def test_port_zero_means_no_server() -> None:
    assert start_metrics_server(CollectorRegistry(), 0) is None


def test_a_bad_port_is_refused() -> None:
    with pytest.raises(ValueError, match="metrics port"):
        start_metrics_server(CollectorRegistry(), 70000)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_server_serves_the_injected_registry_and_frees_its_port() -> None:
    registry = CollectorRegistry()
    WorkerMetrics(registry).event_rejected("not_json")
    port = _free_port()
    server = start_metrics_server(registry, port, addr="127.0.0.1")
    assert server is not None
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
            body = response.read().decode()
    finally:
        server.close()
    assert 'ncrs_worker_events_rejected_total{reason="not_json"} 1.0' in body
    assert "python_gc_objects_collected_total" not in body  # not the global registry
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_exposition_for_embedding_in_an_app() -> None:
    registry = CollectorRegistry()
    ConsoleMetrics(registry).set_live_clients(2)
    body, content_type = exposition(registry)
    assert b"ncrs_console_live_clients 2.0" in body
    assert content_type.startswith("text/plain")
