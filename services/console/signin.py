"""Sign-in and sign-out with the local users file (the `IdentityProvider` seam)."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from services.console.access import (
    CSRF_FIELD,
    CsrfError,
    check_csrf,
    clear_session,
    current_session,
    set_session,
)
from services.console.audit import AuditEvent
from services.console.identity import USERNAME
from services.console.parts import parts_of
from services.console.rendering import TEMPLATES
from services.console.security import safe_next
from services.console.sessions import Session


async def signin_form(request: Request) -> Response:
    session = current_session(request)
    if session is not None and session.username is not None:
        return RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
    return _form(request, session, next_path=request.query_params.get("next"))


async def signin(request: Request) -> Response:
    parts = parts_of(request)
    session = current_session(request)
    if session is None:
        raise CsrfError
    form = await check_csrf(request, session)
    username, password = form.get("username", "").strip(), form.get("password", "")
    user = None
    if USERNAME.match(username) and password:
        user = await run_in_threadpool(parts.identity.authenticate, username, password)
    if user is None:
        known = parts.identity.find(username) if USERNAME.match(username) else None
        parts.audit.record(
            AuditEvent.SIGN_IN_FAILED,
            user=known.username if known else None,
            path=request.url.path,
            outcome="refused",
        )
        return _form(request, session, form.get("next"), "Username or password is not right.", 401)
    parts.audit.record(AuditEvent.SIGN_IN, user=user.username, path=request.url.path)
    response = RedirectResponse(safe_next(form.get("next")), status_code=303)
    set_session(request, response, parts.sessions.new(user.username))  # new token: no fixation
    return response


async def signout(request: Request) -> Response:
    session = current_session(request)
    if session is None:
        return RedirectResponse("/signin", status_code=303)
    await check_csrf(request, session)
    parts_of(request).audit.record(
        AuditEvent.SIGN_OUT, user=session.username, path=request.url.path
    )
    response = RedirectResponse("/signin", status_code=303)
    clear_session(request, response)
    return response


def _form(
    request: Request,
    session: Session | None,
    next_path: str | None,
    error: str | None = None,
    status_code: int = 200,
) -> Response:
    if session is None or session.username is not None:
        session = parts_of(request).sessions.new(None)
    response = TEMPLATES.TemplateResponse(
        request,
        "signin.html",
        {
            "csrf_field": CSRF_FIELD,
            "csrf_token": session.csrf,
            "next": safe_next(next_path),
            "error": error,
            "username": "",
        },
        status_code=status_code,
    )
    set_session(request, response, session)
    return response


ROUTES = [
    Route("/signin", signin_form, methods=["GET"]),
    Route("/signin", signin, methods=["POST"]),
    Route("/signout", signout, methods=["POST"]),
]
