"""`ncrs-watch accuracy --assessments S --alerts A [--until T] [--json]`.

Crime-recording accuracy over a replay's outputs, per force and offence group: crimeable
incidents whose recording limit has passed, the share recorded as a crime and the share
recorded within the limit, each with a Wilson 95% interval. How "recorded" and "in time" are
derived from the outputs: services/domain/replay_accuracy.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from services.domain.accuracy import AccuracyCounts, Share, tally, totals_by_force
from services.domain.outputs import Alert, Assessment
from services.domain.replay_accuracy import latest_time, outcomes_from_outputs
from services.domain.timestamps import format_timestamp, parse_timestamp

ALL = "all"
Model = TypeVar("Model", bound=BaseModel)


class OutputFileError(Exception):
    """An output file could not be read, or a line is not in the contract's shape."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--assessments", type=Path, required=True, help="replay assessments (JSONL)"
    )
    parser.add_argument("--alerts", type=Path, required=True, help="replay alerts (JSONL)")
    parser.add_argument(
        "--until",
        type=_timestamp,
        help="the replay's --until (default: latest time in the files)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def _timestamp(text: str) -> datetime:
    try:
        return parse_timestamp(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r}: {exc}") from None


def run(args: argparse.Namespace) -> int:
    try:
        assessments = list(read_jsonl(args.assessments, Assessment.model_validate_json))
        alerts = list(read_jsonl(args.alerts, Alert.model_validate_json))
    except OutputFileError as exc:
        print(f"ncrs-watch accuracy: {exc}", file=sys.stderr)
        return 2
    now: datetime | None = args.until or latest_time(assessments, alerts)
    rows = build_rows(tally(outcomes_from_outputs(assessments, alerts), now) if now else {})
    if args.json:
        print(json.dumps({"as_of": format_timestamp(now) if now else None, "rows": rows}, indent=2))
    else:
        print(render_table(rows, now))
    return 0


def read_jsonl(path: Path, parse: Callable[[str], Model]) -> Iterator[Model]:
    try:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    yield _parse_line(path, number, line, parse)
    except OSError as exc:
        raise OutputFileError(f"cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise OutputFileError(f"{path}: not UTF-8") from exc


def _parse_line(path: Path, number: int, line: str, parse: Callable[[str], Model]) -> Model:
    try:
        return parse(line)
    except ValidationError as exc:
        first = exc.errors(include_input=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "line"
        raise OutputFileError(f"{path}:{number}: {where}: {first['msg']}") from None


def build_rows(counts: dict[tuple[str, str], AccuracyCounts]) -> list[dict[str, object]]:
    """Each (force, group), then the force's `all` row, then an `all`/`all` row over forces."""
    rows: list[dict[str, object]] = []
    by_force = totals_by_force(counts)
    for force in sorted(by_force):
        for group in sorted(g for f, g in counts if f == force):
            rows.append(_row(force, group, counts[(force, group)]))
        rows.append(_row(force, ALL, by_force[force]))
    if len(by_force) > 1:
        rows.append(_row(ALL, ALL, sum(by_force.values(), AccuracyCounts())))
    return rows


def _row(force: str, group: str, counts: AccuracyCounts) -> dict[str, object]:
    return {
        "force": force,
        "offence_group": group,
        "due": counts.due,
        "recorded": counts.recorded,
        **_share("recorded", counts.recorded_share),
        "recorded_within_limit": counts.recorded_within_limit,
        **_share("within_limit", counts.within_limit_share),
    }


def _share(name: str, share: Share) -> dict[str, object]:
    value = None if share.value is None else round(share.value, 4)
    return {f"{name}_share": value, f"{name}_ci95": [round(share.low, 4), round(share.high, 4)]}


def render_table(rows: list[dict[str, object]], now: datetime | None) -> str:
    as_of = format_timestamp(now) if now else "no data"
    head = f"{'force':<8} {'offence group':<24} {'due':>6}  {'recorded':>28}  {'within limit':>28}"
    lines = [f"Crime-recording accuracy as of {as_of} (Wilson 95% intervals)", head]
    for row in rows:
        recorded = _cell(row["recorded"], row["recorded_share"], row["recorded_ci95"])
        in_time = _cell(
            row["recorded_within_limit"], row["within_limit_share"], row["within_limit_ci95"]
        )
        lines.append(
            f"{row['force']!s:<8} {row['offence_group']!s:<24} {row['due']!s:>6}  "
            f"{recorded:>28}  {in_time:>28}"
        )
    if not rows:
        lines.append("no crimeable incident has reached its recording limit")
    return "\n".join(lines)


def _cell(n: object, share: object, ci: object) -> str:
    if not isinstance(share, float) or not isinstance(ci, list):
        return f"{n!s:>5}      -"
    return f"{n!s:>5} {share:6.1%} [{ci[0]:5.1%}, {ci[1]:6.1%}]"
