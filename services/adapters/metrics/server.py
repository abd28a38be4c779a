"""Serving a registry over HTTP: a side thread on `NCRS_METRICS_PORT`, or a body to embed."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from wsgiref.simple_server import WSGIServer

from prometheus_client import CollectorRegistry, generate_latest, start_http_server
from prometheus_client.exposition import CONTENT_TYPE_LATEST

ALL_INTERFACES = "0.0.0.0"  # noqa: S104 - scraped from other pods/containers


@dataclass(frozen=True)
class MetricsServer:
    """A running `/metrics` endpoint; `close()` stops it and frees the port."""

    port: int
    server: WSGIServer
    thread: threading.Thread

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def start_metrics_server(
    registry: CollectorRegistry, port: int, addr: str = ALL_INTERFACES
) -> MetricsServer | None:
    """Serve `registry` at http://addr:port/metrics in a daemon thread; port 0 means off."""
    if port == 0:
        return None
    if not 0 < port < 65536:
        raise ValueError(f"metrics port must be 0 (off) or 1..65535, got {port}")
    server, thread = start_http_server(port, addr=addr, registry=registry)
    return MetricsServer(port, server, thread)


def exposition(registry: CollectorRegistry) -> tuple[bytes, str]:
    """(body, content type) of a scrape, for a process that serves /metrics from its own app."""
    return generate_latest(registry), CONTENT_TYPE_LATEST
