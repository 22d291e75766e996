"""Proximity operations in LEO: an object that moves next to another owner's satellite and stays.

LEO relative motion is fast (two objects 1 km apart in height drift apart by about 140 km a
day), so the check works on relative orbits rather than on one close approach. Every day at
00:00 UTC each LEO object's element sets before and after (at most ``MAX_SET_AGE_DAYS``
away) are carried to that instant with SGP4's secular rates (J2 on the node, perigee and
mean anomaly; the set's ṅ/2 on the mean anomaly) and blended in time. For two objects the
daily *separation bound* is

    √((ā·Δλ)² + Δa²) + ā·γ + 2ā·|Δe|

with Δλ = Δu + ΔΩ·cos i the difference of mean along-track position (u the argument of
latitude), γ the angle between the orbit planes and Δe the difference of the eccentricity
vectors: the first term is the *mean separation* (the along-track and radial offset of the
two mean positions), the others bound the cross-track and radial/along-track motion about it
over one revolution. Candidate pairs are found by bucketing the mean positions in cubes of
about the threshold's size, so the cost grows with the objects, not with their pairs.

Cost: states are built only for objects that manoeuvred and those whose ranges of a and i
can bring them near one (none at all when no LEO object manoeuvred), first on sampled days
only (a run of near days long enough for an event always contains one), then on every day
for the objects of the pairs found there; the events are those of one pass over every day.

A run of days with the bound under ``threshold_km`` lasting at least ``min_days`` (and seen
on more than ``min_days`` days: days without a recent element set of either object do not
break a run, days with the bound over the threshold do) is a ``proximity-operation`` event
(label ``irregular``) on the same terms as in GEO (:mod:`~ssaviewer.core.norms.proximity`):
different known SATCAT owners, the run does not start with their common history, and the
object that moved (the larger Δv in the ``lead_days`` before the run) made at least one
manoeuvre in those days.

The event's ``miss_km`` is the closest mean separation over the run's days without a burn of
either object within ``MAX_SET_AGE_DAYS`` (a burn between element sets blurs those days).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from ssaviewer.core.constants import NS_PER_DAY
from ssaviewer.core.detect.events.event_frame import event_frame
from ssaviewer.core.detect.rules import Rules
from ssaviewer.core.norms.proximity import (
    _UNKNOWN_OWNERS,
    RULE_SECTION,
    ProximityParams,
    _groups,
    _owners,
    _runs,
    proximity_explanation,
    proximity_frame,
)
from ssaviewer.core.simulate.dynamics import j2_rates_deg_per_day
from ssaviewer.core.table_order import epoch_ns

#: A day's state comes from an element set at most this many days from it (else: no state).
MAX_SET_AGE_DAYS = 2.0
#: Candidate pairs are those within this many thresholds on each axis (the bound's terms
#: are approximate, so a pair under the threshold may be a little further apart).
_REACH_FACTOR = 1.25


def leo_proximity_events(
    elements: pd.DataFrame, objects: pd.DataFrame, manoeuvres: pd.DataFrame, rules: Rules
) -> pd.DataFrame:
    """Return one ``norm`` event per proximity operation in LEO (``event_frame`` columns).

    Only pairs with a manoeuvring object can make an event, so the daily states are built
    only for the LEO objects that manoeuvred and for those whose range of semi-major axis and
    inclination could bring them within ``threshold_km`` of one of them
    (:func:`_reachable`); nothing is built when no LEO object manoeuvred. A first pass looks
    at sampled days only (:func:`_sampled_days`: every ``ceil(min_days) + 1``-th day, and
    the days before one an object has no state on), which every event's run of near days
    meets; a second pass takes every day of the objects of the pairs it found. The events
    are those of one pass over every day.
    """
    p: ProximityParams = rules.section(RULE_SECTION, "LEO")
    leo = (elements["regime"] == "LEO").to_numpy()
    norad = elements["norad_id"].to_numpy(dtype=np.int64)[leo]
    if len(norad) == 0:
        return event_frame(0)
    bounds = np.flatnonzero(np.r_[True, norad[1:] != norad[:-1], True])
    all_ids = norad[bounds[:-1]]
    moved_all = np.isin(all_ids, manoeuvres["norad_id"].to_numpy())
    if len(all_ids) < 2 or not moved_all.any():  # no pair with a mover: no states needed
        return event_frame(0)
    sets = _leo_sets(elements, leo, norad)
    known = ~np.isin(_owners(objects, all_ids), _UNKNOWN_OWNERS)
    wanted = _reachable(sets, bounds, moved_all & known, known, p.threshold_km)
    if wanted.sum() < 2:
        return event_frame(0)
    if not wanted.all():
        sets = sets.take(np.repeat(wanted, np.diff(bounds)))
    ids = all_ids[wanted]
    # First on sampled days only: the pairs near on one of them.
    grid = _bracketing_grid(sets.norad, sets.t)
    day = grid[2].astype(np.int64)
    has_state = np.ones(len(day), dtype=bool)  # looked at only on multiples of the step
    on_step = np.flatnonzero(day % _step(p.min_days) == 0)
    has_state[on_step] = _weights(sets.t, *(part[on_step] for part in grid))[1]
    sampled = _sampled_days(day, has_state, p.min_days)
    daily = _DailyStates(sets, grid, sampled)
    near = _near_days(daily, ids, _owners(objects, ids), moved_all[wanted], p)
    if len(near) == 0:
        return event_frame(0)
    # Then every day of the objects of those pairs.
    paired = np.zeros(len(ids), dtype=bool)
    paired[near["i"].to_numpy()] = paired[near["j"].to_numpy()] = True
    sets_ids = np.repeat(
        np.arange(len(ids)),
        np.diff(np.flatnonzero(np.r_[True, sets.norad[1:] != sets.norad[:-1], True])),
    )
    daily = _DailyStates(sets.take(paired[sets_ids]))
    ids, moved = ids[paired], moved_all[wanted][paired]
    owners = _owners(objects, ids)
    near = _near_days(daily, ids, owners, moved, p)
    days_near = near.groupby(["i", "j"])["day"].transform("size").to_numpy()
    near = near[days_near > p.min_days]
    if len(near) == 0:
        return event_frame(0)
    pair_ids = ids[np.unique(near[["i", "j"]].to_numpy())]
    named = elements[np.isin(elements["norad_id"].to_numpy(), pair_ids)]
    names = named.groupby("norad_id", observed=True)["object_name"].last().astype(str)
    norad, day = daily.norad, daily.days
    edges = np.flatnonzero(np.r_[True, norad[1:] != norad[:-1], True])
    starts, stops = edges[:-1], edges[1:]
    rows_out = []
    for (i, j), hits in _groups(near["i"].to_numpy(), near["j"].to_numpy()):
        pair = near.iloc[hits].sort_values("day")
        seen_i, seen_j = day[starts[i] : stops[i]], day[starts[j] : stops[j]]
        both = np.intersect1d(seen_i, seen_j)
        for first, last in _runs_over_gaps(_runs(pair["day"].to_numpy()), both):
            run = pair[(pair["day"] >= first) & (pair["day"] <= last)]
            common = max(seen_i[0], seen_j[0])
            row = _event(run, (i, j), common, ids, owners, manoeuvres, names, p)
            if row is not None:
                rows_out.append(row)
    return proximity_frame(rows_out, p, "LEO")


def _runs_over_gaps(runs: list[tuple[int, int]], both: np.ndarray) -> list[tuple[int, int]]:
    """Join runs separated only by days without a state of both objects (element set gaps).

    ``both`` are the (sorted) days both objects have a state: a day between two runs that is
    one of them was seen far apart, which ends the first run.
    """
    joined: list[tuple[int, int]] = []
    for first, last in runs:
        if joined:
            prev_first, prev_last = joined[-1]
            seen_between = np.searchsorted(both, first) - np.searchsorted(both, prev_last, "right")
            if seen_between == 0:
                joined[-1] = (prev_first, last)
                continue
        joined.append((first, last))
    return joined


class _LeoSets:
    """The LEO element sets as arrays (rows by object, then epoch), with their J2 rates."""

    def __init__(self, columns: dict[str, np.ndarray]) -> None:
        self.columns = columns
        self.norad: np.ndarray = columns["norad"]
        self.t: np.ndarray = columns["t"]

    def take(self, rows: np.ndarray) -> _LeoSets:
        """Return the sets ``rows`` (a boolean mask or positions)."""
        return _LeoSets({name: values[rows] for name, values in self.columns.items()})

    def __getitem__(self, name: str) -> np.ndarray:
        return self.columns[name]


def _leo_sets(
    elements: pd.DataFrame, leo: np.ndarray | None = None, norad: np.ndarray | None = None
) -> _LeoSets:
    """Return the LEO rows' columns the states need (``t``: days since the Unix epoch).

    ``leo`` (the LEO rows) and ``norad`` (their ``norad_id``, int64), when known already.
    """
    if leo is None or norad is None:
        leo = (elements["regime"] == "LEO").to_numpy()
        norad = elements["norad_id"].to_numpy(dtype=np.int64)[leo]
    columns = {
        "norad": norad,
        "t": epoch_ns(elements["epoch_utc"])[leo] / NS_PER_DAY,
    }
    for name, column in (
        ("a", "semi_major_axis_km"),
        ("e", "eccentricity"),
        ("i", "inclination_deg"),
        ("argp", "arg_of_pericenter_deg"),
        ("m", "mean_anomaly_deg"),
        ("raan", "ra_of_asc_node_deg"),
        ("ndot", "mean_motion_dot"),
    ):
        columns[name] = elements[column].to_numpy(dtype=np.float64)[leo]
    return _LeoSets(columns)


def _reachable(
    sets: _LeoSets, bounds: np.ndarray, moved: np.ndarray, known: np.ndarray, threshold_km: float
) -> np.ndarray:
    """Objects (positions between ``bounds``) that may come within ``threshold_km`` of a mover.

    The separation bound is at least |Δa| and at least ā·γ ≥ ā·|Δi| (the planes' angle is at
    least the difference of inclinations), and each day's a and i lie within the object's
    range over its element sets. An object is kept when it has a known owner and its ranges
    of a and i come within ``threshold_km`` and ``threshold_km / min a`` (radians) of a
    manoeuvring object's (``moved``): cells of that size in (a, i), the movers' cells grown
    by one. Every mover is kept. With unusable values (no positive a) all are kept.
    """
    starts = bounds[:-1]
    a_lo, a_hi = np.fmin.reduceat(sets["a"], starts), np.fmax.reduceat(sets["a"], starts)
    i_lo, i_hi = np.fmin.reduceat(sets["i"], starts), np.fmax.reduceat(sets["i"], starts)
    floor = np.nanmin(a_lo) if np.isfinite(a_lo).any() else np.nan
    if not floor > 0:
        return known.copy()
    # Margins for rounding (blends of two values, the angle from unit normals).
    a_cell = threshold_km * (1 + 1e-6) + 1e-6
    i_cell = np.degrees(threshold_km / floor) * (1 + 1e-6) + 1e-9
    usable = known & np.isfinite(a_lo) & np.isfinite(a_hi) & np.isfinite(i_lo) & np.isfinite(i_hi)
    if not usable.any():
        return moved.copy()
    a0, i0 = np.min(a_lo[usable]), np.min(i_lo[usable])
    cells = [
        np.floor((values - origin) / cell).astype(np.int64) + 1
        for values, origin, cell in ((a_lo, a0, a_cell), (a_hi, a0, a_cell))
    ] + [
        np.floor((values - origin) / cell).astype(np.int64) + 1
        for values, origin, cell in ((i_lo, i0, i_cell), (i_hi, i0, i_cell))
    ]
    ca_lo, ca_hi, ci_lo, ci_hi = (np.where(usable, c, 0) for c in cells)
    shape = (int(ca_hi.max()) + 3, int(ci_hi.max()) + 3)
    if shape[0] * shape[1] > 50_000_000:  # absurd ranges: keep everyone rather than fill memory
        return known.copy()
    # Movers' rectangles grown by one cell, painted with a 2-D difference array.
    mv = moved & usable
    paint = np.zeros(shape, dtype=np.int64)
    for da, di, sign in ((0, 0, 1), (1, 0, -1), (0, 1, -1), (1, 1, 1)):
        rows = np.where(da, ca_hi[mv] + 2, ca_lo[mv] - 1)
        cols = np.where(di, ci_hi[mv] + 2, ci_lo[mv] - 1)
        np.add.at(paint, (rows, cols), sign)
    covered = (paint.cumsum(axis=0).cumsum(axis=1) > 0).astype(np.int64)
    # Does the object's own rectangle touch a painted cell? (2-D prefix sums)
    total = np.zeros((shape[0] + 1, shape[1] + 1), dtype=np.int64)
    total[1:, 1:] = covered.cumsum(axis=0).cumsum(axis=1)
    hits = (
        total[ca_hi + 1, ci_hi + 1]
        - total[ca_lo, ci_hi + 1]
        - total[ca_hi + 1, ci_lo]
        + total[ca_lo, ci_lo]
    )
    keep: np.ndarray = (usable & (hits > 0)) | moved
    return keep


def _step(min_days: float) -> int:
    """Return the first pass's step in days: ``ceil(min_days) + 1`` (every day without one)."""
    return int(np.ceil(min_days)) + 1 if min_days > 0 else 1


