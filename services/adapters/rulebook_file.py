"""Loads the rule book (rule times, thresholds, per-force code maps) from TOML or YAML."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from services.domain.rulebook import RuleBook


class RuleBookError(ValueError):
    """The configuration file is unreadable, or has an unknown key or an impossible value."""


def load_rulebook(path: Path | None) -> RuleBook:
    if path is None:
        return RuleBook.default()
    try:
        text = path.read_text(encoding="utf-8")
        body: Any = (
            yaml.safe_load(text) if path.suffix in {".yaml", ".yml"} else tomllib.loads(text)
        )
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, yaml.YAMLError) as exc:
        raise RuleBookError(f"{path}: cannot read the rule book: {exc}") from exc
    try:
        return RuleBook.model_validate(body or {})
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc']) or '(top level)'}: {error['msg']}"
            for error in exc.errors()
        )
        raise RuleBookError(f"{path}: {problems}") from exc
