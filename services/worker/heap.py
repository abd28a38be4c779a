"""Garbage-collector settings for a long-running worker.

A full (oldest-generation) collection walks every tracked object and stops the world while it
does: in a worker holding the model and thousands of incidents that took 100-250 ms, several
times in each 20 s of steady load, and each pause delays every event then in flight. The model,
the code and the settings live as long as the process, so they are frozen out of the collector;
incident state holds no reference cycles, so full collections are needed far less often than
CPython's default (every 10 middle-generation collections) assumes. Young collections, which
find the short-lived cycles (tasks, futures, tracebacks), run as usual.
"""

from __future__ import annotations

import gc

OLDEST_GENERATION_EVERY = 100
"""Middle-generation collections between full ones (CPython's default: 10)."""


def freeze_startup_heap() -> None:
    """Call once everything loaded at start-up is in place, before taking events."""
    gc.collect()
    gc.freeze()  # everything alive now is permanent: never scanned again
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, OLDEST_GENERATION_EVERY)
