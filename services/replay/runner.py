"""Replays a JSONL file of events through the same pipeline the live workers run."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO, TextIO

from services.adapters.codec import Rejection, decode, not_taken, output_line
from services.domain.clock import EventClock
from services.domain.deadlines import Schedule
from services.domain.engine import Engine
from services.domain.pipeline import MemoryStore, Outputs, Pipeline
from services.domain.rulebook import RuleBook
from services.domain.scoring import Scorer

QUIET_LINES = 1_000
"""An incident held because its first event came behind the clock is settled once this many
lines pass with none of its events (the file's stand-in for the live worker's idle time)."""
FLUSH_EVERY = 1_024
"""Lines between checks for held incidents gone quiet (and progress reports)."""


@dataclass(slots=True)
class ReplayCounts:
    lines: int = 0
    events: int = 0
    rejected: int = 0
    ignored: int = 0
    assessments: int = 0
    alerts: int = 0
    peak_open_incidents: int = 0
    failed_deadlines: int = 0
    """Incidents the engine failed on at a deadline (a defect; see `Pipeline`)."""


@dataclass(slots=True)
class ReplaySinks:
    alerts: TextIO
    assessments: TextIO
    rejects: TextIO


UTF8_BOM = b"\xef\xbb\xbf"


def numbered_lines(source: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """(1-based line number, line without its line ending), blank lines skipped. A byte order
    mark opening the file (editors on Windows write one) is not part of its first line."""
    for number, line in enumerate(source, start=1):
        stripped = line.rstrip(b"\r\n")
        if number == 1:
            stripped = stripped.removeprefix(UTF8_BOM)
        if stripped.strip():
            yield number, stripped


class Replay:
    """Runs the file through the live workers' pipeline, in line order.

    As in an event-clock worker, an incident whose first event is already behind the clock (a
    file written incident by incident, say) is held until its events stop coming, then judged
    on its whole history in event-time order; arrival is the line number.
    """

    def __init__(self, rulebook: RuleBook, scorer: Scorer, sinks: ReplaySinks) -> None:
        self.store = MemoryStore()
        self.pipeline = Pipeline(
            Engine(rulebook, scorer),
            EventClock(rulebook.lateness),
            Schedule(),
            self.store,
            defer_late=True,
        )
        self.rulebook = rulebook
        self.sinks = sinks
        self.counts = ReplayCounts()
        self.latest: datetime | None = None
        """The latest event time of a valid line: where the clock ends without `until`."""

    def run(
        self,
        source: BinaryIO,
        until: datetime | None,
        progress: Callable[[int], None] | None = None,
    ) -> ReplayCounts:
        unreported = 0  # bytes read since progress was last told
        with _young_collections_only():
            for number, line in numbered_lines(source):
                self.feed(number, line)
                unreported += len(line) + 1
                if not number % FLUSH_EVERY:
                    self._write(self.pipeline.flush_deferred(number - QUIET_LINES))
                    if progress is not None:
                        progress(unreported)
                        unreported = 0
        if progress is not None and unreported:
            progress(unreported)
        self._write(self.pipeline.flush_deferred(float("inf")))  # the file has ended
        # Without `until`, settle to the file's latest event time, as a worker settles to the
        # latest it has seen once input stops: nothing more is coming.
        end = until if until is not None else self.latest
        if end is not None:
            self._write(self.pipeline.tick(end))
        return self.counts

    def feed(self, number: int, line: bytes) -> None:
        self.counts.lines = number
        decoded = decode(line, code_map=self.rulebook.canonical_code)
        if isinstance(decoded, Rejection):
            self._reject(number, decoded)
            return
        if self.latest is None or decoded.occurred_at > self.latest:
            self.latest = decoded.occurred_at
        outputs = self.pipeline.on_event(decoded, arrived=number)
        rejection = not_taken(outputs, decoded.event_id)
        if rejection is not None:
            self._reject(number, rejection)
        else:
            self.counts.events += 1
        if outputs.ignored is not None:
            self.counts.ignored += 1
        self._write(outputs)
        self.counts.peak_open_incidents = max(self.counts.peak_open_incidents, len(self.store))

    def _reject(self, number: int, rejection: Rejection) -> None:
        self.counts.rejected += 1
        record = {"line": number, "reason": rejection.reason.value, "detail": rejection.detail}
        self.sinks.rejects.write(json.dumps(record, ensure_ascii=False) + "\n")

    def _write(self, outputs: Outputs) -> None:
        self.counts.failed_deadlines += sum(f.event_id is None for f in outputs.failures)
        for assessment in outputs.assessments:
            self.sinks.assessments.write(output_line(assessment))
        for alert in outputs.alerts:
            self.sinks.alerts.write(output_line(alert))
        self.counts.assessments += len(outputs.assessments)
        self.counts.alerts += len(outputs.alerts)


@contextmanager
def _young_collections_only() -> Iterator[None]:
    """Collect cyclic garbage among young objects only while replaying.

    Open incidents are hundreds of thousands of long-lived objects that make no cycles, and
    full collections that walk them all took about a quarter of a replay's time.
    """
    before = gc.get_threshold()
    gc.set_threshold(50_000, 50, 1_000)
    try:
        yield
    finally:
        gc.set_threshold(*before)
