"""A labelled synthetic control-room case: what the scorer sees, and the registrar's answer."""

from __future__ import annotations

from dataclasses import dataclass

from services.domain.codes import IncidentCode, OffenceGroup
from services.domain.events import Channel, Qualifier, Reporter, Victim
from services.domain.scoring import IncidentFacts


@dataclass(frozen=True, slots=True)
class Labels:
    """The NCRS answer: crimeable, principal offence group and codes, DA, victims described."""

    crimeable: bool
    offence_group: OffenceGroup | None
    offence_codes: tuple[str, ...]
    domestic_abuse: bool
    victim_count: int


@dataclass(frozen=True, slots=True)
class SyntheticCase:
    """One generated incident. `entries` are the log entries in order (the first at report)."""

    case_id: str
    scenario: str
    entries: tuple[str, ...]
    opening_code: IncidentCode
    qualifiers: frozenset[Qualifier]
    reporter: Reporter
    channel: Channel
    victims: tuple[Victim, ...]
    labels: Labels

    @property
    def narrative(self) -> str:
        """All log entries so far, as the scorer receives them."""
        return "\n".join(self.entries)

    def facts(self, force: str = "WMP") -> IncidentFacts:
        return IncidentFacts(
            narrative=self.narrative,
            opening_code=self.opening_code,
            qualifiers=self.qualifiers,
            reporter=self.reporter,
            channel=self.channel,
            victims=self.victims,
            force=force,
        )
