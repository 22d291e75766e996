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

from itertools import pairwise
from typing import Any

import numpy as np
import pandas as pd

from ssaviewer.core.constants import NS_PER_DAY
from ssaviewer.core.detect.events.event_frame import event_frame
from ssaviewer.core.detect.rules import Rules
from ssaviewer.core.norms import sources
from ssaviewer.core.norms.proximity import (
    _UNKNOWN_OWNERS,
    RULE_SECTION,
    SECTION,
    ProximityParams,
    _groups,
    _owners,
    _runs,
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
    """Return one ``norm`` event per proximity operation in LEO (``event_frame`` columns)."""
    p: ProximityParams = rules.section(RULE_SECTION, "LEO")
    daily = daily_states(elements)
    if daily["norad_id"].nunique() < 2:
        return event_frame(0)
    # Rows are grouped by object, days ascending: object k's days are one slice.
    norad = daily["norad_id"].to_numpy()
    edges = np.flatnonzero(np.r_[True, norad[1:] != norad[:-1], True])
    by_id = np.argsort(norad[edges[:-1]])
    ids, starts, counts = norad[edges[:-1]][by_id], edges[:-1][by_id], np.diff(edges)[by_id]
    owners = _owners(objects, ids)
    near = near_days(daily, ids, owners, p)
    # Only pairs with a manoeuvring object and enough near days can make an event.
    moved = np.isin(ids, manoeuvres["norad_id"].to_numpy())
    near = near[moved[near["i"].to_numpy()] | moved[near["j"].to_numpy()]]
    days_near = near.groupby(["i", "j"])["day"].transform("size").to_numpy()
    near = near[days_near > p.min_days]
    if len(near) == 0:
        return event_frame(0)
    names = elements.groupby("norad_id", observed=True)["object_name"].last().astype(str)
    day, stops = daily["day"].to_numpy(), starts + counts
    rows = []
    for (i, j), hits in _groups(near["i"].to_numpy(), near["j"].to_numpy()):
        pair = near.iloc[hits].sort_values("day")
        seen_i, seen_j = day[starts[i] : stops[i]], day[starts[j] : stops[j]]
        both = np.intersect1d(seen_i, seen_j)
        for first, last in _runs_over_gaps(_runs(pair["day"].to_numpy()), both):
            run = pair[(pair["day"] >= first) & (pair["day"] <= last)]
            common = max(seen_i[0], seen_j[0])
            row = _event(run, (i, j), common, ids, owners, manoeuvres, names, p)
            if row is not None:
                rows.append(row)
    return _frame(rows, p)


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


def daily_states(elements: pd.DataFrame) -> pd.DataFrame:
    """Each LEO object's mean state at 00:00 UTC of each day with an element set near it.

    The element sets before and after the instant (each at most ``MAX_SET_AGE_DAYS`` away)
    are carried to it with SGP4's secular rates and blended linearly in time, so a burn
    between them shows as a gradual change rather than a jump of tens of km along track.
    Columns: ``norad_id``, ``day`` (days since the Unix epoch), ``a_km``, ``u_deg`` (argument
    of latitude), ``raan_deg``, ``i_deg``, ``ex``, ``ey`` (e·cos ω, e·sin ω) and the mean
    position ``x_km, y_km, z_km`` (circular orbit of radius a, inertial axes).
    """
    leo = elements[(elements["regime"] == "LEO").to_numpy()]
    t = epoch_ns(leo["epoch_utc"]) / NS_PER_DAY
    norad = leo["norad_id"].to_numpy(dtype=np.int64)
    # First: the element sets around each grid day and the weight of the later one.
    before, after, days, w = _bracketing_sets(norad, t)
    # Next: carry both to the grid day and blend them.
    one, two = _carried(leo, t, before, days), _carried(leo, t, after, days)
    mixed = {name: one[name] + w * (two[name] - one[name]) for name in ("a", "i", "ex", "ey")}
    u, raan = (
        one[name] + w * (np.mod(two[name] - one[name] + 180.0, 360.0) - 180.0)
        for name in ("u", "raan")
    )
    # Finally: the mean position on the circle of radius a.
    a, i = mixed["a"], mixed["i"]
    ur, nr, ir = np.radians(u), np.radians(raan), np.radians(i)
    return pd.DataFrame(
        {
            "norad_id": norad[before],
            "day": days,
            "a_km": a,
            "u_deg": np.mod(u, 360.0),
            "raan_deg": np.mod(raan, 360.0),
            "i_deg": i,
            "ex": mixed["ex"],
            "ey": mixed["ey"],
            "x_km": a * (np.cos(ur) * np.cos(nr) - np.sin(ur) * np.cos(ir) * np.sin(nr)),
            "y_km": a * (np.cos(ur) * np.sin(nr) + np.sin(ur) * np.cos(ir) * np.cos(nr)),
            "z_km": a * np.sin(ur) * np.sin(ir),
        }
    )


def _carried(
    leo: pd.DataFrame, t: np.ndarray, rows: np.ndarray, days: np.ndarray
) -> dict[str, np.ndarray]:
    """Element sets ``rows`` carried to ``days`` with SGP4's secular rates (J2 and ṅ/2)."""

    def col(name: str) -> np.ndarray:
        values: np.ndarray = leo[name].to_numpy(dtype=np.float64)[rows]
        return values

    dt = days - t[rows]
    a, e, i = col("semi_major_axis_km"), col("eccentricity"), col("inclination_deg")
    raan_dot, argp_dot, m_dot = j2_rates_deg_per_day(a, e, i)
    half_ndot = np.nan_to_num(col("mean_motion_dot"))
    argp = col("arg_of_pericenter_deg") + argp_dot * dt
    u = argp + col("mean_anomaly_deg") + m_dot * dt + 360.0 * half_ndot * dt**2
    return {
        "a": a,
        "i": i,
        "ex": e * np.cos(np.radians(argp)),
        "ey": e * np.sin(np.radians(argp)),
        "u": u,
        "raan": col("ra_of_asc_node_deg") + raan_dot * dt,
    }


def _bracketing_sets(
    norad: np.ndarray, t: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per object and grid day: the rows before and after, the day, the later row's weight.

    A set more than ``MAX_SET_AGE_DAYS`` from the day gets no weight (the other is used
    alone); a day with neither is left out.
    """
    parts = []
    bounds: list[int] = (
        np.flatnonzero(np.r_[True, norad[1:] != norad[:-1], True]).tolist() if len(norad) else []
    )
    for s, e in pairwise(bounds):
        ts = t[s:e]
        x = np.arange(np.ceil(ts[0] - MAX_SET_AGE_DAYS), np.floor(ts[-1] + MAX_SET_AGE_DAYS) + 1)
        after = np.clip(np.searchsorted(ts, x), 0, len(ts) - 1)
        before = np.clip(np.searchsorted(ts, x, "right") - 1, 0, len(ts) - 1)
        ok_before = np.abs(x - ts[before]) <= MAX_SET_AGE_DAYS
        ok_after = np.abs(ts[after] - x) <= MAX_SET_AGE_DAYS
        span = ts[after] - ts[before]
        with np.errstate(invalid="ignore", divide="ignore"):
            w = np.where(span > 0, (x - ts[before]) / span, 0.0)
        w = np.where(ok_before & ok_after, np.clip(w, 0.0, 1.0), np.where(ok_after, 1.0, 0.0))
        keep = ok_before | ok_after
        parts.append((s + before[keep], s + after[keep], x[keep], w[keep]))
    if not parts:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, np.empty(0), np.empty(0)
    before_rows, after_rows, days, weights = (np.concatenate(p) for p in zip(*parts, strict=True))
    return before_rows, after_rows, days, weights


def near_days(
    daily: pd.DataFrame, ids: np.ndarray, owners: np.ndarray, p: ProximityParams
) -> pd.DataFrame:
    """Days each pair of different-owner objects has its separation bound under the threshold.

    Columns ``i, j`` (positions in ``ids``, i < j), ``day``, ``bound_km``, ``mean_km``.
    """
    pairs = _candidates(daily, p.threshold_km * _REACH_FACTOR)
    k = np.searchsorted(ids, daily["norad_id"].to_numpy())
    one, two = pairs[:, 0], pairs[:, 1]
    unknown = np.isin(owners, _UNKNOWN_OWNERS)
    keep = (owners[k[one]] != owners[k[two]]) & ~unknown[k[one]] & ~unknown[k[two]]
    one, two = one[keep], two[keep]
    mean_km, bound_km = separation_km(daily, one, two)
    inside = bound_km < p.threshold_km
    lo, hi = np.minimum(k[one], k[two])[inside], np.maximum(k[one], k[two])[inside]
    return pd.DataFrame(
        {
            "i": lo,
            "j": hi,
            "day": daily["day"].to_numpy()[one[inside]].astype(np.int64),
            "bound_km": bound_km[inside],
            "mean_km": mean_km[inside],
        }
    )


def _candidates(daily: pd.DataFrame, reach_km: float) -> np.ndarray:
    """Row pairs (same day) whose mean positions may be within ``reach_km`` of each other.

    Eight grids of cubes ``2·reach_km`` wide, shifted by 0 or ``reach_km`` along each axis:
    two points closer than ``reach_km`` on every axis share a cube of at least one of them.
    Each grid is one sort of the cube keys; only cubes holding two or more rows make pairs.
    """
    xyz = daily[["x_km", "y_km", "z_km"]].to_numpy(dtype=np.float64)
    day = daily["day"].to_numpy().astype(np.int64)
    span = int(np.abs(xyz).max(initial=0.0) / reach_km) + 3
    base = 2 * span + 1
    found = [np.empty((0, 2), dtype=np.int64)]
    for shift in np.array(np.meshgrid([0, 1], [0, 1], [0, 1])).T.reshape(-1, 3):
        cube = np.floor((xyz + shift * reach_km) / (2 * reach_km)).astype(np.int64) + span
        key = ((day * base + cube[:, 0]) * base + cube[:, 1]) * base + cube[:, 2]
        found.append(_same_key_pairs(key))
    pairs = np.concatenate(found)
    n = max(len(daily), 1)
    codes = np.sort(pairs[:, 0] * n + pairs[:, 1])
    unique = codes[np.r_[True, codes[1:] != codes[:-1]]] if len(codes) else codes
    return np.column_stack([unique // n, unique % n])


def _same_key_pairs(key: np.ndarray) -> np.ndarray:
    """Every pair of rows with equal ``key`` (smaller row first)."""
    order = np.argsort(key)
    ordered = key[order]
    repeated = np.flatnonzero(ordered[1:] == ordered[:-1])  # row k equals row k + 1
    if len(repeated) == 0:
        return np.empty((0, 2), dtype=np.int64)
    grouped = np.zeros(len(ordered), dtype=bool)
    grouped[repeated] = grouped[repeated + 1] = True
    at = np.flatnonzero(grouped)  # positions in groups of two or more
    parts = []
    for step in range(1, len(at)):
        ahead = at[at + step < len(ordered)]
        same = ahead[ordered[ahead] == ordered[ahead + step]]
        if len(same) == 0:
            break
        parts.append(np.column_stack([order[same], order[same + step]]))
    pairs = np.concatenate(parts)
    return np.column_stack([pairs.min(axis=1), pairs.max(axis=1)])


def separation_km(
    daily: pd.DataFrame, one: np.ndarray, two: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Mean separation and separation bound (km) of row pairs ``one``, ``two`` (same day)."""

    def col(name: str) -> tuple[np.ndarray, np.ndarray]:
        values: np.ndarray = daily[name].to_numpy(dtype=np.float64)
        return values[one], values[two]

    (a1, a2), (u1, u2), (n1, n2), (i1, i2) = (
        col(c) for c in ("a_km", "u_deg", "raan_deg", "i_deg")
    )
    (ex1, ex2), (ey1, ey2) = col("ex"), col("ey")
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
    listed = ", ".join(
        f"{t:%Y-%m-%d} ({dv:.2f} m/s)" if np.isfinite(dv) else f"{t:%Y-%m-%d}"
        for t, dv in zip(led["epoch_utc"], led["delta_v_mps"].to_numpy(np.float64), strict=True)
    )
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
        "explanation": (
            f"{names.get(actor_id, '')} ({actor_id}, owner {owners[a]}) manoeuvred on"
            f" {listed} and from {start:%Y-%m-%d} stayed within {p.threshold_km:g} km of"
            f" {other_name} ({other_id}, owner {owners[b]}) for {duration:,.0f} days"
            f" (closest mean separation {closest:,.1f} km): a proximity operation"
            f" near another operator's satellite ({p.source}). {sources.NOT_A_FINDING}"
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


def _frame(rows: list[dict[str, object]], p: ProximityParams) -> pd.DataFrame:
    if not rows:
        return event_frame(0)
    table = pd.DataFrame(rows)
    return event_frame(
        len(table),
        norad_id=table["norad_id"].to_numpy(dtype=np.int64),
        event_type="norm",
        label="irregular",
        reasons="proximity-operation",
        explanation=table["explanation"].to_numpy(),
        epoch_utc=pd.to_datetime(table["start"], utc=True).to_numpy(),
        window_start_utc=pd.to_datetime(table["start"], utc=True).to_numpy(),
        window_end_utc=pd.to_datetime(table["end"], utc=True).to_numpy(),
        rules=SECTION,
        regime="LEO",
        secondary_norad_id=table["secondary"].to_numpy(dtype=np.int64),
        secondary_name=table["secondary_name"].to_numpy(),
        miss_km=table["miss_km"].to_numpy(),
        duration_days=table["duration_days"].to_numpy(),
        norm_sources=p.source,
    )
