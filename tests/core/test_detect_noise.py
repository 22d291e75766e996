"""Robust statistics and burn timing on literal arrays."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.detect.manoeuvres.detector import MANOEUVRE_SECTIONS
from ssaviewer.core.detect.manoeuvres.noise import (
    Layout,
    block_median,
    median_of_three,
    step_stats,
    tail_factor,
)
from ssaviewer.core.detect.manoeuvres.timing import (
    MeanState,
    along_track_rad,
    crossing_days,
    plane_change_onset,
    secular_rates,
)
from ssaviewer.core.detect.rules import build_rules

FIRST = np.array([True, False, False, False, False, True, False])


def test_layout_counts_rows_within_objects() -> None:
    layout = Layout.of(FIRST)
    assert layout.row_in_object.tolist() == [0, 1, 2, 3, 4, 0, 1]
    assert layout.rows_left.tolist() == [4, 3, 2, 1, 0, 1, 0]
    assert layout.start_row.tolist() == [0, 0, 0, 0, 0, 5, 5]


def test_block_median_ignores_nan_and_never_crosses_objects() -> None:
    values = np.array([1.0, 100.0, 3.0, np.nan, 5.0, 7.0, np.nan])
    medians = block_median(values, Layout.of(FIRST), 3)
    assert medians.tolist() == [3.0, 3.0, 3.0, 5.0, 5.0, 7.0, 7.0]


def test_median_of_three_before_and_after() -> None:
    values = np.array([1.0, 9.0, 2.0, 8.0, 3.0, 50.0, 60.0])
    layout = Layout.of(FIRST)
    before = median_of_three(values, layout, after=False)
    after = median_of_three(values, layout, after=True)
    assert before.tolist() == [1.0, 5.0, 2.0, 8.0, 3.0, 50.0, 55.0]
    assert after[:4].tolist() == [8.0, 3.0, 5.5, 3.0]
    assert np.isnan(after[4])
    assert after[5] == 60.0


def test_step_survives_trend_and_single_outlier_does_not() -> None:
    days = np.arange(40.0)
    x = 100.0 - 0.01 * days + np.where(days >= 20, 0.5, 0.0)
    x[10] += 5.0  # one bad value that reverts
    first = np.zeros(40, dtype=bool)
    first[0] = True
    stats = step_stats(
        x, days, first, trend_window=15, noise_window=31, step_rows=3, noise_floor=1e-3
    )
    assert np.nanargmax(np.abs(stats.step)) in (18, 19, 20)
    assert stats.step[19] == pytest.approx(0.5, abs=0.02)
    assert abs(stats.step[9]) < 0.05
    assert stats.z_jump[9] > 100
    assert stats.z_jump[10] < -100


def circular(t_days: float, n_rev_per_day: float, m_deg: float) -> MeanState:
    one = np.ones(1)
    return MeanState(
        t_days=one * t_days,
        n_rev_per_day=one * n_rev_per_day,
        ndot_rev_per_day2=one * 0.0,
        e=one * 0.001,
        i_rad=one * np.radians(98.0),
        raan_rad=one * 0.0,
        argp_rad=one * 0.0,
        m_rad=one * np.radians(m_deg),
    )


def test_trajectories_cross_at_the_burn() -> None:
    # A burn at day 1.25 changes the mean motion; the set after it (day 3) carries the phase
    # that continuity at the burn implies.
    burn = np.array([1.25])
    before = circular(0.0, 14.5, 0.0)
    unphased = circular(3.0, 14.5002, 0.0)
    offset = along_track_rad(before, burn) - along_track_rad(unphased, burn)
    after = circular(3.0, 14.5002, float(np.degrees(np.mod(offset[0], 2 * np.pi))))
    found = crossing_days(before, after, np.array([0.0]), np.array([7000.0]), np.array([1.0]))
    assert found[0] == pytest.approx(1.25, abs=0.01)


def test_no_crossing_without_a_change_of_period() -> None:
    before = circular(0.0, 14.5, 0.0)
    after = circular(3.0, 14.5, float(np.mod(360.0 * 14.5 * 3.0 + 0.01, 360.0)))
    found = crossing_days(before, after, np.array([0.0]), np.array([7000.0]), np.array([1.0]))
    assert np.isnan(found[0])


def test_a_plane_change_with_the_burn_does_not_move_the_crossing() -> None:
    # A combined burn at day 1.25 changes the period and tilts the orbit by 0.05 deg, on an
    # orbit whose node is at 300 deg. Position is continuous at the burn: the node and the
    # argument of latitude u = M + ω carry on. The node term Ω cos i must not turn the tilt
    # into an along-track offset of Ω sin i Δi (about 6 km here), hours of crossing time.
    t_burn = 1.25
    before = replace(circular(0.0, 14.5, 0.0), raan_rad=np.array([np.radians(300.0)]))
    tilted = replace(circular(3.0, 14.5002, 0.0), i_rad=before.i_rad + np.radians(0.05))
    mdot_b, argpdot_b, nodedot_b = secular_rates(before)
    mdot_a, argpdot_a, nodedot_a = secular_rates(tilted)
    node_at_burn = before.raan_rad + nodedot_b * t_burn
    u_at_burn = before.m_rad + before.argp_rad + (mdot_b + argpdot_b) * t_burn
    back = t_burn - 3.0
    after = replace(
        tilted,
        raan_rad=node_at_burn - nodedot_a * back,
        m_rad=np.mod(u_at_burn - tilted.argp_rad - (mdot_a + argpdot_a) * back, 2 * np.pi),
    )
    found = crossing_days(before, after, np.array([0.0]), np.array([7000.0]), np.array([1.0]))
    assert found[0] == pytest.approx(t_burn, abs=0.01)


def test_a_plane_change_is_timed_by_the_onset_of_its_ramp() -> None:
    # Four sets a day; a burn at day 2.1 tilts the orbit by 0.02 deg, and the sets after it,
    # fitted across it, show the change growing linearly over 1.5 days.
    t = np.arange(0.0, 6.0, 0.25)
    i_deg = 98.5 + 0.02 * np.clip((t - 2.1) / 1.5, 0.0, 1.0)
    window_start, window_end = np.array([6]), np.array([18])  # days 1.5 and 4.5
    onset, sigma = plane_change_onset(t, i_deg, window_start, window_end)
    assert onset[0] == pytest.approx(2.1, abs=0.1)
    assert 0.3 < sigma[0] < 1.0  # half the ramp's width, as outlined by its 25 % and 75 %
    # A window with no set inside it cannot show a ramp: no onset.
    onset, _ = plane_change_onset(t, i_deg, np.array([8]), np.array([9]))
    assert np.isnan(onset[0])


def test_tail_factor_measures_each_objects_own_tails() -> None:
    rng = np.random.default_rng(5)
    gaussian = rng.normal(0.0, 1.0, 2000)
    heavy = rng.standard_t(2, 2000)  # Student-t with 2 degrees of freedom: heavy tails
    z = np.concatenate([gaussian, heavy, [np.nan] * 10])
    first = np.zeros(len(z), dtype=bool)
    first[[0, 2000, 4000]] = True
    factor = tail_factor(z, first, 0.9)
    # A Gaussian object's 90th percentile of |z| is 1.645: no raise. Student-t(2)'s is 2.92.
    assert factor[0] == pytest.approx(1.0, abs=0.08)
    assert factor[2000] == pytest.approx(2.92 / 1.645, rel=0.12)
    assert factor[-1] == 1.0  # too few gaps to measure
    assert np.all(tail_factor(z, first, 0.0) == 1.0)  # switched off


def test_a_heavy_tailed_history_needs_a_larger_step() -> None:
    from ssaviewer.core.detect.manoeuvres.detector import default_rules, detect_manoeuvres
    from tests.core.detect_fixtures import leo_history

    # The same 60 m step in a on two objects with the same Gaussian noise (3 m); on the second,
    # one set in ten is also off by 40-80 m and reverts (archival fits). The step is found on
    # the first; on the second it is within what that history does without burns.
    step = {200: 0.06}
    clean = leo_history(norad_id=1, days=400, steps_a_km=step, noise_a_km=0.003)
    days = range(5, 400, 10)
    bumps = {d: (0.04 if k % 2 else -0.08) for k, d in enumerate(days)}
    heavy = leo_history(norad_id=2, days=400, steps_a_km=step, noise_a_km=0.003,
                        outliers_a_km=bumps, seed=2)  # fmt: skip
    found = detect_manoeuvres(pd.concat([clean, heavy], ignore_index=True), default_rules())
    assert found["norad_id"].tolist() == [1]
    # Without the tail factor (the rules file can switch it off) both steps are found.
    rules = build_rules(MANOEUVRE_SECTIONS, "[inplane.LEO]\ntail_quantile = 0.0", "test")
    found = detect_manoeuvres(pd.concat([clean, heavy], ignore_index=True), rules)
    assert found["norad_id"].tolist() == [1, 2]
