"""The console's own metrics: requests by route template, method and status (never a concrete
id), sign-ins, supervisors' actions, open live streams; served on a port of their own."""

from __future__ import annotations

import asyncio
import socket
import urllib.request
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
from prometheus_client import CollectorRegistry
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import StreamingResponse
from starlette.routing import Route
from starlette.types import Message

from services.adapters.metrics.console import ConsoleMetrics
from services.adapters.metrics.server import start_metrics_server
from services.console.app import create_app
from services.console.audit import AuditLog
from services.console.identity import LocalUsers
from services.console.parts import ConsoleParts
from services.console.request_metrics import RequestMetricsMiddleware
from services.console.sessions import SessionCodec
from services.console.view import AlertView
from tests.component.test_console_app import (
    NORTH_ALERT,
    Clock,
    RecordingPublisher,
    _csrf,
    sign_in,
)
from tests.console_samples import alert, users

REQUESTS = "ncrs_console_http_requests_total"


@pytest.fixture(scope="module")
def local_users() -> LocalUsers:
    return users()


def requests(registry: CollectorRegistry, route: str, method: str, status: int) -> float:
    labels = {"route": route, "method": method, "status": str(status)}
    return registry.get_sample_value(REQUESTS, labels) or 0.0


async def test_requests_sign_ins_and_actions_are_counted(local_users: LocalUsers) -> None:
    registry = CollectorRegistry()
    metrics = ConsoleMetrics(registry)
    view = AlertView()
    view.apply_alert(alert("N-1", area="north", deadline_in=timedelta(hours=3)))
    clock = Clock()
    parts = ConsoleParts(
        view=view,
        identity=local_users,
        publisher=RecordingPublisher(),
        sessions=SessionCodec("x" * 40, timedelta(hours=8), clock),
        clock=clock,
        cookie_secure=False,
        audit=AuditLog(metrics=metrics),
        metrics=metrics,
    )
    transport = httpx.ASGITransport(app=create_app(parts))
    async with httpx.AsyncClient(transport=transport, base_url="http://console.test") as client:
        form = await client.get("/signin")
        wrong = {"csrf_token": _csrf(form.text), "username": "alice", "password": "wrong"}
        refused = await client.post("/signin", data=wrong)
        csrf = await sign_in(client, "alice")
        await client.get("/incidents/N-1")
        await client.get("/incidents/N-1")
        await client.get("/no/such/page")
        data = {"csrf_token": csrf, "alert_id": NORTH_ALERT, "action": "acknowledge"}
        acted = await client.post("/actions", data=data, headers={"accept": "application/json"})

    assert form.status_code == 200
    assert refused.status_code == 401
    assert acted.status_code == 201
    assert requests(registry, "/incidents/{incident_id}", "GET", 200) == 2
    assert requests(registry, "unmatched", "GET", 404) == 1
    assert requests(registry, "/actions", "POST", 201) == 1
    assert requests(registry, "/signin", "POST", 303) == 1
    assert requests(registry, "/signin", "POST", 401) == 1
    samples = [s for family in registry.collect() for s in family.samples]
    assert not any("N-1" in value for s in samples for value in s.labels.values())
    logins = "ncrs_console_logins_total"
    assert registry.get_sample_value(logins, {"outcome": "success"}) == 1
    assert registry.get_sample_value(logins, {"outcome": "failure"}) == 1
    actions = "ncrs_console_alert_actions_total"
    assert registry.get_sample_value(actions, {"action": "acknowledge"}) == 1


async def test_open_live_streams_are_counted_while_they_run() -> None:
    registry = CollectorRegistry()
    metrics = ConsoleMetrics(registry)
    release = asyncio.Event()

    async def stream(request: Request) -> StreamingResponse:
        async def chunks() -> AsyncIterator[bytes]:
            yield b"data: first\n\n"
            await release.wait()

        return StreamingResponse(chunks(), media_type="text/event-stream")

    app = RequestMetricsMiddleware(
        Starlette(routes=[Route("/feeds/{feed_id}/live", stream)]), metrics
    )
    seen: list[float | None] = []

    async def send(message: Message) -> None:
        if message["type"] == "http.response.body" and message.get("body"):
            seen.append(registry.get_sample_value("ncrs_console_live_clients"))
            release.set()

    async def receive() -> Message:
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    scope = {"type": "http", "method": "GET", "path": "/feeds/7/live", "headers": []}
    scope |= {"query_string": b"", "root_path": ""}
    await asyncio.wait_for(app(scope, receive, send), 5)

    assert seen == [1.0]
    assert registry.get_sample_value("ncrs_console_live_clients") == 0
    assert requests(registry, "/feeds/{feed_id}/live", "GET", 200) == 1


def test_the_console_registry_is_served_on_its_own_port() -> None:
    registry = CollectorRegistry()
    ConsoleMetrics(registry).request_served("/alerts", "GET", 200, 0.01)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = start_metrics_server(registry, port, addr="127.0.0.1")
    assert server is not None
    try:
        body = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read()
    finally:
        server.close()
    assert b'ncrs_console_http_requests_total{method="GET",route="/alerts",status="200"}' in body
