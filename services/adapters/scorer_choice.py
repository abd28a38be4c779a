"""Which crimeability scorer a process uses: the learned model by default, rules as fallback."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from services.domain.rule_scorer import RuleScorer
from services.domain.scoring import Scorer


class ScorerKind(StrEnum):
    MODEL = "model"
    RULES = "rules"


class ScorerUnavailableError(RuntimeError):
    """The configured scorer cannot be loaded (missing or mismatched model artifact)."""


def build_scorer(
    kind: ScorerKind | str = ScorerKind.MODEL, model_dir: Path | None = None
) -> Scorer:
    if ScorerKind(kind) is ScorerKind.RULES:
        return RuleScorer()
    # Imported here: the learned scorer loads scikit-learn (about 2 s), which rules never need.
    from services.adapters.learned_scorer import LearnedScorer  # noqa: PLC0415

    try:
        return LearnedScorer.load(model_dir)
    except (OSError, ValueError, RuntimeError) as exc:
        raise ScorerUnavailableError(f"cannot load the crimeability model: {exc}") from exc
