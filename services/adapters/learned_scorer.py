"""The learned crimeability scorer: TF-IDF features times precomputed coefficient arrays.

scikit-learn's `predict` costs time on every call; multiplying the sparse features by one
contiguous (features x heads) array scores all three heads at once, for one narrative or a batch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from services.adapters.crimeability_features import (
    FeatureSpace,
    describe_feature,
    name_like_words,
)
from services.adapters.model_store import latest_version, load_bundle
from services.domain.codes import OffenceGroup
from services.domain.events import Qualifier
from services.domain.offences import typical_codes
from services.domain.scoring import IncidentFacts, Score
from services.domain.victim_count import count_victims

THRESHOLD = 0.5
_REASONS = 4
_NARRATIVE_REASONS = 3
_REASON_CANDIDATES = 40
DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "models" / "crimeability"
_STATE_BASED = frozenset({OffenceGroup.DRUGS, OffenceGroup.WEAPONS, OffenceGroup.PUBLIC_ORDER})
_PERSONAL = frozenset(
    {OffenceGroup.VIOLENCE_WITH_INJURY, OffenceGroup.VIOLENCE_WITHOUT_INJURY, OffenceGroup.RAPE}
    | {OffenceGroup.STALKING_HARASSMENT, OffenceGroup.OTHER_SEXUAL_OFFENCES}
    | {OffenceGroup.CRIMINAL_DAMAGE_ARSON}
)
_PARTNER = re.compile(
    r"\b(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|fianc[eé]e?|spouse|ex|"
    r"ex-?(?:partner|husband|wife|boyfriend|girlfriend)|ex-?partners)\b"
)
_ROW = re.compile(r"\b(?:argu\w*|row|rowing|split|separated|break ?up|domestic|dom)\b")
_CODE_HINTS: dict[OffenceGroup, tuple[tuple[str, str], ...]] = {
    OffenceGroup.VIOLENCE_WITHOUT_INJURY: (("kill", "3B"), ("threat", "3B")),
    OffenceGroup.STALKING_HARASSMENT: (
        ("coerc", "8U"),
        ("control", "8U"),
        ("stalk", "8Q"),
        ("follow", "8Q"),
        ("photos", "8R"),
        ("images", "8R"),
        ("messages", "8L"),
    ),
    OffenceGroup.CRIMINAL_DAMAGE_ARSON: (("fire", "56B"), ("alight", "56B"), ("arson", "56B")),
    OffenceGroup.BURGLARY: (("shop", "30C"), ("school", "30C"), ("business", "30C")),
    OffenceGroup.THEFT: (("without paying", "49A"), ("shoplift", "46"), ("store", "46")),
}


def _codes(group: OffenceGroup, low: str) -> tuple[str, ...]:
    codes = list(typical_codes(group)[:3])
    for word, code in _CODE_HINTS.get(group, ()):
        if word in low:
            codes = [code, *(c for c in codes if c != code)][:3]
            break
    return tuple(codes)


class LearnedScorer:
    """Implements the `Scorer` protocol from a loaded artifact bundle."""

    def __init__(self, bundle: dict[str, Any], version: str) -> None:
        self._space = FeatureSpace.from_parts(bundle)
        self._groups = tuple(OffenceGroup(g) for g in bundle["group_labels"])
        heads = [bundle["crime_coef"][:, None], bundle["da_coef"][:, None], bundle["group_coef"]]
        self._weights = np.ascontiguousarray(np.hstack(heads), dtype=np.float64)
        self._bias = np.concatenate(
            [[bundle["crime_intercept"], bundle["da_intercept"]], bundle["group_intercept"]]
        )
        self._platt = (float(bundle["platt"][0]), float(bundle["platt"][1]))
        self._names = self._space.feature_names()
        # Character n-grams are never put in words (see describe_feature): skipped at once.
        self._unspeakable = [name.startswith("char:") for name in self._names]
        self._version = version

    @classmethod
    def load(cls, directory: Path | None = None) -> LearnedScorer:
        """Load a version directory (default: the newest under models/crimeability)."""
        path = directory if directory is not None else latest_version(DEFAULT_ROOT)
        bundle, metadata = load_bundle(path)
        return cls(bundle, str(metadata.get("version", path.name)))

    @property
    def version(self) -> str:
        return self._version

    def score(self, facts: IncidentFacts) -> Score:
        return self.score_many([facts])[0]

    def score_many(self, batch: Sequence[IncidentFacts]) -> list[Score]:
        if not batch:
            return []
        x = self._space.transform(batch)
        out = np.asarray(x @ self._weights) + self._bias
        scale, shift = self._platt
        crime_p = 1.0 / (1.0 + np.exp(-(scale * out[:, 0] + shift)))
        return [
            self._score(facts, x, i, out[i], float(crime_p[i])) for i, facts in enumerate(batch)
        ]

    def _score(self, facts: IncidentFacts, x: Any, row: int, out: np.ndarray, p: float) -> Score:
        low = facts.narrative.lower()
        crimeable = p >= THRESHOLD
        group = self._groups[int(np.argmax(out[2:]))] if crimeable else None
        domestic = Qualifier.DOMESTIC_ABUSE in facts.qualifiers or out[1] >= 0.0
        if not domestic and _PARTNER.search(low):  # an intimate partner in a crime or a row
            domestic = group in _PERSONAL or bool(_ROW.search(low))
        victims = 0
        if group is not None and group not in _STATE_BASED:
            victims = count_victims(low)
        return Score(
            probability=round(p, 4),
            offence_group=group,
            offence_codes=_codes(group, low) if group is not None else (),
            domestic_abuse=bool(domestic),
            victim_count=victims,
            reasons=self._reasons(facts, x, row, crimeable),
        )

    def _reasons(self, facts: IncidentFacts, x: Any, row: int, crimeable: bool) -> tuple[str, ...]:
        """What weighed most toward the decision: narrative cues first, then the log's fields."""
        start, end = x.indptr[row], x.indptr[row + 1]
        cols = x.indices[start:end]
        weights = x.data[start:end] * self._weights[cols, 0]
        top = np.argsort(-weights if crimeable else weights)[:_REASON_CANDIDATES]
        hidden = name_like_words(facts.narrative)
        narrative: list[str] = []
        fields: list[str] = []
        # As Python numbers: the loop reads each once, and numpy scalars are slow to read.
        for weight, col in zip(weights[top].tolist(), cols[top].tolist(), strict=True):
            if (weight > 0) != crimeable:
                break
            if self._unspeakable[col]:
                continue
            text, is_field = describe_feature(self._names[col], crimeable, hidden)
            bucket = fields if is_field else narrative
            if text and text not in bucket:
                bucket.append(text)
            if len(narrative) >= _NARRATIVE_REASONS and len(narrative) + len(fields) >= _REASONS:
                break
        return tuple((narrative[:_NARRATIVE_REASONS] + fields)[:_REASONS])
