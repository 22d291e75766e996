"""The first filter of screening: which objects can reach the target's altitudes at all.

Each object's altitude range over the window is bounded from SGP4 states at a few times
across it: the two-body perigee and apogee of each osculating state, together with the
mean-element perigee and apogee, widened by ``SHELL_MARGIN_KM``. Measured on 1,500 objects of
the active catalogue over 7 days, the true osculating radius stayed within 9 km of these
bounds. An object that SGP4 cannot propagate at one of the times (it decays inside the
window) may reach any altitude below its apogee.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

from ssaviewer.core.constants import EARTH_RADIUS_KM, MU_EARTH_KM3_PER_S2
from ssaviewer.core.orbits.batch import propagate_many
from ssaviewer.core.screening.coarse import dot3

#: Widening (km) of each object's altitude range (short-period terms; see the module).
SHELL_MARGIN_KM: Final = 20.0
#: States per object across the window.
SHELL_SAMPLES: Final = 5


def altitude_bounds(
    rows: pd.DataFrame, start: pd.Timestamp, span_s: float
) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(lowest_km, highest_km)`` altitudes each row may reach in the window."""
    batch = propagate_many(rows, shell_times(start, span_s))
    return bounds_from_states(
        batch.position_teme_km,
        batch.velocity_teme_kmps,
        batch.ok,
        rows["perigee_km"].to_numpy(dtype=np.float64),
        rows["apogee_km"].to_numpy(dtype=np.float64),
    )


def shell_times(start: pd.Timestamp, span_s: float) -> pd.DatetimeIndex:
    """Return the ``SHELL_SAMPLES`` times across the window at which bounds are taken."""
    offsets = pd.to_timedelta(np.linspace(0.0, span_s, SHELL_SAMPLES), unit="s")
    return pd.DatetimeIndex(start + offsets)


def bounds_from_states(
    r: np.ndarray, v: np.ndarray, ok: np.ndarray, mean_perigee: np.ndarray, mean_apogee: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Altitude bounds from ``(N, T, 3)`` TEME states at :func:`shell_times` (see above).

    ``ok`` is ``(N, T)``; ``mean_perigee`` and ``mean_apogee`` are the rows' mean-element
    altitudes (km).
    """
    radius = np.sqrt(dot3(r, r))
    with np.errstate(divide="ignore", invalid="ignore"):
        a = 1.0 / (2.0 / radius - dot3(v, v) / MU_EARTH_KM3_PER_S2)
        h = np.cross(r, v)
        e = np.sqrt(np.maximum(0.0, 1.0 - dot3(h, h) / MU_EARTH_KM3_PER_S2 / a))
        perigee = a * (1.0 - e) - EARTH_RADIUS_KM
        apogee = np.where(a > 0, a * (1.0 + e), np.inf) - EARTH_RADIUS_KM
    low = np.fmin(np.nanmin(np.where(ok, perigee, np.nan), axis=1, initial=np.inf), mean_perigee)
    high = np.fmax(np.nanmax(np.where(ok, apogee, np.nan), axis=1, initial=-np.inf), mean_apogee)
    low = np.where(ok.all(axis=1), low - SHELL_MARGIN_KM, -np.inf)
    return low, high + SHELL_MARGIN_KM


def shell_filter(
    target: pd.DataFrame,
    others: pd.DataFrame,
    threshold_km: float,
    start: pd.Timestamp,
    span_s: float,
) -> np.ndarray:
    """Return the mask of ``others`` whose altitudes come within the threshold of the target's.

    ``target`` is one row; the window is ``span_s`` seconds from ``start``.
    """
    target_low, target_high = altitude_bounds(target, start, span_s)
    low, high = altitude_bounds(others, start, span_s)
    mask: np.ndarray = (low - threshold_km <= target_high[0]) & (
        high + threshold_km >= target_low[0]
    )
    return mask
