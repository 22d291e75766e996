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

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.constants import NS_PER_DAY
from ssaviewer.core.detect.element_table import (
    category_codes,
    epoch_ns,
    first_rows,
    object_index,
    rule_values,
)
from ssaviewer.core.detect.pattern_of_life.findings import Finding, FloatArray, finding
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.i18n import message
from ssaviewer.core.orbits.frames import GMST_J2000_DEG, JD_J2000, SIDEREAL_DEG_PER_DAY

#: Julian date of the Unix epoch (1970-01-01 00:00 UTC).
_JD_UNIX_EPOCH = 2440587.5

SECTION = "box"
_LONGITUDE_REGIMES = ("GEO", "IGSO")
_ANGLES = ("ra_of_asc_node_deg", "arg_of_pericenter_deg", "mean_anomaly_deg")


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
    return _mean_longitude(
        elements["norad_id"].to_numpy(),
        epoch_ns(elements["epoch_utc"]),
        *(elements[c].to_numpy(dtype=np.float64) for c in _ANGLES),
    )


def _mean_longitude(
    norad: np.ndarray,
    epoch: np.ndarray,
    raan: FloatArray,
    argp: FloatArray,
    anomaly: FloatArray,
) -> FloatArray:
    # In place, two buffers for the whole table: the same operations in the same order as
    # gmst = frames.gmst_linear_deg(jd - JD_J2000), raw = Ω + ω + M - gmst.
    work = np.divide(epoch, NS_PER_DAY)
    work += _JD_UNIX_EPOCH
    work -= JD_J2000
    work *= SIDEREAL_DEG_PER_DAY
    work += GMST_J2000_DEG
    raw = np.add(raan, argp)
    raw += anomaly
    raw -= work
    # The wrapped step from the previous row ...
    step = work
    np.subtract(raw[1:], raw[:-1], out=step[1:])
    step[:1] = raw[:1] - raw[:1]
    step += 180.0
    np.remainder(step, 360.0, out=step)
    step -= 180.0
    # ... except at each object's first row, which starts from its own wrapped longitude ...
    starts = np.flatnonzero(first_rows(norad))
    step[starts] = (raw[starts] + 180.0) % 360.0 - 180.0
    # ... and the cumulative sum restarts at each object's first row.
    total = np.cumsum(step, out=raw)
    sizes = np.diff(np.r_[starts, len(total)])
    before = np.where(starts > 0, total[np.maximum(starts - 1, 0)], 0.0)
    total -= np.repeat(before, sizes)
    result: FloatArray = total
    return result


def kept_quantity(elements: pd.DataFrame) -> FloatArray:
    """Longitude (deg) for GEO/IGSO rows, semi-major axis (km) for the rest."""
    longitude_rows = elements["regime"].isin(_LONGITUDE_REGIMES).to_numpy()
    sma = elements["semi_major_axis_km"].to_numpy(dtype=np.float64)
    if not longitude_rows.any():
        return sma
    out: FloatArray = np.where(longitude_rows, mean_longitude_deg(elements), sma)
    return out


def _kept_rows(
    elements: pd.DataFrame, norad_wanted: np.ndarray, excluded: np.ndarray | None
) -> tuple[FloatArray, FloatArray, np.ndarray]:
    """Kept quantity and time key of the rows of the wanted objects, and those objects.

    The same numbers as :func:`kept_quantity` and :func:`_time_key` on
    ``elements[elements.norad_id.isin(norad_wanted)]``, without copying the table.
    """
    norad = elements["norad_id"].to_numpy()
    groups, objects = object_index(norad)
    object_wanted = np.isin(objects, norad_wanted)
    rows = object_wanted[groups]
    everything = bool(rows.all())

    def column(name: str) -> np.ndarray:
        values = elements[name].to_numpy(dtype=np.float64)
        return values if everything else values[rows]

    epoch = epoch_ns(elements["epoch_utc"])
    regime, labels = category_codes(elements["regime"])
    is_longitude = np.isin(np.array(labels, dtype=object), _LONGITUDE_REGIMES)[regime]
    if not everything:
        norad, epoch, is_longitude = norad[rows], epoch[rows], is_longitude[rows]
    values = column("semi_major_axis_km")
    if is_longitude.any():
        # Only the objects with a longitude row (GEO, IGSO) need the longitude: each object's
        # unwrapping starts afresh at its first row.
        object_groups = groups[rows] if not everything else groups
        has_longitude = np.zeros(len(objects), dtype=bool)
        has_longitude[object_groups[is_longitude]] = True
        sub = has_longitude[object_groups]
        longitude = _mean_longitude(norad[sub], epoch[sub], *(column(c)[sub] for c in _ANGLES))
        values = values.copy()
        values[sub] = np.where(is_longitude[sub], longitude, values[sub])
    if excluded is not None:
        values = np.where(np.asarray(excluded)[rows], np.nan, values)
    # Object rank (order of first appearance among the wanted) × 10⁶ + days since 1970.
    rank = (np.cumsum(object_wanted) - 1)[groups[rows] if not everything else groups]
    key: FloatArray = rank.astype(np.float64)
    key *= 1e6
    key += epoch / NS_PER_DAY
    return values, key, objects[object_wanted]


