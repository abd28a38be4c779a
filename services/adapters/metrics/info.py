"""Build and model information as `*_info` metrics (value 1, the facts in labels)."""

from __future__ import annotations

import platform
from importlib import metadata

from prometheus_client import CollectorRegistry, Info

from services.adapters.metrics import labels


def package_version() -> str:
    try:
        return metadata.version("ncrs-watch")
    except metadata.PackageNotFoundError:
        return "unknown"


def build_info(registry: CollectorRegistry, process: str, version: str | None = None) -> Info:
    """`ncrs_build_info{version, python, process} 1`."""
    info = Info("ncrs_build", "Build of this process", registry=registry)
    info.info(
        {
            "version": labels.version(version or package_version()),
            "python": labels.version(platform.python_version()),
            "process": labels.version(process),
        }
    )
    return info


def model_info(registry: CollectorRegistry) -> Info:
    """`ncrs_model_info{model_version, rules_version} 1` once the worker has loaded its model."""
    return Info("ncrs_model", "Scorer model and rule set in use", registry=registry)
