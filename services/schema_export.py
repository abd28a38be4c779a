"""`ncrs-watch schema`: the JSON Schemas of the contract, generated from the pydantic models.

Without options it prints one JSON document holding every schema; `--out DIR` writes one file
per schema (the copy committed under docs/schema/ is made this way and checked by a test).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from services.adapters.dead_letters import HEADER_NAMES
from services.domain.events import IncidentEvent
from services.domain.outputs import Alert, Assessment
from services.domain.timestamps import format_timestamp

DRAFT = "https://json-schema.org/draft/2020-12/schema"
ID_BASE = "https://ncrs-watch.example/schema/"


class _ContractSchema(GenerateJsonSchema):
    """Timestamps serialised by `format_timestamp` are `date-time` strings, not just strings."""

    def ser_schema(
        self,
        schema: core_schema.SerSchema
        | core_schema.IncExSeqSerSchema
        | core_schema.IncExDictSerSchema,
    ) -> JsonSchemaValue | None:
        if schema.get("function") is format_timestamp:
            return {"type": "string", "format": "date-time"}
        return super().ser_schema(schema)


def incident_event_schema() -> dict[str, Any]:
    schema = TypeAdapter(IncidentEvent).json_schema(
        mode="validation", schema_generator=_ContractSchema
    )
    return _described(
        "incident-event",
        "IncidentEvent",
        "An incident event (contract section 1), value of ncrs.incident-events.v1. Incident "
        "codes are the canonical ones; a force whose local codes the deployment maps may send "
        "those instead.",
        schema,
    )


def assessment_schema() -> dict[str, Any]:
    return _described(
        "assessment",
        "Assessment",
        "An assessment (contract section 2), value of ncrs.assessments.v1.",
        Assessment.model_json_schema(mode="serialization", schema_generator=_ContractSchema),
    )


def alert_schema() -> dict[str, Any]:
    return _described(
        "alert",
        "Alert",
        "An alert lifecycle record (contract section 2), value of ncrs.alerts.v1.",
        Alert.model_json_schema(mode="serialization", schema_generator=_ContractSchema),
    )


def dead_letter_headers_schema() -> dict[str, Any]:
    """Headers of a ncrs.incident-events.v1.dlq record; its key and value are the originals."""
    schema = {
        "type": "object",
        "properties": {name: {"type": "string"} for name in HEADER_NAMES},
        "required": list(HEADER_NAMES),
    }
    return _described(
        "dead-letter-headers",
        "DeadLetterHeaders",
        "Headers (UTF-8) of a dead-letter record; key and value are the refused originals.",
        schema,
    )


SCHEMAS = {
    "incident-event": incident_event_schema,
    "assessment": assessment_schema,
    "alert": alert_schema,
    "dead-letter-headers": dead_letter_headers_schema,
}


def _described(name: str, title: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    head = {
        "$schema": DRAFT,
        "$id": f"{ID_BASE}{name}.schema.json",
        "title": title,
        "description": description,
    }
    return head | {key: value for key, value in schema.items() if key not in head}


def render(schema: object) -> str:
    """Stable text: two-space indent, model key order, trailing newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def all_schemas() -> dict[str, dict[str, Any]]:
    return {name: build() for name, build in SCHEMAS.items()}


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in all_schemas().items():
        path = folder / f"{name}.schema.json"
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="write one <name>.schema.json per schema into DIR instead of printing",
    )


def run(args: argparse.Namespace) -> int:
    if args.out is None:
        sys.stdout.write(render(all_schemas()))
        return 0
    try:
        written = write_schemas(args.out)
    except OSError as exc:
        print(f"ncrs-watch schema: cannot write to {args.out}: {exc.strerror}", file=sys.stderr)
        return 1
    for path in written:
        print(path, file=sys.stderr)
    return 0
