"""Golden replays: the contract's worked examples and our own scenario files, through the CLI.

Each scenario folder holds `<name>.jsonl`, `<name>.expected.jsonl` (per incident: the rules that
fired and the rules resolved by `<name>.until`) and `<name>.until`. The replay outputs with the
rule scorer are kept byte for byte in tests/golden/<name>.{alerts,assessments,rejects}.jsonl;
`NCRS_UPDATE_GOLDEN=1 pytest tests/unit/test_golden.py` rewrites them after a deliberate change.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path

import pytest

from services.cli import main

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
SCENARIOS = GOLDEN / "scenarios"
OUTPUTS = ("alerts", "assessments", "rejects")


def replay(events: Path, until: str, out: Path) -> dict[str, bytes]:
    out.mkdir(parents=True, exist_ok=True)
    paths = {kind: out / f"{kind}.jsonl" for kind in OUTPUTS}
    code = main(
        ["replay", str(events), "--until", until, "--scorer", "rules", "--no-progress"]
        + [arg for kind, path in paths.items() for arg in (f"--{kind}", str(path))]
    )
    assert code == 0
    return {kind: path.read_bytes() for kind, path in paths.items()}


def rule_sets(alerts: bytes) -> dict[str, dict[str, list[str]]]:
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"fired": set(), "resolved": set()})
    for line in alerts.splitlines():
        alert = json.loads(line)
        kind = "fired" if alert["status"] == "firing" else "resolved"
        found[alert["incident_id"]][kind].add(alert["rule"])
    return {iid: {k: sorted(v) for k, v in sets.items()} for iid, sets in found.items()}


def expected_sets(path: Path) -> dict[str, dict[str, list[str]]]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return {
        r["incident_id"]: {"fired": sorted(r["fired"]), "resolved": sorted(r["resolved"])}
        for r in rows
    }


def folders(contract_examples: Path) -> dict[str, tuple[Path, Path]]:
    named = {"contract": (contract_examples, contract_examples / "timeline.jsonl")}
    for events in sorted(SCENARIOS.glob("*.jsonl")):
        if not events.name.endswith(".expected.jsonl"):
            named[events.stem] = (SCENARIOS, events)
    return named


SCENARIO_NAMES = ["contract", "cancellations", "victims_safeguarding", "bad_lines"]


@pytest.mark.parametrize("name", SCENARIO_NAMES)
def test_replay_fires_and_resolves_exactly_the_expected_rules(
    name: str, contract_examples: Path, tmp_path: Path
) -> None:
    _, events = folders(contract_examples)[name]
    until = events.with_suffix(".until").read_text().strip()
    outputs = replay(events, until, tmp_path)
    expected = expected_sets(events.with_suffix(".expected.jsonl"))
    got = rule_sets(outputs["alerts"])
    assert {iid: got.get(iid, {"fired": [], "resolved": []}) for iid in expected} == expected
    assert set(got) <= set(expected), "alerts for an incident the scenario does not expect"


@pytest.mark.parametrize("name", SCENARIO_NAMES)
def test_replay_output_is_byte_for_byte_the_golden_file(
    name: str, contract_examples: Path, tmp_path: Path
) -> None:
    _, events = folders(contract_examples)[name]
    until = events.with_suffix(".until").read_text().strip()
    first = replay(events, until, tmp_path / "first")
    second = replay(events, until, tmp_path / "second")
    assert first == second, "replay is not deterministic"
    for kind, body in first.items():
        golden = GOLDEN / "outputs" / f"{name}.{kind}.jsonl"
        if os.environ.get("NCRS_UPDATE_GOLDEN"):
            golden.parent.mkdir(exist_ok=True)
            golden.write_bytes(body)
        assert body == golden.read_bytes(), f"{golden.name} differs"


def test_bad_lines_are_rejected_line_for_line_and_nothing_valid_is_lost(tmp_path: Path) -> None:
    outputs = replay(SCENARIOS / "bad_lines.jsonl", "2026-04-05T00:00:00Z", tmp_path)
    rejects = [json.loads(line) for line in outputs["rejects"].splitlines()]
    assert [(r["line"], r["reason"]) for r in rejects] == [
        (3, "not_json"),
        (4, "bad_timestamp"),
        (7, "unknown_type"),
        (9, "schema"),
        (10, "not_utf8"),
        (11, "not_object"),
        (12, "unsupported_version"),
        (15, "bad_timestamp"),  # year 9999: its deadlines would be past the calendar
    ]
    assert all(r["detail"] for r in rejects)
    assert "opening_code" in rejects[3]["detail"]
    assert "occurred_at" in rejects[1]["detail"]
    assessed = {json.loads(line)["incident_id"] for line in outputs["assessments"].splitlines()}
    assert assessed == {"B-1", "B-2"}


@pytest.mark.parametrize("unreadable", ["missing.jsonl", "."])
def test_a_file_that_cannot_be_read_exits_non_zero(unreadable: str, tmp_path: Path) -> None:
    args = ["replay", str(tmp_path / unreadable), "--scorer", "rules", "--no-progress"]
    for kind in OUTPUTS:
        args += [f"--{kind}", str(tmp_path / f"{kind}.jsonl")]
    assert main(args) != 0


def test_a_rule_book_file_is_used_by_replay(tmp_path: Path, contract_examples: Path) -> None:
    config = tmp_path / "rules.toml"
    config.write_text('[[rule_sets]]\nversion = "long"\nwarning = "PT40H"\nlimit = "PT48H"\n')
    args = ["replay", str(contract_examples / "timeline.jsonl"), "--until", "2026-03-06T00:00:00Z"]
    args += ["--scorer", "rules", "--no-progress", "--config", str(config)]
    for kind in OUTPUTS:
        args += [f"--{kind}", str(tmp_path / f"{kind}.jsonl")]
    assert main(args) == 0
    got = rule_sets((tmp_path / "alerts.jsonl").read_bytes())
    assert "X-4" not in got  # the burglary recorded at 30 h is on time under a 48 h limit
    assert '"rules_version":"long"' in (tmp_path / "assessments.jsonl").read_text()
