"""Manoeuvre detection on synthetic histories with known steps."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.detect.manoeuvres import inplane
from ssaviewer.core.detect.manoeuvres.detector import (
    MANOEUVRE_COLUMNS,
    MANOEUVRE_SECTIONS,
    DetectionCancelled,
    _confirmed,
    default_rules,
    detect_manoeuvres,
    detect_outliers,
)
from ssaviewer.core.detect.rules import Rules, build_rules
from tests.core.detect_fixtures import geo_history, leo_history


def test_leo_step_found_in_its_gap_with_size_and_delta_v() -> None:
    elements = leo_history(steps_a_km={100: 0.05})
    found = detect_manoeuvres(elements, default_rules())
    assert list(found.columns) == list(MANOEUVRE_COLUMNS)
    assert len(found) == 1
    row = found.iloc[0]
    # The burn lies in gap 99-100; the window reaches back to hold the time's 2-sigma interval
    # (timing.window_sigmas): the time is placed within a day of the gap, so one set earlier.
    assert row.index_after == 100
    start = elements["epoch_utc"].iloc[row.index_before]
    assert start <= row.epoch_utc - pd.Timedelta(hours=2 * row.epoch_sigma_h)
    assert elements["epoch_utc"].iloc[row.index_before + 1] > (
        row.epoch_utc - pd.Timedelta(hours=2 * row.epoch_sigma_h)
    )
    assert row.index_before in (98, 99)
    assert row.direction == "in-plane"
    assert row.delta_a_km == pytest.approx(0.05 - 0.002, abs=0.005)
    n_rad_s = np.sqrt(398600.8 / 7100.0**3)
    assert row.delta_v_mps == pytest.approx(n_rad_s * 0.05 / 2 * 1000, rel=0.15)
    assert row.window_start_utc < row.epoch_utc < row.window_end_utc
    assert row.rules == "inplane.step"
    assert row.node == ""


def test_window_covers_the_burn_time_interval_only_when_asked() -> None:
    elements = leo_history(steps_a_km={100: 0.05})
    tight = build_rules(MANOEUVRE_SECTIONS, "[timing]\nwindow_sigmas = 0.0", "test")
    wide = build_rules(MANOEUVRE_SECTIONS, "[timing]\nwindow_sigmas = 6.0", "test")
    row = detect_manoeuvres(elements, tight).iloc[0]
    assert (row.index_before, row.index_after) == (99, 100)
    wide_row = detect_manoeuvres(elements, wide).iloc[0]
    # Same time and size, a window starting at the last set before time - 6 sigma.
    assert wide_row.epoch_utc == row.epoch_utc
    assert wide_row.delta_a_km == row.delta_a_km
    reach = row.epoch_utc - pd.Timedelta(hours=6 * row.epoch_sigma_h)
    assert elements["epoch_utc"].iloc[wide_row.index_before] <= reach
    assert elements["epoch_utc"].iloc[wide_row.index_before + 1] > reach
    assert wide_row.index_before < 99
    assert wide_row.window_start_utc == elements["epoch_utc"].iloc[wide_row.index_before]


def test_single_bad_set_that_reverts_is_an_outlier_not_a_manoeuvre() -> None:
    elements = leo_history(outliers_a_km={80: 0.5})
    assert len(detect_manoeuvres(elements, default_rules())) == 0
    bad = detect_outliers(elements, default_rules())
    assert list(bad["epoch_utc"]) == [elements["epoch_utc"].iloc[80]]
    assert bad["field"].iloc[0] == "semi_major_axis_km"


def test_noise_alone_gives_no_manoeuvre() -> None:
    elements = pd.concat([leo_history(norad_id=k, seed=k) for k in range(1, 6)], ignore_index=True)
    assert len(detect_manoeuvres(elements, default_rules())) == 0


def test_inclination_step_is_out_of_plane() -> None:
    elements = leo_history(steps_i_deg={120: 0.01})
    found = detect_manoeuvres(elements, default_rules())
    assert len(found) == 1
    assert found["direction"].iloc[0] == "out-of-plane"
    assert found["delta_i_deg"].iloc[0] == pytest.approx(0.01, abs=2e-4)
    v = np.sqrt(398600.8 / 7100.0) * 1000
    assert found["delta_v_out_of_plane_mps"].iloc[0] == pytest.approx(v * np.radians(0.01), rel=0.1)


def test_many_objects_keep_their_own_manoeuvres() -> None:
    elements = pd.concat(
        [
            leo_history(norad_id=1, steps_a_km={50: 0.1}),
            leo_history(norad_id=2, steps_a_km={150: -0.1}, seed=7),
            geo_history(norad_id=3, drift_steps_deg_per_day={90: 0.3}),
        ],
        ignore_index=True,
    )
    found = detect_manoeuvres(elements, default_rules())
    assert list(found["norad_id"]) == [1, 2, 3]
    assert list(found["index_after"]) == [50, 350, 490]
    geo = found.iloc[2]
    assert geo.node == "ID"
    assert geo.geo_drift_before_deg_per_day == pytest.approx(0.01, abs=1e-3)
    assert geo.geo_drift_after_deg_per_day == pytest.approx(0.31, abs=1e-3)


def test_geo_drift_adjust_and_back_to_keeping() -> None:
    elements = geo_history(drift_steps_deg_per_day={60: 0.5, 120: -0.2, 170: -0.31})
    found = detect_manoeuvres(elements, default_rules())
    assert list(found["node"]) == ["ID", "AD", "IK"]
    assert list(found["direction"]) == ["in-plane"] * 3


def test_rules_file_changes_the_result() -> None:
    elements = leo_history(steps_a_km={100: 0.02})
    assert len(detect_manoeuvres(elements, default_rules())) == 1
    strict = build_rules(MANOEUVRE_SECTIONS, "[inplane.LEO]\nmin_delta_a_km = 0.05\n", "r.toml")
    assert len(detect_manoeuvres(elements, strict)) == 0


def test_tiny_and_unsorted_input() -> None:
    elements = leo_history(days=1)
    assert len(detect_manoeuvres(elements, default_rules())) == 0
    assert len(detect_outliers(elements, default_rules())) == 0
    with pytest.raises(ValueError, match="sorted by norad_id then epoch_utc"):
        detect_manoeuvres(leo_history(days=5).iloc[::-1], default_rules())


def test_should_stop_cancels() -> None:
    with pytest.raises(DetectionCancelled):
        detect_manoeuvres(leo_history(), default_rules(), should_stop=lambda: True)


def test_a_plane_change_on_a_dense_history_is_timed_by_its_ramp() -> None:
    # Four sets a day (read one per 1.5-day bin by the detectors); a burn at day 60.3 tilts
    # the orbit by 0.02 deg and the sets after it show the tilt growing over 1.5 days, as
    # fits spanning the burn do. The time comes from every published set: the ramp's onset,
    # not the middle of a 1.5-day bin of the thinned history.
    days = np.arange(0.0, 120.0, 0.25)
    ramp = np.clip((days - 60.3) / 1.5, 0.0, 1.0)
    elements = leo_history(days=len(days))
    elements["epoch_utc"] = pd.Timestamp("2024-01-01T00:00:00Z") + pd.to_timedelta(days, unit="D")
    elements["mean_motion_rev_per_day"] = elements["mean_motion_rev_per_day"].iloc[0]
    elements["inclination_deg"] = 98.0 + 0.02 * ramp
    found = detect_manoeuvres(elements, default_rules())
    assert found["direction"].tolist() == ["out-of-plane"]
    burn = pd.Timestamp("2024-01-01T00:00:00Z") + pd.Timedelta(days=60.3)
    assert abs(found["epoch_utc"].iloc[0] - burn) < pd.Timedelta(hours=3)
    assert found["epoch_sigma_h"].iloc[0] < 24.0


def test_a_window_on_a_dense_history_reaches_back_over_sets_that_lag_the_burn() -> None:
    # Four sets a day, read one per 1.5-day bin. A burn at day 60.9 raises a by 50 m, but the
    # sets published in the 0.5 day after it are still fitted to observations from before it
    # (as archival histories show): the set read for the bin [60, 61.5), at 61.25, shows the
    # old level. The burn lies in that bin, so the window must start before it.
    days = np.arange(0.0, 120.0, 0.25)
    rng = np.random.default_rng(3)
    a_km = 7100.0 - 0.002 * days + rng.normal(0.0, 0.001, len(days))
    a_km[days >= 60.9 + 0.5] += 0.05
    elements = leo_history(days=len(days))
    elements["epoch_utc"] = pd.Timestamp("2024-01-01T00:00:00Z") + pd.to_timedelta(days, unit="D")
    elements["mean_motion_rev_per_day"] = np.sqrt(398600.8 / a_km**3) * 86400.0 / (2 * np.pi)
    found = detect_manoeuvres(elements, default_rules())
    assert found["direction"].tolist() == ["in-plane"]
    burn = pd.Timestamp("2024-01-01T00:00:00Z") + pd.Timedelta(days=60.9)
    row = found.iloc[0]
    assert row.window_start_utc <= burn < row.window_end_utc
    assert elements["epoch_utc"].iloc[row.index_before] == row.window_start_utc
    # It starts at the set read for the bin before (59.75), not earlier.
    assert row.window_start_utc == pd.Timestamp("2024-01-01T00:00:00Z") + pd.Timedelta(days=59.75)


def test_in_leo_a_raise_of_the_orbit_needs_fewer_sigmas_than_a_drop() -> None:
    # 1 m noise (a one-difference sigma of 1.4 m): a step of 13 m is about 9 sigma, above the
    # LEO threshold of a raise (drag make-up burns raise the orbit; drag lowers it by itself)
    # and below that of a drop.
    rules = default_rules()
    params = rules.section(inplane.SECTION, "LEO")
    assert params.raise_sigma < 9.0 < params.min_sigma
    raised = detect_manoeuvres(leo_history(steps_a_km={100: 0.013}), rules)
    assert raised["index_after"].tolist() == [100]
    assert raised["direction"].tolist() == ["in-plane"]
    assert raised["confidence"].iloc[0] > 0.5  # 0.5 on the raise threshold, not the drop's
    assert detect_manoeuvres(leo_history(steps_a_km={100: -0.013}), rules).empty
    # With the raise threshold off (0: min_sigma for both) the same raise is missed.
    symmetric = build_rules(MANOEUVRE_SECTIONS, "[inplane.LEO]\nmin_sigma_raise = 0.0", "t")
    assert symmetric.section(inplane.SECTION, "LEO").raise_sigma == params.min_sigma
    assert detect_manoeuvres(leo_history(steps_a_km={100: 0.013}), symmetric).empty


def _routine_history(small_km: float, large_km: float) -> tuple[pd.DataFrame, set[int]]:
    """A LEO object (2 m noise) that makes up 2 m/day of drag every 25 days: eight raises of
    ``large_km``, then four of ``small_km``; also returns the rows of the small ones."""
    days = [20 + 25 * k for k in range(12)]
    sizes = [large_km] * 8 + [small_km] * 4
    steps = {d: s for d, s in zip(days, sizes, strict=True) if s}
    return leo_history(days=320, steps_a_km=steps, noise_a_km=0.002, seed=5), set(days[8:])


def test_small_raises_that_fit_the_objects_own_routine_are_found() -> None:
    # 2 m noise: 20 m make-up raises are about 6 sigma, most found with the ordinary LEO raise
    # threshold; the later 11 m raises (3-4 sigma) are below it but within a factor 2 of the
    # object's routine size, 25 days (50 m of decay) after the previous raise.
    rules = default_rules()
    params = rules.section(inplane.SECTION, "LEO")
    assert params.routine_sigma_raise < 4.0 < params.raise_sigma
    elements, small = _routine_history(small_km=0.011, large_km=0.02)
    found = detect_manoeuvres(elements, rules)
    assert len(small & set(found["index_after"])) == 3
    assert (found["delta_a_km"] > 0).all()
    # Without the routine threshold none of them is found.
    off = build_rules(MANOEUVRE_SECTIONS, "[inplane.LEO]\nroutine_sigma_raise = 0.0", "t")
    without = detect_manoeuvres(elements, off)
    assert not small & set(without["index_after"])
    assert len(without) < len(found)


def test_small_raises_without_a_routine_of_the_object_stay_unfound() -> None:
    # The same 11 m raises on an object with no confident raises of its own: nothing.
    elements, _ = _routine_history(small_km=0.011, large_km=0.0)
    assert detect_manoeuvres(elements, default_rules()).empty
    # ... nor on one whose routine raises are of another size (50 m, a factor 4.5 larger).
    elements, small = _routine_history(small_km=0.011, large_km=0.05)
    found = detect_manoeuvres(elements, default_rules())
    assert len(found) == 8
    assert not small & set(found["index_after"])


def test_routine_raises_need_drag_decay_since_the_last_raise() -> None:
    # A raise is a make-up only when the orbit has sunk since the object's last confident
    # raise: requiring more decay than the history shows (30 routine sizes) finds none of them.
    elements, small = _routine_history(small_km=0.011, large_km=0.02)
    text = "[inplane.LEO]\nroutine_decay_share = 30.0"
    found = detect_manoeuvres(elements, build_rules(MANOEUVRE_SECTIONS, text, "t"))
    assert not small & set(found["index_after"])


def _dense_history(burn_day: float | None, seed: int = 3) -> pd.DataFrame:
    """Four sets a day for 120 days, a decaying orbit with 1 m of fit noise, a 50 m raise."""
    days = np.arange(0.0, 120.0, 0.25)
    rng = np.random.default_rng(seed)
    a_km = 7100.0 - 0.002 * days + rng.normal(0.0, 0.001, len(days))
    if burn_day is not None:
        a_km[days >= burn_day] += 0.05
    elements = leo_history(days=len(days))
    elements["epoch_utc"] = pd.Timestamp("2024-01-01T00:00:00Z") + pd.to_timedelta(days, unit="D")
    elements["mean_motion_rev_per_day"] = np.sqrt(398600.8 / a_km**3) * 86400.0 / (2 * np.pi)
    return elements


def _with_confirm(days: float) -> Rules:
    return build_rules(MANOEUVRE_SECTIONS, f"[thinning]\nconfirm_spacing_days = {days}", "t")


def test_on_a_dense_history_a_change_must_be_seen_at_the_confirming_bin_too() -> None:
    elements = _dense_history(burn_day=60.4)
    # Read at 1.5-day bins and again at 1-day bins (the default): both see the raise.
    found = detect_manoeuvres(elements, default_rules())
    assert found["direction"].tolist() == ["in-plane"]
    assert found["delta_a_km"].iloc[0] == pytest.approx(0.05, abs=0.01)
    # A confirming reading that cannot see it (a set every 40 days) drops it ...
    assert len(detect_manoeuvres(elements, _with_confirm(40.0))) == 0
    # ... and 0 switches the confirmation off: the 1.5-day reading alone, as before.
    unconfirmed = detect_manoeuvres(elements, _with_confirm(0.0))
    assert unconfirmed["epoch_utc"].tolist() == found["epoch_utc"].tolist()


def test_the_confirming_bin_leaves_histories_that_are_not_dense_alone() -> None:
    # A set a day is not thinned: the same reading at every bin, nothing to confirm.
    elements = leo_history(steps_a_km={100: 0.05})
    assert len(detect_manoeuvres(elements, _with_confirm(40.0))) == 1
    # Two objects, one dense without a change seen at 40 days, one daily: only the dense
    # one's manoeuvre needs (and here lacks) confirmation.
    dense = _dense_history(burn_day=60.4).assign(norad_id=1)
    daily = leo_history(norad_id=2, steps_a_km={100: 0.05})
    found = detect_manoeuvres(pd.concat([dense, daily], ignore_index=True), _with_confirm(40.0))
    assert found["norad_id"].tolist() == [2]


def test_a_quiet_dense_history_gives_no_manoeuvre() -> None:
    for seed in range(5):
        quiet = _dense_history(burn_day=None, seed=seed)
        assert len(detect_manoeuvres(quiet, default_rules())) == 0


def test_confirmation_needs_overlapping_windows_of_the_same_rows() -> None:
    found = {"index_before": np.array([10, 20, 30, 50]), "index_after": np.array([12, 22, 33, 51])}
    other = {"index_before": np.array([11, 22, 40]), "index_after": np.array([13, 24, 41])}
    # 10-12 overlaps 11-13; 20-22 only touches 22-24 at its end row; 30-33 and 50-51 meet none.
    assert _confirmed(found, other).tolist() == [True, False, False, False]
    wide = {"index_before": np.array([0]), "index_after": np.array([60])}
    assert _confirmed(found, wide).tolist() == [True] * 4
    assert _confirmed(found, {}).tolist() == [False] * 4
