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
from collections.abc import Sequence
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

    def parts(self, docs: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(data, indices, indptr) of the documents' rows, indices sorted within each row."""
        vocabulary = self._vocabulary
        indices: list[int] = []
        counts: list[int] = []
        indptr = [0]
        for doc in docs:
            found: dict[int, int] = {}
            for term in self._analyze(doc):
                column = vocabulary.get(term)
                if column is not None:
                    found[column] = found.get(column, 0) + 1
            for column in sorted(found):
                indices.append(column)
                counts.append(found[column])
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
