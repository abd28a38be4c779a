"""The `ncrs-watch` command line: one subcommand per job, each in the package that owns it.

Subcommands are imported lazily so `ncrs-watch --help` stays fast and a command's heavy
dependencies (faust, scikit-learn) load only when it runs.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# name -> (module with `add_arguments(parser)` and `run(args) -> int`, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "schema": ("services.schema_export", "print the JSON Schema of input events and outputs"),
    "replay": ("services.replay.command", "run the engine offline over an events file (JSONL)"),
    "train": ("services.training.command", "train the crimeability model and write its artifact"),
    "worker": ("services.worker.command", "run a stream worker on Kafka"),
    "simulate": ("services.simulator.command", "publish a realistic control-room event stream"),
    "console": ("services.console.command", "serve the supervisor console"),
    "accuracy": ("services.replay.accuracy", "crime-recording accuracy over replay outputs"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ncrs-watch",
        description="NCRS crime-recording checks on control-room incident streams.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (_module, help_text) in COMMANDS.items():
        sub.add_parser(name, help=help_text, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args or args[0] not in COMMANDS:
        parser.parse_args(args)  # prints help or an error and exits
        return 2
    name, rest = args[0], args[1:]
    module_name, help_text = COMMANDS[name]
    module = importlib.import_module(module_name)
    command = argparse.ArgumentParser(prog=f"ncrs-watch {name}", description=help_text)
    module.add_arguments(command)
    code: int = module.run(command.parse_args(rest))
    return code


if __name__ == "__main__":
    sys.exit(main())
