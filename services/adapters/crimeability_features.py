"""Features of the learned crimeability model, shared by training and inference.

Text: lower-cased, with negation marked ("no injuries" -> "no neg_injuries") so a linear model
can tell a denial from an allegation; TF-IDF over word 1-2 grams of that text and over character
3-5 grams (robust to typos and jargon spellings). Structure: one-hot opening code, code family,
qualifiers, reporter, channel and listed-victim count. Domain cues (`crimeability_cues`): one
column per named cue, valued `CUE_VALUE` so that, under the same regularisation, a cue is cheaper
for the model to use than any single n-gram of the generator's phrasings.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from services.adapters.crimeability_cues import LABELS as CUE_LABELS
from services.adapters.crimeability_cues import NAMES as CUE_NAMES
from services.adapters.crimeability_cues import cue_of_phrase, find_cues
from services.adapters.tfidf_rows import TfidfRows
from services.domain.scoring import IncidentFacts

_WORD_TOKENS = r"[a-z0-9_/&']+"
_NEGATORS = (
    r"no|not|nil|nothing|nobody|none|never|without|denies|denied|deny|"
    r"isn't|wasn't|didn't|hasn't|hadn't|doesn't|don't|won't|cannot|can't|uninjured"
)
_NEGATION = re.compile(rf"\b(?:{_NEGATORS})\b((?:[ ]+[a-z0-9/&'-]+){{1,3}})")
_CLAUSE_END = re.compile(r"[.,;:!?\n()-]|\bbut\b|\band\b")
CUE_VALUE = 3.0
_CAPITALISED = re.compile(r"(?<![.!?:;\n]\s)(?<!^)\b[A-Z][a-z]{2,}\b")


def _mark(match: re.Match[str]) -> str:
    words = match.group(1).split()
    return (
        match.group(0)[: match.start(1) - match.start(0)]
        + " "
        + " ".join(f"neg_{w}" for w in words)
    )


def mark_negation(text: str) -> str:
    """Lower-case text with up to three words after a negator prefixed by `neg_`, per clause."""
    low = text.lower()
    return "".join(
        _NEGATION.sub(_mark, part) for part in re.split(r"([.,;:!?\n()]| but | and )", low)
    )


def name_like_words(text: str) -> frozenset[str]:
    """Lower-cased words capitalised inside a sentence: possible names, never shown as reasons."""
    return frozenset(w.lower() for w in _CAPITALISED.findall(text))


def structured_tokens(facts: IncidentFacts) -> list[str]:
    code = facts.opening_code.value
    tokens = [f"code={code}", f"family={code.split('.')[0]}"]
    tokens += [f"qualifier={q.value}" for q in sorted(facts.qualifiers)]
    tokens += [f"reporter={facts.reporter.value}", f"channel={facts.channel.value}"]
    tokens.append(f"victims={min(len(facts.victims), 3)}")
    return tokens


class FeatureSpace:
    """Turns a batch of `IncidentFacts` into one sparse matrix; fitted once at training."""

    def __init__(self) -> None:
        self.word = TfidfVectorizer(
            ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=_WORD_TOKENS
        )
        self.char = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), min_df=3, sublinear_tf=True, max_features=60000
        )
        self.structured: dict[str, int] = {}
        self.cues: tuple[str, ...] = CUE_NAMES
        self.cue_value = CUE_VALUE
        self._rows: tuple[TfidfRows, TfidfRows] | None = None

    @classmethod
    def from_parts(cls, parts: dict[str, Any]) -> FeatureSpace:
        """Rebuild from `to_parts()` output: vocabularies travel as compact term arrays."""
        space = cls()
        space.word, space.char = parts["word"], parts["char"]
        for vectorizer, terms in (
            (space.word, parts["word_terms"]),
            (space.char, parts["char_terms"]),
        ):
            vectorizer.vocabulary_ = {str(t): i for i, t in enumerate(terms)}
        space.structured = dict(parts["structured"])
        space.cues = tuple(str(c) for c in parts["cues"])
        space.cue_value = float(parts["cue_value"])
        return space

    def to_parts(self) -> dict[str, Any]:
        """Vectorizers without their vocabulary dicts (stored as arrays) or pruned-term sets."""
        parts: dict[str, Any] = {
            "structured": dict(self.structured),
            "cues": list(self.cues),
            "cue_value": self.cue_value,
        }
        for key, vectorizer in (("word", self.word), ("char", self.char)):
            parts[f"{key}_terms"] = vectorizer.get_feature_names_out().astype(str)
            stripped = copy.deepcopy(vectorizer)
            stripped.vocabulary_ = {}
            stripped.stop_words_ = None
            parts[key] = stripped
        return parts

    def fit(self, batch: Sequence[IncidentFacts]) -> FeatureSpace:
        marked = [mark_negation(f.narrative) for f in batch]
        self._rows = None
        self.word.fit(marked)
        self.char.fit([f.narrative.lower() for f in batch])
        names = sorted({t for f in batch for t in structured_tokens(f)})
        self.structured = {name: i for i, name in enumerate(names)}
        return self

    def transform(self, batch: Sequence[IncidentFacts]) -> sp.csr_matrix:
        """One CSR row per facts: word and character TF-IDF, structure, cues, side by side.

        Built from plain arrays (see `tfidf_rows`): the same values as the vectorizers'
        `transform`, without their overhead on each call (the worker scores one at a time)."""
        if self._rows is None:
            self._rows = (TfidfRows(self.word), TfidfRows(self.char))
        words, chars = self._rows
        marked = [mark_negation(f.narrative) for f in batch]
        blocks = [
            words.parts(marked),
            chars.parts([f.narrative.lower() for f in batch]),
            self._structured(batch),
            self._cues(marked),
        ]
        widths = [words.width, chars.width, len(self.structured), len(self.cues)]
        offsets = np.cumsum([0, *widths[:-1]])
        rows_data: list[np.ndarray] = []
        rows_cols: list[np.ndarray] = []
        for row in range(len(batch)):
            for (data, cols, indptr), offset in zip(blocks, offsets, strict=True):
                start, end = indptr[row], indptr[row + 1]
                rows_data.append(data[start:end])
                rows_cols.append(cols[start:end] + offset)
        indptr = np.sum([block[2] for block in blocks], axis=0)
        data = np.concatenate(rows_data) if rows_data else np.zeros(0)
        cols = np.concatenate(rows_cols) if rows_cols else np.zeros(0, dtype=np.int32)
        shape = (len(batch), sum(widths))
        return sp.csr_matrix((data, cols.astype(np.int32), indptr), shape=shape)

    def _cues(self, marked: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        index = {name: i for i, name in enumerate(self.cues)}
        cols: list[int] = []
        indptr = [0]
        for text in marked:
            cols += sorted(index[c] for c in find_cues(text) if c in index)
            indptr.append(len(cols))
        data = np.full(len(cols), self.cue_value, dtype=np.float64)
        return data, np.asarray(cols, dtype=np.int32), np.asarray(indptr, dtype=np.int32)

    def _structured(
        self, batch: Sequence[IncidentFacts]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        cols: list[int] = []
        indptr = [0]
        for facts in batch:
            found = {self.structured.get(token) for token in structured_tokens(facts)}
            cols += sorted(col for col in found if col is not None)
            indptr.append(len(cols))
        data = np.ones(len(cols), dtype=np.float64)
        return data, np.asarray(cols, dtype=np.int32), np.asarray(indptr, dtype=np.int32)

    def feature_names(self) -> list[str]:
        words = [f"word:{w}" for w in self.word.get_feature_names_out()]
        chars = [f"char:{c}" for c in self.char.get_feature_names_out()]
        return (
            words
            + chars
            + [f"meta:{n}" for n in sorted(self.structured, key=self.structured.__getitem__)]
            + [f"cue:{c}" for c in self.cues]
        )

    @property
    def sizes(self) -> tuple[int, int, int, int]:
        return (
            len(self.word.vocabulary_),
            len(self.char.vocabulary_),
            len(self.structured),
            len(self.cues),
        )


_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "is",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "she",
        "he",
        "her",
        "him",
        "his",
        "they",
        "them",
        "their",
        "i",
        "me",
        "my",
        "we",
        "our",
        "you",
        "your",
        "this",
        "that",
        "there",
        "as",
        "so",
        "up",
        "out",
        "no",
        "not",
        "nil",
    ]
)
_AWAY_CUES = frozenset({"no_injury", "no_contact", "contrary"})
_META_WORDS = {
    "code": "opened as {}",
    "family": "opened under a {} code",
    "qualifier": "flagged {}",
    "reporter": "reported by: {}",
    "channel": "came in by: {}",
}


def _phrase(words: list[str], toward_crime: bool) -> str | None:
    bare = " ".join(w.removeprefix("neg_") for w in words)
    cue = cue_of_phrase(" ".join(words))
    if cue is not None:  # a crime cue never explains a "not a crime" decision
        return CUE_LABELS[cue] if toward_crime or cue in _AWAY_CUES else None
    if all(w.startswith("neg_") for w in words):
        return "says no " + bare
    return f"mentions '{bare}'" if toward_crime else f"mentions '{bare}' (points away from a crime)"


def describe_feature(
    name: str, toward_crime: bool, hidden: frozenset[str]
) -> tuple[str | None, bool]:
    """Plain words for one model feature (None for character n-grams, names, function words),
    and whether it is a field of the log (code, reporter...) rather than its narrative."""
    kind, _, value = name.partition(":")
    if kind == "meta":
        field, _, setting = value.partition("=")
        template = _META_WORDS.get(field)
        return (template.format(setting.replace("_", " ")) if template else None), True
    if kind == "cue":
        return CUE_LABELS.get(value), False
    if kind != "word":
        return None, False
    words = value.split()
    bare = [w.removeprefix("neg_") for w in words]
    if any(w in hidden for w in bare) or all(w in _FUNCTION_WORDS for w in bare):
        return None, False
    return _phrase(words, toward_crime), False
