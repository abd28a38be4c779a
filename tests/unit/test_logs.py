"""Structured logs: JSON lines with the operational fields, never narratives, names or summaries."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from pydantic import BaseModel, ValidationError

from services.adapters.logs import configure_logging

NARRATIVE = "Caller Jane Doe says her ex-partner John Smith punched her at 4 Elm Road"


@pytest.fixture
def stream() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    saved_level, saved_handlers = root.level, list(root.handlers)
    out = io.StringIO()
    configure_logging("INFO", stream=out)
    yield out
    for handler in root.handlers:
        if handler not in saved_handlers:
            root.removeHandler(handler)
    root.setLevel(saved_level)


def lines(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_one_json_object_a_line_with_the_operational_fields(stream: io.StringIO) -> None:
    logging.getLogger("ncrs.worker").info(
        "alert fired",
        extra={
            "event_id": "e-1",
            "topic": "ncrs.incident-events.v1",
            "partition": 3,
            "offset": 41,
            "rule": "recording-overdue",
        },
    )
    [record] = lines(stream)
    assert record["message"] == "alert fired"
    assert record["level"] == "INFO"
    assert record["logger"] == "ncrs.worker"
    assert str(record["time"]).endswith("Z")
    assert {k: record[k] for k in ("event_id", "topic", "partition", "offset", "rule")} == {
        "event_id": "e-1",
        "topic": "ncrs.incident-events.v1",
        "partition": 3,
        "offset": 41,
        "rule": "recording-overdue",
    }


def test_narratives_names_and_summaries_never_reach_the_log(stream: io.StringIO) -> None:
    logging.getLogger("ncrs.worker").warning(
        "assessed",
        extra={
            "event_id": "e-2",
            "narrative": NARRATIVE,
            "victim_name": "Jane Doe",
            "names": ["John Smith"],
            "summary": "Jane Doe assaulted by John Smith",
            "text": NARRATIVE,
            "data": {"narrative": NARRATIVE},
            "probability": 0.93,
        },
    )
    raw = stream.getvalue()
    for secret in ("Jane", "Doe", "John", "Smith", "Elm Road", "narrative", "summary"):
        assert secret not in raw
    [record] = lines(stream)
    assert record["event_id"] == "e-2"
    assert record["probability"] == 0.93  # numbers cannot carry text: kept
    assert record["dropped_fields"] == 6


def test_exception_text_does_not_echo_the_rejected_input(stream: io.StringIO) -> None:
    class Report(BaseModel):
        area: int

    try:
        Report.model_validate({"area": NARRATIVE})
    except ValidationError:
        logging.getLogger("ncrs.codec").exception("rejected", extra={"reason": "schema"})
    raw = stream.getvalue()
    assert "Jane" not in raw
    assert "input_value=<redacted>" in raw
    assert lines(stream)[0]["reason"] == "schema"


def test_levels_below_the_configured_one_are_not_written(stream: io.StringIO) -> None:
    configure_logging("warning", stream=stream)
    logging.getLogger("ncrs").info("quiet")
    logging.getLogger("ncrs").warning("loud")
    assert [r["message"] for r in lines(stream)] == ["loud"]


def test_configuring_twice_keeps_one_handler(stream: io.StringIO) -> None:
    configure_logging("INFO", stream=stream)
    configure_logging("INFO", stream=stream)
    logging.getLogger("ncrs").info("once")
    assert len(lines(stream)) == 1


def test_an_unknown_level_is_refused() -> None:
    with pytest.raises(ValueError, match="log level"):
        configure_logging("LOUD")
