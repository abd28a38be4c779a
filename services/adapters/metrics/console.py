"""The supervisor console's own metrics (small): requests, live clients, actions, logins."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from services.adapters.metrics import labels
from services.adapters.metrics.info import build_info

HTTP_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
LOGIN_OUTCOMES = frozenset({"success", "failure", "locked"})
REQUEST_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class ConsoleMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self._route = labels.name_label()
        self._action = labels.reason_label()
        self.requests = Counter(
            "ncrs_console_http_requests_total",
            "HTTP requests served, by route template, method and status",
            ["route", "method", "status"],
            registry=registry,
        )
        self.duration = Histogram(
            "ncrs_console_http_request_duration_seconds",
            "HTTP request duration, by route template",
            ["route"],
            buckets=REQUEST_BUCKETS,
            registry=registry,
        )
        self.live_clients = Gauge(
            "ncrs_console_live_clients", "Open server-sent-event streams", registry=registry
        )
        self.actions = Counter(
            "ncrs_console_alert_actions_total",
            "Supervisor actions on alerts",
            ["action"],
            registry=registry,
        )
        self.logins = Counter(
            "ncrs_console_logins_total",
            "Login attempts, by outcome",
            ["outcome"],
            registry=registry,
        )
        self.build = build_info(registry, "console")
        for outcome in sorted(LOGIN_OUTCOMES):
            self.logins.labels(outcome)

    def request_served(self, route: str, method: str, status: int, seconds: float) -> None:
        """`route` is the route template (`/alerts/{alert_id}`), never the concrete path."""
        route_label = self._route(route)
        status_label = str(status) if 100 <= status <= 599 else labels.OTHER
        method_label = labels.closed(method.upper(), HTTP_METHODS)
        self.requests.labels(route_label, method_label, status_label).inc()
        self.duration.labels(route_label).observe(max(0.0, seconds))

    def set_live_clients(self, n: int) -> None:
        self.live_clients.set(n)

    def alert_action(self, action: str) -> None:
        self.actions.labels(self._action(action)).inc()

    def login_attempt(self, outcome: str) -> None:
        self.logins.labels(labels.closed(outcome, LOGIN_OUTCOMES)).inc()
