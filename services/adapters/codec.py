"""Kafka record values <-> contract models.

`decode` turns any bytes into an `IncidentEvent` or a `Rejection` with a reason from a closed
list; it never raises on input. Rejection details name the field and the rule broken and never
echo narrative text. `encode_event`/`encode_output` give compact, deterministic JSON whose
timestamps are in the canonical UTC `...Z` form.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel, TypeAdapter, ValidationError

from services.domain.codes import CRIME_RELATED_INCIDENT, IncidentCode
from services.domain.events import EVENT_TYPES, MAX_RECORD_BYTES, SCHEMA_VERSION, IncidentEvent
from services.domain.timestamps import BAD_TIMESTAMP

if TYPE_CHECKING:
    from services.domain.pipeline import Outputs

EVENT_ADAPTER: TypeAdapter[IncidentEvent] = TypeAdapter(IncidentEvent)
_CANONICAL_CODES = frozenset(code.value for code in IncidentCode)
_CODE_FIELDS = {  # event type -> data field holding a (possibly local) incident code
    "incident.reported": "opening_code",
    "incident.updated": "opening_code",
    "incident.closed": "closing_code",
}
_MAX_ERRORS_IN_DETAIL = 3
_MAX_ECHO = 32
_VERSION_ONE = re.compile(rb'"schema_version"\s*:\s*1\s*[,}]')


class RejectReason(StrEnum):
    """Why an input record was refused: a closed set, usable as a metric label."""

    NOT_UTF8 = "not_utf8"
    NOT_JSON = "not_json"
    NOT_OBJECT = "not_object"
    TOO_LARGE = "too_large"
    UNKNOWN_TYPE = "unknown_type"
    SCHEMA = "schema"
    BAD_TIMESTAMP = "bad_timestamp"
    UNSUPPORTED_VERSION = "unsupported_version"
    PROCESSING_FAILED = "processing_failed"
    """A valid event the engine failed on (a defect): set aside, the incident goes on."""
    INCIDENT_FULL = "incident_full"
    """A valid event of an incident that is full (the rule book's `max_incident_events` and
    `max_incident_text`): its state stays bounded, the incident goes on as it was."""


def processing_failed(error: Exception) -> Rejection:
    """The rejection of an event the engine raised on; the error's text is not echoed (it may
    quote the event's data)."""
    return Rejection(
        RejectReason.PROCESSING_FAILED,
        f"the engine failed on this event ({type(error).__name__}); "
        "its incident goes on without it",
    )


def not_taken(outputs: Outputs, event_id: str) -> Rejection | None:
    """Why the pipeline did not take a valid event, as a rejection: the engine failed on it, or
    its incident is full. None when it was taken (or ignored as a duplicate or finished)."""
    failed = outputs.failure_of(event_id)
    if failed is not None:
        return processing_failed(failed.error)
    if outputs.refused is not None:
        return Rejection(RejectReason.INCIDENT_FULL, outputs.refused)
    return None


@dataclass(frozen=True, slots=True)
class Rejection:
    reason: RejectReason
    detail: str


class CodeMap(Protocol):
    """A force's local incident code -> the canonical code (contract section 3), None if unknown."""

    def __call__(self, force: str, code: str) -> str | None: ...


@dataclass(frozen=True, slots=True)
class DictCodeMap:
    """A `CodeMap` over `{force: {local code: canonical code}}`."""

    codes: Mapping[str, Mapping[str, str]]

    def __call__(self, force: str, code: str) -> str | None:
        return self.codes.get(force, {}).get(code)


def decode(raw: bytes | None, code_map: CodeMap | None = None) -> IncidentEvent | Rejection:
    """One record value -> an event, or the reason it is refused. Never raises on bad input."""
    if raw is None:
        return Rejection(RejectReason.NOT_JSON, "no value (tombstone)")
    if len(raw) > MAX_RECORD_BYTES:
        return Rejection(
            RejectReason.TOO_LARGE, f"{len(raw)} bytes, over the {MAX_RECORD_BYTES} byte limit"
        )
    event = _decode_plain(raw)
    return event if event is not None else _decode_checked(raw, code_map)


def _decode_plain(raw: bytes) -> IncidentEvent | None:
    """The common record in one pass: validated straight from the bytes, or None.

    Only for records the checks of `_decode_checked` cannot refuse once the validation
    passes: no escapes (so every quoted name in the bytes is what it looks like), no NaN or
    Infinity, and `schema_version` given once, as the integer 1 (validation alone would take
    `true` or `1.0`). Valid codes are canonical, so no code needs mapping. Anything else,
    and any record the validation refuses, takes the checked path and its messages.
    """
    if (
        b"\\" in raw
        or b"NaN" in raw
        or b"Infinity" in raw
        or raw.count(b'"schema_version"') != 1
        or _VERSION_ONE.search(raw) is None
    ):
        return None
    try:
        return EVENT_ADAPTER.validate_json(raw, strict=True)
    except ValidationError:
        return None


def _decode_checked(raw: bytes, code_map: CodeMap | None) -> IncidentEvent | Rejection:
    parsed = _parse_object(raw)
    if isinstance(parsed, Rejection):
        return parsed
    refused = _check_version(parsed) or _check_type(parsed)
    if refused is not None:
        return refused
    mapped = _map_codes(parsed, code_map) if code_map is not None else parsed
    if isinstance(mapped, Rejection):
        return mapped
    try:
        # Strict JSON validation: the types the contract and the JSON Schema publish, no coercion.
        document = raw if mapped is parsed else json.dumps(mapped).encode()
        return EVENT_ADAPTER.validate_json(document, strict=True)
    except ValidationError as exc:
        return _rejection_from(exc)


