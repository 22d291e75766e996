"""Pattern of life, station-keeping box: whether the orbit after the burn stays where it was kept.

The box is learned from the object's element sets in the ``lookback_days`` before the
manoeuvre's window (element sets flagged out-of-family excluded): its range
``[min, max]`` of the kept quantity, widened on each side by
``max(min_margin, margin_fraction × (max − min))``. The quantity is

- GEO and IGSO: the mean geographic longitude (deg east, ``Ω + ω + M − GMST``), so the box is
  the slot ± deadband;
- every other regime: the semi-major axis (km), so the box is the band that drag make-up burns
  keep the orbit in.

The orbit *after* is the mean of the quantity over the element sets in the ``settle_days``
after the window (and before the object's next manoeuvre, so a burn is not blamed for the
next one). Code:

``leaves-box``
    The orbit after lies outside the box; needs ``min_points`` element sets in the lookback
    and one after.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.detect.findings import Finding, FloatArray, finding, per_row
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection

SECTION = "box"
NS_PER_DAY = 86_400e9
_LONGITUDE_REGIMES = ("GEO", "IGSO")


@dataclass(frozen=True)
class BoxParams:
    """Thresholds of the station-keeping box rule (see the module docstring)."""

    #: Days of history before the manoeuvre that define the box.
    lookback_days: float = 120.0
    #: Days after the manoeuvre over which the new orbit is averaged.
    settle_days: float = 3.0
    #: Element sets needed in the lookback.
    min_points: int = 5
    #: The box is widened on each side by this fraction of its width ...
    margin_fraction: float = 1.0
    #: ... and at least this much (km of semi-major axis; LEO, MEO, GTO, HEO).
    min_margin_km: float = 2.0
    #: ... or this much (deg of longitude; GEO, IGSO).
    min_margin_deg: float = 0.05


RULE_SECTION = RuleSection(
    SECTION,
    BoxParams,
    {
        ALL_REGIMES: BoxParams(),
        # A GEO slot is held for years; two months show its deadband (typically ±0.05-0.1°)
        # over several station-keeping cycles.
        "GEO": BoxParams(lookback_days=60.0),
        "IGSO": BoxParams(lookback_days=60.0),
    },
    doc=__doc__ or "",
)


def mean_longitude_deg(elements: pd.DataFrame) -> FloatArray:
    """Mean geographic longitude (deg east, unwrapped per object so a drift is continuous)."""
    epoch = elements["epoch_utc"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
    jd = epoch / NS_PER_DAY + 2440587.5
    gmst = 280.46061837 + 360.98564736629 * (jd - 2451545.0)
    raw = (
        elements["ra_of_asc_node_deg"].to_numpy(dtype=np.float64)
        + elements["arg_of_pericenter_deg"].to_numpy(dtype=np.float64)
        + elements["mean_anomaly_deg"].to_numpy(dtype=np.float64)
        - gmst
    )
    step = np.diff(raw, prepend=raw[:1])
    step = (step + 180.0) % 360.0 - 180.0
    norad = elements["norad_id"].to_numpy()
    first = np.r_[True, norad[1:] != norad[:-1]] if len(norad) else np.zeros(0, bool)
    start = (raw + 180.0) % 360.0 - 180.0
    step[first] = start[first]
    # Cumulative sum restarted at each object's first row.
    total = np.cumsum(step)
    offset = np.maximum.accumulate(np.where(first, np.arange(len(total)), 0))
    before = np.where(offset > 0, total[np.maximum(offset - 1, 0)], 0.0)
    result: FloatArray = total - before
    return result


def kept_quantity(elements: pd.DataFrame) -> FloatArray:
    """Longitude (deg) for GEO/IGSO rows, semi-major axis (km) for the rest."""
    longitude_rows = elements["regime"].isin(_LONGITUDE_REGIMES).to_numpy()
    sma = elements["semi_major_axis_km"].to_numpy(dtype=np.float64)
    if not longitude_rows.any():
        return sma
    out: FloatArray = np.where(longitude_rows, mean_longitude_deg(elements), sma)
    return out


def _segment_reduce(
    values: FloatArray, lo: np.ndarray, hi: np.ndarray
) -> tuple[FloatArray, FloatArray, FloatArray, np.ndarray]:
    """NaN-ignoring min, max, mean and count of ``values[lo:hi]`` for every (lo, hi) pair."""
    padded = np.r_[values, np.nan]
    idx = np.empty(2 * len(lo), dtype=np.int64)
    idx[0::2] = lo
    idx[1::2] = hi
    finite = np.isfinite(padded)
    csum = np.r_[0.0, np.cumsum(np.where(finite, padded, 0.0))]
    ccount = np.r_[0, np.cumsum(finite)]
    count = ccount[hi] - ccount[lo]
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = (csum[hi] - csum[lo]) / count
    if len(lo) == 0:
        return np.empty(0), np.empty(0), mean, count
    with np.errstate(invalid="ignore"):
        low = np.fmin.reduceat(padded, idx)[0::2]
        high = np.fmax.reduceat(padded, idx)[0::2]
    return low, high, mean, count


def box_findings(
    manoeuvres: pd.DataFrame,
    elements: pd.DataFrame,
    rules: Rules,
    excluded: np.ndarray | None = None,
) -> list[Finding]:
    """Evaluate ``leaves-box``.

    ``elements`` must be sorted by object and epoch (as :func:`ssaviewer.core.dataset.load`
    returns it); ``excluded`` marks its rows to leave out (out-of-family element sets).
    """
    regimes = manoeuvres["regime"].astype(str).to_numpy()
    n = len(manoeuvres)
    if n == 0 or len(elements) == 0:
        return [finding("leaves-box", SECTION, np.zeros(n, bool), "")]
    wanted = elements["norad_id"].isin(manoeuvres["norad_id"]).to_numpy()
    sub = elements.loc[wanted].reset_index(drop=True)
    values = kept_quantity(sub)
    if excluded is not None:
        values = np.where(np.asarray(excluded)[wanted], np.nan, values)
    key = _time_key(sub["norad_id"].to_numpy(), sub["epoch_utc"])
    rank = pd.Index(pd.unique(sub["norad_id"].to_numpy()))
    lookback = per_row(rules, SECTION, "lookback_days", regimes)
    settle = per_row(rules, SECTION, "settle_days", regimes)
    norad = manoeuvres["norad_id"].to_numpy()
    start = _time_key(norad, manoeuvres["window_start_utc"], rank)
    end = _time_key(norad, manoeuvres["window_end_utc"], rank)
    lo_before = np.searchsorted(key, start - lookback)
    hi_before = np.searchsorted(key, start, side="right")
    lo_after = np.searchsorted(key, end)
    hi_after = np.searchsorted(key, end + settle, side="right")
    # Stop at the element set before the object's next manoeuvre (manoeuvres are sorted).
    same_next = np.r_[norad[1:] == norad[:-1], False]
    next_start = np.where(same_next, np.r_[start[1:], np.inf], np.inf)
    hi_after = np.minimum(hi_after, np.searchsorted(key, next_start, side="right"))
    low, high, _, n_before = _segment_reduce(values, lo_before, hi_before)
    _, _, after, n_after = _segment_reduce(values, lo_after, hi_after)
    is_longitude = np.isin(regimes, _LONGITUDE_REGIMES)
    min_margin = np.where(
        is_longitude,
        per_row(rules, SECTION, "min_margin_deg", regimes),
        per_row(rules, SECTION, "min_margin_km", regimes),
    )
    margin = np.maximum(
        min_margin, per_row(rules, SECTION, "margin_fraction", regimes) * (high - low)
    )
    enough = (n_before >= per_row(rules, SECTION, "min_points", regimes)) & (n_after > 0)
    with np.errstate(invalid="ignore"):
        fired = enough & ((after < low - margin) | (after > high + margin))
    return [
        finding(
            "leaves-box",
            SECTION,
            fired,
            _sentence,
            is_longitude,
            after,
            low - margin,
            high + margin,
            lookback,
        )
    ]


def _sentence(is_longitude: bool, after: float, low: float, high: float, days: float) -> str:
    if is_longitude:
        return (
            f"Longitude after, {_lon(after)}, is outside this object's box"
            f" {_lon(low)} to {_lon(high)} (slot ± deadband over the previous {days:.0f} days)."
        )
    return (
        f"Semi-major axis after, {after:,.1f} km, is outside this object's band"
        f" {low:,.1f}-{high:,.1f} km over the previous {days:.0f} days."
    )


def _lon(value: float) -> str:
    wrapped = (value + 180.0) % 360.0 - 180.0
    return f"{abs(wrapped):.2f}°{'E' if wrapped >= 0 else 'W'}"


def _time_key(norad: np.ndarray, epoch: pd.Series, rank: pd.Index | None = None) -> FloatArray:
    """One sortable float per row: object rank × 10⁶ + days since 1970 (0.1 s resolution)."""
    if rank is None:
        rank = pd.Index(pd.unique(norad))
    days = epoch.to_numpy(dtype="datetime64[ns]").astype(np.int64) / NS_PER_DAY
    key: FloatArray = rank.get_indexer(pd.Index(norad)).astype(np.float64) * 1e6 + days
    return key
