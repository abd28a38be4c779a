"""Labelled synthetic control-room logs (pure): training data and the event simulator's source."""

from services.synthetic.case import Labels, SyntheticCase
from services.synthetic.generator import SCENARIOS, generate_cases, iter_cases

__all__ = ["SCENARIOS", "Labels", "SyntheticCase", "generate_cases", "iter_cases"]
