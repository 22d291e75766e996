"""Burn times from lines through the along-track positions of many element sets."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.detect.manoeuvres.detector import (
    MANOEUVRE_SECTIONS,
    default_rules,
    detect_manoeuvres,
)
from ssaviewer.core.detect.manoeuvres.timing import SECTION as TIMING
from ssaviewer.core.detect.manoeuvres.timing import (
    MeanState,
    PublishedSets,
    along_track_rad,
    line_sigma_h,
    plane_change_onset,
    settled_lines_crossing,
)
from ssaviewer.core.detect.rules import build_rules

N_BEFORE, N_AFTER = 14.5, 14.5004
BURN_DAYS = 5.3


def trajectory(t_days: float, n_rev_per_day: float, m_rad: float) -> MeanState:
    """A near-circular sun-synchronous-like orbit with ω = Ω = 0 at its epoch."""
    one = np.ones(1)
    return MeanState(
        t_days=one * t_days,
        n_rev_per_day=one * n_rev_per_day,
        ndot_rev_per_day2=one * 0.0,
        e=one * 0.001,
        i_rad=one * np.radians(98.0),
        raan_rad=one * 0.0,
        argp_rad=one * 0.0,
        m_rad=one * m_rad,
    )


def published(times: np.ndarray, ramp_days: float, noise_km: float = 0.0) -> MeanState:
    """Sets at ``times`` of an orbit whose period changes at ``BURN_DAYS``.

    Each set carries its trajectory's along-track angle at its own epoch (ω = Ω = 0, so M is
    that angle). Sets less than ``ramp_days`` after the burn are fitted across it, as
    published ones are: their mean motion is between the levels and their position is still
    the one before.
    """
    before = trajectory(0.0, N_BEFORE, 0.0)
    at_burn = float(along_track_rad(before, np.array([BURN_DAYS]))[0])
    after = trajectory(BURN_DAYS, N_AFTER, at_burn)
    rng = np.random.default_rng(3)
    settled = times >= BURN_DAYS + ramp_days
    angle = np.where(
        settled,
        along_track_rad(after, times),
        along_track_rad(before, times),
    ) + rng.normal(0.0, noise_km / 7000.0, len(times))
    ramp = (times > BURN_DAYS) & ~settled
    n = np.where(settled, N_AFTER, np.where(ramp, 0.5 * (N_BEFORE + N_AFTER), N_BEFORE))
    zero = np.zeros(len(times))
    return MeanState(
        t_days=times,
        n_rev_per_day=n,
        ndot_rev_per_day2=zero,
        e=zero + 0.001,
        i_rad=zero + np.radians(98.0),
        raan_rad=zero,
        argp_rad=zero,
        m_rad=angle,
    )


def crossing(state: MeanState, before_row: int, after_row: int, settle: float = 0.2) -> float:
    one = np.ones(1)
    sets = PublishedSets(
        t_days=state.t_days,
        n_rev_per_day=state.n_rev_per_day,
        e=state.e,
        i_deg=np.degrees(state.i_rad),
        raan_deg=np.degrees(state.raan_rad),
        argp_deg=np.degrees(state.argp_rad),
        m_deg=np.degrees(state.m_rad),
    )
    found = settled_lines_crossing(
        sets,
        np.full(len(state.t_days), 7000.0),
        np.array([0]),
        np.array([len(state.t_days) - 1]),
        np.array([before_row]),
        np.array([after_row]),
        one * 3.0,
        one * settle,
    )
    return float(found[0])


def test_lines_meet_at_the_burn_past_the_sets_fitted_across_it() -> None:
    times = np.arange(0.0, 10.01, 0.5)  # 5.0 is the last set before; 5.5 and 6.0 are ramp
    state = published(times, ramp_days=1.0)
    assert crossing(state, 10, 13) == pytest.approx(BURN_DAYS, abs=0.01)
    # Taking the sets fitted across the burn as settled pulls the line after it late.
    assert crossing(state, 10, 13, settle=1.0) - BURN_DAYS > 0.1


def test_lines_are_robust_to_position_noise_of_many_sets() -> None:
    times = np.arange(0.0, 10.01, 0.25)
    state = published(times, ramp_days=0.5, noise_km=0.3)
    assert crossing(state, 21, 24) == pytest.approx(BURN_DAYS, abs=0.1)


def test_no_line_after_a_change_with_one_settled_set() -> None:
    times = np.array([3.0, 4.0, 5.0, 6.0])
    assert np.isnan(crossing(published(times, ramp_days=0.0), 2, 3))


def test_line_sigma_grows_with_disagreement_and_window() -> None:
    sigma = line_sigma_h(np.array([0.0, 10.0, 0.0]), np.array([24.0, 24.0, 120.0]))
    assert sigma[1] > sigma[0]
    assert sigma[2] > sigma[0]
    assert sigma[0] > 0.0


def test_detection_on_a_dense_history_is_timed_where_the_orbits_meet() -> None:
    # Four sets a day, read one per 1.5-day bin by the detectors; a 6 cm/s burn at day 60.3 and
    # the sets of the day after it fitted across it. The lines through every published set
    # place it within hours, where the two-set crossing of the thinned sets alone may not.
    times = np.arange(0.0, 120.0, 0.25)
    shift = 60.3 - BURN_DAYS
    state = published(times - shift, ramp_days=1.0, noise_km=0.2)
    epochs = pd.Timestamp("2024-01-01T00:00:00Z") + pd.to_timedelta(times, unit="D")
    elements = pd.DataFrame(
        {
            "norad_id": np.full(len(times), 90001, dtype=np.int64),
            "epoch_utc": epochs,
            "mean_motion_rev_per_day": state.n_rev_per_day,
            "mean_motion_dot": np.zeros(len(times)),
            "eccentricity": np.full(len(times), 0.001),
            "inclination_deg": np.full(len(times), 98.0),
            "ra_of_asc_node_deg": np.zeros(len(times)),
            "arg_of_pericenter_deg": np.zeros(len(times)),
            "mean_anomaly_deg": np.mod(np.degrees(state.m_rad), 360.0),
            "regime": "LEO",
        }
    )
    burn = pd.Timestamp("2024-01-01T00:00:00Z") + pd.Timedelta(days=60.3)
    error_h = {}
    for weight in (0.0, 0.75, 1.0):
        rules = build_rules(MANOEUVRE_SECTIONS, f"[timing]\nline_weight = {weight}\n", "r.toml")
        found = detect_manoeuvres(elements, rules)
        assert found["direction"].tolist() == ["in-plane"]
        row = found.iloc[0]
        assert row.window_start_utc <= row.epoch_utc <= row.window_end_utc
        assert 0.0 < row.epoch_sigma_h < 24.0
        error_h[weight] = abs(row.epoch_utc - burn) / pd.Timedelta(hours=1)
    # The two thinned sets alone: late by about a day (the set after is fitted across it).
    assert error_h[0.0] > 12.0
    assert error_h[0.75] < 8.0  # the default mean
    assert error_h[1.0] < 1.0
    assert default_rules().section(TIMING, "LEO").line_weight == 0.75


def test_a_sharp_plane_change_is_uncertain_over_the_gap_before_it() -> None:
    # One set a day; the tilt shows whole in the first set after the burn. Read between the
    # sets, the ramp's 25 % and 75 % lie half a day apart (half-width 0.25 d); the burn may
    # also lie anywhere in the day before the first set that moved (a uniform day: 1/sqrt(12)).
    t = np.arange(0.0, 10.0)
    i_deg = 98.5 + 0.02 * (t >= 5.0)
    onset, sigma = plane_change_onset(t, i_deg, np.array([3]), np.array([7]))
    assert 4.0 <= onset[0] <= 5.0
    assert sigma[0] == pytest.approx(np.hypot(0.25, 1.0 / np.sqrt(12.0)), rel=0.01)
