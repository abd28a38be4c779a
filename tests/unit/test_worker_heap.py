"""The worker's collector settings: start-up objects frozen, full collections rarer, cycles
made afterwards still collected. Run in a child interpreter: they are process-wide."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import gc, weakref
    from services.worker.heap import OLDEST_GENERATION_EVERY, freeze_startup_heap

    class Node:
        pass

    loaded = [Node() for _ in range(1000)]  # stands for the model, loaded at start-up
    before = gc.get_threshold()
    freeze_startup_heap()
    assert gc.get_freeze_count() >= len(loaded), gc.get_freeze_count()
    assert gc.get_threshold() == (before[0], before[1], OLDEST_GENERATION_EVERY)

    a, b = Node(), Node()  # garbage made while taking events: a cycle
    a.other, b.other = b, a
    gone = weakref.ref(a)
    del a, b
    gc.collect()
    assert gone() is None, "a cycle made after start-up was not collected"
    print("ok")
    """
)


def test_freeze_startup_heap_freezes_what_is_loaded_and_still_collects_new_cycles() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
