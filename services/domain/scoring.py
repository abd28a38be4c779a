"""The `Scorer` protocol: what a crimeability scorer sees and what it returns.

A scorer judges the facts of one incident as reported (narrative, codes, qualifiers, reporter,
channel, victims). Law and counting rules (one crime per victim, N100, cancellation authority)
stay in the engine, not here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from services.domain.codes import IncidentCode, OffenceGroup
from services.domain.events import Channel, Qualifier, Reporter, Victim


@dataclass(frozen=True, slots=True)
class IncidentFacts:
    """Everything known about an incident that bears on crimeability, as of one moment."""

    narrative: str
    opening_code: IncidentCode
    qualifiers: frozenset[Qualifier]
    reporter: Reporter
    channel: Channel
    victims: tuple[Victim, ...] = ()
    force: str = ""


@dataclass(frozen=True, slots=True)
class Score:
    """A scorer's judgement. `probability` is calibrated: P(notifiable crime, nothing contrary)."""

    probability: float
    offence_group: OffenceGroup | None
    offence_codes: tuple[str, ...] = ()
    domestic_abuse: bool = False
    victim_count: int = 0
    """Victims the narrative describes (0 when it does not say); one crime per victim."""
    reasons: tuple[str, ...] = field(default=())


class Scorer(Protocol):
    """Turns incident facts into a `Score`. Must be deterministic and side-effect free."""

    @property
    def version(self) -> str: ...

    def score(self, facts: IncidentFacts) -> Score: ...

    def score_many(self, batch: Sequence[IncidentFacts]) -> list[Score]: ...