def _parse_object(raw: bytes) -> dict[str, Any] | Rejection:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejection(RejectReason.NOT_UTF8, f"invalid UTF-8 at byte {exc.start}")
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:
        return Rejection(RejectReason.NOT_JSON, _json_error(exc))
    if not isinstance(value, dict):
        return Rejection(RejectReason.NOT_OBJECT, f"a JSON {_json_kind(value)}, not an object")
    return value


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not valid JSON")


def _json_error(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        what = exc.msg.removesuffix(" at")  # "Invalid control character at": the place follows
        return f"{what} at line {exc.lineno} column {exc.colno}"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if "integer string conversion" in str(exc):  # RFC 8259 lets a parser bound numbers
        return f"a number of more than {sys.get_int_max_str_digits()} digits"
    return str(exc)[:80]


def _json_kind(value: object) -> str:
    kinds = {list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else kinds.get(type(value), "value")


def _check_version(obj: dict[str, Any]) -> Rejection | None:
    if "schema_version" not in obj:
        return Rejection(RejectReason.SCHEMA, "schema_version: Field required")
    version = obj["schema_version"]
    if type(version) is not int:  # bool is an int subclass: `true` is not a version
        return Rejection(RejectReason.SCHEMA, "schema_version: Input should be an integer")
    if version != SCHEMA_VERSION:
        return Rejection(
            RejectReason.UNSUPPORTED_VERSION,
            f"schema_version: {_echo(version)} is not supported (only {SCHEMA_VERSION})",
        )
    return None


def _check_type(obj: dict[str, Any]) -> Rejection | None:
    """A missing `type` is a missing required field (schema); a wrong one is unknown_type."""
    if "type" not in obj:
        return Rejection(RejectReason.SCHEMA, "type: Field required")
    if obj["type"] not in EVENT_TYPES:
        return Rejection(
            RejectReason.UNKNOWN_TYPE,
            f"type: {_echo(obj['type'])} is not one of {', '.join(EVENT_TYPES)}",
        )
    return None


def _map_codes(obj: dict[str, Any], code_map: CodeMap) -> dict[str, Any] | Rejection:
    """Replace a force's local incident code by the canonical one before validation."""
    field = _CODE_FIELDS.get(obj["type"])
    data, force = obj.get("data"), obj.get("force")
    if field is None or not isinstance(data, dict) or not isinstance(force, str):
        return obj
    code = data.get(field)
    canonical = _CANONICAL_CODES | ({CRIME_RELATED_INCIDENT} if field == "closing_code" else set())
    if not isinstance(code, str) or code in canonical:
        return obj
    mapped = code_map(force, code)
    if mapped is None:
        return Rejection(
            RejectReason.SCHEMA,
            f"data.{field}: {_echo(code)} is neither canonical nor a known code of force "
            f"{_echo(force)}",
        )
    return {**obj, "data": {**data, field: mapped}}


def _rejection_from(exc: ValidationError) -> Rejection:
    errors = exc.errors(include_url=False, include_input=False, include_context=False)
    if any(error["type"] == "json_invalid" for error in errors):
        return Rejection(RejectReason.NOT_JSON, errors[0]["msg"][:120])
    timestamps = [error for error in errors if error["type"] == BAD_TIMESTAMP]
    reason = RejectReason.BAD_TIMESTAMP if timestamps else RejectReason.SCHEMA
    by_field: dict[str, list[str]] = {}  # a union field fails once per member: merge them
    for error in timestamps + [error for error in errors if error["type"] != BAD_TIMESTAMP]:
        by_field.setdefault(_location(error["loc"]), []).append(error["msg"])
    shown = list(by_field.items())[:_MAX_ERRORS_IN_DETAIL]
    detail = "; ".join(f"{field}: {' or '.join(messages)}" for field, messages in shown)
    if len(by_field) > len(shown):
        detail += f" (and {len(by_field) - len(shown)} more)"
    return Rejection(reason, detail)


def _location(loc: tuple[int | str, ...]) -> str:
    """`('incident.reported', 'data', 'victims', 0, 'age')` -> `data.victims[0].age`."""
    parts = loc[1:] if loc and loc[0] in EVENT_TYPES else loc
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif "[" not in part:  # skip union member labels such as `str-enum[IncidentCode]`
            text += f".{part}"
    return text.lstrip(".") or "(event)"


def _echo(value: object) -> str:
    """A short, quoted rendering of an input value for a detail message (never narrative)."""
    text = json.dumps(value, ensure_ascii=True) if not isinstance(value, dict | list) else "…"
    return text if len(text) <= _MAX_ECHO else text[: _MAX_ECHO - 1] + "…"


def encode_event(event: IncidentEvent) -> bytes:
    """Compact JSON in model field order; timestamps in UTC with a trailing Z."""
    return event.model_dump_json().encode()


def encode_output(model: BaseModel) -> bytes:
    """Assessments, alerts and any other output model, encoded as `encode_event` does."""
    return model.model_dump_json().encode()


def output_line(model: BaseModel) -> str:
    """`encode_output` as text, one JSONL line (for files)."""
    return model.model_dump_json() + "\n"
