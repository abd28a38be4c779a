"""Shared fixtures. Real-broker tests use the broker `make test` starts; they fail, never skip,
when it is not there."""

from __future__ import annotations

import os
import socket
import uuid
from pathlib import Path

import hypothesis.internal.observability  # noqa: F401 (see below)
import pytest

from services.adapters.topics import Topics

# Imported here, not first at the end of the session by hypothesis's pytest plugin: on Python
# 3.11.7 that late import can fail with "AST constructor recursion depth mismatch" (CPython
# gh-106905) after a run that uses no hypothesis test, making a passing run exit 1.

# shared/ sits beside the checkout, here and in CI's clone.
CONTRACT_EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "contract" / "examples"


@pytest.fixture(scope="session")
def contract_examples() -> Path:
    assert CONTRACT_EXAMPLES.is_dir(), f"contract examples not found at {CONTRACT_EXAMPLES}"
    return CONTRACT_EXAMPLES


@pytest.fixture(scope="session")
def kafka_bootstrap() -> str:
    """The local broker's address; fails the test (not skips) when nothing listens there."""
    bootstrap = os.environ.get("NCRS_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
    host, _, port = bootstrap.partition(",")[0].rpartition(":")
    try:
        socket.create_connection((host, int(port)), timeout=3).close()
    except OSError as exc:
        pytest.fail(f"Kafka is not reachable at {bootstrap} ({exc}); run `make kafka-up`")
    return bootstrap


@pytest.fixture
def topic_prefix() -> str:
    """A prefix of its own for each test, so tests never share topics or consumer groups."""
    return f"test-{uuid.uuid4().hex[:10]}."


@pytest.fixture
def topics(topic_prefix: str) -> Topics:
    return Topics(prefix=topic_prefix)
