"""`ncrs-watch replay EVENTS.jsonl --until T --alerts A --assessments S --rejects R`."""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from pathlib import Path

from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

from services.adapters.rulebook_file import RuleBookError, load_rulebook
from services.adapters.scorer_choice import ScorerKind, ScorerUnavailableError, build_scorer
from services.domain.timestamps import parse_timestamp
from services.replay.runner import Replay, ReplaySinks

PROGRESS_FROM_BYTES = 5_000_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("events", type=Path, help="events file, one JSON object a line")
    parser.add_argument(
        "--until",
        help="RFC 3339 time to move the clock to at the end (default: the latest event time)",
    )
    parser.add_argument("--alerts", type=Path, required=True, help="alerts output (JSONL)")
    parser.add_argument("--assessments", type=Path, required=True, help="assessments output")
    parser.add_argument("--rejects", type=Path, required=True, help="rejected lines output")
    parser.add_argument("--config", type=Path, help="rule book (TOML or YAML)")
    parser.add_argument(
        "--scorer", choices=[k.value for k in ScorerKind], default=ScorerKind.MODEL.value
    )
    parser.add_argument("--model-dir", type=Path, help="model artifact folder (default: bundled)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")


def run(args: argparse.Namespace) -> int:
    try:
        until = parse_timestamp(args.until) if args.until else None
        rulebook = load_rulebook(args.config)
        scorer = build_scorer(args.scorer, args.model_dir)
        size = args.events.stat().st_size
    except (ValueError, RuleBookError, ScorerUnavailableError, OSError) as exc:
        print(f"ncrs-watch replay: {exc}", file=sys.stderr)
        return 2
    with ExitStack() as stack:
        try:
            source = stack.enter_context(args.events.open("rb"))
            sinks = ReplaySinks(
                alerts=stack.enter_context(args.alerts.open("w", encoding="utf-8")),
                assessments=stack.enter_context(args.assessments.open("w", encoding="utf-8")),
                rejects=stack.enter_context(args.rejects.open("w", encoding="utf-8")),
            )
        except OSError as exc:
            print(f"ncrs-watch replay: {exc}", file=sys.stderr)
            return 2
        replay = Replay(rulebook, scorer, sinks)
        show = not args.no_progress and size >= PROGRESS_FROM_BYTES
        progress = Progress(
            "replay", BarColumn(), DownloadColumn(), TimeRemainingColumn(), disable=not show
        )
        progress.console.stderr = True
        with progress:
            task = progress.add_task("replay", total=size)
            advance = (lambda n: progress.advance(task, n)) if show else None
            counts = replay.run(source, until, advance)
    print(
        f"{counts.events} events, {counts.rejected} rejected, {counts.ignored} ignored; "
        f"{counts.assessments} assessments, {counts.alerts} alert records",
        file=sys.stderr,
    )
    if counts.failed_deadlines:
        print(
            f"ncrs-watch replay: the engine failed on {counts.failed_deadlines} deadline(s); "
            "those incidents were judged without them (a defect: please report it)",
            file=sys.stderr,
        )
    return 0
