"""A fitted `TfidfVectorizer`'s transform without scikit-learn's per-call overhead.

`TfidfVectorizer.transform` validates its input and builds several intermediate matrices on
every call: about 2 ms for one narrative, which the engine scores one at a time in the live
worker. The same arithmetic on plain arrays costs tens of microseconds. The steps and their
order are scikit-learn's (counts per vocabulary index, `log(count) + 1`, times `idf_`, each row
divided by its L2 norm summed in index order), so the values are the same to the last bit;
`tests/unit/test_tfidf_rows.py` checks that against the vectorizer itself.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp


class TfidfRows:
    """Rows of one fitted vectorizer (sublinear tf, idf, L2 norm), as CSR parts."""

    def __init__(self, vectorizer: Any) -> None:
        params = vectorizer.get_params()
        if not (params["sublinear_tf"] and params["use_idf"] and params["norm"] == "l2"):
            raise ValueError("only sublinear tf, idf and l2 norm are supported")
        self._analyze = vectorizer.build_analyzer()
        self._vocabulary: dict[str, int] = vectorizer.vocabulary_
        self._idf = np.asarray(vectorizer.idf_, dtype=np.float64)
        self.width = len(self._vocabulary)
        # char_wb n-grams never cross a word boundary: a document's columns are its words'
        # columns, and words repeat, so each word is analysed once (bounded cache).
        self._words: _WordColumns | None = None
        if params["analyzer"] == "char_wb":
            self._words = _WordColumns(vectorizer, self._vocabulary)

    def parts(self, docs: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(data, indices, indptr) of the documents' rows, indices sorted within each row."""
        vocabulary, analyze, words = self._vocabulary, self._analyze, self._words
        indices: list[int] = []
        counts: list[int] = []
        indptr = [0]
        for doc in docs:
            found = Counter(
                words.columns(doc) if words is not None else _columns_of(vocabulary, analyze(doc))
            )
            columns = sorted(found)
            indices += columns
            counts += map(found.__getitem__, columns)
            indptr.append(len(indices))
        cols = np.asarray(indices, dtype=np.int32)
        data = np.asarray(counts, dtype=np.float64)
        np.log(data, data)
        data += 1.0
        data *= self._idf[cols]
        squares = (data * data).tolist()
        for start, end in itertools.pairwise(indptr):
            total = 0.0
            for value in squares[start:end]:
                total += value
            if total != 0.0:
                data[start:end] /= math.sqrt(total)
        return data, cols, np.asarray(indptr, dtype=np.int32)

    def matrix(self, docs: Sequence[str]) -> sp.csr_matrix:
        data, cols, indptr = self.parts(docs)
        return sp.csr_matrix((data, cols, indptr), shape=(len(docs), self.width))


def _columns_of(vocabulary: dict[str, int], terms: Iterable[str]) -> list[int]:
    """The vocabulary columns of the terms that have one, in order (looked up in C)."""
    return [c for c in map(vocabulary.get, terms, itertools.repeat(-1)) if c >= 0]


class _WordColumns:
    """The vocabulary columns of a char_wb document, word by word, each word analysed once."""

    LIMIT = 50_000
    """Distinct words kept; the cache starts again when full (a few MB at most)."""

    def __init__(self, vectorizer: Any, vocabulary: dict[str, int]) -> None:
        self._preprocess = vectorizer.build_preprocessor()
        # It splits its input at whitespace itself, so words in, the document's n-grams out.
        self._ngrams = vectorizer._char_wb_ngrams
        self._vocabulary = vocabulary
        self._cache: dict[str, tuple[int, ...]] = {}

    def columns(self, doc: str) -> list[int]:
        cache = self._cache
        out: list[int] = []
        for word in self._preprocess(doc).split():
            columns = cache.get(word)
            if columns is None:
                columns = self._analyse(word)
            out += columns
        return out

    def _analyse(self, word: str) -> tuple[int, ...]:
        columns = tuple(_columns_of(self._vocabulary, self._ngrams(word)))
        if len(self._cache) >= self.LIMIT:
            self._cache.clear()
        self._cache[word] = columns
        return columns
