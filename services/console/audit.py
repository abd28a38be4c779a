"""The audit trail: one JSON line per view and per action, through `logging`.

Records say who (username), what (event, action kind, outcome), where (path) and which alerts
(ids). They never carry narrative text, notes, rationales, officers' or victims' names.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from enum import StrEnum

from services.adapters.metrics.console import ConsoleMetrics

AUDIT_LOGGER = "ncrs.console.audit"


class AuditEvent(StrEnum):
    VIEW = "view"
    LIVE_UPDATE = "live_update"
    ACTION = "action"
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_OUT = "sign_out"
    REFUSED = "refused"


class AuditLog:
    def __init__(
        self, logger: logging.Logger | None = None, metrics: ConsoleMetrics | None = None
    ) -> None:
        self._logger = logger or logging.getLogger(AUDIT_LOGGER)
        self._metrics = metrics

    def record(
        self,
        event: AuditEvent,
        *,
        user: str | None,
        path: str,
        alert_ids: Iterable[str] = (),
        action: str | None = None,
        outcome: str = "ok",
    ) -> None:
        fields = {
            "audit_event": event.value,
            "user": user,
            "path": path,
            "alert_ids": list(alert_ids),
            "outcome": outcome,
        }
        if action is not None:
            fields["action"] = action
        self._logger.info("audit %s", event.value, extra=fields)
        if self._metrics is not None:
            self._count(self._metrics, event, action, outcome)

    @staticmethod
    def _count(
        metrics: ConsoleMetrics, event: AuditEvent, action: str | None, outcome: str
    ) -> None:
        """Sign-ins and supervisors' actions taken also count in the console's metrics."""
        if event is AuditEvent.SIGN_IN:
            metrics.login_attempt("success")
        elif event is AuditEvent.SIGN_IN_FAILED:
            metrics.login_attempt("failure")
        elif event is AuditEvent.ACTION and outcome == "ok" and action is not None:
            metrics.alert_action(action)
