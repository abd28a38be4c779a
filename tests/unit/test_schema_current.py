"""`ncrs-watch schema` and the committed copy of its output under docs/schema/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.cli import main
from services.schema_export import all_schemas, render

DOCS_SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "schema"
REGENERATE = "run `ncrs-watch schema --out docs/schema` and commit the result"


def test_the_committed_schemas_are_current() -> None:
    expected = {f"{name}.schema.json": render(schema) for name, schema in all_schemas().items()}
    committed = {path.name: path.read_text(encoding="utf-8") for path in DOCS_SCHEMA.glob("*.json")}
    assert sorted(committed) == sorted(expected), f"docs/schema has other files: {REGENERATE}"
    stale = [name for name, text in expected.items() if committed[name] != text]
    assert not stale, f"docs/schema is stale ({', '.join(stale)}): {REGENERATE}"


def test_schema_prints_one_document_with_every_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert list(document) == ["incident-event", "assessment", "alert", "dead-letter-headers"]
    assert {schema["$schema"] for schema in document.values()} == {
        "https://json-schema.org/draft/2020-12/schema"
    }


def test_schema_out_writes_one_file_per_schema(tmp_path: Path) -> None:
    assert main(["schema", "--out", str(tmp_path / "schemas")]) == 0
    names = sorted(path.name for path in (tmp_path / "schemas").iterdir())
    assert names == [
        "alert.schema.json",
        "assessment.schema.json",
        "dead-letter-headers.schema.json",
        "incident-event.schema.json",
    ]


def test_schema_out_to_an_unwritable_place_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert main(["schema", "--out", str(blocker / "schemas")]) == 1
    assert "cannot write to" in capsys.readouterr().err


def test_the_event_schema_states_the_contract_rules() -> None:
    schema = all_schemas()["incident-event"]
    assert sorted(schema["discriminator"]["mapping"]) == [
        "crime.cancelled",
        "crime.recorded",
        "incident.closed",
        "incident.reported",
        "incident.updated",
        "safeguarding.recorded",
    ]
    reported = schema["$defs"]["IncidentReported"]
    assert reported["properties"]["schema_version"] == {
        "const": 1,
        "title": "Schema Version",
        "type": "integer",
    }
    assert reported["properties"]["occurred_at"]["format"] == "date-time"
    assert reported["properties"]["force"] | {"title": ""} == {
        "maxLength": 16,
        "minLength": 2,
        "title": "",
        "type": "string",
    }
    assert schema["$defs"]["ReportedData"]["properties"]["narrative"]["maxLength"] == 20_000


def test_output_timestamps_are_date_times() -> None:
    assessment = all_schemas()["assessment"]["properties"]
    assert assessment["assessed_at"] == {
        "format": "date-time",
        "title": "Assessed At",
        "type": "string",
    }
