"""The ASGI app factory: routes, security headers, error mapping, lifespan of the Kafka parts."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from services.console import action_routes, api, live, pages, signin
from services.console.access import CsrfError, NotSignedInError
from services.console.audit import AuditEvent
from services.console.parts import ConsoleParts, parts_of
from services.console.request_metrics import RequestMetricsMiddleware
from services.console.security import SecurityHeadersMiddleware

STATIC = Path(__file__).parent / "static"
MAX_BODY_BYTES = 64 * 1024


def create_app(parts: ConsoleParts, *, hsts: bool = False) -> Starlette:
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        started = []
        try:
            for service in parts.services:
                await service.start()
                started.append(service)
            yield
        finally:
            for service in reversed(started):
                await service.stop()

    measured = (
        [Middleware(RequestMetricsMiddleware, metrics=parts.metrics)] if parts.metrics else []
    )
    app = Starlette(
        routes=[
            *signin.ROUTES,
            *pages.ROUTES,
            *live.ROUTES,
            *api.ROUTES,
            *action_routes.ROUTES,
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ],
        middleware=[*measured, Middleware(SecurityHeadersMiddleware, hsts=hsts)],
        exception_handlers={
            NotSignedInError: _not_signed_in,
            CsrfError: _csrf_refused,
            HTTPException: _http_error,
        },
        lifespan=lifespan,
        max_body_size=MAX_BODY_BYTES,
    )
    app.state.parts = parts
    return app


def _wants_json(request: Request) -> bool:
    path = request.url.path
    accept = request.headers.get("accept", "")
    return path.startswith("/api/") or path.endswith("/live") or "application/json" in accept


async def _not_signed_in(request: Request, exc: Exception) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": "not signed in"}, status_code=401)
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if request.method != "GET":
        target = "/alerts"
    return RedirectResponse("/signin?" + urlencode({"next": target}), status_code=303)


async def _csrf_refused(request: Request, exc: Exception) -> Response:
    parts_of(request).audit.record(
        AuditEvent.REFUSED, user=None, path=request.url.path, outcome="csrf"
    )
    return PlainTextResponse("The form was out of date or not ours. Go back and try again.", 403)


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    return PlainTextResponse(str(getattr(exc, "detail", "")), status_code=status)
