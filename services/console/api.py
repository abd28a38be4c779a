"""JSON for other tools: the same alert lists as the page, under the same access rules."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from services.console.access import require_user
from services.console.audit import AuditEvent
from services.console.parts import parts_of
from services.console.rendering import alert_lists, parse_filters
from services.domain.timestamps import format_timestamp


async def alerts_json(request: Request) -> Response:
    visitor = require_user(request)
    parts = parts_of(request)
    lists = alert_lists(parts, visitor, parse_filters(request.query_params))
    parts.audit.record(
        AuditEvent.VIEW,
        user=visitor.user.username,
        path=request.url.path,
        alert_ids=lists.alert_ids,
    )
    return JSONResponse(
        {
            "generated_at": format_timestamp(lists.generated_at),
            "areas": sorted(visitor.user.areas),
            "open": [c.as_json() for c in lists.open],
            "resolved": [c.as_json() for c in lists.resolved],
        }
    )


async def healthz(request: Request) -> Response:
    """200 once the view is rebuilt from Kafka and following live; 503 before or on failure."""
    health = parts_of(request).health
    body: dict[str, object] = {"ok": True} if health is None else health.health()
    return JSONResponse(body, status_code=200 if body.get("ok") else 503)


ROUTES = [
    Route("/api/alerts", alerts_json, methods=["GET"]),
    Route("/healthz", healthz, methods=["GET"]),
]