def _prefix_sums(values: FloatArray) -> tuple[FloatArray, np.ndarray]:
    """Cumulative sum (NaN as 0) and count of finite values, each with a leading 0."""
    finite = np.isfinite(values)
    csum = np.empty(len(values) + 1)
    csum[0] = 0.0
    np.copyto(csum[1:], values)
    csum[1:][~finite] = 0.0
    np.cumsum(csum[1:], out=csum[1:])
    ccount = np.empty(len(values) + 1, dtype=np.int64)
    ccount[0] = 0
    np.cumsum(finite, out=ccount[1:])
    return csum, ccount


def _segment_min_max(
    values: FloatArray, lo: np.ndarray, hi: np.ndarray
) -> tuple[FloatArray, FloatArray]:
    """NaN-ignoring min and max of ``values[lo:hi]`` for every (lo, hi) pair."""
    if len(lo) == 0:
        return np.empty(0), np.empty(0)
    padded = np.r_[values, np.nan]
    idx = np.empty(2 * len(lo), dtype=np.int64)
    idx[0::2] = lo
    idx[1::2] = hi
    with np.errstate(invalid="ignore"):
        low = np.fmin.reduceat(padded, idx)[0::2]
        high = np.fmax.reduceat(padded, idx)[0::2]
    return low, high


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
    n = len(manoeuvres)
    if n == 0 or len(elements) == 0:
        return [finding("leaves-box", SECTION, np.zeros(n, bool), "")]
    norad = manoeuvres["norad_id"].to_numpy()
    values, key, objects = _kept_rows(elements, norad, excluded)
    regime, labels = category_codes(manoeuvres["regime"])

    def param(field: Callable[[BoxParams], float]) -> FloatArray:
        values: FloatArray = rule_values(rules, RULE_SECTION, field, labels)[regime]
        return values

    lookback = param(lambda p: p.lookback_days)
    rank = pd.Index(objects).get_indexer(pd.Index(norad)).astype(np.float64) * 1e6
    start = rank + epoch_ns(manoeuvres["window_start_utc"]) / NS_PER_DAY
    end = rank + epoch_ns(manoeuvres["window_end_utc"]) / NS_PER_DAY
    lo_before = np.searchsorted(key, start - lookback)
    hi_before = np.searchsorted(key, start, side="right")
    lo_after = np.searchsorted(key, end)
    hi_after = np.searchsorted(key, end + param(lambda p: p.settle_days), side="right")
    # Stop at the element set before the object's next manoeuvre (manoeuvres are sorted).
    same_next = np.r_[norad[1:] == norad[:-1], False]
    next_start = np.where(same_next, np.r_[start[1:], np.inf], np.inf)
    hi_after = np.minimum(hi_after, np.searchsorted(key, next_start, side="right"))
    csum, ccount = _prefix_sums(values)
    low, high = _segment_min_max(values, lo_before, hi_before)
    n_before = ccount[hi_before] - ccount[lo_before]
    n_after = ccount[hi_after] - ccount[lo_after]
    with np.errstate(invalid="ignore", divide="ignore"):
        after = (csum[hi_after] - csum[lo_after]) / n_after
    is_longitude = np.isin(np.array(labels, dtype=object), _LONGITUDE_REGIMES)[regime]
    min_margin = np.where(
        is_longitude, param(lambda p: p.min_margin_deg), param(lambda p: p.min_margin_km)
    )
    margin = np.maximum(min_margin, param(lambda p: p.margin_fraction) * (high - low))
    enough = (n_before >= param(lambda p: p.min_points)) & (n_after > 0)
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
        return message("leaves-box.longitude").format(
            lon_after=_lon(after), lon_low=_lon(low), lon_high=_lon(high), days=f"{days:.0f}"
        )
    return message("leaves-box.sma").format(
        sma=f"{after:,.1f}", sma_low=f"{low:,.1f}", sma_high=f"{high:,.1f}", days=f"{days:.0f}"
    )


def _lon(value: float) -> str:
    wrapped = (value + 180.0) % 360.0 - 180.0
    return f"{abs(wrapped):.2f}°{'E' if wrapped >= 0 else 'W'}"
