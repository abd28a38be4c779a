"""The one-pass decoding of plain records gives exactly what the checked path gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.adapters.codec import DictCodeMap, _decode_checked, decode
from services.domain.rulebook import RuleBook

GOLDEN_INPUTS = sorted(Path(__file__).parent.parent.joinpath("golden").rglob("*.jsonl"))
CODE_MAP = DictCodeMap({"WMP": {"DOM1": "welfare.domestic_incident"}})

REPORT = {
    "schema_version": 1,
    "event_id": "E-1",
    "type": "incident.reported",
    "force": "WMP",
    "incident_id": "I-1",
    "occurred_at": "2026-01-05T00:00:00Z",
    "source": "cad",
    "data": {
        "channel": "online",
        "reporter": "victim",
        "opening_code": "welfare.other",
        "narrative": "He punched me",
        "area": "A1",
    },
}
PLAIN = json.dumps(REPORT).encode()
VARIANTS = [
    PLAIN,
    PLAIN.replace(b'"schema_version": 1', b'"schema_version": true'),
    PLAIN.replace(b'"schema_version": 1', b'"schema_version": 1.0'),
    PLAIN.replace(b'"schema_version": 1', b'"schema_version": 2'),
    PLAIN.replace(b'"schema_version": 1', b'"schema_version": 10'),
    PLAIN.replace(b'"schema_version": 1,', b""),
    PLAIN[:-1] + b', "schema_version": true}',
    PLAIN[:-1] + b', "x": NaN}',
    PLAIN[:-1] + b', "x": -Infinity}',
    PLAIN[:-1] + b', "x": 1e400}',
    PLAIN[:-1] + b', "type": "bogus"}',
    PLAIN.replace(b'"welfare.other"', b'"DOM1"'),
    PLAIN.replace(b'"welfare.other"', b'"XYZ9"'),
    PLAIN.replace(b'"welfare.other"', b'"crime_related_incident"'),
    PLAIN.replace(b'"schema_version"', b'"schema\\u005fversion"'),
    PLAIN.replace(b"punched", b"\\u00e9 \\ud800 punched"),
    PLAIN.replace(b"punched", b"\xc3\x28 punched"),
    b"\xef\xbb\xbf" + PLAIN,
    b"\x0c" + PLAIN,
    PLAIN + b" \r\n",
    PLAIN + b" x",
    PLAIN.replace(b'"2026-01-05T00:00:00Z"', b'"2026-01-05 00:00"', 1),
    PLAIN[:-1] + b', "x": ' + b"[" * 150 + b"]" * 150 + b"}",
    PLAIN[:-1] + b', "x": ' + b"[" * 990 + b"]" * 990 + b"}",
    b"[1, 2]",
    b"",
]


@pytest.mark.parametrize("raw", VARIANTS)
@pytest.mark.parametrize("code_map", [None, CODE_MAP])
def test_plain_and_odd_records_decode_as_the_checked_path_does(
    raw: bytes, code_map: DictCodeMap | None
) -> None:
    assert decode(raw, code_map) == _decode_checked(raw, code_map)


@pytest.mark.parametrize("path", GOLDEN_INPUTS, ids=lambda p: p.name)
def test_golden_inputs_decode_as_the_checked_path_does(path: Path) -> None:
    code_map = RuleBook.default().canonical_code
    for line in path.read_bytes().splitlines():
        if line.strip():
            assert decode(line, code_map) == _decode_checked(line, code_map)
