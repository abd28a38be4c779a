"""`ncrs-watch worker --clock {wall,event}`: run one stream worker until stopped."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from pathlib import Path

from prometheus_client import CollectorRegistry

from services.adapters.logs import configure_logging
from services.adapters.metrics.server import start_metrics_server
from services.adapters.metrics.worker import WorkerMetrics
from services.adapters.rulebook_file import RuleBookError, load_rulebook
from services.adapters.scorer_choice import ScorerKind, ScorerUnavailableError, build_scorer
from services.adapters.settings import SettingsError, kafka_client_options, load_settings
from services.adapters.topic_admin import KafkaUnreachableError, ensure_topics
from services.domain.rulebook import RuleBook
from services.domain.scoring import Scorer
from services.domain.timestamps import parse_duration
from services.worker.app import build_app, run_app
from services.worker.heap import freeze_startup_heap
from services.worker.log_throttle import throttle
from services.worker.options import WorkerOptions
from services.worker.processor import ClockMode
from services.worker.topology import worker_topics
from services.worker.wiring import build_processor

log = logging.getLogger("ncrs.worker")
LIBRARY_LOGGERS = ("faust", "mode", "aiokafka", "kafka")
BROKER_OUTAGE_LOGGERS = (  # they repeat one line per retry while the broker is away
    "aiokafka",
    "aiokafka.consumer.fetcher",
    "aiokafka.consumer.group_coordinator",
    "aiokafka.producer.sender",
)


class _NoSensorStateNoise(logging.Filter):
    """faust warns "Missing sensor state" at every rebalance of an app with no faust sensor;
    this worker has none (its metrics are its own), so the warning says nothing."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "Missing sensor state" not in record.getMessage()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--clock",
        choices=[m.value for m in ClockMode],
        default=ClockMode.WALL.value,
        help="wall: deadlines fire at wall time (production); event: at event time (backfill)",
    )
    parser.add_argument("--partitions", type=int, default=6, help="partitions of created topics")
    parser.add_argument(
        "--retention",
        type=parse_duration,
        default="P7D",
        help="retention of created topics (ISO 8601 or seconds)",
    )
    parser.add_argument(
        "--state-ttl",
        type=parse_duration,
        default="P7D",
        help="how long a finished incident's tombstone is kept",
    )
    parser.add_argument(
        "--idle-settle",
        type=parse_duration,
        default="3",
        help="event clock: with no input for this long, settle to the latest event time seen",
    )
    parser.add_argument("--batch-max", type=int, default=500)
    parser.add_argument("--config", type=Path, help="rule book (TOML or YAML)")
    parser.add_argument(
        "--scorer",
        choices=[k.value for k in ScorerKind],
        default=os.environ.get("NCRS_SCORER", ScorerKind.MODEL.value),
    )
    parser.add_argument("--model-dir", type=Path)
    parser.add_argument(
        "--metrics-interval",
        type=parse_duration,
        default="5",
        help="how often lag, open unrecorded incidents and accuracy are published",
    )
    parser.add_argument("--log-level", default=os.environ.get("NCRS_LOG_LEVEL", "INFO"))


def run(args: argparse.Namespace) -> int:
    try:
        configure_logging(args.log_level)
    except ValueError as exc:
        print(f"ncrs-watch worker: {exc}", file=sys.stderr)
        return 2
    for library in LIBRARY_LOGGERS:  # their INFO lines are start-up chatter; warnings stay
        logging.getLogger(library).setLevel(max(logging.WARNING, logging.root.level))
    throttle(BROKER_OUTAGE_LOGGERS)
    logging.getLogger("faust.app.base").addFilter(_NoSensorStateNoise())
    try:
        settings = load_settings()
        rulebook = load_rulebook(args.config)
    except (SettingsError, RuleBookError) as exc:
        print(f"ncrs-watch worker: {exc}", file=sys.stderr)
        return 2
    client = kafka_client_options(settings)
    options = WorkerOptions(
        bootstrap=settings.kafka_bootstrap,
        topics=settings.topics,
        app_id=settings.app_id,
        state_dir=settings.state_dir,
        client_options=client,
        clock=ClockMode(args.clock),
        partitions=args.partitions,
        retention=args.retention,
        tombstone_ttl=args.state_ttl,
        idle_settle=args.idle_settle,
        batch_max=args.batch_max,
        metrics_port=settings.metrics_port,
        metrics_interval=args.metrics_interval,
    )
    try:
        options.state_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(
            f"ncrs-watch worker: cannot use NCRS_STATE_DIR {options.state_dir}: {exc.strerror}",
            file=sys.stderr,
        )
        return 2
    admin = {k: v for k, v in client.items() if k != "bootstrap_servers"}
    try:
        asyncio.run(
            ensure_topics(settings.kafka_bootstrap, worker_topics(options), client_kwargs=admin)
        )
    except KafkaUnreachableError as exc:
        print(f"ncrs-watch worker: cannot start: {exc}", file=sys.stderr)
        return 3
    return _serve(options, rulebook, _scorer(args))


def rules_version(rulebook: RuleBook) -> str:
    """The rule-set versions in use, for the model info metric (`+` between several)."""
    versions = {rule_set.version for rule_set in rulebook.rule_sets}
    for force in rulebook.forces.values():
        versions |= {rule_set.version for rule_set in force.rule_sets}
    return "+".join(sorted(versions))


def _scorer(args: argparse.Namespace) -> Scorer:
    try:
        return build_scorer(args.scorer, args.model_dir)
    except ScorerUnavailableError as exc:
        log.warning("learned scorer unavailable (%s): using the rule scorer", exc)
        return build_scorer(ScorerKind.RULES)


def _serve(options: WorkerOptions, rulebook: RuleBook, scorer: Scorer) -> int:
    registry = CollectorRegistry()
    metrics = WorkerMetrics(registry)
    metrics.set_model_info(scorer.version, rules_version(rulebook))
    try:
        server = start_metrics_server(registry, options.metrics_port)
    except OSError as exc:
        print(
            f"ncrs-watch worker: cannot serve metrics on port {options.metrics_port} "
            f"(NCRS_METRICS_PORT): {exc.strerror}",
            file=sys.stderr,
        )
        return 2
    log.info(
        "worker starting",
        extra={
            "app_id": options.group_id,
            "clock": options.clock.value,
            "port": options.metrics_port,
            "model_version": scorer.version,
            "rules_version": rules_version(rulebook),
        },
    )
    processor, restore = build_processor(options, rulebook, scorer, metrics)
    app = build_app(options, processor, restore)
    freeze_startup_heap()  # the model and the app: no full-collection pauses over them
    try:
        code = run_app(app, loglevel="WARNING")
        log.info("worker stopped", extra={"exit_code": code})
        return code
    finally:
        if server is not None:
            server.close()
