"""Crime-recording accuracy in the inspectorate's sense, with Wilson 95% intervals.

Population: incidents assessed crimeable whose recording limit has passed ("due"). Of those,
the share recorded as a crime (at any time so far) and the share recorded within the limit.
Counted per (force, offence group). Pure: the current time is always an argument.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from services.domain.codes import OffenceGroup

Z_95 = 1.96
"""Two-sided 95% normal quantile, as conventionally rounded (and used in the Prometheus rules)."""


def wilson_interval(successes: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion; (0, 1) when there is no data."""
    if n < 0 or not 0 <= successes <= n:
        raise ValueError(f"need 0 <= successes <= n, got {successes} of {n}")
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass(frozen=True, slots=True)
class Share:
    """A proportion with its Wilson 95% interval (`value` is None when there is no data)."""

    successes: int
    n: int
    value: float | None
    low: float
    high: float

    @classmethod
    def of(cls, successes: int, n: int) -> Share:
        low, high = wilson_interval(successes, n)
        return cls(successes, n, successes / n if n else None, low, high)


@dataclass(frozen=True, slots=True)
class AccuracyCounts:
    due: int = 0
    recorded: int = 0
    recorded_within_limit: int = 0

    @property
    def recorded_share(self) -> Share:
        return Share.of(self.recorded, self.due)

    @property
    def within_limit_share(self) -> Share:
        return Share.of(self.recorded_within_limit, self.due)

    def __add__(self, other: AccuracyCounts) -> AccuracyCounts:
        return AccuracyCounts(
            self.due + other.due,
            self.recorded + other.recorded,
            self.recorded_within_limit + other.recorded_within_limit,
        )


AccuracyKey = tuple[str, str]
"""(force, offence group value)."""


@dataclass(frozen=True, slots=True)
class IncidentOutcome:
    """What accuracy needs to know about one incident, as of now."""

    force: str
    offence_group: OffenceGroup | None
    crimeable: bool
    deadline: datetime | None
    recorded_at: datetime | None = None
    """When a crime (still standing) was first recorded; None when none is."""


def tally(outcomes: Iterable[IncidentOutcome], now: datetime) -> dict[AccuracyKey, AccuracyCounts]:
    """Counts per (force, offence group) of the incidents that are due at `now`."""
    counts: dict[AccuracyKey, AccuracyCounts] = {}
    for outcome in outcomes:
        if not outcome.crimeable or outcome.deadline is None or outcome.deadline > now:
            continue
        recorded_at = outcome.recorded_at
        recorded = recorded_at is not None and recorded_at <= now
        within = recorded and recorded_at is not None and recorded_at <= outcome.deadline
        group = (outcome.offence_group or OffenceGroup.OTHER).value
        key = (outcome.force, group)
        counts[key] = counts.get(key, AccuracyCounts()) + AccuracyCounts(
            1, int(recorded), int(within)
        )
    return counts


def totals_by_force(counts: Mapping[AccuracyKey, AccuracyCounts]) -> dict[str, AccuracyCounts]:
    out: dict[str, AccuracyCounts] = {}
    for (force, _group), value in counts.items():
        out[force] = out.get(force, AccuracyCounts()) + value
    return out


class AccuracyTracker:
    """Incremental feed for a live worker: one outcome per incident it owns.

    Feed it as events are processed; call `counts(now)` when publishing metrics. Call `forget`
    when an incident leaves the worker's state (expiry, or a rebalance moves it away), so the
    tracker stays as bounded as the state it mirrors.
    """

    def __init__(self) -> None:
        self._outcomes: dict[str, IncidentOutcome] = {}

    def __len__(self) -> int:
        return len(self._outcomes)

    def assessed(
        self,
        incident_id: str,
        *,
        force: str,
        offence_group: OffenceGroup | None,
        crimeable: bool,
        deadline: datetime | None,
    ) -> None:
        """The incident's latest assessment (a crime recorded earlier is kept)."""
        previous = self._outcomes.get(incident_id)
        recorded_at = previous.recorded_at if previous else None
        self._outcomes[incident_id] = IncidentOutcome(
            force, offence_group, crimeable, deadline, recorded_at
        )

    def crime_recorded(self, incident_id: str, at: datetime, *, force: str = "") -> None:
        """A crime counting as recorded; the earliest time wins. May precede the assessment."""
        previous = self._outcomes.get(incident_id) or IncidentOutcome(force, None, False, None)
        if previous.recorded_at is None or at < previous.recorded_at:
            self._outcomes[incident_id] = replace(previous, recorded_at=at)

    def crime_withdrawn(self, incident_id: str) -> None:
        """No crime counts as recorded any more (e.g. the only one cancelled under C2-C4)."""
        previous = self._outcomes.get(incident_id)
        if previous is not None:
            self._outcomes[incident_id] = replace(previous, recorded_at=None)

    def forget(self, incident_id: str) -> None:
        self._outcomes.pop(incident_id, None)

    def counts(self, now: datetime) -> dict[AccuracyKey, AccuracyCounts]:
        return tally(self._outcomes.values(), now)
