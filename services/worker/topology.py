"""The topics one worker deployment uses, created up front with their partitions and retention."""

from __future__ import annotations

from services.adapters.topic_admin import TopicSpec, retention_config
from services.worker.options import WorkerOptions


def worker_topics(options: WorkerOptions) -> list[TopicSpec]:
    t, n = options.topics, options.partitions
    retention_ms = int(options.retention.total_seconds() * 1000) if options.retention else None
    kept = retention_config(retention_ms)
    return [
        TopicSpec(t.incident_events, n, kept),
        TopicSpec(t.dead_letters, n, kept),
        TopicSpec(t.assessments, n, kept),
        TopicSpec(t.alerts, n, kept),
        TopicSpec(options.changelog_topic, n, retention_config(None, compact=True)),
    ]
