"""Request metrics for the console: an ASGI middleware over the whole app.

Requests are labelled by route template (`/incidents/{incident_id}`), never the concrete path,
so an incident or alert id never becomes a label; unmatched paths are one `unmatched` series.
Open live (server-sent-event) streams are counted while their response runs.
"""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.adapters.metrics.console import ConsoleMetrics

UNMATCHED = "unmatched"
LIVE_SUFFIX = "/live"


class RequestMetricsMiddleware:
    def __init__(self, app: ASGIApp, metrics: ConsoleMetrics) -> None:
        self.app = app
        self.metrics = metrics
        self.live_clients = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500
        live = False

        async def send_status(message: Message) -> None:
            nonlocal status, live
            if message["type"] == "http.response.start":
                status = int(message["status"])
                live = status == 200 and route_template(scope).endswith(LIVE_SUFFIX)
                if live:
                    self._live(+1)
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            if live:
                self._live(-1)
            seconds = time.perf_counter() - started
            self.metrics.request_served(route_template(scope), scope["method"], status, seconds)

    def _live(self, change: int) -> None:
        self.live_clients += change
        self.metrics.set_live_clients(self.live_clients)


def route_template(scope: Scope) -> str:
    """The matched route's path template (set in the scope by Starlette's router)."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) and path else UNMATCHED
