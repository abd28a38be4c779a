"""Rule times and thresholds, per force and by effective date, plus local code maps.

Counting rules change (April 2018, May 2023), so each force carries dated rule sets and an
incident is judged by the set in force when it was reported.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.domain.codes import CRIME_RELATED_INCIDENT, IncidentCode
from services.domain.events import ClosingCode
from services.domain.timestamps import Duration, Timestamp

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RuleSet(_Strict):
    """The times and threshold in force from `effective_from`."""

    version: str = Field(default="ncrs-2023.05", min_length=1, max_length=64)
    effective_from: Timestamp = EPOCH
    warning: Duration = timedelta(hours=12)
    limit: Duration = timedelta(hours=24)
    safeguarding: Duration = timedelta(hours=24)
    threshold: float = Field(default=0.5, gt=0.0, le=1.0)

    @model_validator(mode="after")
    def _warning_before_limit(self) -> RuleSet:
        if not timedelta(0) < self.warning <= self.limit:
            raise ValueError("warning must be positive and not later than limit")
        if self.safeguarding <= timedelta(0):
            raise ValueError("safeguarding must be positive")
        return self


class ForceConfig(_Strict):
    """One force: its dated rule sets (none = the defaults) and local incident codes."""

    rule_sets: tuple[RuleSet, ...] = ()
    codes: dict[str, ClosingCode] = Field(default_factory=dict)
    """Local code -> canonical code; a local closing code may map to crime_related_incident."""


class RuleBook(_Strict):
    """All configuration the engine needs, as plain values."""

    lateness: Duration = timedelta(minutes=5)
    retention: Duration = timedelta(days=30)
    """How long after its last event an incident is kept (and at least until its deadlines)."""
    max_incident_events: int = Field(default=2_000, ge=1)
    max_incident_text: int = Field(default=500_000, ge=20_000)
    """The most events, and characters of free text (narratives, rationales, AVIs), one
    incident may hold; later events are refused (`incident_full`), so a runaway source cannot
    grow one incident's state, or the text rescored on each update, without bound."""
    rule_sets: tuple[RuleSet, ...] = (RuleSet(),)
    forces: dict[str, ForceConfig] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _some_rules(self) -> RuleBook:
        if not self.rule_sets:
            raise ValueError("rule_sets: at least one rule set is needed")
        if self.lateness < timedelta(0):
            raise ValueError("lateness cannot be negative")
        return self

    @classmethod
    def default(cls) -> RuleBook:
        return cls()

    def rules_for(self, force: str, at: datetime) -> RuleSet:
        """The rule set in force for `force` at `at` (the latest one effective by then)."""
        force_config = self.forces.get(force)
        candidates = force_config.rule_sets if force_config and force_config.rule_sets else ()
        candidates = candidates or self.rule_sets
        in_force = [r for r in candidates if r.effective_from <= at]
        pool = in_force or [min(candidates, key=lambda r: r.effective_from)]
        return max(pool, key=lambda r: r.effective_from)

    def canonical_code(self, force: str, code: str) -> str | None:
        """Map a force's local incident code to the canonical one (canonical codes pass)."""
        if code in IncidentCode.__members__.values() or code == CRIME_RELATED_INCIDENT:
            return code
        force_config = self.forces.get(force)
        mapped = force_config.codes.get(code) if force_config else None
        return str(mapped) if mapped is not None else None
