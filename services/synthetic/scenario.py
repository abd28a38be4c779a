"""The shape of a scenario: a situation, its NCRS label, and independently written phrasings."""

from __future__ import annotations

from dataclasses import dataclass

from services.domain.codes import IncidentCode, OffenceGroup
from services.domain.events import Qualifier, Reporter

C = IncidentCode


@dataclass(frozen=True, slots=True)
class Scenario:
    """`core`: first log entries, each written independently (slots: {rel} {fam} {inj} {injm}
    {item} {place} {sus} {name} {town} {n} {hit} {hitm} {taken} {veh} {loot}).
    `updates`: optional later entries."""

    key: str
    group: OffenceGroup | None
    codes: tuple[str, ...]
    opening: tuple[IncidentCode, ...]
    core: tuple[str, ...]
    updates: tuple[str, ...] = ()
    domestic: bool = False
    qualifiers: tuple[Qualifier, ...] = ()
    reporter: Reporter = Reporter.VICTIM
    victims: int = 1
    weight: float = 1.0

    @property
    def crimeable(self) -> bool:
        return self.group is not None
