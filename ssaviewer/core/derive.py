"""Quantities derived from the published mean elements, vectorised over the whole table."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ssaviewer.core.constants import EARTH_RADIUS_KM, J2, MINUTES_PER_DAY, XKE_PER_MIN
from ssaviewer.core.schema import REGIMES

_X2O3 = 2.0 / 3.0
_XPDOTP = 1440.0 / (2.0 * np.pi)  # rev/day -> rad/min, as sgp4's twoline2rv


def semi_major_axis_km(
    mean_motion_rev_per_day: np.ndarray,
    eccentricity: np.ndarray,
    inclination_deg: np.ndarray,
) -> np.ndarray:
    """Return SGP4's semi-major axis (km, WGS-72) for Kozai mean motions.

    The same steps as SGP4's ``initl`` (un-Kozai the mean motion) and ``sgp4init``
    (``a = (no_unkozai * tumin) ** (-2/3)``), so the result equals ``Satrec.a`` times the
    WGS-72 radius to about 1e-15 relative.
    """
    no_kozai = np.asarray(mean_motion_rev_per_day, dtype=np.float64) / _XPDOTP
    ecc = np.asarray(eccentricity, dtype=np.float64)
    cosio = np.cos(np.asarray(inclination_deg, dtype=np.float64) * (np.pi / 180.0))
    omeosq = 1.0 - ecc * ecc
    rteosq = np.sqrt(omeosq)
    with np.errstate(divide="ignore", invalid="ignore"):
        ak = np.power(XKE_PER_MIN / no_kozai, _X2O3)
        d1 = 0.75 * J2 * (3.0 * cosio * cosio - 1.0) / (rteosq * omeosq)
        del_ = d1 / (ak * ak)
        adel = ak * (1.0 - del_ * del_ - del_ * (1.0 / 3.0 + 134.0 * del_ * del_ / 81.0))
        del_ = d1 / (adel * adel)
        no_unkozai = no_kozai / (1.0 + del_)
        a_earth_radii = np.power(no_unkozai * (1.0 / XKE_PER_MIN), -_X2O3)
    result: np.ndarray = a_earth_radii * EARTH_RADIUS_KM
    return result


def classify_regime(
    period_min: np.ndarray,
    eccentricity: np.ndarray,
    inclination_deg: np.ndarray,
    apogee_km: np.ndarray,
    perigee_km: np.ndarray,
) -> pd.Categorical[str]:
    """Classify orbits into ``schema.REGIMES`` with the boundaries documented there."""
    geosync = (period_min >= 1300.0) & (period_min <= 1600.0) & (eccentricity < 0.1)
    conditions = [
        geosync & (inclination_deg < 25.0),
        geosync,
        apogee_km < 2000.0,
        (perigee_km < 2000.0) & (apogee_km >= 31570.0) & (apogee_km <= 40000.0),
        (eccentricity >= 0.25) | (apogee_km > 40000.0),
    ]
    codes = np.select(conditions, [2, 3, 0, 4, 5], default=1).astype(np.int8)
    return pd.Categorical.from_codes(codes, categories=pd.Index(list(REGIMES)))


def add_derived_columns(elements: pd.DataFrame) -> pd.DataFrame:
    """Add ``semi_major_axis_km``, ``period_min``, ``apogee_km``, ``perigee_km``, ``regime``.

    Works in place on ``elements`` (which must have the base element columns) and returns it.
    """
    n = elements["mean_motion_rev_per_day"].to_numpy(dtype=np.float64)
    e = elements["eccentricity"].to_numpy(dtype=np.float64)
    i = elements["inclination_deg"].to_numpy(dtype=np.float64)
    a = semi_major_axis_km(n, e, i)
    with np.errstate(divide="ignore"):
        period = MINUTES_PER_DAY / n
    apogee = a * (1.0 + e) - EARTH_RADIUS_KM
    perigee = a * (1.0 - e) - EARTH_RADIUS_KM
    elements["semi_major_axis_km"] = a
    elements["period_min"] = period
    elements["apogee_km"] = apogee
    elements["perigee_km"] = perigee
    elements["regime"] = classify_regime(period, e, i, apogee, perigee)
    return elements
