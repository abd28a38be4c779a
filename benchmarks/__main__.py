"""`make bench`: run every benchmark module, print one summary table, write .bench/results.json.

Each module exposes `run() -> dict`; a module that is not there yet is skipped with a message.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

MODULES = ("replay", "scorers", "pipeline")
RESULTS = Path(".bench") / "results.json"


def _flatten(prefix: str, value: Any, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), inner, out)
    else:
        out[prefix] = value


def main() -> int:
    console = Console()
    results: dict[str, Any] = {}
    for name in MODULES:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError as exc:
            console.print(f"[yellow]skipped {name}: {exc}[/]")
            results[name] = {"skipped": str(exc)}
            continue
        console.print(f"running {name}...")
        began = time.perf_counter()
        results[name] = module.run()
        results[name]["seconds"] = round(time.perf_counter() - began, 1)
    table = Table(title="ncrs-watch benchmarks")
    table.add_column("benchmark")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name, figures in results.items():
        flat: dict[str, Any] = {}
        _flatten("", figures, flat)
        for key, value in flat.items():
            table.add_row(name, key, str(value))
    console.print(table)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    console.print(f"written to {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
