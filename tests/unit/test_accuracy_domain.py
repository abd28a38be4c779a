"""Wilson intervals and the recording-accuracy tally (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from scipy.stats import binomtest

from services.domain.accuracy import (
    AccuracyCounts,
    AccuracyTracker,
    IncidentOutcome,
    tally,
    totals_by_force,
    wilson_interval,
)
from services.domain.codes import OffenceGroup

T0 = datetime(2026, 3, 1, tzinfo=UTC)
H = timedelta(hours=1)
VIOLENCE = OffenceGroup.VIOLENCE_WITH_INJURY


def test_81_of_100_is_0_722_to_0_875() -> None:
    low, high = wilson_interval(81, 100)
    assert round(low, 3) == 0.722
    assert round(high, 3) == 0.875


@pytest.mark.parametrize(("successes", "n"), [(81, 100), (0, 10), (10, 10), (5, 20), (1, 3)])
def test_wilson_matches_scipy_to_3dp(successes: int, n: int) -> None:
    ci = binomtest(successes, n).proportion_ci(confidence_level=0.95, method="wilson")
    low, high = wilson_interval(successes, n)
    assert (round(low, 3), round(high, 3)) == (round(ci.low, 3), round(ci.high, 3))


def test_no_data_is_the_whole_unit_interval() -> None:
    assert wilson_interval(0, 0) == (0.0, 1.0)
    share = AccuracyCounts().recorded_share
    assert share.value is None
    assert (share.low, share.high) == (0.0, 1.0)


@pytest.mark.parametrize(("successes", "n"), [(-1, 5), (6, 5), (0, -1)])
def test_impossible_counts_are_refused(successes: int, n: int) -> None:
    with pytest.raises(ValueError, match="successes"):
        wilson_interval(successes, n)


def _outcome(
    deadline: datetime | None,
    recorded_at: datetime | None = None,
    *,
    force: str = "WMP",
    offence_group: OffenceGroup | None = VIOLENCE,
    crimeable: bool = True,
) -> IncidentOutcome:
    return IncidentOutcome(force, offence_group, crimeable, deadline, recorded_at)


def test_only_crimeable_incidents_past_their_limit_count() -> None:
    outcomes = [
        _outcome(T0 + 24 * H),  # due, never recorded
        _outcome(T0 + 24 * H, T0 + 3 * H),  # due, recorded in time
        _outcome(T0 + 24 * H, T0 + 30 * H),  # due, recorded late
        _outcome(T0 + 48 * H),  # not due yet
        _outcome(None, crimeable=False),  # not crimeable
        _outcome(T0 + 24 * H, T0 + 40 * H),  # due, recorded "after now": not yet recorded
    ]
    counts = tally(outcomes, now=T0 + 36 * H)
    assert counts == {("WMP", VIOLENCE.value): AccuracyCounts(4, 2, 1)}


def test_deadline_exactly_now_is_due_and_recording_at_the_deadline_is_in_time() -> None:
    counts = tally([_outcome(T0, T0)], now=T0)
    assert counts[("WMP", VIOLENCE.value)] == AccuracyCounts(1, 1, 1)


def test_counts_split_by_force_and_group_and_total_by_force() -> None:
    outcomes = [
        _outcome(T0, T0),
        _outcome(T0, None, force="GMP"),
        _outcome(T0, None, offence_group=OffenceGroup.BURGLARY),
        _outcome(T0, T0, offence_group=None),  # crimeable with no group: counted as "other"
    ]
    counts = tally(outcomes, now=T0 + H)
    assert counts == {
        ("WMP", "violence_with_injury"): AccuracyCounts(1, 1, 1),
        ("GMP", "violence_with_injury"): AccuracyCounts(1, 0, 0),
        ("WMP", "burglary"): AccuracyCounts(1, 0, 0),
        ("WMP", "other"): AccuracyCounts(1, 1, 1),
    }
    assert totals_by_force(counts) == {
        "WMP": AccuracyCounts(3, 2, 2),
        "GMP": AccuracyCounts(1, 0, 0),
    }


def test_tracker_follows_the_incident_through_its_life() -> None:
    tracker = AccuracyTracker()
    tracker.assessed("A", force="WMP", offence_group=VIOLENCE, crimeable=True, deadline=T0 + 24 * H)
    assert tracker.counts(T0 + 23 * H) == {}
    key = ("WMP", VIOLENCE.value)
    assert tracker.counts(T0 + 24 * H)[key] == AccuracyCounts(1, 0, 0)
    tracker.crime_recorded("A", T0 + 30 * H)
    assert tracker.counts(T0 + 31 * H)[key] == AccuracyCounts(1, 1, 0)
    tracker.crime_withdrawn("A")
    assert tracker.counts(T0 + 32 * H)[key] == AccuracyCounts(1, 0, 0)
    tracker.forget("A")
    assert tracker.counts(T0 + 33 * H) == {}
    assert len(tracker) == 0


def test_tracker_keeps_a_crime_recorded_before_the_report_and_the_earliest_time() -> None:
    tracker = AccuracyTracker()
    tracker.crime_recorded("A", T0 + 2 * H, force="WMP")
    tracker.crime_recorded("A", T0 + 5 * H)
    tracker.crime_recorded("A", T0 + H)
    tracker.assessed("A", force="WMP", offence_group=VIOLENCE, crimeable=True, deadline=T0 + 24 * H)
    assert tracker.counts(T0 + 25 * H) == {("WMP", VIOLENCE.value): AccuracyCounts(1, 1, 1)}


def test_reassessed_as_not_crimeable_leaves_the_population() -> None:
    tracker = AccuracyTracker()
    tracker.assessed("A", force="WMP", offence_group=VIOLENCE, crimeable=True, deadline=T0)
    tracker.assessed("A", force="WMP", offence_group=None, crimeable=False, deadline=None)
    assert tracker.counts(T0 + H) == {}
