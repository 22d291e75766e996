"""The J2 secular drift of the ascending node, and the node with that drift removed.

An analyst looking for out-of-plane manoeuvres wants the right ascension of the ascending node
without its steady J2 precession (about -7°/day in low orbit, +0.99°/day for a sun-synchronous
orbit), so that a plane change shows as a step instead of being lost in a ramp.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from ssaviewer.core.constants import EARTH_RADIUS_KM, J2

FloatArray = npt.NDArray[np.float64]

_NS_PER_DAY = 86_400e9


def j2_nodal_rate_deg_per_day(
    mean_motion_rev_per_day: npt.ArrayLike,
    eccentricity: npt.ArrayLike,
    inclination_deg: npt.ArrayLike,
    semi_major_axis_km: npt.ArrayLike,
) -> FloatArray:
    """Return the secular J2 rate of the right ascension of the ascending node.

    ``dΩ/dt = -3/2 · n · J2 · (R / p)² · cos i`` with ``p = a (1 - e²)`` (WGS-72 ``R`` and
    ``J2``, as SGP4 uses them).

    Parameters
    ----------
    mean_motion_rev_per_day, eccentricity, inclination_deg, semi_major_axis_km
        Mean elements, broadcastable arrays (the element table's columns).

    Returns
    -------
    numpy.ndarray
        Nodal rate in degrees per day (negative for prograde orbits).
    """
    n_deg_per_day = np.asarray(mean_motion_rev_per_day, dtype=np.float64) * 360.0
    ecc = np.asarray(eccentricity, dtype=np.float64)
    cos_i = np.cos(np.radians(np.asarray(inclination_deg, dtype=np.float64)))
    p_km = np.asarray(semi_major_axis_km, dtype=np.float64) * (1.0 - ecc * ecc)
    rate: FloatArray = -1.5 * n_deg_per_day * J2 * (EARTH_RADIUS_KM / p_km) ** 2 * cos_i
    return rate


def detrended_node_deg(
    epoch_ns: npt.ArrayLike,
    ra_of_asc_node_deg: npt.ArrayLike,
    nodal_rate_deg_per_day: npt.ArrayLike,
) -> FloatArray:
    """Return one object's node with the J2 trend removed, continuous across 0°/360°.

    The trend is the nodal rate integrated over time with the trapezoidal rule, so a history
    whose rate changes (orbit raising, decay) is followed. Each residual is taken modulo 360°
    against the first element set and then unwrapped, so gaps in the history do not matter
    as long as the residual itself changes by less than 180° between element sets.

    Parameters
    ----------
    epoch_ns
        Epochs as integer nanoseconds (any origin), sorted ascending.
    ra_of_asc_node_deg
        Published right ascension of the ascending node, degrees.
    nodal_rate_deg_per_day
        J2 nodal rate per element set (:func:`j2_nodal_rate_deg_per_day`).

    Returns
    -------
    numpy.ndarray
        Node minus trend, degrees; the first value equals the first published node wrapped
        to (-180, 180].
    """
    t_days = np.asarray(epoch_ns, dtype=np.int64).astype(np.float64) / _NS_PER_DAY
    node = np.asarray(ra_of_asc_node_deg, dtype=np.float64)
    rate = np.asarray(nodal_rate_deg_per_day, dtype=np.float64)
    if len(node) == 0:
        return np.empty(0, dtype=np.float64)
    steps = np.diff(t_days) * 0.5 * (rate[1:] + rate[:-1])
    trend = np.concatenate(([0.0], np.cumsum(steps)))
    residual = _wrap_deg(node - trend - node[0])
    result: FloatArray = _wrap_deg(np.array([node[0]]))[0] + np.unwrap(residual, period=360.0)
    return result


def _wrap_deg(angle_deg: FloatArray) -> FloatArray:
    """Wrap angles to (-180, 180]."""
    wrapped: FloatArray = 180.0 - np.mod(180.0 - angle_deg, 360.0)
    return wrapped
