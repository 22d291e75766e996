"""Secular motion of mean elements: J2 drift, SGP4-consistent drag decay, GEO drift.

Units: km, days, degrees unless a name says otherwise. Everything is vectorised over numpy
arrays and uses the WGS-72 constants SGP4 uses, so element sets written from these values
propagate (with SGP4) along the same secular trends.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from ssaviewer.core.constants import EARTH_RADIUS_KM, J2, MU_EARTH_KM3_PER_S2
from ssaviewer.core.derive import semi_major_axis_km
from ssaviewer.core.orbits.frames import SIDEREAL_DEG_PER_DAY

Floats = npt.NDArray[np.float64]

#: Earth's sidereal rotation, degrees per day (``frames.SIDEREAL_DEG_PER_DAY``).
EARTH_ROTATION_DEG_PER_DAY = SIDEREAL_DEG_PER_DAY
#: SGP4's drag reference altitudes (km above the equatorial radius): q0 = 120, s = 78.
_Q0_KM, _S_KM = 120.0, 78.0
#: SGP4's ``qoms2t``: ((q0 - s) / radius)⁴.
_QOMS2T = ((_Q0_KM - _S_KM) / EARTH_RADIUS_KM) ** 4
#: Longitudinal acceleration amplitude of a geostationary orbit from Earth's triaxiality,
#: deg/day²; stable points near 75° E and 105° W (Soop, Handbook of Geostationary Orbits).
GEO_ACCEL_DEG_PER_DAY2 = 0.00168
GEO_STABLE_LONGITUDE_DEG = 75.0
#: Natural drift of an uncontrolled geostationary inclination vector: about 0.85°/year in
#: the direction of right ascension ~ 90° (the lunar node cycle moves it 0.75-0.95°/year).
GEO_INCLINATION_DRIFT_DEG_PER_DAY = 0.85 / 365.25
GEO_INCLINATION_DRIFT_DIRECTION_DEG = 88.0
#: Radius of the yearly solar-radiation-pressure circle of the eccentricity vector.
GEO_ECCENTRICITY_CIRCLE = 2.0e-4


def mean_motion_deg_per_day(a_km: Floats) -> Floats:
    """Keplerian mean motion sqrt(μ/a³) in degrees per day."""
    result: Floats = np.degrees(np.sqrt(MU_EARTH_KM3_PER_S2 / a_km**3)) * 86400.0
    return result


def orbital_speed_mps(a_km: Floats) -> Floats:
    """Circular orbital speed sqrt(μ/a) in m/s."""
    result: Floats = np.sqrt(MU_EARTH_KM3_PER_S2 / a_km) * 1000.0
    return result


def j2_rates_deg_per_day(a_km: Floats, e: Floats, i_deg: Floats) -> tuple[Floats, Floats, Floats]:
    """Secular J2 rates of node, perigee and mean anomaly (the latter includes n), deg/day."""
    n = mean_motion_deg_per_day(a_km)
    p = a_km * (1.0 - e**2)
    k = 0.75 * J2 * (EARTH_RADIUS_KM / p) ** 2 * n
    cos_i = np.cos(np.radians(i_deg))
    raan_dot = -2.0 * k * cos_i
    argp_dot = k * (5.0 * cos_i**2 - 1.0)
    m_dot = n + k * np.sqrt(1.0 - e**2) * (3.0 * cos_i**2 - 1.0)
    return raan_dot, argp_dot, m_dot


def kozai_mean_motion(a_km: Floats, e: Floats, i_deg: Floats) -> Floats:
    """Return the TLE (Kozai) mean motion, rev/day, whose SGP4 semi-major axis is ``a_km``.

    Inverts :func:`ssaviewer.core.derive.semi_major_axis_km` by fixed-point iteration (each
    step shrinks the relative error by a factor of about J2; below 1e-12 after three).
    """
    n = mean_motion_deg_per_day(a_km) / 360.0
    for _ in range(3):
        n = n * (semi_major_axis_km(n, e, i_deg) / a_km) ** 1.5
    return n


def drag_constant_km5_per_day(a_km: Floats, bstar: Floats) -> Floats:
    """SGP4's secular drag as da/dt = −Q / (a − s)⁴; returns Q in km⁵/day.

    From SGP4's ``C1 = B* · qoms2t · ξ⁴ · n · a`` (near-circular) and ``a(t) = a₀(1 − C1 t)²``,
    so da/dt = −2 a C1. ``s`` is ``EARTH_RADIUS_KM + 78``.
    """
    a_er = a_km / EARTH_RADIUS_KM
    n_rad_per_day = np.radians(mean_motion_deg_per_day(a_km))
    result: Floats = 2.0 * bstar * _QOMS2T * n_rad_per_day * a_er**2 * EARTH_RADIUS_KM**5
    return result


#: Upper-atmosphere density follows the Sun's 27-day rotation: ±10 % here (chosen, mild: near
#: solar maximum the swing at 500 km reaches ±30-50 %). Fits absorb it into B* and ndot.
SOLAR_ROTATION_DAYS = 27.0
SOLAR_DENSITY_SWING = 0.1


def solar_density_factor(t_day: float) -> float:
    """Relative atmospheric density on scenario day ``t_day`` (1 ± ``SOLAR_DENSITY_SWING``)."""
    return 1.0 + SOLAR_DENSITY_SWING * float(np.sin(2.0 * np.pi * t_day / SOLAR_ROTATION_DAYS))


def drag_q(a_km: float, bstar: float, t_day: float) -> float:
    """Drag constant Q (km⁵/day) on day ``t_day``: B* scaled by the solar density factor."""
    effective = np.array(bstar * solar_density_factor(t_day))
    return float(drag_constant_km5_per_day(np.array(a_km), effective))


def drag_floor_km() -> float:
    """Return the reference radius s (km) of SGP4's drag power law."""
    return EARTH_RADIUS_KM + _S_KM


