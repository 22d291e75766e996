"""TEME to GCRS and ITRS, geodetic coordinates, and the Earth's mean sidereal rotation.

The rotations are skyfield's own (``TEME.rotation_at``, ``theta_GMST1982``, the ``wgs84``
latitude iteration) applied to whole ``(..., T, 3)`` arrays at once, so results equal
``EarthSatellite.at(t)`` to rounding. Polar motion is ignored, as in skyfield's builtin
timescale. Arrays have time on the second-to-last axis and x, y, z on the last.

Greenwich mean sidereal time and the sidereal rate are defined here once (IAU 1982, as SGP4's
``gstime``; with the degree form of rounded constants and its linear part, each used where
recorded results depend on their last digit); every other module imports them from here.
skyfield is imported only when a rotation is asked for, so these cost nothing to import.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Final

import numpy as np

from ssaviewer.core.orbits.times import TimesLike, as_utc_index

_SECONDS_PER_DAY: Final = 86_400.0
#: WGS-84 ellipsoid (skyfield's ``wgs84``).
WGS84_RADIUS_KM: Final = 6378.137
WGS84_FLATTENING: Final = 1.0 / 298.257223563
_E2: Final = 2.0 * WGS84_FLATTENING - WGS84_FLATTENING**2

#: Earth's sidereal rotation rate, degrees per solar day (IAU 1982 GMST's linear term).
SIDEREAL_DEG_PER_DAY: Final = 360.98564736629
#: The same rate in revolutions per solar day (a drift-free geosynchronous mean motion).
SIDEREAL_REV_PER_DAY: Final = SIDEREAL_DEG_PER_DAY / 360.0
#: GMST at J2000.0 (2000-01-01 12:00 UT1), degrees (IAU 1982 GMST's constant term).
GMST_J2000_DEG: Final = 280.46061837
#: Julian date of J2000.0, and days from the Unix epoch (1970-01-01 00:00) to it.
JD_J2000: Final = 2451545.0
UNIX_DAYS_TO_J2000: Final = 10957.5


def gmst_deg(days_since_j2000: np.ndarray) -> np.ndarray:
    """Return Greenwich mean sidereal time (IAU 1982, as SGP4's ``gstime``), degrees in [0, 360).

    ``days_since_j2000`` is UT1 (UTC is used for UT1 everywhere in ssaviewer) in days from
    J2000.0: Julian date − ``JD_J2000``, or Unix days − ``UNIX_DAYS_TO_J2000``. The
    simulator uses it.
    """
    t = np.asarray(days_since_j2000, dtype=np.float64) / 36525.0
    seconds = (
        -6.2e-6 * t**3 + 0.093104 * t**2 + (876600.0 * 3600.0 + 8640184.812866) * t + 67310.54841
    )
    return np.asarray(np.mod(seconds / 240.0, 360.0))


#: The degree form's quadratic coefficient, degrees per Julian century squared.
_GMST_T2_DEG: Final = 0.000387933


def gmst_rounded_deg(days_since_j2000: np.ndarray) -> np.ndarray:
    """Return GMST by the degree form with rounded constants, degrees in [0, 360).

    ``GMST_J2000_DEG + SIDEREAL_DEG_PER_DAY · d + 0.000387933 T²`` (no cubic term): within
    1e-7 degrees of :func:`gmst_deg` from 1957 to 2040. The manoeuvre detectors' mean longitude
    uses it (their recorded events depend on its last digit).
    """
    d = np.asarray(days_since_j2000, dtype=np.float64)
    centuries = d / 36525.0
    gmst = GMST_J2000_DEG + SIDEREAL_DEG_PER_DAY * d + _GMST_T2_DEG * centuries**2
    return np.asarray(np.mod(gmst, 360.0))


def gmst_linear_deg(days_since_j2000: np.ndarray | float) -> np.ndarray:
    """Return GMST's linear part ``GMST_J2000_DEG + SIDEREAL_DEG_PER_DAY · d``, degrees, unwrapped.

    For mean longitudes that are differenced or wrapped later (neighbour search, station-keeping
    boxes); it differs from :func:`gmst_deg` by the quadratic term (2.4e-5 degrees in 2025).
    """
    return np.asarray(GMST_J2000_DEG + SIDEREAL_DEG_PER_DAY * np.asarray(days_since_j2000))


@cache
def timescale() -> Any:
    """Skyfield's builtin timescale (no download), made once."""
    from skyfield.api import load  # skyfield loads only when asked for

    return load.timescale(builtin=True)


def skyfield_times(times_utc: TimesLike) -> Any:
    """Return a skyfield ``Time`` vector for UTC times (build it once, reuse it)."""
    index = as_utc_index(times_utc)
    seconds = (
        index.second.to_numpy()
        + index.microsecond.to_numpy() / 1e6
        + index.nanosecond.to_numpy() / 1e9
    )
    return timescale().utc(
        index.year.to_numpy(),
        index.month.to_numpy(),
        index.day.to_numpy(),
        index.hour.to_numpy(),
        index.minute.to_numpy(),
        seconds,
    )


def _rotate_z(vectors: np.ndarray, angle: np.ndarray) -> np.ndarray:
    """Rotate ``(..., T, 3)`` vectors by ``-angle`` (T,) about z (frame rotation by angle)."""
    c = np.cos(angle)[:, None]
    s = np.sin(angle)[:, None]
    x, y, z = vectors[..., 0:1], vectors[..., 1:2], vectors[..., 2:3]
    result: np.ndarray = np.concatenate((c * x + s * y, c * y - s * x, z), axis=-1)
    return result


def teme_to_itrs(
    position_km: np.ndarray, velocity_kmps: np.ndarray, times: Any
) -> tuple[np.ndarray, np.ndarray]:
    """Return ITRS position (km) and velocity (km/s, Earth-fixed) from TEME.

    ``times`` is a skyfield ``Time`` vector of length T (see :func:`skyfield_times`);
    ``position_km`` and ``velocity_kmps`` are ``(..., T, 3)``.
    """
    from skyfield.sgp4lib import theta_GMST1982

    theta, theta_dot = theta_GMST1982(np.atleast_1d(times.whole), np.atleast_1d(times.ut1_fraction))
    r = _rotate_z(np.asarray(position_km, dtype=np.float64), theta)
    v = _rotate_z(np.asarray(velocity_kmps, dtype=np.float64), theta)
    w = (theta_dot / _SECONDS_PER_DAY)[:, None]
    v[..., 0:1] += w * r[..., 1:2]
    v[..., 1:2] -= w * r[..., 0:1]
    return r, v


def teme_to_gcrs(
    position_km: np.ndarray, velocity_kmps: np.ndarray, times: Any
) -> tuple[np.ndarray, np.ndarray]:
    """Return GCRS position (km) and velocity (km/s) from TEME, as ``EarthSatellite.at``.

    Needs skyfield's precession-nutation matrix per time (about 0.1 ms per time), so
    build ``times`` once and keep T modest.
    """
    from skyfield.sgp4lib import TEME

    rotation = np.asarray(TEME.rotation_at(times))
    if rotation.ndim == 2:
        rotation = rotation[:, :, None]
    return (
        _apply_transpose(rotation, np.asarray(position_km, dtype=np.float64)),
        _apply_transpose(rotation, np.asarray(velocity_kmps, dtype=np.float64)),
    )


def _apply_transpose(rotation: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """Return ``R(t)ᵀ · v`` for ``rotation`` (3, 3, T) and ``vectors`` (..., T, 3).

    Nine multiply-adds over whole arrays: much faster than ``einsum`` or stacked 3×3
    ``matmul`` for millions of vectors.
    """
    out = np.empty_like(vectors)
    for i in range(3):
        out[..., i] = (
            vectors[..., 0] * rotation[0, i]
            + vectors[..., 1] * rotation[1, i]
            + vectors[..., 2] * rotation[2, i]
        )
    return out


def geodetic(position_itrs_km: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return WGS-84 ``(latitude_deg, longitude_deg, altitude_km)`` of ITRS positions.

    ``position_itrs_km`` is ``(..., 3)``; results have shape ``(...)``. Longitude is in
    [-180, 180). Same three-step iteration as skyfield's ``wgs84.latlon_of``. NaN in, NaN out.
    """
    xyz = np.asarray(position_itrs_km, dtype=np.float64)
    x, y, z = xyz[..., 0], xyz[..., 1], xyz[..., 2]
    r_xy = np.hypot(x, y)
    lat = np.arctan2(z, r_xy)
    for _ in range(3):
        sin_lat = np.sin(lat)
        e2_sin_lat = _E2 * sin_lat
        a_c = WGS84_RADIUS_KM / np.sqrt(1.0 - e2_sin_lat * sin_lat)
        hyp = z + a_c * e2_sin_lat
        lat = np.arctan2(hyp, r_xy)
    lon = (np.arctan2(y, x) - np.pi) % (2.0 * np.pi) - np.pi
    altitude = np.sqrt(hyp * hyp + r_xy * r_xy) - a_c
    return np.degrees(lat), np.degrees(lon), altitude
