"""Per-element-set features the manoeuvre detectors share, vectorised over many objects.

Everything here is computed from the mean elements as published (``schema.ELEMENT_COLUMNS``),
never from SGP4 output. The input table holds many objects at once, sorted by ``norad_id`` then
``epoch_utc``; group boundaries are found where ``norad_id`` changes, so no Python loop runs per
object or per element set.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.constants import MU_EARTH_KM3_PER_S2, NS_PER_DAY, SECONDS_PER_DAY
from ssaviewer.core.detect.element_table import ElementArrays, first_rows
from ssaviewer.core.orbits.frames import SIDEREAL_REV_PER_DAY, UNIX_DAYS_TO_J2000, gmst_rounded_deg

__all__ = ["SIDEREAL_REV_PER_DAY", "Features", "features_of", "gmst_deg", "unwrap_deg"]


@dataclass(frozen=True)
class Features:
    """Per-row arrays for one table of element sets (many objects).

    Attributes
    ----------
    group
        0-based object index per row (changes where ``norad_id`` changes).
    first
        True on each object's first row.
    t_days
        Epoch in days since 1970-01-01 UTC.
    a_km, e, i_deg
        Semi-major axis (SGP4's, WGS-72), eccentricity, inclination.
    raan_deg
        Right ascension of the node, unwrapped per object (continuous, may exceed 360).
    lon_deg
        Mean geographic longitude λ = Ω + ω + M − GMST, unwrapped per object (degrees);
        computed for geosynchronous rows (mean motion 0.9-1.1 rev/day) only, NaN elsewhere.
    drift_deg_per_day
        Longitude drift from the mean motion, 360 (n − n_sidereal), degrees per day.
    regime_code, regime_names
        Orbital regime per row, as an index into ``regime_names`` (``schema.REGIMES``).
    n_rev_per_day, ndot_rev_per_day2
        Published mean motion and its first derivative / 2 (``mean_motion_dot``; 0 if absent).
    """

    group: np.ndarray
    first: np.ndarray
    t_days: np.ndarray
    a_km: np.ndarray
    e: np.ndarray
    i_deg: np.ndarray
    raan_deg: np.ndarray
    lon_deg: np.ndarray
    drift_deg_per_day: np.ndarray
    regime_code: np.ndarray
    regime_names: tuple[str, ...]
    n_rev_per_day: np.ndarray
    ndot_rev_per_day2: np.ndarray

    def regime_masks(self) -> list[tuple[str, np.ndarray]]:
        """Return ``(regime name, row mask)`` for every regime present."""
        present = np.flatnonzero(np.bincount(self.regime_code, minlength=len(self.regime_names)))
        return [(self.regime_names[k], self.regime_code == k) for k in present]

    def regime_of(self, rows: np.ndarray) -> np.ndarray:
        """Return the regime names (object array) of ``rows``."""
        names: np.ndarray = np.asarray(self.regime_names, dtype=object)
        return np.asarray(names[self.regime_code[rows]])

    @property
    def n(self) -> int:
        """Number of rows."""
        return len(self.t_days)


def gmst_deg(t_days: np.ndarray) -> np.ndarray:
    """Return GMST (``frames.gmst_rounded_deg``) in degrees for UTC days since 1970."""
    return gmst_rounded_deg(t_days - UNIX_DAYS_TO_J2000)


def unwrap_deg(values_deg: np.ndarray, first: np.ndarray) -> np.ndarray:
    """Unwrap angles (degrees) within each object: no jump of more than 180° between rows."""
    step = np.empty(len(values_deg))
    step[:1] = 0.0
    np.subtract(values_deg[1:], values_deg[:-1], out=step[1:])
    step += 180.0
    np.mod(step, 360.0, out=step)
    step -= 180.0
    # Restart the running sum at each object's first row.
    starts = np.flatnonzero(first)
    step[starts] = 0.0
    cumulative = np.cumsum(step)
    base = values_deg - cumulative
    counts = np.diff(np.append(starts, len(values_deg)))
    return np.asarray(cumulative + np.repeat(base[starts], counts))


def compute_features(elements: pd.DataFrame) -> Features:
    """Compute :class:`Features` for ``elements`` (sorted by ``norad_id``, ``epoch_utc``)."""
    return features_of(ElementArrays.of(elements))


def features_of(columns: ElementArrays) -> Features:
    """Compute :class:`Features` from the element columns (sorted by object, then epoch)."""
    norad = columns.norad_id
    first = first_rows(norad)
    group = np.cumsum(first) - 1
    t_days = columns.epoch_ns / NS_PER_DAY
    n_rev = columns.n_rev_per_day
    if columns.a_km is not None:
        a_km = columns.a_km
    else:
        n_rad_s = n_rev * 2.0 * np.pi / SECONDS_PER_DAY
        a_km = np.cbrt(MU_EARTH_KM3_PER_S2 / n_rad_s**2)
    raan = columns.raan_deg
    geosync = (n_rev > 0.9) & (n_rev < 1.1)
    lon = np.full(len(n_rev), np.nan)
    if geosync.any():
        rows = np.flatnonzero(geosync)
        starts = first[rows].copy()
        starts[1:] |= np.diff(rows) != 1
        starts[0] = True
        wrapped = np.mod(
            raan[rows] + columns.argp_deg[rows] + columns.m_deg[rows] - gmst_deg(t_days[rows]),
            360.0,
        )
        lon[rows] = unwrap_deg(wrapped, starts)
    return Features(
        group=group,
        first=first,
        t_days=t_days,
        a_km=a_km,
        e=columns.e,
        i_deg=columns.i_deg,
        raan_deg=unwrap_deg(raan, first),
        lon_deg=lon,
        drift_deg_per_day=360.0 * (n_rev - SIDEREAL_REV_PER_DAY),
        regime_code=columns.regime_code,
        regime_names=columns.regime_names,
        n_rev_per_day=n_rev,
        ndot_rev_per_day2=(
            columns.ndot_rev_per_day2
            if columns.ndot_rev_per_day2 is not None
            else np.zeros(len(n_rev))
        ),
    )


def subset(features: Features, mask: np.ndarray) -> tuple[Features, np.ndarray]:
    """Return the rows where ``mask`` holds, and their positions in ``features``.

    An object whose rows are interrupted (e.g. it changed regime and back) starts a new group
    after each interruption, so differences never span rows that were left out.
    """
    rows = np.flatnonzero(mask)
    if len(rows) == features.n:
        return features, rows
    first = features.first[rows].copy()
    if len(rows):
        first[1:] |= np.diff(rows) != 1
        first[0] = True
    values = {
        name: getattr(features, name)[rows]
        for name in (
            "t_days",
            "a_km",
            "e",
            "i_deg",
            "raan_deg",
            "lon_deg",
            "drift_deg_per_day",
            "regime_code",
            "n_rev_per_day",
            "ndot_rev_per_day2",
        )
    }
    return (
        Features(
            group=np.cumsum(first) - 1,
            first=first,
            regime_names=features.regime_names,
            **values,
        ),
        rows,
    )


def fit_centred_a_km(features: Features, lead_days: float) -> np.ndarray:
    """Semi-major axis from the mean motion ``lead_days`` before each epoch (km).

    A published mean motion and its derivative are fitted together over a span of
    observations that ends near the epoch; evaluated nearer the middle of that span,
    ``n − 2 (ṅ/2) τ``, the mean motion is less affected by the trade-off between the two, which
    is what makes some objects' semi-major axes noisy.
    """
    n = features.n_rev_per_day
    n_centred = n - 2.0 * features.ndot_rev_per_day2 * lead_days
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(n_centred > 0, n / n_centred, 1.0)
    return np.asarray(features.a_km * ratio ** (2.0 / 3.0))
