"""A library line repeated while the broker is away is logged once per window, with a count."""

from __future__ import annotations

import logging

import pytest

from services.worker.log_throttle import RepeatThrottle


def test_repeats_are_held_back_and_counted(caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    logger = logging.getLogger("test.throttle")
    throttle = RepeatThrottle(window_s=10, clock=lambda: now[0])
    logger.addFilter(throttle)
    try:
        with caplog.at_level(logging.ERROR, logger="test.throttle"):
            for node in range(500):
                logger.error("Unable connect to node with id %s", node)
            logger.error("another kind")
            now[0] = 11.0
            logger.error("Unable connect to node with id %s", 1)
    finally:
        logger.removeFilter(throttle)
    assert [r.getMessage() for r in caplog.records] == [
        "Unable connect to node with id 0",
        "another kind",
        "Unable connect to node with id 1 [499 more like this held back]",
    ]
