"""Keeps a library's repeated log line from flooding the logs.

While the broker is down, aiokafka's producers retry their metadata as fast as connections are
refused: about a thousand identical ERROR lines a second. The first line of a kind is logged,
repeats within `window_s` are counted instead, and the next one logged after that says how many
were held back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable


class RepeatThrottle(logging.Filter):
    def __init__(self, window_s: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._window = window_s
        self._clock = clock
        self._last: dict[tuple[str, str], float] = {}
        self._held: dict[tuple[str, str], int] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, str(record.msg))  # the template: one kind whatever its arguments
        now = self._clock()
        last = self._last.get(key)
        if last is not None and now - last < self._window:
            self._held[key] = self._held.get(key, 0) + 1
            return False
        self._last[key] = now
        held = self._held.pop(key, 0)
        if held:
            record.msg = f"{record.msg} [{held} more like this held back]"
        return True


def throttle(logger_names: tuple[str, ...], window_s: float = 10.0) -> None:
    """Throttle repeats on these loggers (their records, not their children's)."""
    for name in logger_names:
        logging.getLogger(name).addFilter(RepeatThrottle(window_s))
