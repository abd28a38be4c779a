"""Drives the engine over a stream: one clock, a deadline schedule, and a store of incidents.

`ncrs-watch replay` runs it over a file with an in-memory store; the live workers run the same
class over a Kafka-backed store. Re-delivered events and events of finished incidents change
nothing.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal, NamedTuple, Protocol

from services.domain.clock import EventClock
from services.domain.deadlines import Schedule
from services.domain.engine import Engine, Step
from services.domain.events import IncidentEvent, text_length
from services.domain.incident_state import IncidentState
from services.domain.outputs import Alert, Assessment

Ignored = Literal["duplicate", "finished"]


class StateStore(Protocol):
    def get(self, incident_id: str) -> IncidentState | None: ...

    def put(self, state: IncidentState) -> None: ...

    def tombstone(self, incident_id: str, at: datetime | None) -> None:
        """Drop a finished incident's state, remembering that it finished."""
        ...

    def is_tombstoned(self, incident_id: str) -> bool: ...


@dataclass(frozen=True, slots=True)
class Failure:
    """The engine raised on an incident: a defect, kept from stopping everything else.

    `event_id` is the event being taken (None for a deadline). The incident is put back as it
    was before that step: its other events and its emitted alerts stand.
    """

    incident_id: str
    event_id: str | None
    error: Exception


@dataclass(slots=True)
class Outputs:
    assessments: list[Assessment] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    ignored: Ignored | None = None
    refused: str | None = None
    """Why the event was not taken: its incident is full (the rule book's limits)."""
    failures: list[Failure] = field(default_factory=list)

    def extend(self, step: Step) -> None:
        self.assessments.extend(step.assessments)
        self.alerts.extend(step.alerts)

    def failure_of(self, event_id: str) -> Failure | None:
        """The engine's failure on this event, if it failed on it (to be set aside)."""
        return next((f for f in self.failures if f.event_id == event_id), None)


class _Before(NamedTuple):
    """What an incident had persisted before a step: what a failed step is undone to."""

    state: IncidentState
    cursor: datetime | None
    emitted: dict[str, Alert]
    last_assessment: Assessment | None
    next_wakeup: datetime | None

    @classmethod
    def of(cls, state: IncidentState) -> _Before:
        return cls(
            state, state.cursor, dict(state.emitted), state.last_assessment, state.next_wakeup
        )

    def undone(self, without: IncidentEvent | None) -> IncidentState:
        """The incident as restored from storage, less `without` (its derived parts, which
        the failed step may have left half-changed, are computed again when next needed)."""
        state = self.state
        return IncidentState.restored(
            state.incident_id,
            events=[e for e in state.events if e is not without],
            cursor=self.cursor,
            emitted=self.emitted,
            last_assessment=self.last_assessment,
            scores=state.scores,
            next_wakeup=self.next_wakeup,
        )


