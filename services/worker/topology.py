"""The topics one worker deployment uses, created up front with their partitions and retention."""

from __future__ import annotations

from services.adapters.topic_admin import TopicSpec, retention_config
from services.worker.options import WorkerOptions
from services.worker.record_limits import DEAD_LETTER_MAX_BYTES, STATE_RECORD_MAX_BYTES


def worker_topics(options: WorkerOptions) -> list[TopicSpec]:
    t, n = options.topics, options.partitions
    retention_ms = int(options.retention.total_seconds() * 1000) if options.retention else None
    kept = retention_config(retention_ms)
    compacted = retention_config(None, compact=True)
    return [
        TopicSpec(t.incident_events, n, kept),
        TopicSpec(t.dead_letters, n, kept | _max_bytes(DEAD_LETTER_MAX_BYTES)),
        TopicSpec(t.assessments, n, kept),
        TopicSpec(t.alerts, n, kept),
        TopicSpec(options.changelog_topic, n, compacted | _max_bytes(STATE_RECORD_MAX_BYTES)),
    ]


def _max_bytes(limit: int) -> dict[str, str]:
    return {"max.message.bytes": str(limit)}
