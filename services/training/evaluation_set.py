"""Load a labelled evaluation set (JSONL, one incident a line) into facts and labels.

A line: {"id", "narrative" (a string or a list of log entries), "opening_code", "qualifiers",
"reporter", "channel", "victims" (count), "labels": {"crimeable", "offence_group",
"offence_codes", "domestic_abuse", "victim_count"}}.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from services.domain.codes import IncidentCode, OffenceGroup
from services.domain.events import Channel, Qualifier, Reporter, Victim
from services.domain.scoring import IncidentFacts
from services.synthetic import Labels, SyntheticCase

Labelled = tuple[IncidentFacts, Labels]


def _labels(raw: dict[str, Any]) -> Labels:
    group = raw.get("offence_group")
    return Labels(
        crimeable=bool(raw["crimeable"]),
        offence_group=OffenceGroup(group) if group else None,
        offence_codes=tuple(raw.get("offence_codes", ())),
        domestic_abuse=bool(raw.get("domestic_abuse", False)),
        victim_count=int(raw.get("victim_count", 0)),
    )


def parse_line(line: str) -> Labelled:
    raw = json.loads(line)
    narrative = raw["narrative"]
    text = "\n".join(narrative) if isinstance(narrative, list) else str(narrative)
    victims = tuple(Victim(ref=f"V{i + 1}") for i in range(int(raw.get("victims", 0))))
    facts = IncidentFacts(
        narrative=text,
        opening_code=IncidentCode(raw["opening_code"]),
        qualifiers=frozenset(Qualifier(q) for q in raw.get("qualifiers", ())),
        reporter=Reporter(raw.get("reporter", "victim")),
        channel=Channel(raw.get("channel", "emergency_call")),
        victims=victims,
        force=str(raw.get("force", "")),
    )
    return facts, _labels(raw["labels"])


def load_evaluation_set(path: Path) -> list[Labelled]:
    return [parse_line(line) for line in path.read_text().splitlines() if line.strip()]


def from_synthetic(cases: list[SyntheticCase]) -> list[Labelled]:
    return [(c.facts(), c.labels) for c in cases]
