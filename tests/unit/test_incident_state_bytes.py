"""The incident-state changelog encoding: round trips, records of earlier encoders, and size."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from services.domain.codes import OffenceGroup
from services.domain.engine import Engine
from services.domain.events import IncidentReported
from services.domain.incident import key_of
from services.domain.incident_state import IncidentState
from services.domain.outputs import AlertStatus
from services.domain.rulebook import RuleBook
from tests.unit.incident_timeline import CRIMEABLE, StubScorer, Timeline, at

# Written by the encoder before pydantic-core did it (json.dumps, non-ASCII escaped), when a
# score's key was the list of its event ids.
PREVIOUS = (
    b'{"incident_id":"GMP-S3-3545","events":[{"schema_version":1,"event_id":"GMP-S3-3545-1",'
    b'"force":"GMP","incident_id":"GMP-S3-3545","occurred_at":"2026-03-01T05:19:03Z",'
    b'"source":"cad","type":"incident.reported","data":{"reported_at":"2026-03-01T05:19:03Z",'
    b'"channel":"in_person","reporter":"victim","opening_code":"admin.other","qualifiers":[],'
    b'"narrative":"C/R states Romance scam - c/r has sent over \\u00a320k to a man she met '
    b'onine who she has never met.","area":"D-CENTRAL","victims":[],"grade":null}}],'
    b'"cursor":"2026-03-01T05:19:05.400000Z","emitted":[{"alert_id":"GMP-S3-3545/crime-indicated",'
    b'"rule":"crime-indicated","status":"firing","severity":"warning","incident_id":"GMP-S3-3545",'
    b'"force":"GMP","area":"D-CENTRAL","raised_at":"2026-03-01T05:19:03Z",'
    b'"deadline":"2026-03-02T05:19:03Z","summary":"Crime indicated on a non-crime incident code; '
    b'fraud (p=0.88); code admin.other","assessment":{"probability":0.8808,"offence_group":"fraud",'
    b'"domestic_abuse":false,"expected_crimes":1},"crime_id":null,"resolved_at":null,'
    b'"resolution":null}],"last_assessment":{"incident_id":"GMP-S3-3545","force":"GMP",'
    b'"area":"D-CENTRAL","assessed_at":"2026-03-01T05:19:03Z","crimeable":true,'
    b'"probability":0.8808,"offence_group":"fraud","offence_codes":["NFIB","33A"],'
    b'"domestic_abuse":false,"expected_crimes":1,"recording_deadline":"2026-03-02T05:19:03Z",'
    b'"reasons":["describes a fraud (\'\\u2026 scam - c/r has\')"],"model_version":"rules-1",'
    b'"rules_version":"ncrs-2023.05"},"scores":[[["GMP-S3-3545-1"],{"probability":0.8808,'
    b'"offence_group":"fraud","offence_codes":["NFIB","33A"],"domestic_abuse":false,'
    b'"victim_count":1,"reasons":["describes a fraud (\'\\u2026 scam - c/r has\')"]}]],'
    b'"next_wakeup":"2026-03-01T17:19:03Z","finished":false}'
)

PERSISTED = (
    "incident_id",
    "events",
    "cursor",
    "emitted",
    "last_assessment",
    "scores",
    "next_wakeup",
    "finished",
)


def fields(state: IncidentState) -> tuple[object, ...]:
    return tuple(getattr(state, name) for name in PERSISTED)


def test_a_record_of_the_previous_encoder_is_restored() -> None:
    state = IncidentState.from_bytes(PREVIOUS)
    assert isinstance(state.events[0], IncidentReported)
    assert "£20k" in state.events[0].data.narrative
    assert state.has_seen("GMP-S3-3545-1")
    assert state.cursor == datetime(2026, 3, 1, 5, 19, 5, 400000, tzinfo=UTC)
    assert state.next_wakeup == datetime(2026, 3, 1, 17, 19, 3, tzinfo=UTC)
    assert state.emitted["GMP-S3-3545/crime-indicated"].status is AlertStatus.FIRING
    assert state.last_assessment is not None
    assert state.last_assessment.offence_codes == (
        "NFIB",
        "33A",
    )
    score = state.scores[key_of(["GMP-S3-3545-1"])]
    assert score.offence_group is OffenceGroup.FRAUD
    assert score.offence_codes == ("NFIB", "33A")
    assert score.reasons[0].startswith("describes")
    assert state.finished is False


def test_the_encoding_round_trips_and_keeps_the_layout() -> None:
    state = IncidentState.from_bytes(PREVIOUS)
    encoded = state.to_bytes()
    layout = json.loads(PREVIOUS)
    layout["scores"][0][0] = key_of(["GMP-S3-3545-1"])  # the key is now a digest of the ids
    assert json.loads(encoded) == layout
    again = IncidentState.from_bytes(encoded)
    assert fields(again) == fields(state)
    assert again.to_bytes() == encoded


def test_an_empty_state_round_trips() -> None:
    state = IncidentState("I-1", finished=True)
    assert fields(IncidentState.from_bytes(state.to_bytes())) == fields(state)


def _record_after(updates: int) -> bytes:
    """The state record of an incident with `updates` log entries, each one rescored."""
    timeline = Timeline()
    engine = Engine(RuleBook.default(), StubScorer())
    state = engine.handle(None, timeline.reported(at(0), CRIMEABLE), at(0)).state
    for n in range(updates):
        update = timeline.updated(at(minutes=n + 1), f"entry {n}")
        state = engine.handle(state, update, at(minutes=n + 1)).state
    assert len(state.scores) == updates + 1  # every revision of the facts was scored
    return state.to_bytes()


def test_the_record_grows_in_proportion_to_the_incident() -> None:
    # A score's key was the tuple of its event ids: n revisions held n(n+1)/2 ids, and a long
    # incident's record grew quadratically towards the changelog's record limit.
    small, large = len(_record_after(200)), len(_record_after(400))
    assert large < 2.1 * small
