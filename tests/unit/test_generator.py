from __future__ import annotations

from collections import Counter

from services.domain.codes import OffenceGroup
from services.synthetic import SCENARIOS, generate_cases, iter_cases


def test_same_seed_same_cases_and_different_seed_differs() -> None:
    assert generate_cases(3, 200) == generate_cases(3, 200)
    assert generate_cases(3, 50) != generate_cases(4, 50)
    stream = iter_cases(3)
    assert [next(stream) for _ in range(20)] == generate_cases(3, 20)


def test_labels_are_consistent() -> None:
    for case in generate_cases(11, 2000):
        labels = case.labels
        assert labels.crimeable == (labels.offence_group is not None)
        assert labels.crimeable == bool(labels.offence_codes)
        if not labels.crimeable:
            assert labels.victim_count == 0
        assert case.narrative.strip()


def test_covers_every_group_and_hard_cases() -> None:
    cases = generate_cases(5, 4000)
    groups = Counter(c.labels.offence_group for c in cases)
    for group in OffenceGroup:
        if group is not OffenceGroup.OTHER:
            assert groups[group] > 0, group
    hard_positive = sum(c.labels.crimeable and not c.opening_code.is_crime for c in cases)
    hard_negative = sum(not c.labels.crimeable and c.opening_code.is_crime for c in cases)
    assert hard_positive > 400
    assert hard_negative > 50
    assert 0.25 < groups[None] / len(cases) < 0.6


def test_narratives_are_diverse_not_one_template() -> None:
    cases = generate_cases(9, 3000)
    assert len({c.narrative for c in cases}) > 2800
    for scenario in SCENARIOS:
        assert len(scenario.core) >= 3, scenario.key
    assert any(c.narrative.isupper() for c in cases)
    assert any("\n" in c.narrative for c in cases)
    assert sum(c.reporter.value == "professional" for c in cases) > 100
