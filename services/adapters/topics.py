"""Topic names of the contract, with the deployment's prefix in front."""

from __future__ import annotations

from dataclasses import dataclass

INCIDENT_EVENTS = "ncrs.incident-events.v1"
DEAD_LETTERS = "ncrs.incident-events.v1.dlq"
ASSESSMENTS = "ncrs.assessments.v1"
ALERTS = "ncrs.alerts.v1"
ALERT_ACTIONS = "ncrs.alert-actions.v1"


@dataclass(frozen=True, slots=True)
class Topics:
    """The contract's topics as one deployment names them (`NCRS_TOPIC_PREFIX` in front)."""

    prefix: str = ""

    @property
    def incident_events(self) -> str:
        return self.prefix + INCIDENT_EVENTS

    @property
    def dead_letters(self) -> str:
        return self.prefix + DEAD_LETTERS

    @property
    def assessments(self) -> str:
        return self.prefix + ASSESSMENTS

    @property
    def alerts(self) -> str:
        return self.prefix + ALERTS

    @property
    def alert_actions(self) -> str:
        return self.prefix + ALERT_ACTIONS
