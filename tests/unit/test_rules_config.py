"""Per-force, dated rule sets; local incident code maps; rule book file errors naming the key."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from services.adapters.codec import Rejection, decode
from services.adapters.rulebook_file import RuleBookError, load_rulebook
from services.domain.rulebook import ForceConfig, RuleBook, RuleSet
from services.domain.timestamps import parse_duration
from tests.unit.incident_timeline import Timeline, at, run

CHANGE = datetime(2026, 3, 1, tzinfo=UTC)
OLD = RuleSet(version="old", warning=timedelta(hours=36), limit=timedelta(hours=72))
NEW = RuleSet(version="new", effective_from=CHANGE)
BOOK = RuleBook(forces={"WMP": ForceConfig(rule_sets=(OLD, NEW))})
THEFT = "[p=0.9 group=theft]"


def test_an_incident_is_judged_by_the_rules_in_force_when_reported() -> None:
    before = Timeline("OLD")
    reported_before = CHANGE - timedelta(hours=1)
    after = Timeline("NEW")
    events = [
        before.reported(reported_before, THEFT, code="crime.theft"),
        after.reported(at(0), THEFT, code="crime.theft"),
    ]
    result = run(events, rulebook=BOOK)
    old_due = result.firing("OLD/recording-due-soon")
    assert old_due.raised_at == reported_before + timedelta(hours=36)
    assert old_due.deadline == reported_before + timedelta(hours=72)
    assert result.firing("NEW/recording-due-soon").raised_at == at(12)
    assert {a.rules_version for a in result.assessments} == {"old", "new"}


def test_a_force_without_its_own_rule_sets_uses_the_defaults() -> None:
    other = Timeline("GMP-1", force="GMP")
    result = run([other.reported(at(0), THEFT, code="crime.theft")], rulebook=BOOK)
    assert result.firing("GMP-1/recording-overdue").raised_at == at(24)


def test_a_rule_time_longer_than_the_retention_still_fires() -> None:
    """Regression: an incident was dropped at its retention (1 h after its last event here)
    before its deadlines, once another incident's event moved the clock past that; without
    one, the jump to --until fired them. Whether they fired depended on unrelated traffic."""
    short = RuleBook(retention=timedelta(hours=1))
    events = [
        Timeline().reported(at(0), THEFT, code="crime.theft"),
        Timeline("OTHER").reported(at(2), "[p=0.1 group=theft]"),
    ]
    alone = run(events[:1], rulebook=short).by_rule()
    assert run(events, rulebook=short).by_rule() == alone
    assert alone == {"recording-due-soon": "firing", "recording-overdue": "firing"}


def test_durations_may_be_given_in_weeks() -> None:
    assert parse_duration("P1W") == timedelta(days=7)
    assert parse_duration("P1W2DT3H") == timedelta(days=9, hours=3)
    with pytest.raises(ValueError, match="ISO 8601"):
        parse_duration("P1M")  # a month has no fixed length


def test_the_threshold_is_configurable() -> None:
    strict = RuleBook(rule_sets=(RuleSet(threshold=0.95),))
    events = [Timeline().reported(at(0), THEFT)]
    assert run(events, rulebook=strict).by_rule() == {}
    assert run(events).by_rule()["crime-indicated"] == "firing"


def test_a_forces_local_codes_map_to_canonical_codes_through_the_codec() -> None:
    book = RuleBook(forces={"WMP": ForceConfig(codes={"DOM1": "welfare.domestic_incident"})})
    raw = Timeline().reported(at(0)).model_dump_json().replace("welfare.other", "DOM1").encode()
    event = decode(raw, code_map=book.canonical_code)
    assert not isinstance(event, Rejection)
    assert event.data.opening_code == "welfare.domestic_incident"
    refused = decode(raw.replace(b"DOM1", b"XYZ9"), code_map=book.canonical_code)
    assert isinstance(refused, Rejection)
    assert "XYZ9" in refused.detail


def test_a_local_closing_code_may_map_to_crime_related_incident(tmp_path: Path) -> None:
    """Regression: the rule book refused it, though section 3 lists it among the codes."""
    path = tmp_path / "book.toml"
    path.write_text('[forces.WMP]\ncodes = { CRI = "crime_related_incident" }\n')
    book = load_rulebook(path)
    closed = Timeline().closed(at(1), "crime_related_incident").model_dump_json()
    raw = closed.replace('"crime_related_incident"', '"CRI"').encode()
    event = decode(raw, code_map=book.canonical_code)
    assert not isinstance(event, Rejection)
    assert event.data.closing_code == "crime_related_incident"


@pytest.mark.parametrize("suffix", [".toml", ".yaml"])
def test_a_rule_book_file_loads(tmp_path: Path, suffix: str) -> None:
    text = {
        ".toml": 'lateness = "PT10M"\n[forces.WMP]\ncodes = { DOM1 = "welfare.other" }\n'
        '[[forces.WMP.rule_sets]]\nversion = "w"\nlimit = "PT48H"\nwarning = 3600\n',
        ".yaml": "lateness: PT10M\nforces:\n  WMP:\n    codes: {DOM1: welfare.other}\n"
        "    rule_sets:\n      - {version: w, limit: PT48H, warning: 3600}\n",
    }[suffix]
    path = tmp_path / f"rules{suffix}"
    path.write_text(text)
    book = load_rulebook(path)
    assert book.lateness == timedelta(minutes=10)
    rules = book.rules_for("WMP", at(0))
    assert (rules.version, rules.limit, rules.warning) == (
        "w",
        timedelta(hours=48),
        timedelta(hours=1),
    )
    assert book.canonical_code("WMP", "DOM1") == "welfare.other"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('latenes = "PT5M"\n', "latenes"),
        ('[[rule_sets]]\nwarning = "PT30H"\nlimit = "PT24H"\n', "warning"),
        ("[[rule_sets]]\nthreshold = 1.5\n", "rule_sets.0.threshold"),
        ('[[rule_sets]]\nlimits = "PT24H"\n', "rule_sets.0.limits"),
        ('[forces.WMP]\ncodes = { DOM1 = "welfare.nonsense" }\n', "forces.WMP.codes.DOM1"),
        ('lateness = "soon"\n', "lateness"),
        ('retention = "P100000D"\n', "retention"),  # past the calendar from a report's date
        ("[[rule_sets]]\nlimit = 1e300\n", "rule_sets.0.limit"),
        ('[[rule_sets]]\nsafeguarding = "nan"\n', "rule_sets.0.safeguarding"),
        ("lateness = \n", "cannot read"),
    ],
)
def test_rule_book_errors_name_the_key(tmp_path: Path, text: str, named: str) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(text)
    with pytest.raises(RuleBookError, match=named.replace(".", r"\.")):
        load_rulebook(path)
