"""The pages: open and recently resolved alerts for the user's areas, and one incident."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from services.console.access import Visitor, require_user
from services.console.audit import AuditEvent
from services.console.parts import ConsoleParts, parts_of
from services.console.presenter import AlertCard, card
from services.console.rendering import (
    TEMPLATES,
    alert_lists,
    page_context,
    parse_filters,
    render,
)
from services.console.view import Filters
from services.domain.timestamps import format_timestamp


async def home(request: Request) -> Response:
    return RedirectResponse("/alerts", status_code=303)


async def no_favicon(request: Request) -> Response:
    return Response(status_code=204)


async def alerts_page(request: Request) -> Response:
    visitor = require_user(request)
    parts = parts_of(request)
    filters = parse_filters(request.query_params)
    lists = alert_lists(parts, visitor, filters)
    parts.audit.record(
        AuditEvent.VIEW,
        user=visitor.user.username,
        path=request.url.path,
        alert_ids=lists.alert_ids,
    )
    query = filter_query(filters)
    context = page_context(
        visitor,
        lists=lists,
        filters=filters,
        filtered=bool(query),
        next="/alerts" + (f"?{query}" if query else ""),
        live_url="/alerts/live" + (f"?{query}" if query else ""),
    )
    return TEMPLATES.TemplateResponse(request, "alerts.html", context)


async def incident_page(request: Request) -> Response:
    visitor = require_user(request)
    parts = parts_of(request)
    incident_id = request.path_params["incident_id"]
    context = incident_context(parts, visitor, incident_id)
    if context is None:
        parts.audit.record(
            AuditEvent.REFUSED,
            user=visitor.user.username,
            path=request.url.path,
            outcome="not_found",
        )
        return TEMPLATES.TemplateResponse(
            request,
            "error.html",
            page_context(visitor, heading="Not found", message="No such incident in your areas."),
            status_code=404,
        )
    cards: list[AlertCard] = context["cards"]  # type: ignore[assignment]
    parts.audit.record(
        AuditEvent.VIEW,
        user=visitor.user.username,
        path=request.url.path,
        alert_ids=[c.alert_id for c in cards],
    )
    path = incident_path(incident_id)
    context |= {"choices": cards, "next": path, "live_url": path + "/live"}
    return TEMPLATES.TemplateResponse(request, "incident.html", page_context(visitor, **context))


def incident_context(
    parts: ConsoleParts, visitor: Visitor, incident_id: str
) -> dict[str, object] | None:
    """The incident's assessment and alerts as this user may see them; None if nothing is."""
    now = parts.clock()
    assessment = parts.view.assessment(incident_id)
    if assessment is not None and not visitor.user.may_see(assessment.area):
        assessment = None
    entries = parts.view.incident_alerts(incident_id, visitor.user.areas)
    if assessment is None and not entries:
        return None
    deadline = assessment.recording_deadline if assessment else None
    return {
        "incident_id": incident_id,
        "assessment": assessment,
        "deadline_iso": format_timestamp(deadline) if deadline else None,
        "cards": [card(e, assessment, now) for e in entries],
        "generated_at": now,
    }


def render_incident(parts: ConsoleParts, visitor: Visitor, incident_id: str) -> str | None:
    context = incident_context(parts, visitor, incident_id)
    return None if context is None else render("_incident.html", context)


def filter_query(filters: Filters) -> str:
    values = {
        "rule": filters.rule.value if filters.rule else None,
        "area": filters.area,
        "offence_group": filters.offence_group.value if filters.offence_group else None,
    }
    return urlencode({k: v for k, v in values.items() if v})


def incident_path(incident_id: str) -> str:
    return "/incidents/" + quote(incident_id, safe="")


ROUTES = [
    Route("/", home, methods=["GET"]),
    Route("/favicon.ico", no_favicon, methods=["GET"]),
    Route("/alerts", alerts_page, methods=["GET"]),
    Route("/incidents/{incident_id}", incident_page, methods=["GET"]),
]
