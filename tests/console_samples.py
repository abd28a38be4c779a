"""Sample alerts, assessments and users for the console's tests (unit, component, browser)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher

from services.console.identity import LocalUsers
from services.domain.codes import OffenceGroup
from services.domain.outputs import (
    Alert,
    AlertAssessment,
    AlertStatus,
    Assessment,
    Resolution,
    Rule,
    Severity,
)

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
PASSWORDS = {"alice": "alice-north-pw", "bob": "bob-south-pw", "carol": "carol-both-pw"}
AREAS = {"alice": ["north"], "bob": ["south"], "carol": ["north", "south"]}


# Verification follows the parameters stored in each hash: cheap ones keep the tests fast.
_CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def users() -> LocalUsers:
    return LocalUsers.from_mapping(
        {
            "users": {
                name: {"password_hash": _CHEAP.hash(PASSWORDS[name]), "areas": AREAS[name]}
                for name in PASSWORDS
            }
        }
    )


def alert(
    incident_id: str = "INC-1",
    rule: Rule = Rule.CRIME_INDICATED,
    *,
    area: str = "north",
    deadline_in: timedelta | None = timedelta(hours=20),
    severity: Severity = Severity.WARNING,
    group: OffenceGroup | None = OffenceGroup.VIOLENCE_WITH_INJURY,
    domestic_abuse: bool = False,
    now: datetime = NOW,
) -> Alert:
    return Alert(
        alert_id=f"{incident_id}/{rule.value}",
        rule=rule,
        status=AlertStatus.FIRING,
        severity=severity,
        incident_id=incident_id,
        force="WMP",
        area=area,
        raised_at=now - timedelta(hours=1),
        deadline=None if deadline_in is None else now + deadline_in,
        summary=f"{rule.value}: crimeable report under a non-crime code",
        assessment=AlertAssessment(
            probability=0.91,
            offence_group=group,
            domestic_abuse=domestic_abuse,
            expected_crimes=1,
        ),
    )


def resolved(firing: Alert, at: datetime = NOW) -> Alert:
    return firing.model_copy(
        update={
            "status": AlertStatus.RESOLVED,
            "resolved_at": at,
            "resolution": Resolution.CRIME_RECORDED,
        }
    )


def assessment(incident_id: str = "INC-1", *, area: str = "north") -> Assessment:
    return Assessment(
        incident_id=incident_id,
        force="WMP",
        area=area,
        assessed_at=NOW - timedelta(hours=1),
        crimeable=True,
        probability=0.91,
        offence_group=OffenceGroup.VIOLENCE_WITH_INJURY,
        offence_codes=("8N",),
        domestic_abuse=False,
        expected_crimes=1,
        recording_deadline=NOW + timedelta(hours=20),
        reasons=("injury described", "victim identified"),
        model_version="test-1",
        rules_version="test-1",
    )
