"""Recording outcomes derived from a replay's outputs (assessments and alert records).

Derivation, per incident, as of `now` (the replay's `--until`, else the latest time in the files):
- population: the incident's last assessment is crimeable and its `recording_deadline` <= now;
- no `recording-overdue` firing record (or one later resolved `retracted`: late input showed
  it never held): the engine fires that rule whenever the limit passes with no crime recorded,
  so a crime was recorded within the limit;
- a `recording-overdue` firing record resolved `crime_recorded` (or `transferred`, which the
  contract treats as dealt with): recorded late, at `resolved_at`;
- a `recording-overdue` still firing (or resolved for another reason): not recorded.
Limit of the method: a crime recorded in time and cancelled (C2-C4) after the deadline fires no
new alert, so it still counts as recorded in time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from services.domain.accuracy import IncidentOutcome
from services.domain.outputs import Alert, AlertStatus, Assessment, Resolution, Rule

RECORDED_LATE = frozenset({Resolution.CRIME_RECORDED, Resolution.TRANSFERRED})
NEVER_HELD = frozenset({Resolution.RETRACTED})


@dataclass(frozen=True, slots=True)
class _Overdue:
    fired: bool = False
    resolved_at: datetime | None = None
    resolution: Resolution | None = None


def latest_time(assessments: Iterable[Assessment], alerts: Iterable[Alert]) -> datetime | None:
    """The latest event time the outputs show the replay's clock reached."""
    times: list[datetime] = [a.assessed_at for a in assessments]
    for alert in alerts:
        times.append(alert.raised_at)
        if alert.resolved_at is not None:
            times.append(alert.resolved_at)
    return max(times, default=None)


def outcomes_from_outputs(
    assessments: Iterable[Assessment], alerts: Iterable[Alert]
) -> list[IncidentOutcome]:
    """One outcome per assessed incident; feed to `accuracy.tally(outcomes, now)`."""
    last: dict[str, Assessment] = {}
    for assessment in assessments:  # file order is event order; the last one stands
        last[assessment.incident_id] = assessment
    overdue: dict[str, _Overdue] = {}
    for alert in alerts:
        if alert.rule is not Rule.RECORDING_OVERDUE:
            continue
        if alert.status is AlertStatus.FIRING:
            overdue[alert.incident_id] = _Overdue(fired=True)
        else:
            overdue[alert.incident_id] = _Overdue(True, alert.resolved_at, alert.resolution)
    return [_outcome(a, overdue.get(a.incident_id, _Overdue())) for a in last.values()]


def _outcome(assessment: Assessment, overdue: _Overdue) -> IncidentOutcome:
    deadline = assessment.recording_deadline
    recorded_at: datetime | None
    if not overdue.fired or overdue.resolution in NEVER_HELD:
        recorded_at = deadline  # in time; the exact time is not in the outputs
    elif overdue.resolution in RECORDED_LATE:
        recorded_at = overdue.resolved_at
    else:
        recorded_at = None
    return IncidentOutcome(
        force=assessment.force,
        offence_group=assessment.offence_group,
        crimeable=assessment.crimeable,
        deadline=deadline,
        recorded_at=recorded_at,
    )
