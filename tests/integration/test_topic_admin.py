"""Creating topics on the real broker: a topic made before us with fewer partitions is named."""

from __future__ import annotations

import logging

import pytest

from services.adapters.topic_admin import TopicSpec, ensure_topics

pytestmark = pytest.mark.kafka


async def test_an_existing_topic_with_fewer_partitions_is_warned_of(
    kafka_bootstrap: str, topic_prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    name = f"{topic_prefix}ncrs.incident-events.v1"
    assert await ensure_topics(kafka_bootstrap, [TopicSpec(name, 1)]) == [name]
    with caplog.at_level(logging.WARNING, logger="services.adapters.topic_admin"):
        assert await ensure_topics(kafka_bootstrap, [TopicSpec(name, 6)]) == []
    [record] = _ours(caplog)
    assert record.getMessage().startswith(
        f"topic {name} has 1 partitions, fewer than the 6 configured: at most 1 workers"
    )


async def test_a_topic_with_the_configured_partitions_is_not_warned_of(
    kafka_bootstrap: str, topic_prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    name = f"{topic_prefix}ncrs.alerts.v1"
    await ensure_topics(kafka_bootstrap, [TopicSpec(name, 3)])
    with caplog.at_level(logging.WARNING, logger="services.adapters.topic_admin"):
        assert await ensure_topics(kafka_bootstrap, [TopicSpec(name, 3)]) == []
    assert _ours(caplog) == []


def _ours(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """Our records only: the garbage collector may log other tests' leftovers meanwhile."""
    return [r for r in caplog.records if r.name == "services.adapters.topic_admin"]