def decayed_a_km(a0_km: Floats, q: Floats, tau_days: Floats) -> Floats:
    """Semi-major axis after ``tau_days`` of drag: (a − s)⁵ = (a₀ − s)⁵ − 5 Q τ.

    Returns NaN once the orbit would have reached s (re-entry long past).
    """
    s = drag_floor_km()
    fifth = (a0_km - s) ** 5 - 5.0 * q * tau_days
    with np.errstate(invalid="ignore"):
        result: Floats = np.where(fifth > 0, s + np.power(np.maximum(fifth, 0.0), 0.2), np.nan)
    return result


def decay_phase_deg(a0_km: Floats, q: Floats, tau_days: Floats) -> Floats:
    """Extra mean anomaly (deg) from the drag-raised mean motion over ``tau_days``.

    First order in δa: ΔM = −(3/2)(n₀/a₀) ∫ δa dτ, integrated in closed form.
    """
    s = drag_floor_km()
    x0 = (a0_km - s) ** 5
    x = np.maximum(x0 - 5.0 * q * tau_days, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        integral = np.where(q > 0, (s - a0_km) * tau_days + (x0**1.2 - x**1.2) / (6.0 * q), 0.0)
    result: Floats = -1.5 * mean_motion_deg_per_day(a0_km) / a0_km * integral
    return result


def days_to_reach_km(a0_km: float, q: float, a_target_km: float) -> float:
    """Days of drag until the semi-major axis falls to ``a_target_km`` (inf without drag)."""
    s = drag_floor_km()
    if q <= 0 or a_target_km >= a0_km:
        return float("inf") if q <= 0 else 0.0
    return float(((a0_km - s) ** 5 - (a_target_km - s) ** 5) / (5.0 * q))


def ndot_rev_per_day2(a_km: Floats, q: Floats, n_rev_per_day: Floats) -> Floats:
    """TLE ``mean_motion_dot`` (dn/dt / 2, rev/day²) of the drag decay: 0.75 n Q / ((a−s)⁴ a)."""
    s = drag_floor_km()
    result: Floats = 0.75 * n_rev_per_day * q / ((a_km - s) ** 4 * a_km)
    return result


def geo_accel_deg_per_day2(longitude_deg: Floats) -> Floats:
    """Longitude acceleration of a geostationary satellite at ``longitude_deg`` (deg/day²)."""
    result: Floats = -GEO_ACCEL_DEG_PER_DAY2 * np.sin(
        np.radians(2.0 * (longitude_deg - GEO_STABLE_LONGITUDE_DEG))
    )
    return result


def longitude_rate_deg_per_day(a_km: Floats, e: Floats, i_deg: Floats) -> Floats:
    """Earth-fixed drift of the mean longitude, Ω̇ + ω̇ + Ṁ − Earth rotation (deg/day)."""
    raan_dot, argp_dot, m_dot = j2_rates_deg_per_day(a_km, e, i_deg)
    result: Floats = raan_dot + argp_dot + m_dot - EARTH_ROTATION_DEG_PER_DAY
    return result


def a_for_drift_km(drift_deg_per_day: Floats, e: Floats, i_deg: Floats) -> Floats:
    """Semi-major axis (km) whose longitude drift is ``drift_deg_per_day`` (Newton steps)."""
    a = np.cbrt(
        MU_EARTH_KM3_PER_S2
        / (np.radians(EARTH_ROTATION_DEG_PER_DAY + drift_deg_per_day) / 86400.0) ** 2
    )
    for _ in range(4):
        rate = longitude_rate_deg_per_day(a, e, i_deg)
        slope = -1.5 * mean_motion_deg_per_day(a) / a
        a = a - (rate - drift_deg_per_day) / slope
    result: Floats = a
    return result
