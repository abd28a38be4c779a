"""Which crimeability scorer a process uses: the learned model by default, rules as fallback."""

from __future__ import annotations

import importlib
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
    try:
        learned = importlib.import_module("services.adapters.learned_scorer")
    except ImportError as exc:  # pragma: no cover - only before the model package exists
        raise ScorerUnavailableError(f"the learned scorer is not installed: {exc}") from exc
    scorer: Scorer = learned.load_default(model_dir)
    return scorer
