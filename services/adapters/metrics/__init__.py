"""Prometheus metrics for every process, always against an injected `CollectorRegistry`.

Names are `ncrs_<subsystem>_<what>_<unit>`; label values come from closed sets (see `labels`).
"""

from services.adapters.metrics.console import ConsoleMetrics
from services.adapters.metrics.server import MetricsServer, exposition, start_metrics_server
from services.adapters.metrics.worker import WorkerMetrics

__all__ = [
    "ConsoleMetrics",
    "MetricsServer",
    "WorkerMetrics",
    "exposition",
    "start_metrics_server",
]
