"""Dense histories are thinned before the manoeuvre detectors read them (``detect.thinning``)."""

from __future__ import annotations

import numpy as np

from ssaviewer.core.detect.manoeuvres.thinning import _median_steps, kept_rows

NS_PER_DAY = 86_400_000_000_000


def epochs(days: list[float]) -> np.ndarray:
    return (np.asarray(days) * NS_PER_DAY).astype(np.int64)


def test_dense_history_keeps_the_last_set_of_each_bin() -> None:
    # Four sets a day for three days: bins of 1.5 days from the first epoch.
    days = [k * 0.25 for k in range(12)]
    kept = kept_rows(np.full(12, 7), epochs(days), np.full(12, 1.5))
    assert kept.tolist() == [5, 11]


def test_daily_history_is_left_alone_but_repeated_epochs_keep_the_last() -> None:
    days = [0.0, 1.0, 2.0, 2.0, 3.0, 4.0]
    kept = kept_rows(np.full(6, 7), epochs(days), np.full(6, 1.5))
    assert kept.tolist() == [0, 1, 3, 4, 5]


def test_each_object_is_judged_by_its_own_cadence() -> None:
    norad = np.array([1] * 6 + [2] * 4)
    days = [0.0, 0.3, 0.6, 0.9, 1.2, 1.5, 0.0, 1.0, 2.0, 3.0]
    kept = kept_rows(norad, epochs(days), np.full(10, 1.5))
    # Object 1 (a set every 0.3 day) is thinned to bins [0, 1.5) and [1.5, 3); object 2 is not.
    assert kept.tolist() == [4, 5, 6, 7, 8, 9]


def test_zero_spacing_switches_thinning_off() -> None:
    days = [k * 0.25 for k in range(8)]
    kept = kept_rows(np.full(8, 7), epochs(days), np.zeros(8))
    assert kept.tolist() == list(range(8))


def test_a_repeated_epoch_reads_the_set_the_next_epoch_confirms() -> None:
    # Day 3 is published twice, 1.7 ms apart: first a fit made after a burn (a = 7000.2 km),
    # then a stale one continuing the old orbit (7000.0 km). Day 4 confirms the new orbit, so
    # the first copy is read; the last published would hide the burn behind a stale set.
    days = [0.0, 1.0, 2.0, 3.0, 3.0 + 1.7e-3 / 86400, 4.0, 5.0]
    a_km = np.array([7000.0, 7000.0, 7000.0, 7000.2, 7000.0, 7000.2, 7000.2])
    i_deg = np.full(7, 98.7)
    kept = kept_rows(np.full(7, 7), epochs(days), np.full(7, 1.5), 0.75, (a_km, i_deg))
    assert kept.tolist() == [0, 1, 2, 3, 5, 6]
    # With the stale copy published first, the fresh one (last) is read.
    swapped = a_km[[0, 1, 2, 4, 3, 5, 6]]
    kept = kept_rows(np.full(7, 7), epochs(days), np.full(7, 1.5), 0.75, (swapped, i_deg))
    assert kept.tolist() == [0, 1, 2, 4, 5, 6]


def test_identical_repeats_and_a_last_repeated_epoch_read_the_last_copy() -> None:
    days = [0.0, 1.0, 1.0 + 1e-8, 2.0, 2.0 + 1e-8]
    a_km = np.array([7000.0, 7000.1, 7000.1, 7000.3, 7000.2])
    kept = kept_rows(np.full(5, 7), epochs(days), np.full(5, 1.5), 0.75, (a_km,))
    # Day 1's copies are equal: the last; day 2 has no next epoch to judge by: the last.
    assert kept.tolist() == [0, 2, 4]


def test_repeated_epochs_of_two_objects_are_never_merged() -> None:
    norad = np.array([1, 1, 2, 2])
    days = [0.0, 1.0, 1.0, 2.0]  # object 2 starts at the epoch object 1 ends on
    a_km = np.array([7000.0, 7000.1, 7100.0, 7100.0])
    kept = kept_rows(norad, epochs(days), np.full(4, 1.5), 0.75, (a_km,))
    assert kept.tolist() == [0, 1, 2, 3]


def test_median_steps_are_numpys_median_per_object_without_non_finite_steps() -> None:
    # Thinning's scale: per element, each object's median absolute step between distinct
    # epochs (ties and an infinite step included; an object with no step read gets NaN).
    rng = np.random.default_rng(3)
    values = np.round(np.cumsum(rng.normal(size=41)), 1)
    values[17] = np.inf
    starts = np.arange(41)
    read = np.flatnonzero(rng.random(40) < 0.8)
    group = np.where(read < 25, 0, 2)
    (got,) = _median_steps((values,), starts, read, group, 3)
    step = np.abs(np.diff(values))[read]
    expected = [np.median(step[(group == g) & np.isfinite(step)]) for g in (0, 2)]
    np.testing.assert_array_equal(got[[0, 2]], expected)
    assert np.isnan(got[1])
