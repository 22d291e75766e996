"""The coarse look of screening: which grid intervals may hold a close approach.

Between two grid points the relative position is a cubic Hermite curve through the end
positions and velocities. An interval is a candidate when that curve comes within the
threshold plus a bound on the interpolation error of both objects.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

from ssaviewer.core.constants import MU_EARTH_KM3_PER_S2

#: Samples of the Hermite curve per coarse interval (after a first look with 4).
SUBSAMPLES: Final = 16
#: Objects whose distance to the target varies less than this (km) are reported once.
RIGID_KM: Final = 1.0


def periapsis_rates(rows: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Perigee radius (km), speed (km/s) and angular rate (rad/s) per row (two-body)."""
    return periapsis_rates_of(
        rows["semi_major_axis_km"].to_numpy(dtype=np.float64),
        rows["eccentricity"].to_numpy(dtype=np.float64),
    )


def periapsis_rates_of(
    a_km: np.ndarray, e: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`periapsis_rates` from semi-major axes (km) and eccentricities."""
    r_p = a_km * (1.0 - e)
    v_p = np.sqrt(MU_EARTH_KM3_PER_S2 * (1.0 + e) / r_p)
    return r_p, v_p, v_p / r_p


def interpolation_pad_km(rows: pd.DataFrame, step_s: float) -> np.ndarray:
    """Bound (×3 safety) on the cubic Hermite error of one object's position over a step."""
    return pad_km_of(*periapsis_rates(rows)[::2], step_s)


def pad_km_of(r_p: np.ndarray, w_p: np.ndarray, step_s: float) -> np.ndarray:
    """:func:`interpolation_pad_km` from perigee radii (km) and angular rates (rad/s)."""
    pad: np.ndarray = 3.0 * (step_s * w_p) ** 4 * r_p / 384.0 + 0.5
    return pad


def gravity_kmps2(rows: pd.DataFrame) -> np.ndarray:
    """Largest gravitational acceleration (km/s², at perigee) per row."""
    return gravity_of(periapsis_rates(rows)[0])


def gravity_of(r_p: np.ndarray) -> np.ndarray:
    """:func:`gravity_kmps2` from perigee radii (km)."""
    g: np.ndarray = MU_EARTH_KM3_PER_S2 / r_p**2
    return g


def dot3(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Return ``(a * b).sum(axis=-1)`` of ``(..., 3)`` vectors, summed without a reduction.

    Summing a length-3 axis is numpy's slowest path; three products added in the same
    order give the same numbers twice as fast.
    """
    result: np.ndarray = a[..., 0] * b[..., 0] + a[..., 1] * b[..., 1] + a[..., 2] * b[..., 2]
    return result


def _hermite_min_distance(
    p0: np.ndarray, p1: np.ndarray, m0: np.ndarray, m1: np.ndarray, samples: int
) -> tuple[np.ndarray, np.ndarray]:
    """Minimum distance to the origin of cubic Hermite curves, and the fraction s where.

    ``p0, p1`` (K, 3) are end points and ``m0, m1`` end tangents (velocity × step). The
    curve is cut into ``samples`` chords; the minimum is over the chords, so the curve's
    true minimum is within the chord sagitta of it.
    """
    s = np.linspace(0.0, 1.0, samples + 1)[:, None, None]
    curve = (
        (2 * s**3 - 3 * s**2 + 1) * p0
        + (s**3 - 2 * s**2 + s) * m0
        + (-2 * s**3 + 3 * s**2) * p1
        + (s**3 - s**2) * m1
    )  # (samples + 1, K, 3)
    a, ab = curve[:-1], np.diff(curve, axis=0)
    a_dot_ab = dot3(a, ab)
    ab_dot_ab = np.maximum(dot3(ab, ab), 1e-30)
    u = np.clip(-a_dot_ab / ab_dot_ab, 0.0, 1.0)
    closest = a + u[..., None] * ab
    distance = np.sqrt(dot3(closest, closest))
    best = np.argmin(distance, axis=0)
    cols = np.arange(len(best))
    fraction = (best + u[best, cols]) / samples
    return distance[best, cols], fraction.astype(np.float64)


def candidates(
    target_r: np.ndarray,
    target_v: np.ndarray,
    r: np.ndarray,
    v: np.ndarray,
    limit_km: np.ndarray,
    max_accel_kmps2: np.ndarray,
    step_s: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Return ``(object, interval, fraction, rigid)`` of intervals where an approach may be.

    ``limit_km`` is the threshold plus interpolation pads per object; ``max_accel_kmps2``
    bounds the relative acceleration per object. Objects whose distance stays within the
    limit and varies by less than ``RIGID_KM`` over the window (docked, or the same element
    set) have no distinct minima: they get one candidate, at their closest grid point.
    """
    dr = r - target_r[None]
    dv = v - target_v[None]
    d = np.sqrt(dot3(dr, dr))
    speed = np.sqrt(dot3(dv, dv))
    # fmax/fmin skip NaN (decayed) samples without warning; an all-NaN row gives NaN.
    farthest, nearest = np.fmax.reduce(d, axis=1), np.fmin.reduce(d, axis=1)
    rigid = (farthest - nearest < RIGID_KM) & (farthest <= limit_km)
    rigid_obj = np.flatnonzero(rigid)
    rigid_k = np.nanargmin(d[rigid_obj], axis=1) if len(rigid_obj) else rigid_obj
    d[rigid] = np.inf
    # First: no point of the interval is nearer than the nearer end minus the distance
    # travelled from it at the largest relative speed the interval allows.
    a_max = max_accel_kmps2[:, None]
    v_max = np.maximum(speed[:, :-1], speed[:, 1:]) + a_max * step_s / 2
    reach = limit_km[:, None] + 0.5 * step_s * v_max
    obj, k = np.nonzero(np.minimum(d[:, :-1], d[:, 1:]) <= reach)
    # Next: a coarse then a fine look at the Hermite curve, each with its chord sagitta.
    for samples in (4, SUBSAMPLES):
        sagitta = a_max[obj, 0] * (step_s / samples) ** 2 / 8.0
        dist, fraction = _hermite_min_distance(
            dr[obj, k], dr[obj, k + 1], dv[obj, k] * step_s, dv[obj, k + 1] * step_s, samples
        )
        keep = dist <= limit_km[obj] + sagitta
        obj, k, fraction = obj[keep], k[keep], fraction[keep]
    return (
        np.concatenate((obj, rigid_obj)),
        np.concatenate((k, rigid_k)),
        np.concatenate((fraction, np.zeros(len(rigid_obj)))),
        np.concatenate((np.zeros(len(obj), dtype=bool), np.ones(len(rigid_obj), dtype=bool))),
    )
