"""The console's in-memory view, rebuilt from Kafka on start: alerts, assessments, actions.

Keyed by `alert_id`. Only the event loop touches it. Every change notifies subscribers with the
area it touched, so a live page re-renders only when one of its user's areas changed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

from services.console.actions import ActionKind, AlertAction
from services.domain.codes import OffenceGroup
from services.domain.outputs import Alert, AlertStatus, Assessment, Rule

FAR_FUTURE = datetime.max


@dataclass(frozen=True, slots=True)
class Filters:
    rule: Rule | None = None
    area: str | None = None
    offence_group: OffenceGroup | None = None

    def match(self, alert: Alert) -> bool:
        return (
            (self.rule is None or alert.rule == self.rule)
            and (self.area is None or alert.area == self.area)
            and (self.offence_group is None or alert.assessment.offence_group == self.offence_group)
        )


@dataclass(slots=True)
class AlertEntry:
    """One alert: its latest lifecycle record, every record so far, and the actions on it."""

    alert: Alert
    history: list[Alert] = field(default_factory=list)
    actions: list[AlertAction] = field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.alert.status == AlertStatus.FIRING

    def last(self, *kinds: ActionKind) -> AlertAction | None:
        return next((a for a in reversed(self.actions) if a.action in kinds), None)


class AlertView:
    def __init__(self) -> None:
        self._alerts: dict[str, AlertEntry] = {}
        self._assessments: dict[str, Assessment] = {}
        self._pending_actions: dict[str, list[AlertAction]] = {}
        self._action_ids: set[str] = set()
        self._listeners: set[asyncio.Queue[str]] = set()

    # -- applying records -------------------------------------------------------------------
    def apply_alert(self, alert: Alert) -> None:
        entry = self._alerts.get(alert.alert_id)
        if entry is None:
            entry = AlertEntry(alert, actions=self._pending_actions.pop(alert.alert_id, []))
            self._alerts[alert.alert_id] = entry
        elif entry.history and entry.history[-1] == alert:
            return  # a re-delivery changes nothing
        entry.alert = alert
        entry.history.append(alert)
        self._notify(alert.area)

    def apply_assessment(self, assessment: Assessment) -> None:
        current = self._assessments.get(assessment.incident_id)
        if current is not None and current.assessed_at > assessment.assessed_at:
            return
        self._assessments[assessment.incident_id] = assessment
        self._notify(assessment.area)

    def apply_action(self, action: AlertAction) -> bool:
        """Add an action once (it is applied on publish and again when read back from Kafka)."""
        if action.action_id in self._action_ids:
            return False
        self._action_ids.add(action.action_id)
        entry = self._alerts.get(action.alert_id)
        if entry is None:  # the alert topic has not been read that far yet
            self._pending_actions.setdefault(action.alert_id, []).append(action)
            return True
        entry.actions.append(action)
        self._notify(entry.alert.area)
        return True

    # -- queries ----------------------------------------------------------------------------
    def visible(self, alert_id: str, areas: Iterable[str]) -> AlertEntry | None:
        entry = self._alerts.get(alert_id)
        return entry if entry is not None and entry.alert.area in set(areas) else None

    def assessment(self, incident_id: str) -> Assessment | None:
        return self._assessments.get(incident_id)

    def open_alerts(self, areas: Iterable[str], filters: Filters) -> list[AlertEntry]:
        """Firing alerts, most urgent deadline first; alerts without a deadline last."""
        found = [e for e in self._select(areas, filters) if e.is_open]
        return sorted(found, key=lambda e: (_naive(e.alert.deadline), e.alert.raised_at))

    def resolved_alerts(
        self, areas: Iterable[str], filters: Filters, limit: int
    ) -> list[AlertEntry]:
        found = [e for e in self._select(areas, filters) if not e.is_open]
        found.sort(key=lambda e: e.alert.resolved_at or e.alert.raised_at, reverse=True)
        return found[:limit]

    def incident_alerts(self, incident_id: str, areas: Iterable[str]) -> list[AlertEntry]:
        allowed = set(areas)
        found = [
            e
            for e in self._alerts.values()
            if e.alert.incident_id == incident_id and e.alert.area in allowed
        ]
        return sorted(found, key=lambda e: (not e.is_open, _naive(e.alert.deadline)))

    def _select(self, areas: Iterable[str], filters: Filters) -> Iterator[AlertEntry]:
        allowed = set(areas)
        for entry in self._alerts.values():
            if entry.alert.area in allowed and filters.match(entry.alert):
                yield entry

    # -- change notification ------------------------------------------------------------------
    @contextmanager
    def subscribe(self) -> Iterator[asyncio.Queue[str]]:
        """A queue that receives the area of every change while the block runs."""
        queue: asyncio.Queue[str] = asyncio.Queue(maxsize=1000)
        self._listeners.add(queue)
        try:
            yield queue
        finally:
            self._listeners.discard(queue)

    def _notify(self, area: str) -> None:
        for queue in self._listeners:
            if not queue.full():
                queue.put_nowait(area)


def _naive(moment: datetime | None) -> datetime:
    """Sort key: timestamps as naive UTC, a missing deadline after every real one."""
    return FAR_FUTURE if moment is None else moment.astimezone(UTC).replace(tzinfo=None)
