"""Which objects could come near a target at all: a catalogue's altitude shells, indexed once.

Screening (:mod:`~.engine`) filters by altitude itself, but only after building an SGP4
record for every object of the catalogue, for every call. When one run screens many targets,
:func:`build_shell_index` indexes the mean-element perigee and apogee of every
SGP4-propagatable element set once, and :func:`shell_candidates` answers "which objects may
reach the target's altitudes in this window" with a few array operations, without SGP4.

The answer is conservative: it keeps at least every object :func:`~.shells.shell_filter`
would keep. For each object it takes every element set that may serve a time in the window
(the sets inside it and the nearest one on either side), widens their perigee and apogee by
``PREFILTER_MARGIN_KM`` + ``MARGIN_PER_A`` a + ``MARGIN_PER_AE`` a e (the difference between
osculating and mean elements, plus the 20 km margin of :mod:`~.shells`; checked against
:func:`~.shells.altitude_bounds` on the whole active catalogue) and by the drag decay the
mean-motion derivative allows between the set's epoch and the window (four times over). An
object that may decay in the window (perigee then below ``DECAY_ALTITUDE_KM``) may reach any
altitude below its apogee.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal

import numpy as np
import pandas as pd

from ssaviewer.core.constants import NS_PER_SECOND
from ssaviewer.core.orbits.frames import SIDEREAL_DEG_PER_DAY, UNIX_DAYS_TO_J2000, gmst_linear_deg
from ssaviewer.core.screening.envelopes import may_be_near, object_envelopes

#: Widening (km) of every mean-element perigee and apogee, plus ``MARGIN_PER_A`` × a and
#: ``MARGIN_PER_AE`` × a·e (see the module docstring).
PREFILTER_MARGIN_KM: Final = 40.0
MARGIN_PER_A: Final = 0.004
MARGIN_PER_AE: Final = 0.05
#: A perigee that may fall below this altitude (km) in the window may fall to anything.
DECAY_ALTITUDE_KM: Final = 250.0
#: Added to every mean-longitude margin (degrees).
LONGITUDE_MARGIN_DEG: Final = 0.5
#: Error of the mean drift rate (J2, Kozai mean motion), degrees per day from the epoch.
LONGITUDE_DRIFT_ERROR_DEG_PER_DAY: Final = 0.1
#: Smallest geosynchronous radius considered (km): a distance there spans the widest angle.
GEO_RADIUS_KM: Final = 40_000.0
#: Seconds from the index's origin: one time, or one per object, pair or row.
Seconds = int | np.ndarray
#: Seconds per object in the search key (2**34 s is 544 years).
_KEY_SPAN_S: Final = 2**34


@dataclass(frozen=True)
class ShellIndex:
    """The propagatable element sets of a catalogue, by object and epoch.

    Attributes
    ----------
    norad_id
        ``(N,)`` the objects, ascending.
    first_row
        ``(N + 1,)`` each object's first row in the arrays below, then their length.
    key
        ``(R,)`` int64 search key: object position × 2**34 + seconds since ``origin_s``.
    perigee_km, apogee_km
        ``(R,)`` mean-element altitudes (km).
    decay_km_per_s
        ``(R,)`` bound on the rate of change of the semi-major axis (km/s), from the
        mean-motion derivative, four times over.
    margin_km
        ``(R,)`` widening of the mean perigee and apogee (km).
    geo_of_row
        ``(R,)`` int32: each set's position among the geosynchronous sets, -1 for others.
    longitude_deg, drift_deg_per_day
        ``(G,)`` their mean Earth-fixed longitude at ``origin_s`` (degrees) and its drift
        rate (degrees per day) (:func:`_mean_longitude`); :meth:`longitudes` reads them by
        row, NaN for the other sets.
    longitude_margin_deg
        ``(G,)`` how far the true longitude may stray from the mean one (degrees).
    row
        ``(R,)`` each set's position in the table the index was built from.
    epoch_s
        ``(R,)`` int64 seconds of each set's epoch since ``origin_s`` (the key's low part).
    envelope
        ``(N,)`` arrays of :func:`~.envelopes.object_envelopes`.
    origin_s
        Unix seconds of the earliest epoch.
    """

    norad_id: np.ndarray
    first_row: np.ndarray
    key: np.ndarray
    perigee_km: np.ndarray
    apogee_km: np.ndarray
    decay_km_per_s: np.ndarray
    margin_km: np.ndarray
    geo_of_row: np.ndarray
    longitude_deg: np.ndarray
    drift_deg_per_day: np.ndarray
    longitude_margin_deg: np.ndarray
    row: np.ndarray
    epoch_s: np.ndarray
    envelope: tuple[np.ndarray, np.ndarray, np.ndarray]
    origin_s: int

    def longitudes(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return longitude, drift and margin of the sets at positions ``rows`` (NaN: not GEO)."""
        at = self.geo_of_row[rows]
        geo = at >= 0
        lon, drift, margin = (
            np.where(geo, values[at], np.nan) if len(values) else np.full(len(rows), np.nan)
            for values in (self.longitude_deg, self.drift_deg_per_day, self.longitude_margin_deg)
        )
        return lon, drift, margin


