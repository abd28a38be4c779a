"""`ncrs-watch console --port P --users FILE`: serve the supervisor console.

`ncrs-watch console --hash-password` reads a password on stdin and prints the argon2 hash to
put in the users file.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import secrets
import sys
from datetime import UTC, datetime
from pathlib import Path

import uvicorn
from prometheus_client import CollectorRegistry

from services.adapters.logs import SAFE_FIELDS, configure_logging
from services.adapters.metrics.console import ConsoleMetrics
from services.adapters.metrics.server import start_metrics_server
from services.adapters.settings import Settings, SettingsError, load_settings
from services.console.app import create_app
from services.console.audit import AuditLog
from services.console.feed import KafkaActionPublisher, KafkaFeed
from services.console.identity import LocalUsers, UsersFileError, hash_password
from services.console.parts import ConsoleParts
from services.console.sessions import SessionCodec
from services.console.settings import ConsoleSettings, load_console_settings
from services.console.view import AlertView

AUDIT_FIELDS = frozenset({"audit_event", "user", "path", "alert_ids", "outcome", "action"})
"""Audit extras: usernames, paths without query text, alert ids and closed-set words only."""
log = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=8080, help="HTTP port (default 8080)")
    parser.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    parser.add_argument("--users", type=Path, help="users file (TOML, argon2 hashes and areas)")
    parser.add_argument(
        "--hash-password", action="store_true", help="print an argon2 hash for the users file"
    )


def run(args: argparse.Namespace) -> int:
    if args.hash_password:
        password = getpass.getpass("Password: ") if sys.stdin.isatty() else sys.stdin.readline()
        print(hash_password(password.rstrip("\n")))
        return 0
    configure_logging(safe_fields=SAFE_FIELDS | AUDIT_FIELDS)
    if args.users is None:
        log.error("--users FILE is required (see deploy/console/users.example.toml)")
        return 2
    try:
        settings, console = load_settings(), load_console_settings()
        users = LocalUsers.load(args.users)
    except (SettingsError, UsersFileError) as exc:
        log.error("%s", exc)
        return 2
    registry = CollectorRegistry()
    metrics = ConsoleMetrics(registry)
    app = create_app(build_parts(settings, console, users, metrics), hsts=console.hsts)
    # Metrics on their own port (NCRS_METRICS_PORT, 0: off), never beside the signed-in pages.
    server = start_metrics_server(registry, settings.metrics_port)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_config=None, proxy_headers=True)
    finally:
        if server is not None:
            server.close()
    return 0


def build_parts(
    settings: Settings,
    console: ConsoleSettings,
    users: LocalUsers,
    metrics: ConsoleMetrics | None = None,
) -> ConsoleParts:
    """The console wired to Kafka: feed and publisher start and stop with the app."""
    view = AlertView()
    client_id = f"{settings.app_id}-console"
    feed = KafkaFeed(settings.kafka_bootstrap, settings.topics, view, client_id)
    publisher = KafkaActionPublisher(settings.kafka_bootstrap, settings.topics, client_id)
    secret = console.session_secret
    if secret is None:
        log.warning("NCRS_CONSOLE_SESSION_SECRET is not set: sessions end when the console stops")
    return ConsoleParts(
        view=view,
        identity=users,
        publisher=publisher,
        sessions=SessionCodec(
            secret.get_secret_value() if secret else secrets.token_urlsafe(48),
            console.session_max_age,
            clock=lambda: datetime.now(UTC),
        ),
        clock=lambda: datetime.now(UTC),
        health=feed,
        services=(feed, publisher),
        cookie_secure=console.cookie_secure,
        resolved_shown=console.resolved_shown,
        audit=AuditLog(metrics=metrics),
        metrics=metrics,
    )