class Pipeline:
    def __init__(
        self,
        engine: Engine,
        clock: EventClock,
        schedule: Schedule,
        store: StateStore,
        *,
        defer_late: bool = False,
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.schedule = schedule
        self.store = store
        self.defer_late = defer_late
        self._deferred: dict[str, float] = {}
        """Incidents holding late events, by when their last late event arrived."""

    def on_event(self, event: IncidentEvent, arrived: float = 0.0) -> Outputs:
        """Take one event. With `defer_late`, an incident whose first event the clock has
        already passed (a whole incident published late, say) is held, not settled, until
        `flush_deferred` finds no more of its events arriving; its alerts then come from its
        whole history in event-time order instead of from whichever of its events came first.
        Late events of incidents already under way are settled at once, as in replay."""
        out = Outputs()
        if self.store.is_tombstoned(event.incident_id):
            out.ignored = "finished"
            return out
        state = self.store.get(event.incident_id)
        if state is not None and state.has_seen(event.event_id):
            out.ignored = "duplicate"
            return out
        out.refused = self._full(state, event)
        if out.refused is not None:  # before the clock sees it, as any rejected input
            return out
        self.clock.observe(event.occurred_at)
        now = self.clock.now
        arrives_late = state is None and now is not None and event.occurred_at <= now
        settle_to = now
        if self.defer_late and (arrives_late or event.incident_id in self._deferred):
            self._deferred[event.incident_id] = arrived
            settle_to = None
        before = _Before.of(state) if state is not None else None
        try:
            step = self.engine.handle(state, event, settle_to)
        except Exception as error:  # a defect: isolated, and reported to the caller
            self._undo(event.incident_id, before, event)
            out.failures.append(Failure(event.incident_id, event.event_id, error))
            self._advance_due(out)
            return out
        self._keep(step.state)
        out.extend(step)
        self._advance_due(out)
        return out

    def _full(self, state: IncidentState | None, event: IncidentEvent) -> str | None:
        book = self.engine.rulebook
        if state is not None and len(state.events) >= book.max_incident_events:
            return (
                f"the incident holds {len(state.events)} events, "
                f"the most one may (max_incident_events {book.max_incident_events})"
            )
        text = (state.text if state is not None else 0) + text_length(event)
        if text > book.max_incident_text:
            return (
                f"the incident's free text would come to {text} characters, "
                f"over max_incident_text {book.max_incident_text}"
            )
        return None

    def flush_deferred(self, arrived_before: float) -> Outputs:
        """Settle the held incidents whose last late event arrived before `arrived_before`."""
        out = Outputs()
        now = self.clock.now
        quiet = sorted(i for i, at in self._deferred.items() if at < arrived_before)
        for incident_id in quiet:
            del self._deferred[incident_id]
            state = self.store.get(incident_id)
            if state is not None and now is not None:
                self._advance(state, now, out)
        return out

    @property
    def deferred(self) -> int:
        return len(self._deferred)

    def tick(self, now: datetime | None = None) -> Outputs:
        """Move the clock forward (explicitly, or not at all) and fire what is due."""
        if now is not None:
            self.clock.advance_to(now)
        out = Outputs()
        self._advance_due(out)
        return out

    def restore(self, state: IncidentState) -> None:
        """Schedule an incident restored from storage (e.g. on partition assignment)."""
        self.schedule.set(state.incident_id, state.next_wakeup)

    def _advance_due(self, out: Outputs) -> None:
        now = self.clock.now
        if now is None:
            return
        for incident_id in self.schedule.pop_due(now):
            state = self.store.get(incident_id)
            if state is not None:
                self._advance(state, now, out)

    def _advance(self, state: IncidentState, now: datetime, out: Outputs) -> None:
        before = _Before.of(state)
        try:
            step = self.engine.advance(state, now)
        except Exception as error:  # a defect: isolated, and reported to the caller
            # Undone and left unscheduled: retried only when its next event comes.
            self._undo(state.incident_id, before, None)
            self.schedule.set(state.incident_id, None)
            out.failures.append(Failure(state.incident_id, None, error))
            return
        self._keep(step.state)
        out.extend(step)

    def _undo(self, incident_id: str, before: _Before | None, event: IncidentEvent | None) -> None:
        if before is None:  # a new incident: the store never had it
            return
        state = before.undone(event)
        self.store.put(state)
        held = incident_id in self._deferred
        self.schedule.set(incident_id, None if held else state.next_wakeup)

    def _keep(self, state: IncidentState) -> None:
        if state.finished:
            self.store.tombstone(state.incident_id, self.clock.now)
            self.schedule.set(state.incident_id, None)
        else:
            self.store.put(state)
            held = state.incident_id in self._deferred
            self.schedule.set(state.incident_id, None if held else state.next_wakeup)


class MemoryStore:
    """In-memory incidents with tombstones that expire after `tombstone_ttl` of clock time."""

    def __init__(self, tombstone_ttl: timedelta = timedelta(days=7)) -> None:
        self._states: dict[str, IncidentState] = {}
        self._tombstones: dict[str, datetime | None] = {}
        self._expiry: deque[tuple[datetime, str]] = deque()
        self._ttl = tombstone_ttl

    def __len__(self) -> int:
        return len(self._states)

    def get(self, incident_id: str) -> IncidentState | None:
        return self._states.get(incident_id)

    def put(self, state: IncidentState) -> None:
        self._states[state.incident_id] = state

    def tombstone(self, incident_id: str, at: datetime | None) -> None:
        self._states.pop(incident_id, None)
        self._tombstones[incident_id] = at
        if at is not None:
            self._expiry.append((at + self._ttl, incident_id))
            while self._expiry and self._expiry[0][0] <= at:
                _, old = self._expiry.popleft()
                self._tombstones.pop(old, None)

    def is_tombstoned(self, incident_id: str) -> bool:
        return incident_id in self._tombstones

    @property
    def tombstones(self) -> int:
        return len(self._tombstones)