def build_shell_index(elements: pd.DataFrame) -> ShellIndex:
    """Index the SGP4-propagatable element sets of ``elements`` (``schema.ELEMENT_COLUMNS``).

    A loaded table is already in object and epoch order and all propagatable: its columns
    are then read without a copy, and the figures are computed in place (a catalogue's
    history is millions of rows, so every temporary array costs).
    """
    propagatable = elements["sgp4_propagatable"].to_numpy(dtype=bool)
    every = bool(propagatable.all())
    rows = np.arange(len(elements)) if every else np.flatnonzero(propagatable)
    norad = elements["norad_id"].to_numpy(dtype=np.int64)
    epoch_s = elements["epoch_utc"].to_numpy(dtype="datetime64[ns]").view("i8") // NS_PER_SECOND
    if not every:
        norad, epoch_s = norad[rows], epoch_s[rows]
    origin = int(epoch_s.min()) if len(epoch_s) else 0
    order = _by_object_and_epoch(norad, epoch_s)
    if order is not None:
        rows, norad, epoch_s = rows[order], norad[order], epoch_s[order]
    take: np.ndarray | slice = slice(None) if every and order is None else rows
    epoch_s -= origin
    first = np.flatnonzero(np.r_[True, norad[1:] != norad[:-1]]) if len(norad) else rows
    first_row = np.r_[first, len(norad)].astype(np.int64)
    key = np.repeat(np.arange(len(first), dtype=np.int64) * _KEY_SPAN_S, np.diff(first_row))
    key += epoch_s
    a_km = _column(elements, "semi_major_axis_km", take)
    perigee_km = _column(elements, "perigee_km", take)
    apogee_km = _column(elements, "apogee_km", take)
    decay = _decay_km_per_s(a_km, elements, take)
    margin_km = _margin_km(a_km, _column(elements, "eccentricity", take))
    geo, longitude, drift, margin = _mean_longitude(elements, rows, take, origin)
    return ShellIndex(
        norad_id=norad[first],
        first_row=first_row,
        key=key,
        perigee_km=perigee_km,
        apogee_km=apogee_km,
        decay_km_per_s=decay,
        margin_km=margin_km,
        geo_of_row=_positions(geo, len(rows)),
        longitude_deg=longitude,
        drift_deg_per_day=drift,
        longitude_margin_deg=margin,
        row=rows,
        epoch_s=epoch_s,
        envelope=object_envelopes(first_row, perigee_km, apogee_km, margin_km, decay),
        origin_s=origin,
    )


#: Rows per block when a figure of every set is computed (temporaries stay in cache).
_BLOCK_ROWS: Final = 1 << 16


def _positions(members: np.ndarray, n: int) -> np.ndarray:
    """``(n,)`` int32: each position's rank among ``members`` (ascending), -1 if not one."""
    rank = np.full(n, -1, dtype=np.int32)
    rank[members] = np.arange(len(members), dtype=np.int32)
    return rank


