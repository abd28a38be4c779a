"""Fit the three heads of the crimeability model on generated cases, deterministically.

Heads: crimeable (binary logistic regression, then Platt scaling fitted on a separate held-out
stream so the probability is calibrated), offence group (multinomial logistic regression on
crimeable cases) and domestic abuse (binary). The result is a plain dict of vectorizers and
numpy arrays: what the model store saves and the learned scorer multiplies by.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from services.adapters.crimeability_features import FeatureSpace
from services.domain.scoring import IncidentFacts
from services.synthetic import SyntheticCase

TRAIN_CASES = 24_000
CALIBRATION_CASES = 6_000
CRIME_C = 1.0
GROUP_C = 4.0
DA_C = 1.0
CALIBRATION_WORD_DROPOUT = 0.5


def _binary(features: Any, labels: Sequence[bool], c: float, seed: int) -> tuple[np.ndarray, float]:
    model = LogisticRegression(C=c, solver="liblinear", random_state=seed, max_iter=2000)
    model.fit(features, np.array(labels, dtype=int))
    return np.ascontiguousarray(model.coef_[0]), float(model.intercept_[0])


def _platt(margins: np.ndarray, labels: Sequence[bool]) -> tuple[float, float]:
    model = LogisticRegression(C=1.0, solver="lbfgs")
    model.fit(margins.reshape(-1, 1), np.array(labels, dtype=int))
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def _degrade(facts: IncidentFacts, seed: int) -> IncidentFacts:
    """Drop words at random: generated text is too easy, and Platt scaling fitted on it alone
    would be overconfident on real logs. Calibrating on degraded text tempers the probabilities."""
    rng = random.Random(seed)
    words = [w for w in facts.narrative.split() if rng.random() >= CALIBRATION_WORD_DROPOUT]
    return dataclasses.replace(facts, narrative=" ".join(words))


def fit_bundle(
    train: Sequence[SyntheticCase], calibration: Sequence[SyntheticCase], seed: int
) -> dict[str, Any]:
    """Everything inference needs, as vectorizers, dicts and contiguous arrays."""
    facts = [c.facts() for c in train]
    space = FeatureSpace().fit(facts)
    x = space.transform(facts)
    crime_coef, crime_b = _binary(x, [c.labels.crimeable for c in train], CRIME_C, seed)
    da_coef, da_b = _binary(x, [c.labels.domestic_abuse for c in train], DA_C, seed)

    crimeable = [i for i, c in enumerate(train) if c.labels.crimeable]
    groups = [str(train[i].labels.offence_group) for i in crimeable]
    group_model = LogisticRegression(C=GROUP_C, solver="lbfgs", max_iter=3000)
    group_model.fit(x[crimeable], groups)

    x_cal = space.transform([_degrade(c.facts(), seed + i) for i, c in enumerate(calibration)])
    margins = np.asarray(x_cal @ crime_coef + crime_b).ravel()
    scale, shift = _platt(margins, [c.labels.crimeable for c in calibration])
    return {
        **space.to_parts(),
        "crime_coef": crime_coef,
        "crime_intercept": crime_b,
        "platt": np.array([scale, shift]),
        "group_coef": np.ascontiguousarray(group_model.coef_.T, dtype=np.float32),
        "group_intercept": np.ascontiguousarray(group_model.intercept_),
        "group_labels": [str(label) for label in group_model.classes_],
        "da_coef": da_coef,
        "da_intercept": da_b,
    }
