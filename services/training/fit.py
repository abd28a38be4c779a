"""Fit the three heads of the crimeability model on generated cases, deterministically.

Heads: crimeable (binary logistic regression, then Platt scaling fitted on a separate held-out
stream, degraded by word dropout, plus the hand-written dev set, so the probability is calibrated
on text like real logs), offence group (multinomial logistic regression on crimeable cases,
classes balanced) and domestic abuse (binary). The result is a plain dict of vectorizers and
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
GROUP_C = 1.0  # v3: chosen on the dev set with balanced classes (v2: 4.0, unweighted)
DA_C = 1.0
CALIBRATION_WORD_DROPOUT = 0.5
REAL_SHARE = 1.0  # weight of the hand-written calibration cases relative to the generated ones


def _binary(features: Any, labels: Sequence[bool], c: float, seed: int) -> tuple[np.ndarray, float]:
    model = LogisticRegression(C=c, solver="liblinear", random_state=seed, max_iter=2000)
    model.fit(features, np.array(labels, dtype=int))
    return np.ascontiguousarray(model.coef_[0]), float(model.intercept_[0])


def _platt(margins: np.ndarray, labels: Sequence[bool], weights: np.ndarray) -> tuple[float, float]:
    model = LogisticRegression(C=1.0, solver="lbfgs")
    model.fit(margins.reshape(-1, 1), np.array(labels, dtype=int), sample_weight=weights)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def _degrade(facts: IncidentFacts, seed: int) -> IncidentFacts:
    """Drop words at random: generated text is too easy, and Platt scaling fitted on it alone
    would be overconfident on real logs. Calibrating on degraded text tempers the probabilities."""
    rng = random.Random(seed)
    words = [w for w in facts.narrative.split() if rng.random() >= CALIBRATION_WORD_DROPOUT]
    return dataclasses.replace(facts, narrative=" ".join(words))


def fit_bundle(
    train: Sequence[SyntheticCase],
    calibration: Sequence[SyntheticCase],
    seed: int,
    real: Sequence[tuple[IncidentFacts, bool]] = (),
) -> dict[str, Any]:
    """Everything inference needs, as vectorizers, dicts and contiguous arrays.

    `real`: hand-written (facts, crimeable) pairs that resemble real logs (the dev set); Platt
    scaling weighs each of their classes as much as that class among the degraded generated
    cases (the dev set's own crime rate is not a base rate), so the probabilities are tempered by
    text the generator did not write."""
    facts = [c.facts() for c in train]
    space = FeatureSpace().fit(facts)
    x = space.transform(facts)
    crime_coef, crime_b = _binary(x, [c.labels.crimeable for c in train], CRIME_C, seed)
    da_coef, da_b = _binary(x, [c.labels.domestic_abuse for c in train], DA_C, seed)

    crimeable = [i for i, c in enumerate(train) if c.labels.crimeable]
    groups = [str(train[i].labels.offence_group) for i in crimeable]
    # Balanced: each group weighs the same whatever the generator's scenario weights, so a
    # group the generator writes less often (fraud, weapons) is not out-voted by common ones.
    group_model = LogisticRegression(
        C=GROUP_C, solver="lbfgs", max_iter=3000, class_weight="balanced"
    )
    group_model.fit(x[crimeable], groups)

    cal_facts = [_degrade(c.facts(), seed + i) for i, c in enumerate(calibration)]
    cal_facts += [facts for facts, _ in real]
    truth = [c.labels.crimeable for c in calibration] + [crime for _, crime in real]
    weights = np.ones(len(truth))
    for crime in (True, False):  # each class of `real` weighs its share of the generated stream
        rows = [len(calibration) + i for i, (_, c) in enumerate(real) if c is crime]
        share = sum(c.labels.crimeable is crime for c in calibration)
        if rows:
            weights[rows] = REAL_SHARE * share / len(rows)
    margins = np.asarray(space.transform(cal_facts) @ crime_coef + crime_b).ravel()
    scale, shift = _platt(margins, truth, weights)
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
