"""The persisted state of one incident: its events in order, and what has been emitted.

Everything else (facts, judgement, alert statuses) is derived by the engine from the events,
so a restored state recomputes exactly what the lost process knew. The emitted records make
emission idempotent: a record already emitted is never emitted again.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import datetime
from typing import get_args

from pydantic import BaseModel, TypeAdapter
from typing_extensions import TypedDict  # pydantic needs it before Python 3.12

from services.domain.events import IncidentEvent, text_length
from services.domain.incident import Facts, event_order, key_of
from services.domain.judgement import Judgement
from services.domain.outputs import Alert, AlertStatus, Assessment, Rule
from services.domain.rulebook import RuleSet
from services.domain.scoring import Score
from services.domain.timestamps import Timestamp

_FIELDS_SETS: dict[frozenset[str], set[str]] = {}
_NESTED_FIELDS: dict[type[BaseModel], tuple[str, ...]] = {}


def share_fields_set(model: BaseModel) -> None:
    """Let models with the same fields set share one `__pydantic_fields_set__` (nested too).

    Each validated model carries its own set of the names it was given, ~730 bytes for eight
    names: more than the rest of a kept event. Frozen models never change theirs (`model_copy`
    copies it first), so one set per shape serves them all.
    """
    fields = model.__pydantic_fields_set__
    shared = _FIELDS_SETS.setdefault(frozenset(fields), fields)
    if shared is not fields:
        object.__setattr__(model, "__pydantic_fields_set__", shared)
    for name in _nested_fields(type(model)):
        value = model.__dict__[name]
        if isinstance(value, BaseModel):
            share_fields_set(value)
        elif isinstance(value, tuple):
            for item in value:
                if isinstance(item, BaseModel):
                    share_fields_set(item)


def _nested_fields(cls: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model class that hold models, or tuples of them."""
    names = _NESTED_FIELDS.get(cls)
    if names is None:
        names = tuple(n for n, f in cls.model_fields.items() if _holds_models(f.annotation))
        _NESTED_FIELDS[cls] = names
    return names


def _holds_models(annotation: object) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_models(arg) for arg in get_args(annotation))


@dataclass(slots=True)
class Checkpoint:
    """The engine's settled simulation: facts and alert statuses up to `cursor` (derived)."""

    facts: Facts = field(default_factory=Facts)
    settled: int = 0
    at_rest: bool = False
    """At rest: every event received is settled and no deadline can make anything fire;
    only another event (which clears it) or the incident's retention can change that."""
    statuses: dict[tuple[Rule, str | None], AlertStatus] = field(default_factory=dict)
    """Each condition's alert status, by (rule, crime id)."""
    fired: dict[tuple[Rule, str | None], Alert] = field(default_factory=dict)
    unjudged: datetime | None = None
    """When the earliest emitted alert that settled history has not reached yet was raised
    (a restored state settled again from a clock behind the lost process's): it is retracted
    then if this history never raises it."""


@dataclass(slots=True)
class IncidentState:
    incident_id: str
    events: list[IncidentEvent] = field(default_factory=list)
    cursor: datetime | None = None
    """Event time up to which events and deadlines are settled."""
    emitted: dict[str, Alert] = field(default_factory=dict)
    last_assessment: Assessment | None = None
    scores: dict[str, Score] = field(default_factory=dict)
    """Scores by the facts' key (`Facts.fact_key`): persisted, so a restored incident judges
    its history as before, even under a newer model."""
    next_wakeup: datetime | None = None
    finished: bool = False
    checkpoint: Checkpoint | None = None
    received: Facts | None = None
    """Facts folded from every event received, settled or not (derived, not persisted)."""
    received_count: int = 0
    """How many of `events` `received` has folded."""
    received_judged: tuple[int, RuleSet, Judgement] | None = None
    """The judgement of the first n events as received, for the settled facts to reuse."""
    text: int = 0
    """Characters of free text in `events` (derived, not persisted)."""
    _seen: set[str] = field(default_factory=set)

    def has_seen(self, event_id: str) -> bool:
        return event_id in self._seen

    def insert(self, event: IncidentEvent) -> int:
        """Add an event in event-time order; returns its index."""
        share_fields_set(event)
        events = self.events
        order = event_order(event)
        if not events or event_order(events[-1]) <= order:  # the usual case: it comes last
            index = len(events)
            events.append(event)
        else:
            index = bisect.bisect_right(events, order, key=event_order)
            events.insert(index, event)
        self._seen.add(event.event_id)
        self.text += text_length(event)
        return index

    @property
    def pending(self) -> list[IncidentEvent]:
        settled = self.checkpoint.settled if self.checkpoint else 0
        return self.events[settled:]

    @property
    def last_event_time(self) -> datetime | None:
        return self.events[-1].occurred_at if self.events else None  # events are in time order

    def to_bytes(self) -> bytes:
        """The persisted state as JSON, serialised by pydantic-core in one call."""
        body: _Persisted = {
            "incident_id": self.incident_id,
            "events": self.events,
            "cursor": self.cursor,
            "emitted": list(self.emitted.values()),
            "last_assessment": self.last_assessment,
            "scores": list(self.scores.items()),
            "next_wakeup": self.next_wakeup,
            "finished": self.finished,
        }
        return _PERSISTED.dump_json(body)

    @classmethod
    def from_bytes(cls, raw: bytes) -> IncidentState:
        body = _PERSISTED.validate_json(raw)
        events = body["events"]
        emitted = body["emitted"]
        for model in (*events, *emitted):
            share_fields_set(model)
        return cls.restored(
            body["incident_id"],
            events=events,
            cursor=body["cursor"],
            emitted={a.alert_id: a for a in emitted},
            last_assessment=body["last_assessment"],
            scores={k if isinstance(k, str) else key_of(k): s for k, s in body["scores"]},
            next_wakeup=body["next_wakeup"],
            finished=body["finished"],
        )

    @classmethod
    def restored(
        cls,
        incident_id: str,
        *,
        events: list[IncidentEvent],
        cursor: datetime | None,
        emitted: dict[str, Alert],
        last_assessment: Assessment | None,
        scores: dict[str, Score],
        next_wakeup: datetime | None,
        finished: bool = False,
    ) -> IncidentState:
        """An incident from its persisted parts; the engine derives the rest when next used."""
        return cls(
            incident_id=incident_id,
            events=events,
            cursor=cursor,
            emitted=emitted,
            last_assessment=last_assessment,
            scores=scores,
            next_wakeup=next_wakeup,
            finished=finished,
            text=sum(map(text_length, events)),
            _seen={e.event_id for e in events},
        )


class _Persisted(TypedDict):
    """The changelog layout: the events and what was emitted; the rest is derived again.

    Scores are `[key, {probability, offence_group, ...}]` pairs (a `Score`'s fields in order);
    records written before the key was a digest have the list of event ids in its place.
    Encoding and decoding happen in pydantic-core (no per-field Python dicts).
    """

    incident_id: str
    events: list[IncidentEvent]
    cursor: Timestamp | None
    emitted: list[Alert]
    last_assessment: Assessment | None
    scores: list[tuple[str | tuple[str, ...], Score]]
    next_wakeup: Timestamp | None
    finished: bool


_PERSISTED = TypeAdapter(_Persisted)