def _sampled_days(day: np.ndarray, has_state: np.ndarray, min_days: float) -> np.ndarray:
    """Return which grid days (one row per object and day) the first pass needs.

    ``has_state`` is read only on the days that are multiples of the step.

    An event's run of near days spans at least ``min_days`` days and every day in it is near
    or lacks the state of one of the two objects. With ``step = ceil(min_days) + 1`` the run
    holds a multiple of ``step``: a near day there is found. When one of the two lacks a
    state on that multiple, the run's first day lies in the ``step - 1`` days before it,
    so those days are sampled too (for every object: the partner's state is needed).
    """
    step = _step(min_days)
    if step == 1:
        return np.ones(len(day), dtype=bool)
    on_step: np.ndarray = day % step == 0
    missing = np.unique(day[on_step & ~has_state])
    if len(missing) == 0:
        return on_step
    before = (missing[:, None] - np.arange(1, step)[None, :]).ravel()
    sampled: np.ndarray = on_step | np.isin(day, before)
    return sampled


class _DailyStates:
    """Each object's blended mean state at 00:00 UTC of each day (see :func:`daily_states`).

    ``norad``, ``day`` and the mean position ``xyz`` are built for every row; the other
    columns (:meth:`column`) are computed only for the rows asked for. ``grid`` is
    :func:`_bracketing_grid`'s answer for ``sets`` (computed when not given); ``select``
    (one flag per grid day) keeps only some days.
    """

    def __init__(
        self,
        sets: _LeoSets,
        grid: tuple[np.ndarray, ...] | None = None,
        select: np.ndarray | None = None,
    ) -> None:
        self.sets = sets
        before, after, x = grid if grid is not None else _bracketing_grid(sets.norad, sets.t)
        if select is not None:
            before, after, x = before[select], after[select], x[select]
        w, chosen = _weights(sets.t, before, after, x)
        self.before, self.after, self.w = before[chosen], after[chosen], w[chosen]
        self.days = days = x[chosen]
        self.norad: np.ndarray = sets.norad[self.before]
        self.day: np.ndarray = days.astype(np.int64)
        rows = slice(None)
        mixed = self._blend(rows, ("a", "i", "u", "raan"))
        a, u, raan, i = (mixed[name] for name in ("a", "u", "raan", "i"))
        ur, nr, ir = np.radians(u), np.radians(raan), np.radians(i)
        cos_u, sin_u, cos_n, sin_n = np.cos(ur), np.sin(ur), np.cos(nr), np.sin(nr)
        cos_i = np.cos(ir)
        self.xyz = np.column_stack(
            [
                a * (cos_u * cos_n - sin_u * cos_i * sin_n),
                a * (cos_u * sin_n + sin_u * cos_i * cos_n),
                a * sin_u * np.sin(ir),
            ]
        )
        self.cache = {"a": a, "u": u, "raan": raan, "i": i}

    def column(self, name: str, rows: np.ndarray | slice) -> np.ndarray:
        """Return one of ``a, u, raan, i`` (unwrapped angles) or ``ex, ey`` at ``rows``."""
        values: np.ndarray = (
            self.cache[name][rows] if name in self.cache else self._blend(rows, (name,))[name]
        )
        return values

    def _blend(self, rows: Any, names: tuple[str, ...]) -> dict[str, np.ndarray]:
        """Return the states ``names`` at ``rows``: the sets either side carried, blended."""
        days, w = self.days[rows], self.w[rows]
        one = self._carried(self.before[rows], days, names)
        two = self._carried(self.after[rows], days, names)
        out = {}
        for name in names:
            if name in ("u", "raan"):
                out[name] = one[name] + w * (np.mod(two[name] - one[name] + 180.0, 360.0) - 180.0)
            else:
                out[name] = one[name] + w * (two[name] - one[name])
        return out

    def _carried(
        self, rows: np.ndarray, days: np.ndarray, names: tuple[str, ...]
    ) -> dict[str, np.ndarray]:
        """Element sets ``rows`` carried to ``days`` with SGP4's secular rates (J2 and ṅ/2)."""
        sets = self.sets
        raan_dot, argp_dot, m_dot = j2_rates_deg_per_day(
            sets["a"][rows], sets["e"][rows], sets["i"][rows]
        )
        dt = days - sets.t[rows]
        out: dict[str, np.ndarray] = {}
        if "a" in names:
            out["a"] = sets["a"][rows]
        if "i" in names:
            out["i"] = sets["i"][rows]
        if {"u", "ex", "ey"} & set(names):
            argp = sets["argp"][rows] + argp_dot * dt
            if "u" in names:
                half_ndot = np.nan_to_num(sets["ndot"][rows])
                out["u"] = argp + sets["m"][rows] + m_dot * dt + 360.0 * half_ndot * dt**2
            if "ex" in names:
                out["ex"] = sets["e"][rows] * np.cos(np.radians(argp))
            if "ey" in names:
                out["ey"] = sets["e"][rows] * np.sin(np.radians(argp))
        if "raan" in names:
            out["raan"] = sets["raan"][rows] + raan_dot * dt
        return out


