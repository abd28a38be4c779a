"""POST /actions: one supervisor action becomes one event on the alert-actions topic."""

from __future__ import annotations

import logging

from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from services.console.access import Visitor, check_csrf, require_user
from services.console.actions import ActionKind, PublishError, new_action
from services.console.audit import AuditEvent
from services.console.parts import parts_of
from services.console.presenter import dom_id
from services.console.rendering import TEMPLATES, page_context
from services.console.security import safe_next

log = logging.getLogger(__name__)
_KINDS = {k.value: k for k in ActionKind}


async def act(request: Request) -> Response:
    visitor = require_user(request)
    parts = parts_of(request)
    form = await check_csrf(request, visitor.session)
    alert_id, kind = form.get("alert_id", ""), _KINDS.get(form.get("action", ""))

    def audit(event: AuditEvent, outcome: str = "ok") -> None:
        parts.audit.record(
            event,
            user=visitor.user.username,
            path=request.url.path,
            alert_ids=[alert_id],
            action=kind.value if kind else None,
            outcome=outcome,
        )

    if kind is None:
        audit(AuditEvent.REFUSED, "bad_action")
        return _problem(request, visitor, 400, "There is no such action.")
    entry = parts.view.visible(alert_id, visitor.user.areas)
    if entry is None:  # unknown and forbidden look the same: other areas' ids do not leak
        audit(AuditEvent.REFUSED, "forbidden")
        return _problem(request, visitor, 403, "You cannot act on that alert.")
    try:
        action = new_action(
            alert_id=alert_id,
            incident_id=entry.alert.incident_id,
            action=kind,
            actor=visitor.user.username,
            at=parts.clock(),
            payload=form.get("payload"),
        )
    except ValidationError:
        audit(AuditEvent.REFUSED, "invalid")
        return _problem(request, visitor, 400, "That action needs its details filled in.")
    try:
        await parts.publisher.publish(action)
    except PublishError:
        log.exception("could not publish action %s", action.action_id)
        audit(AuditEvent.ACTION, "failed")
        return _problem(request, visitor, 503, "The action was not saved. Please try again.")
    parts.view.apply_action(action)
    audit(AuditEvent.ACTION)
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse(action.model_dump(mode="json"), status_code=201)
    back = safe_next(form.get("next"))
    return RedirectResponse(f"{back}#{dom_id(alert_id)}", status_code=303)


def _problem(request: Request, visitor: Visitor, status: int, message: str) -> Response:
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"error": message}, status_code=status)
    context = page_context(visitor, heading="Action not taken", message=message)
    return TEMPLATES.TemplateResponse(request, "error.html", context, status_code=status)


ROUTES = [Route("/actions", act, methods=["POST"])]
