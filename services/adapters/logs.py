"""Structured logs: one JSON object a line, with only fields that cannot carry personal data.

Log calls pass context as extras: `log.info("alert fired", extra={"event_id": ..., "topic": ...,
"partition": ..., "offset": ..., "rule": ...})`. A handler filter keeps an extra only when its
name is in `SAFE_FIELDS` or its value is a number or boolean; anything else (a narrative, a
name, a summary, free text under any key) is dropped before formatting, and counted in
`dropped_fields`. Exception text is scrubbed of pydantic's echo of the offending input.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from collections.abc import Iterable
from typing import IO, Any

from pythonjsonlogger.json import JsonFormatter

SAFE_FIELDS = frozenset(
    {
        "event_id", "event_type", "incident_id", "alert_id", "crime_id", "force", "area",
        "topic", "partition", "partitions", "offset", "rule", "severity", "status",
        "resolution", "reason", "offence_group", "clock", "table", "app_id", "group_id",
        "store", "version", "model_version", "rules_version", "port", "count", "lag",
        "seconds", "error", "frames",
    }
)  # fmt: skip
"""Extras that are identifiers, closed-set values or numbers by construction."""

_RECORD_ATTRS = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {
    "message",
    "asctime",
    "taskName",
}
_PYDANTIC_INPUT = re.compile(r"input_value=.*?(?=, input_type=)", re.DOTALL)
_HANDLER_NAME = "ncrs-json"


class SafeExtrasFilter(logging.Filter):
    """Removes, in place, every extra that might carry personal data."""

    def __init__(self, safe_fields: Iterable[str] = SAFE_FIELDS) -> None:
        super().__init__()
        self._safe = frozenset(safe_fields)

    def filter(self, record: logging.LogRecord) -> bool:
        unsafe = [key for key in record.__dict__ if self._is_unsafe(key, record.__dict__[key])]
        for key in unsafe:
            del record.__dict__[key]
        if unsafe:
            record.dropped_fields = len(unsafe)
        return True

    def _is_unsafe(self, key: str, value: object) -> bool:
        if key in _RECORD_ATTRS or key in self._safe:
            return False
        return not (value is None or isinstance(value, bool | int | float))


class NcrsJsonFormatter(JsonFormatter):
    """JSON lines: `time` (UTC, RFC 3339), `level`, `logger`, `message`, then the extras."""

    def __init__(self) -> None:
        super().__init__(
            "{asctime}{levelname}{name}{message}",
            style="{",
            datefmt="%Y-%m-%dT%H:%M:%S",
            rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
        )
        self.converter = time.gmtime

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        return f"{super().formatTime(record, datefmt)}.{int(record.msecs):03d}Z"

    def formatException(self, ei: Any) -> str:  # noqa: N802
        text: str | list[str] = super().formatException(ei)
        return _redact(text if isinstance(text, str) else "\n".join(text))


def _redact(text: str) -> str:
    return _PYDANTIC_INPUT.sub("input_value=<redacted>", text)


def configure_logging(
    level: int | str = "INFO",
    stream: IO[str] | None = None,
    safe_fields: Iterable[str] = SAFE_FIELDS,
) -> logging.Handler:
    """Route the root logger to one JSON-lines handler (idempotent: replaces its own handler)."""
    resolved = logging.getLevelName(level.upper()) if isinstance(level, str) else level
    if not isinstance(resolved, int):
        raise ValueError(f"unknown log level {level!r} (DEBUG, INFO, WARNING, ERROR, CRITICAL)")
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
        old.close()
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.addFilter(SafeExtrasFilter(safe_fields))
    handler.setFormatter(NcrsJsonFormatter())
    root.addHandler(handler)
    root.setLevel(resolved)
    return handler