def daily_states(elements: pd.DataFrame) -> pd.DataFrame:
    """Each LEO object's mean state at 00:00 UTC of each day with an element set near it.

    The element sets before and after the instant (each at most ``MAX_SET_AGE_DAYS`` away)
    are carried to it with SGP4's secular rates and blended linearly in time, so a burn
    between them shows as a gradual change rather than a jump of tens of km along track.
    Columns: ``norad_id``, ``day`` (days since the Unix epoch), ``a_km``, ``u_deg`` (argument
    of latitude), ``raan_deg``, ``i_deg``, ``ex``, ``ey`` (e·cos ω, e·sin ω) and the mean
    position ``x_km, y_km, z_km`` (circular orbit of radius a, inertial axes).
    """
    states = _DailyStates(_leo_sets(elements))
    every = np.arange(len(states.day))
    return pd.DataFrame(
        {
            "norad_id": states.norad,
            "day": states.days,
            "a_km": states.column("a", every),
            "u_deg": np.mod(states.column("u", every), 360.0),
            "raan_deg": np.mod(states.column("raan", every), 360.0),
            "i_deg": states.column("i", every),
            "ex": states.column("ex", every),
            "ey": states.column("ey", every),
            "x_km": states.xyz[:, 0],
            "y_km": states.xyz[:, 1],
            "z_km": states.xyz[:, 2],
        }
    )


