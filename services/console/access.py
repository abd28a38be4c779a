"""Who is asking: the session cookie, the signed-in user, CSRF checks on every POST."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from services.console.identity import User
from services.console.parts import parts_of
from services.console.sessions import COOKIE, Session

CSRF_FIELD = "csrf_token"


class NotSignedInError(Exception):
    """No valid session: pages redirect to sign-in, the API answers 401."""


class CsrfError(Exception):
    """A POST without the session's CSRF token."""


@dataclass(frozen=True, slots=True)
class Visitor:
    session: Session
    user: User


def current_session(request: Request) -> Session | None:
    return parts_of(request).sessions.decode(request.cookies.get(COOKIE))


def require_user(request: Request) -> Visitor:
    """The signed-in user as they are now (areas re-read from the identity provider)."""
    session = current_session(request)
    if session is None or session.username is None:
        raise NotSignedInError
    user = parts_of(request).identity.find(session.username)
    if user is None:
        raise NotSignedInError
    return Visitor(session, user)


async def check_csrf(request: Request, session: Session) -> dict[str, str]:
    """The posted form, once its CSRF token matches the session's."""
    form = await request.form()
    values = {key: value for key, value in form.items() if isinstance(value, str)}
    if not session.csrf_ok(values.get(CSRF_FIELD)):
        raise CsrfError
    return values


def set_session(request: Request, response: Response, session: Session) -> None:
    parts = parts_of(request)
    response.set_cookie(
        COOKIE,
        parts.sessions.encode(session),
        max_age=int(parts.sessions.max_age.total_seconds()),
        httponly=True,
        secure=parts.cookie_secure,
        samesite="lax",
        path="/",
    )


def clear_session(request: Request, response: Response) -> None:
    response.delete_cookie(
        COOKIE, httponly=True, secure=parts_of(request).cookie_secure, samesite="lax", path="/"
    )
