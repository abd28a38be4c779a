"""The parts a running console is made of, handed to the app factory (and swapped in tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from starlette.requests import Request

from services.adapters.metrics.console import ConsoleMetrics
from services.console.actions import ActionPublisher
from services.console.audit import AuditLog
from services.console.identity import IdentityProvider
from services.console.sessions import SessionCodec
from services.console.view import AlertView


class Service(Protocol):
    """Something started with the app and stopped with it (the Kafka feed, the producer)."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


class Health(Protocol):
    def health(self) -> dict[str, object]:
        """`{"ok": bool, ...}`: whether the view is rebuilt and following live."""
        ...


@dataclass(frozen=True)
class ConsoleParts:
    view: AlertView
    identity: IdentityProvider
    publisher: ActionPublisher
    sessions: SessionCodec
    clock: Callable[[], datetime]
    audit: AuditLog = field(default_factory=AuditLog)
    health: Health | None = None
    services: tuple[Service, ...] = ()
    cookie_secure: bool = True
    resolved_shown: int = 20
    live_debounce_seconds: float = 0.05
    metrics: ConsoleMetrics | None = None
    """Request metrics (served on their own port by the command); None: not measured."""


def parts_of(request: Request) -> ConsoleParts:
    parts: ConsoleParts = request.app.state.parts
    return parts
