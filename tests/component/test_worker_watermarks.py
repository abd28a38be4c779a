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


def test_a_restored_watermark_seeds_the_partition_and_the_settle_target() -> None:
    old = PartitionClock(LATENESS)
    old.own({0, 1})
    for partition, time in ((0, "10:00"), (1, "09:00"), (0, "11:00")):
        old.current_partition = partition
        old.observe(at(time))
    store = WatermarkedStateStore(timedelta(days=1), old)
    store.current_partition = 1
    store.tombstone("I-1", at("09:00"))
    [(key, value)] = [r for r in store.take_dirty()[1] if r[0] == WATERMARK_KEY]

    new = PartitionClock(LATENESS)
    WatermarkedStateStore(timedelta(days=1), new).restore(1, key, value)
    new.own({1})
    assert new.now is None  # restoring never moves the clock by itself
    assert new.settle_to == at("11:00")  # the old owner had seen 11:00 (in partition 0)
    new.current_partition = 1
    new.observe(at("09:05"))
    assert new.now == at("09:05") - LATENESS - TICK


def test_restoring_partitions_one_by_one_never_moves_the_clock_past_the_slowest() -> None:
    donor = PartitionClock(LATENESS)
    donor.own({0, 1})
    donor.current_partition = 0
    donor.observe(at("12:00"))
    donor.current_partition = 1
    donor.observe(at("08:00"))
    clock = PartitionClock(LATENESS)
    clock.restore_watermark(0, donor.watermark(0))
    clock.restore_watermark(1, donor.watermark(1))
    clock.own({0, 1})
    clock.current_partition = 1
    clock.observe(at("08:30"))
    assert clock.now == at("08:30") - LATENESS - TICK


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
    donor.current_partition = 1
    donor.observe(at("08:00"))
    clock = PartitionClock(LATENESS)
    clock.own({0})
    clock.observe(at("12:00"))
    clock.restore_watermark(1, donor.watermark(1))
    clock.own({0, 1})
    assert clock.now == at("08:00") - LATENESS - TICK  # partition 1's time, not partition 0's
    clock.current_partition = 0
    clock.observe(at("12:30"))
    assert clock.now == at("08:00") - LATENESS - TICK  # held until partition 1 catches up
    clock.current_partition = 1
    clock.observe(at("11:00"))
    assert clock.now == at("11:00") - LATENESS - TICK
    clock.own({0})  # partition 1 handed on: the clock follows partition 0 again
    clock.current_partition = 0
    clock.observe(at("12:31"))
    assert clock.now == at("12:31") - LATENESS - TICK


def test_keeping_partitions_after_an_idle_settle_leaves_the_clock_where_it_is() -> None:
    clock = PartitionClock(LATENESS)
    clock.own({0, 1})
    for partition, time in ((0, "12:00"), (1, "08:00")):
        clock.current_partition = partition
        clock.observe(at(time))
    clock.advance_to(at("12:00"))  # the idle settle: the stream has ended
    clock.own({1})  # another worker joined and took partition 0: nothing new here
    assert clock.now == at("12:00")
