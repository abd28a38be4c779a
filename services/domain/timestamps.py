"""RFC 3339 timestamps with an explicit offset, and ISO 8601 durations."""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta
from typing import Annotated

from pydantic import BeforeValidator, PlainSerializer
from pydantic_core import PydanticCustomError

_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
BAD_TIMESTAMP = "bad_timestamp"
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(3000, 1, 1, tzinfo=UTC)
"""Event times outside [EARLIEST, LATEST) are refused: deadlines and retention are added to
them, and at the ends of Python's calendar (years 1 and 9999) that arithmetic overflows."""
LONGEST_DURATION = timedelta(days=36_500)
"""No rule time, lateness or retention is longer than a hundred years."""


def parse_timestamp(value: object) -> datetime:
    """Parse an RFC 3339 string with an offset; anything else is a `bad_timestamp` error."""
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise PydanticCustomError(BAD_TIMESTAMP, "timestamp has no UTC offset")
        return _in_range(value)
    match = _RFC3339.match(value) if isinstance(value, str) else None
    if match is None or not isinstance(value, str):
        raise PydanticCustomError(
            BAD_TIMESTAMP,
            "not an RFC 3339 timestamp with an offset (e.g. 2026-11-26T03:20:00Z)",
        )
    text = value[:-1] + "+00:00" if value[-1] in "Zz" else value
    fraction = match.group(1)  # Python parses at most microseconds; RFC 3339 allows more
    if fraction is not None and len(fraction) > 7:
        text = text[: match.start(1) + 7] + text[match.end(1) :]
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as exc:
        error = "UTC offset beyond ±23:59" if "offset" in str(exc) else str(exc)
        raise PydanticCustomError(
            BAD_TIMESTAMP, "impossible date or time: {error}", {"error": error}
        ) from exc
    return _in_range(parsed)


def _in_range(value: datetime) -> datetime:
    # Compared in Python's own arithmetic (no conversion, which overflows at the calendar's ends).
    if EARLIEST <= value < LATEST:
        return value
    raise PydanticCustomError(
        BAD_TIMESTAMP,
        "outside the supported years {first}..{last}",
        {"first": EARLIEST.year, "last": LATEST.year - 1},
    )


def format_timestamp(value: datetime) -> str:
    """Canonical output form: UTC, seconds precision unless sub-second, trailing Z."""
    utc = value if value.tzinfo is UTC else value.astimezone(UTC)
    # Seconds unless sub-second (then microseconds); a UTC time's isoformat ends "+00:00".
    return utc.isoformat()[:-6] + "Z"


Timestamp = Annotated[
    datetime,
    BeforeValidator(parse_timestamp),
    PlainSerializer(format_timestamp, return_type=str, when_used="json"),
]

_ISO_DURATION = re.compile(
    r"^P(?:(?P<weeks>\d+(?:\.\d+)?)W)?(?:(?P<days>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<hours>\d+(?:\.\d+)?)H)?(?:(?P<minutes>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)
_UNIT_SECONDS = {
    "weeks": 604_800.0,
    "days": 86_400.0,
    "hours": 3_600.0,
    "minutes": 60.0,
    "seconds": 1.0,
}


def parse_duration(value: object) -> timedelta:
    """ISO 8601 duration (weeks, days and time parts, e.g. `PT24H`, `P1DT2H`, `P1W`) or a number
    of seconds. Years and months are refused: they have no fixed length."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, bool):
        raise ValueError("a duration is ISO 8601 (e.g. PT24H) or a number of seconds")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str) and (m := _ISO_DURATION.match(value.strip())) and value != "P":
        parts = {k: float(v) for k, v in m.groupdict().items() if v is not None}
        if not parts:
            raise ValueError(f"empty ISO 8601 duration {value!r}")
        return _bounded(sum(_UNIT_SECONDS[unit] * amount for unit, amount in parts.items()))
    elif isinstance(value, str):
        try:
            seconds = float(value)
        except ValueError:
            raise ValueError(
                f"{value!r} is not an ISO 8601 duration (e.g. PT24H) or a number of seconds"
            ) from None
    else:
        raise ValueError("a duration is ISO 8601 (e.g. PT24H) or a number of seconds")
    if seconds < 0:
        raise ValueError("a duration cannot be negative")
    return _bounded(seconds)


def _bounded(seconds: float) -> timedelta:
    if math.isnan(seconds):
        raise ValueError("a duration must be a number")
    if seconds > LONGEST_DURATION.total_seconds():
        raise ValueError(f"a duration cannot be longer than {LONGEST_DURATION.days} days")
    return timedelta(seconds=seconds)


def format_duration(value: timedelta) -> str:
    return f"PT{int(value.total_seconds())}S"


Duration = Annotated[
    timedelta,
    BeforeValidator(parse_duration),
    PlainSerializer(format_duration, return_type=str, when_used="json"),
]
