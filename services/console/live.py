"""Server-sent events: the alert lists (or one incident) re-rendered whenever one of the user's
areas changes. The first event is the current state, so a reconnect never misses a change."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable

from sse_starlette.sse import EventSourceResponse
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from services.console.access import NotSignedInError, Visitor, require_user
from services.console.audit import AuditEvent
from services.console.pages import filter_query, render_incident
from services.console.parts import ConsoleParts, parts_of
from services.console.rendering import alert_lists, page_context, parse_filters, render

RECHECK_SECONDS = 30.0  # how often an idle stream re-checks that its session is still valid
Renderer = Callable[[], tuple[str, list[str]] | None]


async def alerts_live(request: Request) -> Response:
    visitor = require_user(request)
    parts = parts_of(request)
    filters = parse_filters(request.query_params)
    query = filter_query(filters)
    next_path = "/alerts" + (f"?{query}" if query else "")

    def render_lists() -> tuple[str, list[str]]:
        lists = alert_lists(parts, visitor, filters)
        context = page_context(visitor, lists=lists, filtered=bool(query), next=next_path)
        return render("_alerts.html", context), lists.alert_ids

    return _stream(request, visitor, render_lists)


async def incident_live(request: Request) -> Response:
    visitor = require_user(request)
    parts = parts_of(request)
    incident_id = request.path_params["incident_id"]

    def render_one() -> tuple[str, list[str]] | None:
        html = render_incident(parts, visitor, incident_id)
        ids = [
            e.alert.alert_id for e in parts.view.incident_alerts(incident_id, visitor.user.areas)
        ]
        return None if html is None else (html, ids)

    return _stream(request, visitor, render_one)


def _stream(request: Request, visitor: Visitor, renderer: Renderer) -> Response:
    parts = parts_of(request)
    events = _events(parts, request, visitor, renderer)
    return EventSourceResponse(events, ping=15, headers={"X-Accel-Buffering": "no"})


async def _events(
    parts: ConsoleParts, request: Request, visitor: Visitor, renderer: Renderer
) -> AsyncIterator[dict[str, str]]:
    areas = visitor.user.areas
    with parts.view.subscribe() as changes:
        while True:
            rendered = renderer()
            if rendered is None:
                return
            html, alert_ids = rendered
            parts.audit.record(
                AuditEvent.LIVE_UPDATE,
                user=visitor.user.username,
                path=request.url.path,
                alert_ids=alert_ids,
            )
            yield {"event": "update", "data": html}
            while True:
                changed = await _next_changes(changes, parts.live_debounce_seconds)
                if not _still_signed_in(request):
                    yield {"event": "signed-out", "data": "/signin"}
                    return
                if changed & areas:
                    break


async def _next_changes(changes: asyncio.Queue[str], debounce: float) -> set[str]:
    """The areas changed since the last update (empty after an idle `RECHECK_SECONDS`)."""
    try:
        first = await asyncio.wait_for(changes.get(), RECHECK_SECONDS)
    except TimeoutError:
        return set()
    await asyncio.sleep(debounce)  # let a burst of changes become one update
    found = {first}
    with contextlib.suppress(asyncio.QueueEmpty):
        while True:
            found.add(changes.get_nowait())
    return found


def _still_signed_in(request: Request) -> bool:
    try:
        require_user(request)
    except NotSignedInError:
        return False
    return True


ROUTES = [
    Route("/alerts/live", alerts_live, methods=["GET"]),
    Route("/incidents/{incident_id}/live", incident_live, methods=["GET"]),
]
