from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import ssaviewer
from ssaviewer.core.nodal import detrended_node_deg, j2_nodal_rate_deg_per_day

SIDEREAL_YEAR_DAYS = 365.2422


def test_sun_synchronous_orbit_precesses_once_a_year() -> None:
    # Sentinel-3A-like mean elements: 14.27 rev/day, i = 98.65°, a = 7,177 km.
    rate = j2_nodal_rate_deg_per_day(14.26735, 0.000105, 98.6248, 7176.9)
    assert rate == pytest.approx(360.0 / SIDEREAL_YEAR_DAYS, rel=0.01)


def test_low_prograde_orbit_regresses_about_five_degrees_a_day() -> None:
    # ISS-like: 15.5 rev/day, i = 51.64°, a = 6,795 km; published rate is about -5.0°/day.
    rate = j2_nodal_rate_deg_per_day(15.50, 0.0005, 51.64, 6795.0)
    assert rate == pytest.approx(-5.0, abs=0.1)


def test_polar_and_geostationary_orbits_barely_precess() -> None:
    rates = j2_nodal_rate_deg_per_day([14.0, 1.0027], [0.001, 0.0002], [90.0, 0.05], [7200, 42164])
    assert abs(rates[0]) < 1e-12
    assert abs(rates[1]) < 0.02


def _synthetic_history(step_deg: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    days = np.arange(0.0, 60.0, 0.8)
    rate = np.full(days.shape, -4.5)
    node = 350.0 + rate * days + np.where(days > 30.0, step_deg, 0.0)
    epoch_ns = (days * 86_400e9).astype(np.int64) + 1_600_000_000 * 10**9
    return epoch_ns, np.mod(node, 360.0), rate


def test_detrended_node_is_flat_without_manoeuvre_and_crosses_zero_cleanly() -> None:
    epoch_ns, node, rate = _synthetic_history(step_deg=0.0)
    residual = detrended_node_deg(epoch_ns, node, rate)
    np.testing.assert_allclose(residual, -10.0, atol=1e-9)


def test_detrended_node_shows_a_plane_change_as_a_step() -> None:
    epoch_ns, node, rate = _synthetic_history(step_deg=0.4)
    residual = detrended_node_deg(epoch_ns, node, rate)
    jumps = np.diff(residual)
    assert np.argmax(np.abs(jumps)) == np.searchsorted(np.arange(0.0, 60.0, 0.8), 30.0) - 1
    assert jumps.max() == pytest.approx(0.4, abs=1e-9)
    assert np.abs(np.delete(jumps, np.argmax(jumps))).max() < 1e-9


def test_detrended_node_of_nothing_is_empty() -> None:
    assert detrended_node_deg([], [], []).shape == (0,)


@pytest.mark.realdata
def test_sentinel3a_node_residual_is_small_compared_with_the_trend(shared_data: Path) -> None:
    elements = ssaviewer.load(shared_data / "tle" / "Sentinel-3A.tle").elements
    year = elements.loc[elements["epoch_utc"].dt.year == 2019]
    rate = j2_nodal_rate_deg_per_day(
        year["mean_motion_rev_per_day"],
        year["eccentricity"],
        year["inclination_deg"],
        year["semi_major_axis_km"],
    )
    residual = detrended_node_deg(
        year["epoch_utc"].dt.tz_convert(None).to_numpy().astype("datetime64[ns]").astype(np.int64),
        year["ra_of_asc_node_deg"],
        rate,
    )
    # The node itself sweeps 360° in the year; what is left (solar/lunar terms, the SGP4
    # short-period noise, inclination control) stays within a few degrees.
    assert np.ptp(residual) < 5.0
