"""`ncrs-watch accuracy` over replay outputs: the derivation of recorded / in time, and the CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from services.cli import main
from services.domain.accuracy import AccuracyCounts, tally
from services.domain.codes import OffenceGroup
from services.domain.outputs import (
    Alert,
    AlertAssessment,
    AlertStatus,
    Assessment,
    Resolution,
    Rule,
    Severity,
    alert_id,
)
from services.domain.replay_accuracy import latest_time, outcomes_from_outputs

T0 = datetime(2026, 3, 1, tzinfo=UTC)
H = timedelta(hours=1)
BURGLARY = OffenceGroup.BURGLARY


def assessment(
    incident: str, crimeable: bool = True, force: str = "WMP", group: OffenceGroup = BURGLARY
) -> Assessment:
    return Assessment(
        incident_id=incident, force=force, area="A1", assessed_at=T0, crimeable=crimeable,
        probability=0.9 if crimeable else 0.1, offence_group=group if crimeable else None,
        offence_codes=(), domestic_abuse=False, expected_crimes=int(crimeable),
        recording_deadline=T0 + 24 * H if crimeable else None, reasons=(),
        model_version="m", rules_version="r",
    )  # fmt: skip


def overdue(
    incident: str, resolved_at: datetime | None = None, resolution: Resolution | None = None
) -> list[Alert]:
    firing = Alert(
        alert_id=alert_id(incident, Rule.RECORDING_OVERDUE), rule=Rule.RECORDING_OVERDUE,
        status=AlertStatus.FIRING, severity=Severity.CRITICAL, incident_id=incident, force="WMP",
        area="A1", raised_at=T0 + 24 * H, deadline=T0 + 24 * H, summary="Crime not recorded",
        assessment=AlertAssessment(
            probability=0.9, offence_group=BURGLARY, domestic_abuse=False, expected_crimes=1
        ),
    )  # fmt: skip
    if resolved_at is None:
        return [firing]
    resolved = firing.model_copy(
        update={
            "status": AlertStatus.RESOLVED,
            "resolved_at": resolved_at,
            "resolution": resolution,
        }
    )
    return [firing, resolved]


def test_each_way_an_incident_can_end_up() -> None:
    assessments = [assessment(i) for i in ("in-time", "late", "never", "transferred", "retracted")]
    assessments += [assessment("not-crimeable", crimeable=False)]
    alerts = [
        *overdue("late", T0 + 30 * H, Resolution.CRIME_RECORDED),
        *overdue("never"),
        *overdue("transferred", T0 + 26 * H, Resolution.TRANSFERRED),
        *overdue("retracted", T0 + 25 * H, Resolution.RETRACTED),
    ]
    counts = tally(outcomes_from_outputs(assessments, alerts), now=T0 + 48 * H)
    # due: 5 crimeable; recorded: in-time, late, transferred, retracted; in time: in-time, retracted
    assert counts == {("WMP", "burglary"): AccuracyCounts(5, 4, 2)}


def test_late_recording_counts_only_once_the_clock_reaches_it() -> None:
    outcomes = outcomes_from_outputs(
        [assessment("late")], overdue("late", T0 + 30 * H, Resolution.CRIME_RECORDED)
    )
    assert tally(outcomes, now=T0 + 24 * H) == {("WMP", "burglary"): AccuracyCounts(1, 0, 0)}
    assert tally(outcomes, now=T0 + 30 * H) == {("WMP", "burglary"): AccuracyCounts(1, 1, 0)}


def test_the_last_assessment_stands() -> None:
    outcomes = outcomes_from_outputs([assessment("A"), assessment("A", crimeable=False)], [])
    assert tally(outcomes, now=T0 + 48 * H) == {}


def test_latest_time_is_the_last_clock_reading_in_the_files() -> None:
    alerts = overdue("late", T0 + 30 * H, Resolution.CRIME_RECORDED)
    assert latest_time([assessment("late")], alerts) == T0 + 30 * H
    assert latest_time([], []) is None


def write(path: Path, records: list[Assessment] | list[Alert]) -> Path:
    path.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    return path


def test_json_output_per_force_and_group_with_totals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assessments = write(
        tmp_path / "s.jsonl", [assessment("A"), assessment("B"), assessment("C", force="GMP")]
    )
    alerts = write(tmp_path / "a.jsonl", overdue("B"))
    code = main(
        [
            "accuracy",
            "--assessments",
            str(assessments),
            "--alerts",
            str(alerts),
            "--until",
            "2026-03-03T00:00:00Z",
            "--json",
        ]
    )
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert result["as_of"] == "2026-03-03T00:00:00Z"
    rows = {(r["force"], r["offence_group"]): r for r in result["rows"]}
    assert list(rows) == [
        ("GMP", "burglary"),
        ("GMP", "all"),
        ("WMP", "burglary"),
        ("WMP", "all"),
        ("all", "all"),
    ]
    wmp = rows[("WMP", "burglary")]
    assert (wmp["due"], wmp["recorded"], wmp["recorded_within_limit"]) == (2, 1, 1)
    assert wmp["recorded_share"] == 0.5
    assert wmp["recorded_ci95"] == [0.0945, 0.9055]
    assert rows[("all", "all")]["due"] == 3


def test_default_clock_is_the_latest_time_in_the_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assessments = write(tmp_path / "s.jsonl", [assessment("A")])  # deadline T0+24h, never reached
    alerts = write(tmp_path / "a.jsonl", [])
    assert main(["accuracy", "--assessments", str(assessments), "--alerts", str(alerts)]) == 0
    out = capsys.readouterr().out
    assert "as of 2026-03-01T00:00:00Z" in out
    assert "no crimeable incident has reached its recording limit" in out


def test_a_line_not_in_the_contract_shape_is_reported_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assessments = write(tmp_path / "s.jsonl", [assessment("A")])
    with assessments.open("a", encoding="utf-8") as f:
        f.write('\n{"incident_id": "B", "narrative": "Jane Doe"}\n')
    alerts = write(tmp_path / "a.jsonl", [])
    assert main(["accuracy", "--assessments", str(assessments), "--alerts", str(alerts)]) == 2
    err = capsys.readouterr().err
    assert f"{assessments}:3:" in err
    assert "Jane" not in err


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["accuracy", "--assessments", str(tmp_path / "none"), "--alerts", str(tmp_path / "none")]
    )
    assert code == 2
    assert "cannot read" in capsys.readouterr().err


def test_over_the_contract_example_replay(
    tmp_path: Path, contract_examples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """X-1 recorded at 3 h, X-2 never, X-4 at 30 h (contract examples), X-3 not crimeable."""
    until = (contract_examples / "timeline.until").read_text().strip()
    out = {name: str(tmp_path / f"{name}.jsonl") for name in ("alerts", "assessments", "rejects")}
    replay = [
        "replay",
        str(contract_examples / "timeline.jsonl"),
        "--until",
        until,
        "--scorer",
        "rules",
        "--no-progress",
    ]
    assert main([*replay, *(x for k, v in out.items() for x in (f"--{k}", v))]) == 0
    capsys.readouterr()
    args = [
        "accuracy",
        "--assessments",
        out["assessments"],
        "--alerts",
        out["alerts"],
        "--until",
        until,
        "--json",
    ]
    assert main(args) == 0
    rows = {
        (r["force"], r["offence_group"]): r for r in json.loads(capsys.readouterr().out)["rows"]
    }
    got = {k: (r["due"], r["recorded"], r["recorded_within_limit"]) for k, r in rows.items()}
    assert got == {
        ("WMP", "burglary"): (1, 1, 0),
        ("WMP", "stalking_harassment"): (1, 0, 0),
        ("WMP", "violence_with_injury"): (1, 1, 1),
        ("WMP", "all"): (3, 2, 1),
    }
