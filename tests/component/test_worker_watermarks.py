"""A partition's watermark moves with it through the changelog; an idle settle goes where the
whole stream ends."""

from __future__ import annotations

from datetime import datetime, timedelta

from services.domain.clock import TICK
from services.domain.timestamps import parse_timestamp
from services.worker.watermarks import WATERMARK_KEY, PartitionClock, WatermarkedStateStore

LATENESS = timedelta(minutes=10)


def at(text: str) -> datetime:
    return parse_timestamp(f"2026-03-01T{text}:00Z")


def behind(text: str) -> datetime:
    """Where the clock stands when `text` is the latest event time it follows."""
    return at(text) - LATENESS - TICK


def observe(clock: PartitionClock, *events: tuple[int, str]) -> None:
    """Events of (partition, time), in order."""
    for partition, time in events:
        clock.current_partition = partition
        clock.observe(at(time))


def test_a_restored_watermark_seeds_the_partition_and_the_settle_target() -> None:
    old = PartitionClock(LATENESS)
    old.own({0, 1})
    observe(old, (0, "10:00"), (1, "09:00"), (0, "11:00"))
    store = WatermarkedStateStore(timedelta(days=1), old)
    store.current_partition = 1
    store.tombstone("I-1", at("09:00"))
    [(key, value)] = [r for r in store.take_dirty()[1] if r[0] == WATERMARK_KEY]

    new = PartitionClock(LATENESS)
    WatermarkedStateStore(timedelta(days=1), new).restore(1, key, value)
    new.own({1})
    assert new.now is None  # restoring never moves the clock by itself
    assert new.settle_to == at("11:00")  # the old owner had seen 11:00 (in partition 0)
    observe(new, (1, "09:05"))
    assert new.now == behind("09:05")


def test_restoring_partitions_one_by_one_never_moves_the_clock_past_the_slowest() -> None:
    donor = PartitionClock(LATENESS)
    donor.own({0, 1})
    observe(donor, (0, "12:00"), (1, "08:00"))
    clock = PartitionClock(LATENESS)
    clock.restore_watermark(0, donor.watermark(0))
    clock.restore_watermark(1, donor.watermark(1))
    clock.own({0, 1})
    observe(clock, (1, "08:30"))
    assert clock.now == behind("08:30")


def test_the_tail_of_others_partitions_only_raises_the_settle_target() -> None:
    clock = PartitionClock(LATENESS)
    clock.own({0})
    clock.observe(at("10:00"))
    clock.tail = at("12:00")
    assert clock.settle_to == at("12:00")
    clock.tail = at("09:00")
    assert clock.settle_to == at("10:00")


def test_a_partition_taken_over_behind_the_clock_takes_the_clock_back() -> None:
    donor = PartitionClock(LATENESS)
    donor.own({1})
    observe(donor, (1, "08:00"))
    clock = PartitionClock(LATENESS)
    clock.own({0})
    observe(clock, (0, "12:00"))
    clock.restore_watermark(1, donor.watermark(1))
    clock.own({0, 1})
    assert clock.now == behind("08:00")  # partition 1's time, not partition 0's
    observe(clock, (0, "12:30"))
    assert clock.now == behind("08:00")  # held until partition 1 catches up
    observe(clock, (1, "11:00"))
    assert clock.now == behind("11:00")
    clock.own({0})  # partition 1 handed on: the clock follows partition 0 again
    observe(clock, (0, "12:31"))
    assert clock.now == behind("12:31")


def test_keeping_partitions_after_an_idle_settle_leaves_the_clock_where_it_is() -> None:
    clock = PartitionClock(LATENESS)
    clock.own({0, 1})
    observe(clock, (0, "12:00"), (1, "08:00"))
    clock.advance_to(at("12:00"))  # the idle settle: the stream has ended
    clock.own({1})  # another worker joined and took partition 0: nothing new here
    assert clock.now == at("12:00")