def _decay_km_per_s(
    a_km: np.ndarray, elements: pd.DataFrame, take: np.ndarray | slice
) -> np.ndarray:
    """Bound on |da/dt| (km/s) per set: (2/3) (a/n) |dn/dt|, dn/dt = 2 × ndot, four times.

    In the order of ``4 (2/3) a / n × 2 |ndot| / 86400``, block by block; NaN is inf.
    """
    n_rev_per_day = _column(elements, "mean_motion_rev_per_day", take)
    ndot = _column(elements, "mean_motion_dot", take)
    decay = np.empty(len(a_km))
    for block in _blocks(len(a_km)):
        part = decay[block]
        np.multiply(a_km[block], 4.0 * (2.0 / 3.0), out=part)
        with np.errstate(divide="ignore", invalid="ignore"):
            part /= n_rev_per_day[block]
            part *= 2.0
            part *= np.abs(ndot[block])
            part /= 86400.0
        np.nan_to_num(part, copy=False, nan=np.inf, posinf=np.inf)
    return decay


def _margin_km(a_km: np.ndarray, e: np.ndarray) -> np.ndarray:
    """``PREFILTER_MARGIN_KM + MARGIN_PER_A a + MARGIN_PER_AE a e``, block by block; NaN is inf."""
    margin = np.empty(len(a_km))
    for block in _blocks(len(a_km)):
        part = margin[block]
        np.multiply(a_km[block], MARGIN_PER_A, out=part)
        part += PREFILTER_MARGIN_KM
        ae = a_km[block] * MARGIN_PER_AE
        ae *= e[block]
        part += ae
        np.nan_to_num(part, copy=False, nan=np.inf)
    return margin


def _blocks(n: int) -> list[slice]:
    return [slice(k, min(k + _BLOCK_ROWS, n)) for k in range(0, n, _BLOCK_ROWS)]


def _column(
    elements: pd.DataFrame, name: str, rows: np.ndarray | slice, dtype: str = "float64"
) -> np.ndarray:
    """Values of one column at the positions ``rows`` (no DataFrame take)."""
    values: np.ndarray = elements[name].to_numpy(dtype=dtype)[rows]
    return values


def _by_object_and_epoch(norad: np.ndarray, epoch_s: np.ndarray) -> np.ndarray | None:
    """Stable order by object then epoch; None when already so (a loaded table)."""
    for block in _blocks(len(norad) - 1):
        after = slice(block.start + 1, block.stop + 1)
        step = norad[after] - norad[block]
        if (step < 0).any() or ((step == 0) & (epoch_s[after] < epoch_s[block])).any():
            order: np.ndarray = np.lexsort((epoch_s, norad))
            return order
    return None


def _mean_longitude(
    elements: pd.DataFrame, rows: np.ndarray, take: np.ndarray | slice, origin_s: int
) -> tuple[np.ndarray, ...]:
    """Return the geosynchronous sets' positions, mean longitude, drift and margin.

    The sets are those at positions ``rows`` of ``elements`` (``take``: the same, or a
    slice of every row); the first array says which of them are geosynchronous (positions
    in ``rows``), the others give their mean longitude at ``origin_s`` (degrees), its drift
    (deg/day) and its margin (deg). The mean longitude is Ω + ω + M − GMST (GMST's
    linear formula, UTC for UT1). The true sub-satellite longitude differs by the equation
    of centre (2e rad) and the reduction to the equator (i²/4 rad), counted twice, plus
    ``LONGITUDE_MARGIN_DEG``.
    """
    n_rev_per_day = _column(elements, "mean_motion_rev_per_day", take)
    near_day = np.flatnonzero(np.abs(n_rev_per_day - 1.0027) < 0.1)
    e = _column(elements, "eccentricity", rows[near_day])
    i_rad = np.radians(_column(elements, "inclination_deg", rows[near_day]))
    flat = (e < 0.1) & (i_rad < np.radians(20.0))
    geo, e, i_rad = near_day[flat], e[flat], i_rad[flat]
    geo_rows = rows[geo]
    epoch_ns = _column(elements, "epoch_utc", geo_rows, "datetime64[ns]").view("i8")
    epoch_day = (epoch_ns / 86400e9) - (origin_s / 86400.0)
    angle = (
        _column(elements, "ra_of_asc_node_deg", geo_rows)
        + _column(elements, "arg_of_pericenter_deg", geo_rows)
        + _column(elements, "mean_anomaly_deg", geo_rows)
    )
    gmst_origin = gmst_linear_deg(origin_s / 86400.0 - UNIX_DAYS_TO_J2000)
    longitude = (angle - 360.0 * n_rev_per_day[geo] * epoch_day - gmst_origin) % 360.0
    drift = 360.0 * n_rev_per_day[geo] - SIDEREAL_DEG_PER_DAY
    margin = LONGITUDE_MARGIN_DEG + 2.0 * np.degrees(2.0 * e + i_rad**2 / 4.0)
    return geo, longitude, drift, margin


