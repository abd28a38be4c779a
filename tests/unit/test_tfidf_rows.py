"""The fast TF-IDF rows equal the fitted vectorizers' own transform, to the last bit."""

from __future__ import annotations

import numpy as np
import pytest

from services.adapters.crimeability_features import FeatureSpace, mark_negation
from services.adapters.learned_scorer import DEFAULT_ROOT, LearnedScorer
from services.adapters.model_store import latest_version, load_bundle
from services.adapters.tfidf_rows import TfidfRows
from services.synthetic import generate_cases


@pytest.fixture(scope="module")
def scorer() -> LearnedScorer:
    return LearnedScorer.load()


def test_rows_equal_the_vectorizers_transform() -> None:
    space = FeatureSpace.from_parts(load_bundle(latest_version(DEFAULT_ROOT))[0])
    facts = [case.facts() for case in generate_cases(7, 300)]
    for vectorizer, docs in (
        (space.word, [mark_negation(f.narrative) for f in facts] + ["", "zzzz qqqq"]),
        (space.char, [f.narrative.lower() for f in facts] + ["", "x"]),
    ):
        expected = vectorizer.transform(docs)
        expected.sort_indices()
        got = TfidfRows(vectorizer).matrix(docs)
        assert np.array_equal(got.indptr, expected.indptr)
        assert np.array_equal(got.indices, expected.indices)
        assert np.array_equal(got.data, expected.data)


def test_one_at_a_time_equals_a_batch(scorer: LearnedScorer) -> None:
    facts = [case.facts() for case in generate_cases(11, 60)]
    assert [scorer.score(f) for f in facts] == scorer.score_many(facts)


def test_char_rows_word_by_word_equal_the_vectorizer_on_odd_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Unicode and repeated whitespace, repeated words, and the word cache filling up."""
    space = FeatureSpace.from_parts(load_bundle(latest_version(DEFAULT_ROOT))[0])
    docs = [
        "ip  assaulted\tby\u00a0ex-partner\u2003at home\n\nc/r states  IP punched",
        "  leading and trailing  ",
        "ÉCOLE café naïve – “quoted” words, a a a a",
        "x\x1cy\x1dz\x85w",
        *[f.narrative for f in (case.facts() for case in generate_cases(3, 40))],
    ]
    monkeypatch.setattr("services.adapters.tfidf_rows._WordColumns.LIMIT", 7)
    rows = TfidfRows(space.char)
    for batch in (docs, docs[::-1]):  # the second pass reads cached words
        expected = space.char.transform(batch)
        expected.sort_indices()
        got = rows.matrix(batch)
        assert np.array_equal(got.indices, expected.indices)
        assert np.array_equal(got.data, expected.data)
