"""One incident's events from a synthetic case: report, updates, then an outcome.

Outcomes follow what inspections find: most crimes recorded on time, some late, some never;
closures; safeguarding on domestic abuse (sometimes missing); cancellations (sometimes without
the information they need); and a little noise: re-deliveries and malformed records.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from services.domain.timestamps import format_timestamp
from services.synthetic.case import SyntheticCase

FORCES = ("WMP", "GMP", "MPS")
AREAS = ("B-EAST", "B-SOUTH", "C-WEST", "W-NORTH", "D-CENTRAL")
MALFORMED = (b"{not json", b'{"schema_version": 1, "type": "incident.exploded"}', b"\xff\xfe")


@dataclass(frozen=True, slots=True)
class Planned:
    """One record to publish at event time `at` (`value` is raw bytes: it may be malformed)."""

    at: datetime
    key: bytes
    value: bytes


@dataclass(frozen=True, slots=True)
class Mix:
    on_time: float = 0.7
    late: float = 0.12
    duplicate: float = 0.03
    malformed: float = 0.01
    missing_safeguarding: float = 0.3
    bad_cancellation: float = 0.05


def timeline(case: SyntheticCase, start: datetime, rng: random.Random, mix: Mix) -> list[Planned]:
    """The records of one incident, in the order of their event times."""
    force, area = rng.choice(FORCES), rng.choice(AREAS)
    incident_id = f"{force}-{case.case_id}"
    events: list[dict[str, Any]] = []

    def add(kind: str, at: datetime, data: dict[str, Any]) -> None:
        events.append(
            {
                "schema_version": 1,
                "event_id": f"{incident_id}-{len(events) + 1}",
                "type": kind,
                "force": force,
                "incident_id": incident_id,
                "occurred_at": format_timestamp(at),
                "source": "cad" if kind.startswith(("incident", "safeguarding")) else "rms",
                "data": data,
            }
        )

    add("incident.reported", start, _reported(case, area, start))
    at = start
    for entry in case.entries[1:]:
        at += timedelta(minutes=rng.randint(5, 90))
        add("incident.updated", at, {"narrative": entry})
    crime_at = _outcome_time(case, start, rng, mix)
    if crime_at is not None:
        crime_id = f"CR-{case.case_id}"
        codes = case.labels.offence_codes or ("8N",)
        add("crime.recorded", crime_at, {"crime_id": crime_id, "offence_code": codes[0]})
        if rng.random() < mix.bad_cancellation:
            add(
                "crime.cancelled",
                crime_at + timedelta(hours=2),
                {"crime_id": crime_id, "criterion": "C2", "avi": "", "authorised_by": "officer"},
            )
    if case.labels.domestic_abuse and rng.random() >= mix.missing_safeguarding:
        add(
            "safeguarding.recorded",
            start + timedelta(hours=rng.uniform(1, 12)),
            {"kind": "risk_assessment", "risk": rng.choice(("standard", "medium", "high"))},
        )
    close_at = max(at, crime_at or at) + timedelta(hours=rng.uniform(0.5, 6))
    closing = "crime_related_incident" if crime_at is not None else case.opening_code.value
    add("incident.closed", close_at, {"closing_code": closing})
    return _with_noise(incident_id, events, rng, mix)


def _reported(case: SyntheticCase, area: str, at: datetime) -> dict[str, Any]:
    return {
        "reported_at": format_timestamp(at),
        "channel": case.channel.value,
        "reporter": case.reporter.value,
        "opening_code": case.opening_code.value,
        "qualifiers": sorted(q.value for q in case.qualifiers),
        "narrative": case.entries[0],
        "area": area,
        "victims": [v.model_dump(mode="json") for v in case.victims],
    }


def _outcome_time(
    case: SyntheticCase, start: datetime, rng: random.Random, mix: Mix
) -> datetime | None:
    if not case.labels.crimeable:
        return None
    roll = rng.random()
    if roll < mix.on_time:
        return start + timedelta(hours=rng.uniform(0.5, 20))
    if roll < mix.on_time + mix.late:
        return start + timedelta(hours=rng.uniform(25, 40))
    return None


def _with_noise(
    incident_id: str, events: list[dict[str, Any]], rng: random.Random, mix: Mix
) -> list[Planned]:
    key = incident_id.encode()
    planned = [
        Planned(datetime.fromisoformat(e["occurred_at"]), key, json.dumps(e).encode())
        for e in events
    ]
    noisy = list(planned)
    for record in planned:
        if rng.random() < mix.duplicate:
            noisy.append(Planned(record.at + timedelta(seconds=30), key, record.value))
        if rng.random() < mix.malformed:
            noisy.append(Planned(record.at, key, rng.choice(MALFORMED)))
    return sorted(noisy, key=lambda p: p.at)
