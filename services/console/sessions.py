"""Signed session cookies that expire, each carrying its own CSRF token.

The cookie holds only the username, a CSRF token and when it was issued, signed with
itsdangerous. A session is refused once `max_age` has passed since sign-in (absolute expiry,
so a stolen cookie is not good forever). Visitors who are not signed in get an anonymous
session too, so the sign-in form itself is CSRF-protected.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from itsdangerous import BadSignature, URLSafeSerializer

COOKIE = "ncrs_console_session"


@dataclass(frozen=True, slots=True)
class Session:
    username: str | None
    csrf: str
    issued_at: datetime

    def csrf_ok(self, token: str | None) -> bool:
        return token is not None and hmac.compare_digest(token, self.csrf)


class SessionCodec:
    def __init__(self, secret: str, max_age: timedelta, clock: Callable[[], datetime]) -> None:
        self._serializer = URLSafeSerializer(secret, salt="ncrs-console-session")
        self.max_age = max_age
        self._clock = clock

    def new(self, username: str | None) -> Session:
        return Session(username, secrets.token_urlsafe(32), self._clock())

    def encode(self, session: Session) -> str:
        return self._serializer.dumps(
            [session.username, session.csrf, session.issued_at.timestamp()]
        )

    def decode(self, cookie: str | None) -> Session | None:
        """The session in the cookie; None when absent, tampered with, malformed or expired."""
        if not cookie:
            return None
        try:
            username, csrf, issued = self._serializer.loads(cookie)
            issued_at = datetime.fromtimestamp(float(issued), tz=self._clock().tzinfo)
        except (BadSignature, ValueError, TypeError):
            return None
        if not isinstance(csrf, str) or not (username is None or isinstance(username, str)):
            return None
        age = self._clock() - issued_at
        if age > self.max_age or age < -timedelta(minutes=5):
            return None
        return Session(username, csrf, issued_at)