def _bracketing_grid(norad: np.ndarray, t: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per object and grid day: the rows before and after and the day (see :func:`_weights`).

    A set more than ``MAX_SET_AGE_DAYS`` from the day gets no weight (the other is used
    alone); a day with neither has ``False`` in the last array (no state). One pass over all
    objects: each object's grid days run from ``ceil(first - MAX_SET_AGE_DAYS)`` to
    ``floor(last + MAX_SET_AGE_DAYS)``, and the sets either side are counted on that grid of
    whole days (for a whole day x, ``t <= x`` exactly when ``ceil(t) <= x`` and ``t < x``
    when ``floor(t) < x``).
    """
    empty = np.empty(0, dtype=np.int64)
    if len(norad) == 0:
        return empty, empty, np.empty(0)
    edges = np.flatnonzero(np.r_[True, norad[1:] != norad[:-1], True])
    starts, stops = edges[:-1], edges[1:] - 1  # first and last row of each object
    first = np.ceil(t[starts] - MAX_SET_AGE_DAYS)
    last = np.floor(t[stops] + MAX_SET_AGE_DAYS)
    counts = (last - first + 1).astype(np.int64)
    grid_start = np.cumsum(counts) - counts
    x = (np.arange(counts.sum()) + np.repeat(first.astype(np.int64) - grid_start, counts)).astype(
        np.float64
    )
    # Counts of sets with ceil(t) <= x (t <= x) and floor(t) + 1 <= x (t < x), over the grid
    # days of all objects in order: the rows before and after each grid day.
    at = np.repeat(grid_start - first.astype(np.int64), stops - starts + 1)
    before = np.bincount(at + np.ceil(t).astype(np.int64), minlength=len(x)).cumsum()
    before -= 1
    np.maximum(before, np.repeat(starts, counts), out=before)
    after = np.bincount(at + np.floor(t).astype(np.int64) + 1, minlength=len(x)).cumsum()
    np.minimum(after, np.repeat(stops, counts), out=after)
    return before[: len(x)], after[: len(x)], x


def _weights(
    t: np.ndarray, before: np.ndarray, after: np.ndarray, x: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return the later set's weight on each day ``x`` and whether the day has a state.

    A set more than ``MAX_SET_AGE_DAYS`` from the day gets no weight (the other is used
    alone); a day with neither has no state.
    """
    t_before, t_after = t[before], t[after]
    ok_before = np.abs(x - t_before) <= MAX_SET_AGE_DAYS
    ok_after = np.abs(t_after - x) <= MAX_SET_AGE_DAYS
    span = t_after - t_before
    with np.errstate(invalid="ignore", divide="ignore"):
        w = np.where(span > 0, (x - t_before) / span, 0.0)
    w = np.where(ok_before & ok_after, np.clip(w, 0.0, 1.0), np.where(ok_after, 1.0, 0.0))
    return w, ok_before | ok_after


def _bracketing_sets(
    norad: np.ndarray, t: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per object and day with a state: the rows before and after, the day, the later's weight.

    :func:`_bracketing_grid` without the days that have no state.
    """
    before, after, x = _bracketing_grid(norad, t)
    w, keep = _weights(t, before, after, x)
    return before[keep], after[keep], x[keep], w[keep]


def _near_days(
    daily: _DailyStates,
    ids: np.ndarray,
    owners: np.ndarray,
    moved: np.ndarray,
    p: ProximityParams,
) -> pd.DataFrame:
    """Days each pair of different-owner objects, one of them ``moved``, is near.

    Near: the separation bound is under the threshold. Columns ``i, j`` (positions in
    ``ids``, i < j), ``day``, ``bound_km``, ``mean_km``.
    """
    k = np.searchsorted(ids, daily.norad)
    codes = np.unique(owners, return_inverse=True)[1].reshape(-1)
    owner = np.where(np.isin(owners, _UNKNOWN_OWNERS), -1, codes)[k]  # -1: unknown
    mover = moved[k]

    def wanted(one: np.ndarray, two: np.ndarray) -> np.ndarray:
        o1, o2 = owner[one], owner[two]
        keep: np.ndarray = (o1 != o2) & (o1 >= 0) & (o2 >= 0) & (mover[one] | mover[two])
        return keep

    pairs = _candidates(daily.xyz, daily.day, p.threshold_km * _REACH_FACTOR, wanted)
    one, two = pairs[:, 0], pairs[:, 1]
    # The bound is at least |Δa|: pairs that far apart in a need no more.
    a = daily.column("a", slice(None))
    close = np.abs(a[one] - a[two]) < p.threshold_km
    one, two = one[close], two[close]
    states = {}
    rows = np.concatenate([one, two])
    for name in ("a", "u", "raan", "i", "ex", "ey"):
        values = daily.column(name, rows)
        if name in ("u", "raan"):
            values = np.mod(values, 360.0)
        states[name] = (values[: len(one)], values[len(one) :])
    mean_km, bound_km = _separation(states)
    inside = bound_km < p.threshold_km
    lo, hi = np.minimum(k[one], k[two])[inside], np.maximum(k[one], k[two])[inside]
    return pd.DataFrame(
        {
            "i": lo,
            "j": hi,
            "day": daily.day[one[inside]],
            "bound_km": bound_km[inside],
            "mean_km": mean_km[inside],
        }
    )


def _candidates(
    xyz: np.ndarray,
    day: np.ndarray,
    reach_km: float,
    wanted: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
) -> np.ndarray:
    """Row pairs (same day) whose mean positions may be within ``reach_km`` of each other.

    Eight grids of cubes ``2·reach_km`` wide, shifted by 0 or ``reach_km`` along each axis:
    two points closer than ``reach_km`` on every axis share a cube of at least one of them.
    Each grid is one sort of the cube keys; only cubes holding two or more rows make pairs.
    ``wanted(one, two)`` (optional) drops pairs of rows early (a boolean mask).
    """
    n = len(day)
    if n == 0:
        return np.empty((0, 2), dtype=np.int64)
    span = int(np.abs(xyz).max(initial=0.0) / reach_km) + 3
    base = 2 * span + 1
    # Cube index of each row along each axis in the unshifted and the shifted grid.
    cubes = [
        [
            np.floor((xyz[:, axis] + shift) / (2 * reach_km)).astype(np.int64) + span
            for shift in (0.0, reach_km)
        ]
        for axis in range(3)
    ]
    days = day - day.min()
    # Keys are packed with the row number (key · 2^bits + row) when that fits in 63 bits,
    # so that a value sort (much faster than an argsort) orders the rows by key.
    bits = max(int(n - 1).bit_length(), 1)
    packed = (int(days.max()) + 1) * base**3 < (1 << (62 - bits))
    shift_bits = bits if packed else 0
    rows = np.arange(n, dtype=np.int64)
    z_parts = [(cz << shift_bits) + (rows if packed else 0) for cz in cubes[2]]
    found = [np.empty((0, 2), dtype=np.int64)]
    for cx in cubes[0]:
        day_x = (days * base + cx) * base
        for cy in cubes[1]:
            day_xy = ((day_x + cy) * base) << shift_bits
            for cz in z_parts:
                pairs = _same_key_pairs(day_xy + cz, bits if packed else None)
                if wanted is not None and len(pairs):
                    pairs = pairs[wanted(pairs[:, 0], pairs[:, 1])]
                found.append(pairs)
    pairs = np.concatenate(found)
    codes = np.sort(pairs[:, 0] * n + pairs[:, 1])
    unique = codes[np.r_[True, codes[1:] != codes[:-1]]] if len(codes) else codes
    return np.column_stack([unique // n, unique % n])


def _same_key_pairs(key: np.ndarray, row_bits: int | None) -> np.ndarray:
    """Every pair of rows with equal key (smaller row first).

    With ``row_bits``, ``key`` holds ``key · 2^row_bits + row`` (a value sort orders it);
    without, it is the key of each row (an argsort orders it).
    """
    if row_bits is not None:
        ordered = np.sort(key)
        same = ((ordered[1:] ^ ordered[:-1]) >> row_bits) == 0
    else:
        order = np.argsort(key)
        ordered = key[order]
        same = ordered[1:] == ordered[:-1]
    repeated = np.flatnonzero(same)  # position k has the key of position k + 1
    if len(repeated) == 0:
        return np.empty((0, 2), dtype=np.int64)
    grouped = np.zeros(len(ordered), dtype=bool)
    grouped[repeated] = grouped[repeated + 1] = True
    at = np.flatnonzero(grouped)  # positions in groups of two or more
    if row_bits is not None:
        keys, rows = ordered[at] >> row_bits, ordered[at] & ((1 << row_bits) - 1)
    else:
        keys, rows = ordered[at], order[at]
    parts = []
    for step in range(1, len(at)):
        same_at = np.flatnonzero(keys[:-step] == keys[step:])
        if len(same_at) == 0:
            break
        parts.append(np.column_stack([rows[same_at], rows[same_at + step]]))
    pairs = np.concatenate(parts)
    return np.column_stack([pairs.min(axis=1), pairs.max(axis=1)])


def separation_km(
    daily: pd.DataFrame, one: np.ndarray, two: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Mean separation and separation bound (km) of row pairs ``one``, ``two`` (same day)."""
    columns = {"a": "a_km", "u": "u_deg", "raan": "raan_deg", "i": "i_deg", "ex": "ex", "ey": "ey"}
    states = {}
    for name, column in columns.items():
        values: np.ndarray = daily[column].to_numpy(dtype=np.float64)
        states[name] = (values[one], values[two])
    return _separation(states)


def _separation(
    states: dict[str, tuple[np.ndarray, np.ndarray]],
) -> tuple[np.ndarray, np.ndarray]:
    """Mean separation and bound from the two rows' ``a, u, raan, i, ex, ey`` (u, Ω wrapped)."""
    (a1, a2), (u1, u2), (n1, n2), (i1, i2) = (states[c] for c in ("a", "u", "raan", "i"))
    (ex1, ex2), (ey1, ey2) = states["ex"], states["ey"]
    a = (a1 + a2) / 2
    d_raan = np.radians(np.mod(n1 - n2 + 180.0, 360.0) - 180.0)
    d_u = np.radians(np.mod(u1 - u2 + 180.0, 360.0) - 180.0)
    along = d_u + d_raan * np.cos(np.radians((i1 + i2) / 2))
    mean_km = np.hypot(a * along, a1 - a2)
    normal1, normal2 = _normal(n1, i1), _normal(n2, i2)
    gamma = 2.0 * np.arcsin(np.clip(np.linalg.norm(normal1 - normal2, axis=1) / 2, 0.0, 1.0))
    bound_km = mean_km + a * gamma + 2.0 * a * np.hypot(ex1 - ex2, ey1 - ey2)
    return mean_km, bound_km


def _normal(raan_deg: np.ndarray, i_deg: np.ndarray) -> np.ndarray:
    """Return the unit normals of orbit planes (one row each)."""
    n, i = np.radians(raan_deg), np.radians(i_deg)
    return np.column_stack([np.sin(i) * np.sin(n), -np.sin(i) * np.cos(n), np.cos(i)])


def _event(
    run: pd.DataFrame,
    pair: tuple[int, int],
    common_day: float,
    ids: np.ndarray,
    owners: np.ndarray,
    manoeuvres: pd.DataFrame,
    names: pd.Series,
    p: ProximityParams,
) -> dict[str, object] | None:
    """Return the event of one run of near days (None: not a proximity operation)."""
    first, last = int(run["day"].min()), int(run["day"].max())
    if last - first < p.min_days or first <= common_day:
        return None
    start = pd.Timestamp(first * NS_PER_DAY, tz="UTC")
    lead = max(
        start - pd.Timedelta(days=p.lead_days), pd.Timestamp(common_day * NS_PER_DAY, tz="UTC")
    )
    burns = [_burns(manoeuvres, int(ids[k]), lead, start) for k in pair]
    pushed = [float(np.nansum(b["delta_v_mps"].to_numpy(np.float64))) + len(b) for b in burns]
    actor, other = (0, 1) if pushed[0] >= pushed[1] else (1, 0)
    led = burns[actor]
    if len(led) == 0:
        return None
    a, b = pair[actor], pair[other]
    duration = float(last - first)
    closest = _closest_km(run, manoeuvres, [int(ids[k]) for k in pair])
    actor_id, other_id = int(ids[a]), int(ids[b])
    other_name = str(names.get(other_id, ""))
    return {
        "norad_id": actor_id,
        "secondary": other_id,
        "secondary_name": other_name,
        "start": start,
        "end": pd.Timestamp(last * NS_PER_DAY, tz="UTC"),
        "miss_km": closest,
        "duration_days": duration,
        "explanation": proximity_explanation(
            (str(names.get(actor_id, "")), actor_id, str(owners[a])),
            (other_name, other_id, str(owners[b])),
            led,
            start,
            duration,
            closest,
            p,
        ),
    }


def _closest_km(run: pd.DataFrame, manoeuvres: pd.DataFrame, norad_ids: list[int]) -> float:
    """Closest mean separation of a run, over days without a burn of either object near them.

    A burn between an object's element sets makes its state on the days around it uncertain
    by up to tens of km along track; those days count only when the run has no others.
    """
    burns = manoeuvres[np.isin(manoeuvres["norad_id"].to_numpy(), norad_ids)]
    burn_days = epoch_ns(burns["epoch_utc"]) / NS_PER_DAY
    days = run["day"].to_numpy(dtype=np.float64)
    quiet = ~(np.abs(days[:, None] - burn_days[None, :]) < MAX_SET_AGE_DAYS).any(axis=1)
    separation = run["mean_km"].to_numpy(dtype=np.float64)
    return float(separation[quiet].min() if quiet.any() else separation.min())


def _burns(manoeuvres: pd.DataFrame, norad: int, lead: pd.Timestamp, start: pd.Timestamp) -> Any:
    """Return the object's manoeuvres from ``lead`` to a day after ``start``."""
    own = manoeuvres[manoeuvres["norad_id"].to_numpy() == norad]
    return own[(own["epoch_utc"] >= lead) & (own["epoch_utc"] <= start + pd.Timedelta(days=1))]