def _serving_rows(
    index: ShellIndex, t0: int, t1: int, objects: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Return the rows that may serve a time in ``[t0, t1]`` and each object's first among them.

    Per object (all, or the positions ``objects``): its sets inside the window (seconds from
    the origin) and the nearest set on either side.
    """
    where = np.arange(len(index.norad_id)) if objects is None else objects
    return _expand(*_serving_span(index, t0, t1, where))


def _serving_span(
    index: ShellIndex, t0: Seconds, t1: Seconds, where: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per object position ``where``, its first and last row serving ``[t0, t1]``."""
    first, last = index.first_row[where], index.first_row[where + 1] - 1
    lo = np.maximum(_locate(index, where, first, last, np.maximum(t0, 0), "right") - 1, first)
    hi = np.minimum(_locate(index, where, first, last, np.maximum(t1, 0), "left"), last)
    return lo, hi


def _expand(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the rows ``lo[k]..hi[k]`` of each object in turn, and where each begins."""
    count = hi - lo + 1
    starts = np.r_[0, np.cumsum(count)[:-1]].astype(np.int64)
    rows = np.arange(int(count.sum())) - np.repeat(starts - lo, count)
    return rows, starts


#: Steps an interpolation guess is corrected by before falling back to a binary search.
_GUESS_STEPS: Final = 3


def _locate(
    index: ShellIndex,
    where: np.ndarray,
    first: np.ndarray,
    last: np.ndarray,
    t: Seconds,
    side: Literal["left", "right"],
) -> np.ndarray:
    """Per object ``where``, ``searchsorted`` of ``t`` (s) in its epochs ``[first, last]``.

    Returns the first row whose epoch is ``>= t`` (``side="left"``) or ``> t``
    (``"right"``), ``last + 1`` when there is none. Element sets come at a roughly steady
    rate, so the row is first guessed from the epochs at the ends and corrected a few steps
    each way; only objects whose guess was far off are searched the usual way.
    """
    epoch = index.epoch_s
    span = np.maximum(epoch[last] - epoch[first], 1)
    share = np.clip((t - epoch[first]) / span, 0.0, 1.0)
    guess: np.ndarray = first + np.rint(share * (last - first + 1)).astype(np.int64)
    for step in range(_GUESS_STEPS + 1):
        up = (guess <= last) & _before(epoch[np.minimum(guess, last)], t, side)
        down = (guess > first) & ~_before(epoch[np.maximum(guess - 1, first)], t, side)
        wrong = up | down
        if not wrong.any():
            return guess
        if step < _GUESS_STEPS:
            guess += up.astype(np.int64) - down.astype(np.int64)
    off = np.flatnonzero(wrong)
    keys = where[off].astype(np.int64) * _KEY_SPAN_S + (t[off] if isinstance(t, np.ndarray) else t)
    guess[off] = np.searchsorted(index.key, keys, side)
    return guess


def _before(epoch_s: np.ndarray, t: Seconds, side: Literal["left", "right"]) -> np.ndarray:
    """Whether each epoch comes before ``t`` in the sense of ``searchsorted``'s ``side``."""
    result: np.ndarray = epoch_s < t if side == "left" else epoch_s <= t
    return result


def window_rows(
    index: ShellIndex, norad_ids: np.ndarray, start: pd.Timestamp, end: pd.Timestamp
) -> np.ndarray:
    """Return the positions of the sets of ``norad_ids`` that may serve a time in the window.

    Positions in the indexed table, ascending: every set that screening ``[start, end]``
    can use (the sets inside it and the nearest on either side, per object).
    """
    ids = np.asarray(norad_ids, dtype=np.int64)
    where = np.searchsorted(index.norad_id, ids)
    inside = where < len(index.norad_id)
    where = where[inside][index.norad_id[where[inside]] == ids[inside]]
    rows, _ = _serving_rows(index, _seconds(index, start), _seconds(index, end), where)
    return np.sort(index.row[rows])


def altitude_ranges(
    index: ShellIndex, start: pd.Timestamp, end: pd.Timestamp
) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(lowest_km, highest_km)`` per object of ``index`` over ``[start, end]``.

    Conservative bounds (see the module docstring); NaN-free, ``-inf`` where the object may
    decay in the window.
    """
    if len(index.norad_id) == 0:
        return np.empty(0), np.empty(0)
    t0, t1 = _seconds(index, start), _seconds(index, end)
    rows, starts = _serving_rows(index, t0, t1)
    return _altitudes(index, rows, starts, t0, t1)


def _may_be_near(
    index: ShellIndex, t0: int, t1: int, band_km: tuple[float, float]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Objects whose altitude envelope may reach ``band_km`` in ``[t0, t1]`` (a superset).

    First with every set of an object between its first and last epochs (no search), then
    the survivors with the sets that serve the window. Returns the mask, the survivors of
    the first test, and their serving rows' span (:func:`_serving_span`).
    """
    first, last = index.first_row[:-1], index.first_row[1:] - 1
    epoch = index.epoch_s
    maybe = may_be_near(index.envelope, epoch[first], epoch[last], t0, t1, band_km)
    where = np.flatnonzero(maybe)
    lo, hi = _serving_span(index, t0, t1, where)
    low, high, decay = index.envelope
    envelope = (low[where], high[where], decay[where])
    maybe[where] = may_be_near(envelope, epoch[lo], epoch[hi], t0, t1, band_km)
    return maybe, where, lo, hi


def _seconds(index: ShellIndex, when: pd.Timestamp) -> int:
    return int(when.value // NS_PER_SECOND) - index.origin_s


def _altitudes(
    index: ShellIndex, rows: np.ndarray, starts: np.ndarray, t0: Seconds, t1: Seconds
) -> tuple[np.ndarray, np.ndarray]:
    epoch_s = index.epoch_s[rows]
    away_s = np.maximum(np.abs(epoch_s - t0), np.abs(epoch_s - t1)).astype(np.float64)
    drift = index.decay_km_per_s[rows] * away_s + index.margin_km[rows]
    low = np.minimum.reduceat(index.perigee_km[rows] - drift, starts)
    high = np.maximum.reduceat(index.apogee_km[rows] + drift, starts)
    low = np.where(np.isfinite(low) & (low > DECAY_ALTITUDE_KM), low, -np.inf)
    return low, np.where(np.isnan(high), np.inf, high)


def _longitudes(
    index: ShellIndex,
    rows: np.ndarray,
    starts: np.ndarray,
    t0: Seconds,
    t1: Seconds,
    reference: float | np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Return per object the longitudes it may cover in ``[t0, t1]``, as ``(low, high)``.

    Degrees from ``reference``, unwrapped; NaN for objects with a set that is not
    geosynchronous.
    """
    day0, day1 = t0 / 86400.0, t1 / 86400.0
    longitude, drift, margin_deg = index.longitudes(rows)
    at0 = (longitude + drift * day0 - reference + 180.0) % 360.0 - 180.0
    at1 = at0 + drift * (day1 - day0)
    epoch_day = index.epoch_s[rows] / 86400.0
    away = np.maximum(np.abs(epoch_day - day0), np.abs(epoch_day - day1))
    margin = margin_deg + LONGITUDE_DRIFT_ERROR_DEG_PER_DAY * away
    low = np.minimum.reduceat(np.minimum(at0, at1) - margin, starts)
    high = np.maximum.reduceat(np.maximum(at0, at1) + margin, starts)
    return low, high


def _age_days(
    index: ShellIndex, rows: np.ndarray, starts: np.ndarray, t0: Seconds, t1: Seconds
) -> np.ndarray:
    """Per object, the days from the window to its nearest element set (0 inside it)."""
    epoch_s = index.epoch_s[rows]
    outside_s = np.maximum(np.maximum(t0 - epoch_s, epoch_s - t1), 0)
    age: np.ndarray = np.minimum.reduceat(outside_s, starts) / 86400.0
    return age


def _longitude_overlap(
    low: np.ndarray, high: np.ndarray, target_low: float, target_high: float, gap_deg: float
) -> np.ndarray:
    """Return whether each interval comes within ``gap_deg`` of the target's, modulo a turn.

    True where either interval is unknown (NaN) or spans a whole turn.
    """
    near = np.zeros(len(low), dtype=bool)
    for turns in (-2, -1, 0, 1, 2):
        shift = 360.0 * turns
        near |= (low + shift <= target_high + gap_deg) & (high + shift >= target_low - gap_deg)
    unknown = np.isnan(low) | np.isnan(high) | np.isnan(target_low) | np.isnan(target_high)
    wide = (high - low >= 360.0) | (target_high - target_low >= 360.0)
    result: np.ndarray = near | unknown | wide
    return result


def shell_candidates(
    index: ShellIndex,
    target_norad: int,
    start: pd.Timestamp,
    end: pd.Timestamp,
    threshold_km: float,
    max_age_days: float | None = None,
) -> np.ndarray:
    """Return the catalogue numbers of the objects that may pass within ``threshold_km``.

    Objects whose altitude ranges come within the threshold of the target's in the window
    ``[start, end]`` (UTC timestamps), and when both are geosynchronous throughout, whose
    longitude ranges do too. With ``max_age_days``, only objects with an element set at most
    that many days from the window (older or later predictions are not worth screening at
    a few km). The target itself is not among them; an empty array when the target has no
    propagatable set. :func:`shell_candidates_many` of one window.
    """
    age = np.inf if max_age_days is None else max_age_days
    return shell_candidates_many(
        index, np.r_[target_norad], np.r_[start.value], np.r_[end.value], np.r_[threshold_km],
        np.r_[age],
    )[0]  # fmt: skip


#: Windows × objects judged at once by :func:`shell_candidates_many` (bounds its memory).
BATCH_CELLS: Final = 1 << 20


def shell_candidates_many(
    index: ShellIndex,
    target_norad: np.ndarray,
    start_ns: np.ndarray,
    end_ns: np.ndarray,
    threshold_km: np.ndarray,
    max_age_days: np.ndarray,
) -> list[np.ndarray]:
    """:func:`shell_candidates` of many windows, one array of catalogue numbers each.

    Window ``k`` is target ``target_norad[k]`` over ``[start_ns[k], end_ns[k]]`` (int64 ns
    since 1970, UTC) with ``threshold_km[k]`` and ``max_age_days[k]`` (inf: any age). Every
    figure is computed element by element as for one window, so the answers are the same;
    the windows share each array operation instead of paying for their own.
    """
    targets = np.asarray(target_norad, dtype=np.int64)
    out = [np.empty(0, dtype=np.int64) for _ in targets]
    n = len(index.norad_id)
    if n == 0 or len(targets) == 0:
        return out
    where = np.searchsorted(index.norad_id, targets)
    known = np.flatnonzero((where < n) & (index.norad_id[np.minimum(where, n - 1)] == targets))
    t0 = np.asarray(start_ns, dtype=np.int64) // NS_PER_SECOND - index.origin_s
    t1 = np.asarray(end_ns, dtype=np.int64) // NS_PER_SECOND - index.origin_s
    km = np.asarray(threshold_km, dtype=np.float64)
    age = np.asarray(max_age_days, dtype=np.float64)
    per_chunk = max(1, BATCH_CELLS // n)
    for first in range(0, len(known), per_chunk):
        part = known[first : first + per_chunk]
        window = _Windows(where[part], t0[part], t1[part], km[part], age[part])
        for k, ids in zip(part.tolist(), _candidates(index, window), strict=True):
            out[k] = ids
    return out


@dataclass(frozen=True)
class _Windows:
    """Windows of :func:`shell_candidates_many`: target positions, seconds, km, days."""

    target: np.ndarray
    t0: np.ndarray
    t1: np.ndarray
    km: np.ndarray
    age: np.ndarray


def _candidates(index: ShellIndex, w: _Windows) -> list[np.ndarray]:
    """Catalogue numbers of each window's candidates (see :func:`shell_candidates`)."""
    # First the targets' own altitudes and longitudes over their windows.
    lo, hi = _serving_span(index, w.t0, w.t1, w.target)
    own_rows, own_starts = _expand(lo, hi)
    per_row = np.repeat(np.arange(len(w.target)), hi - lo + 1)
    own_low, own_high = _altitudes(index, own_rows, own_starts, w.t0[per_row], w.t1[per_row])
    band = (own_low - w.km, own_high + w.km)
    # Next every object's envelope against every window, then each pair still in with the
    # sets serving its window; each figure is the pair's own, so narrowing the pairs on the
    # way changes none of them.
    win, obj, lo, hi = _may_be_near_many(index, w.t0, w.t1, band)
    keep = obj != w.target[win]
    win, obj, lo, hi = win[keep], obj[keep], lo[keep], hi[keep]
    if len(win):
        low, high = _pair_figures(_altitudes, index, lo, hi, w.t0[win], w.t1[win])
        keep = (low - w.km[win] <= own_high[win]) & (high + w.km[win] >= own_low[win])
        win, obj, lo, hi = win[keep], obj[keep], lo[keep], hi[keep]
    if len(win):
        (ages,) = _pair_figures(_one_age, index, lo, hi, w.t0[win], w.t1[win])
        keep = ages <= w.age[win]
        win, obj, lo, hi = win[keep], obj[keep], lo[keep], hi[keep]
    # Finally the longitudes, for windows whose target is geosynchronous throughout.
    reference = np.nan_to_num(index.longitudes(own_rows[own_starts])[0])
    own_west, own_east = _longitudes(
        index, own_rows, own_starts, w.t0[per_row], w.t1[per_row], reference[per_row]
    )
    geo = np.isfinite(own_west) & np.isfinite(own_east) & (own_east - own_west < 360)
    at = np.flatnonzero(geo[win])
    if len(at):
        wg = win[at]
        lon_low, lon_high = _pair_figures(
            _longitudes, index, lo[at], hi[at], w.t0[wg], w.t1[wg], reference[wg]
        )
        gap_deg = np.degrees(w.km[wg] / GEO_RADIUS_KM)
        near = _longitude_overlap(lon_low, lon_high, own_west[wg], own_east[wg], gap_deg)
        keep = np.ones(len(win), dtype=bool)
        keep[at[~near]] = False
        win, obj = win[keep], obj[keep]
    bounds = np.searchsorted(win, np.arange(len(w.target) + 1))
    return [index.norad_id[obj[bounds[k] : bounds[k + 1]]] for k in range(len(w.target))]


def _one_age(
    index: ShellIndex, rows: np.ndarray, starts: np.ndarray, t0: np.ndarray, t1: np.ndarray
) -> tuple[np.ndarray]:
    return (_age_days(index, rows, starts, t0, t1),)


def _pair_figures(
    figure: Callable[..., tuple[np.ndarray, ...]],
    index: ShellIndex,
    lo: np.ndarray,
    hi: np.ndarray,
    *per_pair: np.ndarray,
) -> tuple[np.ndarray, ...]:
    """``figure(index, rows, starts, *values)`` over each pair's serving rows ``lo..hi``.

    ``per_pair`` values (one per pair) are repeated for each of the pair's rows.
    """
    rows, starts = _expand(lo, hi)
    counts = hi - lo + 1
    return figure(index, rows, starts, *(np.repeat(v, counts) for v in per_pair))


def _may_be_near_many(
    index: ShellIndex, t0: np.ndarray, t1: np.ndarray, band_km: tuple[np.ndarray, np.ndarray]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """:func:`_may_be_near` of many windows: ``(window, object, lo, hi)`` of the pairs in.

    Pairs in window then object order; ``lo``, ``hi`` each pair's serving rows.
    """
    first, last = index.first_row[:-1], index.first_row[1:] - 1
    epoch = index.epoch_s
    maybe = may_be_near(
        index.envelope, epoch[first], epoch[last], t0[:, None], t1[:, None],
        (band_km[0][:, None], band_km[1][:, None]),
    )  # fmt: skip
    win, obj = np.nonzero(maybe)
    lo, hi = _serving_span(index, t0[win], t1[win], obj)
    low, high, decay = index.envelope
    envelope = (low[obj], high[obj], decay[obj])
    keep = may_be_near(
        envelope, epoch[lo], epoch[hi], t0[win], t1[win], (band_km[0][win], band_km[1][win])
    )
    return win[keep], obj[keep], lo[keep], hi[keep]
