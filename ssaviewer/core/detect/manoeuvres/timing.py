"""When did the burn happen? Where the trajectories before and after the change meet.

The element set before a manoeuvre and the one after it describe two trajectories. Carried
along with SGP4's secular rates (mean motion with its J2 corrections, perigee and node
precession, and the published mean-motion derivative for drag), their along-track angle
``φ = M + ω + Ω cos i`` separates linearly in time (the change of period) and the separation
crosses zero at the burn. Everything is vectorised over manoeuvres.

The crossing is sought from ``lookback_rows`` element sets before the window on, because an
element set published shortly after a burn is often still fitted to observations from before
it (GEO sets, and some LEO ones, lag a day or more): when the crossing falls before the
window's first set, the window starts at the last set before the crossing. A pure plane change
leaves the along-track separation flat; such manoeuvres keep the middle of their window.

Two sets carry the noise of two fits, and the set after a burn is often fitted across it. So
in-plane changes are also timed by lines through the positions of every published set
(:func:`settled_lines_crossing`): the sets before the window, and the *settled* sets after it
(those whose mean motion has reached the level after; the ones fitted across the burn lag and
are left out). The burn time is a weighted mean of the two estimates (``line_weight``); their
disagreement sets its uncertainty (:func:`line_sigma_h`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from ssaviewer.core.constants import J2, MINUTES_PER_DAY, XKE_PER_MIN
from ssaviewer.core.detect.manoeuvres.medians import few_median
from ssaviewer.core.detect.rules import ALL_REGIMES, RuleSection

NAME = "timing"
_J4 = -0.00000165597  # WGS-72, as SGP4
#: Times at which the two trajectories are compared, from the window's end back to the start
#: of the look-back.
GRID_POINTS = 33


@dataclass(frozen=True)
class TimingParams:
    """How the burn time is placed within (or just before) a manoeuvre's window.

    Attributes
    ----------
    lookback_rows
        Element sets before the window in which the burn may lie (the fit lag): 3, about three
        days at one set a day; GEO element sets lag by a day or more.
    min_drift_km
        The along-track separation must change by at least this much across the searched span
        for the crossing to be trusted: 1 km in LEO, where TLE along-track errors are of that
        order; 5 km at GEO, where they are larger.

    line_days
        In-plane and mixed changes are also timed by lines through the positions of the
        sets of ``line_days`` before the window and of ``line_days`` from the first settled set
        after it (:func:`settled_lines_crossing`).
    settle_fraction
        A set after the change is settled when its mean motion is within this fraction of the
        step of the level after.
    line_weight
        The burn time is ``line_weight`` × the lines' crossing + (1 − ``line_weight``) × the
        two-set crossing (their errors are only partly shared: the mean does better than
        either).
    window_sigmas
        A manoeuvre's window starts no later than the last published set at or before the
        burn time minus this many ``epoch_sigma_h``: the window then holds the burn's
        two-sided 95 % interval (2, the usual convention, not fitted; on the development
        objects 93 % of matched burns lie within 2 ``epoch_sigma_h`` of the time). Without it
        a time placed late by the lines left the window starting after the burn on
        histories whose sets lag it (SPOT-2's 1994-06-29 burn: sets up to three days later
        still showed the old orbit). 0 turns it off.
    along_track_sigmas
        A pure in-plane manoeuvre timed inside a pure plane change's window, not after its
        time and at most this many joint sigmas (the hypot of the two ``epoch_sigma_h``)
        before it, is that plane change's along-track part: the two are one ``mixed``
        manoeuvre (:mod:`~ssaviewer.core.detect.manoeuvres.plane_change`; not at GEO/IGSO).
        1, fitted leave-one-object-out (``benchmarks/bench_accuracy.py``; 1 and 2 tried).
        0 turns the joining off.
    """

    lookback_rows: int = 3
    min_drift_km: float = 1.0
    line_days: float = 3.0
    settle_fraction: float = 0.2
    line_weight: float = 0.75
    window_sigmas: float = 2.0
    along_track_sigmas: float = 1.0


SECTION = RuleSection(
    NAME,
    TimingParams,
    {
        ALL_REGIMES: TimingParams(),
        "GEO": TimingParams(min_drift_km=5.0),
        "IGSO": TimingParams(min_drift_km=5.0),
    },
    doc=__doc__ or "",
)


@dataclass(frozen=True)
class MeanState:
    """Mean elements of a set of element sets, in radians and days (arrays)."""

    t_days: np.ndarray
    n_rev_per_day: np.ndarray
    ndot_rev_per_day2: np.ndarray
    e: np.ndarray
    i_rad: np.ndarray
    raan_rad: np.ndarray
    argp_rad: np.ndarray
    m_rad: np.ndarray

    @cached_property
    def rates(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:func:`secular_rates` of this state, computed once (its arrays are not changed)."""
        return secular_rates(self)


def secular_rates(state: MeanState) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return SGP4's secular rates (rad/day) of M, ω and Ω (``sgp4init``, near-Earth terms)."""
    cosio = np.cos(state.i_rad)
    cos2 = cosio * cosio
    omeosq = 1.0 - state.e**2
    rteosq = np.sqrt(omeosq)
    no_kozai = state.n_rev_per_day * 2.0 * np.pi / MINUTES_PER_DAY
    ak = (XKE_PER_MIN / no_kozai) ** (2.0 / 3.0)
    d1 = 0.75 * J2 * (3.0 * cos2 - 1.0) / (rteosq * omeosq)
    delta = d1 / ak**2
    adel = ak * (1.0 - delta**2 - delta * (1.0 / 3.0 + 134.0 * delta**2 / 81.0))
    no = no_kozai / (1.0 + d1 / adel**2)
    ao = (XKE_PER_MIN / no) ** (2.0 / 3.0)
    pinvsq = 1.0 / (ao * omeosq) ** 2
    temp1 = 1.5 * J2 * pinvsq * no
    temp2 = 0.5 * temp1 * J2 * pinvsq
    temp3 = -0.46875 * _J4 * pinvsq * pinvsq * no
    mdot = (
        no
        + 0.5 * temp1 * rteosq * (3.0 * cos2 - 1.0)
        + 0.0625 * temp2 * rteosq * (13.0 - 78.0 * cos2 + 137.0 * cos2 * cos2)
    )
    argpdot = (
        -0.5 * temp1 * (1.0 - 5.0 * cos2)
        + 0.0625 * temp2 * (7.0 - 114.0 * cos2 + 395.0 * cos2 * cos2)
        + temp3 * (3.0 - 36.0 * cos2 + 49.0 * cos2 * cos2)
    )
    nodedot = (
        -temp1 * cosio
        + (0.5 * temp2 * (4.0 - 19.0 * cos2) + 2.0 * temp3 * (3.0 - 7.0 * cos2)) * cosio
    )
    return mdot * MINUTES_PER_DAY, argpdot * MINUTES_PER_DAY, nodedot * MINUTES_PER_DAY


def along_track_rad(state: MeanState, t_days: np.ndarray) -> np.ndarray:
    """Return the unwrapped along-track angle φ = M + ω + Ω cos i (rad) at ``t_days``."""
    mdot, argpdot, nodedot = state.rates
    dt = t_days - state.t_days
    # The published mean-motion derivative is left out: over a few days it is mostly fit
    # noise, and its quadratic term moved the crossings away from the operators' burn times.
    m = state.m_rad + mdot * dt
    return np.asarray(
        m + state.argp_rad + argpdot * dt + np.cos(state.i_rad) * (state.raan_rad + nodedot * dt)
    )


def separation_rate_km_per_day(before: MeanState, after: MeanState, a_km: np.ndarray) -> np.ndarray:
    """Return how fast the two trajectories separate along the track (km/day, ≥ 0).

    The difference of the along-track angle rates ``Ṁ + ω̇ + Ω̇ cos i`` times the semi-major
    axis: a crossing placed from along-track positions known to ``e`` km is known in time
    to ``e / rate`` days.
    """

    def rate(state: MeanState) -> np.ndarray:
        mdot, argpdot, nodedot = state.rates
        return np.asarray(mdot + argpdot + np.cos(state.i_rad) * nodedot)

    return np.asarray(np.abs(rate(before) - rate(after)) * a_km)


def crossing_days(
    before: MeanState,
    after: MeanState,
    t_start_days: np.ndarray,
    a_km: np.ndarray,
    min_drift_km: np.ndarray,
    t_end_days: np.ndarray | None = None,
) -> np.ndarray:
    """Return when (days since 1970) the two trajectories' along-track separation is zero.

    Searched in ``[t_start_days, t_end_days]`` (``after.t_days`` by default); NaN where the
    separation changes by less than ``min_drift_km`` over that span or does not cross zero in it.
    """
    t_end = after.t_days if t_end_days is None else t_end_days
    # Separation on a grid from the end of the span back to its start, unwrapped from the
    # end, where it is taken within ±π.
    fraction = np.linspace(1.0, 0.0, GRID_POINTS)
    times = t_end[:, None] + (t_start_days - t_end)[:, None] * fraction[None, :]
    # One cos i for both: the node term measures along-track shifts of the node, and a plane
    # change (Δi) must not turn Ω itself into a constant along-track offset.
    cos_i = np.cos(0.5 * (before.i_rad + after.i_rad))
    sep = _along(before, times, cos_i)
    sep -= _along(after, times, cos_i)
    sep_start = sep[:, :1].copy()
    sep_end = np.mod(sep_start + np.pi, 2.0 * np.pi) - np.pi
    sep -= sep_start
    sep += sep_end
    # The crossing nearest the window: the first sign change going back from its end.
    change = np.signbit(sep[:, 1:]) != np.signbit(sep[:, :-1])
    has = change.any(axis=1)
    k = np.argmax(change, axis=1)
    rows = np.arange(len(t_end))
    s0, s1 = sep[rows, k], sep[rows, k + 1]
    t0, t1 = times[rows, k], times[rows, k + 1]
    with np.errstate(divide="ignore", invalid="ignore"):
        crossing = t0 + s0 * (t1 - t0) / (s0 - s1)
    spread = (sep.max(axis=1) - sep.min(axis=1)) * a_km
    return np.where(has & (spread >= min_drift_km), crossing, np.nan)


def _along(state: MeanState, times: np.ndarray, cos_i: np.ndarray) -> np.ndarray:
    """``along_track_rad`` for a (manoeuvres × times) grid with the node term's ``cos_i``."""
    mdot, argpdot, nodedot = (rate[:, None] for rate in state.rates)
    dt = times - state.t_days[:, None]
    out = mdot * dt
    out += state.m_rad[:, None]
    out += state.argp_rad[:, None]
    node = argpdot * dt
    out += node
    np.multiply(nodedot, dt, out=node)
    node += state.raan_rad[:, None]
    node *= cos_i[:, None]
    out += node
    return np.asarray(out)


#: Fractions of a plane change's step whose first crossings outline its ramp.
RAMP_LOW, RAMP_HIGH = 0.25, 0.75


def plane_change_onset(
    t_days: np.ndarray,
    i_deg: np.ndarray,
    start_rows: np.ndarray,
    end_rows: np.ndarray,
    level_rows: int = 3,
) -> tuple[np.ndarray, np.ndarray]:
    """Return when each plane change began (days since 1970) and its uncertainty (days).

    A plane change shows in published element sets as a ramp of the inclination: the sets
    after the burn are fitted to observations from both sides of it, so the change grows over
    the span of the fit. Each ramp runs from the window's first row ``start_rows[k]`` to its
    last ``end_rows[k]`` (rows of one object, every published set, not only those the
    detectors read). The levels before and after are the medians of ``level_rows`` sets
    ending at the start and beginning at the end; the times where the inclination first
    passes ``RAMP_LOW`` and ``RAMP_HIGH`` of the step (linear between sets) outline the ramp,
    and its onset is that line carried back to the level before: ``t_low − (t_high −
    t_low) / 2``, not before the window's start. The uncertainty combines half the ramp's
    width with a burn anywhere in the gap before the first set that moved (``gap / √12``; at
    least a minute). NaN where the window holds too few sets to see a ramp (no set
    strictly inside it) or the step is zero.
    """
    onset = np.full(len(start_rows), np.nan)
    sigma = np.full(len(start_rows), np.nan)
    for k, (lo, hi) in enumerate(zip(start_rows.tolist(), end_rows.tolist(), strict=True)):
        if hi - lo < 2:
            continue
        before = few_median(i_deg[max(lo - level_rows + 1, 0) : lo + 1])
        after = few_median(i_deg[hi : hi + level_rows])
        step = after - before
        if step == 0.0 or not np.isfinite(step):
            continue
        fraction = (i_deg[lo : hi + 1] - before) / step
        times = t_days[lo : hi + 1]
        t_low = _first_passing(times, fraction, RAMP_LOW)
        t_high = _first_passing(times, fraction, RAMP_HIGH)
        if not (np.isfinite(t_low) and np.isfinite(t_high)):
            continue
        width = max(t_high - t_low, 0.0)
        onset[k] = max(t_low - 0.5 * width, times[0])
        # The burn may lie anywhere in the gap before the first set that moved.
        moved = int(np.argmax(fraction >= RAMP_LOW))
        gap = times[moved] - times[max(moved - 1, 0)]
        sigma[k] = max(float(np.hypot(0.5 * width, gap / np.sqrt(12.0))), 1.0 / MINUTES_PER_DAY)
    return onset, sigma


def _first_passing(times: np.ndarray, fraction: np.ndarray, level: float) -> float:
    """Return when ``fraction`` first reaches ``level``, linear between rows (NaN if never)."""
    above = np.flatnonzero(fraction >= level)
    if len(above) == 0:
        return float("nan")
    k = int(above[0])
    if k == 0:
        return float(times[0])
    f0, f1 = fraction[k - 1], fraction[k]
    return float(times[k - 1] + (level - f0) * (times[k] - times[k - 1]) / (f1 - f0))


#: Element sets read on each side of a manoeuvre by :func:`settled_lines_crossing`.
LINE_ROWS = 32


#: The burn time's standard error (hours) where lines placed it: ``hypot(SIGMA_PER_DISAGREEMENT ×
#: |lines − two-set crossing|, SIGMA_PER_WINDOW × window length, SIGMA_FLOOR_H)``. The scatter of
#: the sets about their lines understates the error (the sets are not independent: one fit
#: carries into the next), while the two estimates' disagreement and the window's length follow
#: it. Chosen on the development objects: 72 % of their matched LEO in-plane burns lie within
#: 1 σ and 95 % within 2 σ, GEO 76 % and 93 % (bench_accuracy prints the shares of all burns;
#: the errors have heavier tails than a Gaussian's, so 68 % and 95 % cannot both hold with
#: one scale).
SIGMA_PER_DISAGREEMENT = 0.55
SIGMA_PER_WINDOW = 0.055
SIGMA_FLOOR_H = 0.3


def line_sigma_h(disagreement_h: np.ndarray, window_h: np.ndarray) -> np.ndarray:
    """Return the standard error (hours) of a burn time placed with lines (see above)."""
    return np.asarray(
        np.sqrt(
            (SIGMA_PER_DISAGREEMENT * disagreement_h) ** 2
            + (SIGMA_PER_WINDOW * window_h) ** 2
            + SIGMA_FLOOR_H**2
        )
    )


@dataclass(frozen=True)
class PublishedSets:
    """Every published element set, as read (degrees, days since 1970): no converted copies.

    One entry per row, objects one after another, each sorted by epoch.
    """

    t_days: np.ndarray
    n_rev_per_day: np.ndarray
    e: np.ndarray
    i_deg: np.ndarray
    raan_deg: np.ndarray
    argp_deg: np.ndarray
    m_deg: np.ndarray


def settled_lines_crossing(
    sets: PublishedSets,
    a_km: np.ndarray,
    object_first: np.ndarray,
    object_last: np.ndarray,
    before_rows: np.ndarray,
    after_rows: np.ndarray,
    line_days: np.ndarray,
    settle_fraction: np.ndarray,
) -> np.ndarray:
    """Return when each in-plane change happened, from lines through many element sets.

    A published element set puts the object at its along-track angle ``φ = M + ω + Ω cos i``
    at its own epoch; before a burn those positions lie on one line in time (relative to the
    set ``before_rows[k]``'s own trajectory), after it on another whose slope differs by the
    change of period. The sets published just after a burn are fitted across it: their mean
    motion is between the levels before and after (the *ramp*) and their position lags. So
    the line after is drawn through *settled* sets only: from the first set after
    ``before_rows[k]`` whose mean motion is within ``settle_fraction`` of the step of the level
    after (median of three sets from ``after_rows[k]``; ``after_rows[k]`` itself when none
    settles before it), for ``line_days``, keeping only settled sets (a later change ends the
    line). The line before goes through the sets of the ``line_days`` ending at
    ``before_rows[k]``. Both are least-squares lines; the crossing is where they meet, kept
    between the set before ``before_rows[k]`` and the first settled set.

    Parameters
    ----------
    sets
        Every published set.
    a_km
        Semi-major axis per row.
    object_first, object_last
        First and last row of each manoeuvre's object.
    before_rows, after_rows
        Each manoeuvre's window: the last set before the change and the first after it.
    line_days, settle_fraction
        Per manoeuvre, see :class:`TimingParams`.

    Returns
    -------
    numpy.ndarray
        The crossing (days since 1970); NaN where no line could be drawn after the change
        (fewer than two settled sets) or the lines are parallel.
    """
    out = np.full(len(before_rows), np.nan)
    # Grids as wide as each manoeuvre needs (a power of two, 4 to LINE_ROWS): one set a day
    # needs 4, an archival history of several a day 16 or 32.
    t = sets.t_days
    back = _grid_width(t, before_rows, t[before_rows] - line_days, object_first, forward=False)
    ahead = _grid_width(t, before_rows, t[after_rows] + line_days, object_last, forward=True)
    width = np.maximum(back, ahead)
    for size in np.unique(width).tolist():
        k = np.flatnonzero(width == size)
        out[k] = _lines_crossing(
            sets,
            a_km,
            object_first[k],
            object_last[k],
            before_rows[k],
            after_rows[k],
            line_days[k],
            settle_fraction[k],
            int(size),
        )
    return out


def _grid_width(
    t_days: np.ndarray, rows: np.ndarray, limit_days: np.ndarray, bound: np.ndarray, forward: bool
) -> np.ndarray:
    """Return how many rows each grid needs: a power of two, 4 to ``LINE_ROWS``.

    The fewest rows from each of ``rows``, going ``forward`` or back, that reach past
    ``limit_days`` or the object's ``bound`` row (``LINE_ROWS`` when none do).
    """
    width = np.full(len(rows), LINE_ROWS)
    size = LINE_ROWS
    while size >= 4:
        probe = rows + size if forward else rows - size
        outside = probe > bound if forward else probe < bound
        at = t_days[np.clip(probe, 0, len(t_days) - 1)]
        past = at > limit_days if forward else at < limit_days
        width = np.where(outside | past, size, width)
        size //= 2
    return width


def _lines_crossing(
    sets: PublishedSets,
    a_km: np.ndarray,
    object_first: np.ndarray,
    object_last: np.ndarray,
    before_rows: np.ndarray,
    after_rows: np.ndarray,
    line_days: np.ndarray,
    settle_fraction: np.ndarray,
    width: int,
) -> np.ndarray:
    """:func:`settled_lines_crossing` on grids of ``width`` rows each side."""
    b, a = before_rows, after_rows
    offsets = np.arange(width)
    t = sets.t_days
    n = sets.n_rev_per_day
    # The levels of the mean motion before and after.
    level_pre = _median_rows(n, b[:, None] - offsets[None, :3], object_first, object_last, b)
    level_post = _median_rows(n, a[:, None] + offsets[None, :3], object_first, object_last, a)
    step = np.abs(level_post - level_pre)
    # The first settled set after b (a at the latest).
    after_b = np.minimum(b[:, None] + 1 + offsets[None, :], object_last[:, None])
    settled = (np.abs(n[after_b] - level_post[:, None]) <= (settle_fraction * step)[:, None]) & (
        after_b <= a[:, None]
    )
    first = np.where(settled.any(axis=1), after_b[np.arange(len(b)), np.argmax(settled, 1)], a)
    # Rows on each line, and their positions relative to the trajectory of the set at b.
    pre_rows = np.maximum(b[:, None] - offsets[None, :], object_first[:, None])
    pre_use = (b[:, None] - offsets[None, :] >= object_first[:, None]) & (
        t[pre_rows] >= (t[b] - line_days)[:, None]
    )
    post_rows = np.minimum(first[:, None] + offsets[None, :], object_last[:, None])
    post_use = (
        (first[:, None] + offsets[None, :] <= object_last[:, None])
        & (t[post_rows] <= (t[first] + line_days)[:, None])
        & (np.abs(n[post_rows] - level_post[:, None]) <= (settle_fraction * step)[:, None])
    )
    post_use[:, 0] = True
    ref = _take(sets, b)
    cos_i = np.cos(ref.i_rad)
    t0 = t[b]
    pre_line = _line(sets, ref, cos_i, pre_rows, pre_use, t0, a_km[b])
    post_line = _line(sets, ref, cos_i, post_rows, post_use, t0, a_km[b])
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = post_line.slope - pre_line.slope
        cross = (pre_line.intercept - post_line.intercept) / slope
    earliest = t[np.maximum(b - 1, object_first)] - t0
    cross = np.clip(cross, earliest, t[first] - t0)
    ok = (post_line.count >= 2) & np.isfinite(cross) & (slope != 0.0)
    return np.asarray(np.where(ok, t0 + cross, np.nan))


@dataclass(frozen=True)
class _Fit:
    """A least-squares line ``r = intercept + slope (t − t0)`` through masked points (km, days)."""

    intercept: np.ndarray
    slope: np.ndarray
    count: np.ndarray


def _line(
    sets: PublishedSets,
    ref: MeanState,
    cos_i: np.ndarray,
    rows: np.ndarray,
    use: np.ndarray,
    t0: np.ndarray,
    a_km: np.ndarray,
) -> _Fit:
    """Fit a line to the along-track positions of ``rows`` (where ``use``) relative to ``ref``.

    One point, or points at one epoch, give a flat line through their mean (the set's own
    period is not trusted more than the reference's).
    """
    times = sets.t_days[rows]
    own = np.radians(sets.m_deg[rows] + sets.argp_deg[rows])
    own += cos_i[:, None] * np.radians(sets.raan_deg[rows])
    diff = own - _along(ref, times, cos_i)
    r = (np.mod(diff + np.pi, 2.0 * np.pi) - np.pi) * a_km[:, None]
    x = times - t0[:, None]
    w = use.astype(np.float64)
    count = w.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_x = (w * x).sum(axis=1) / count
        mean_r = (w * r).sum(axis=1) / count
        dx = np.where(use, x - mean_x[:, None], 0.0)
        dr = np.where(use, r - mean_r[:, None], 0.0)
        sxx = (dx * dx).sum(axis=1)
        slope = np.where(sxx > 1e-9, (dx * dr).sum(axis=1) / sxx, 0.0)
    return _Fit(intercept=mean_r - slope * mean_x, slope=slope, count=count)


def _take(sets: PublishedSets, rows: np.ndarray) -> MeanState:
    """Return the mean elements of ``rows`` (the mean-motion derivative left at zero)."""
    return MeanState(
        t_days=sets.t_days[rows],
        n_rev_per_day=sets.n_rev_per_day[rows],
        ndot_rev_per_day2=np.zeros(len(rows)),
        e=sets.e[rows],
        i_rad=np.radians(sets.i_deg[rows]),
        raan_rad=np.radians(sets.raan_deg[rows]),
        argp_rad=np.radians(sets.argp_deg[rows]),
        m_rad=np.radians(sets.m_deg[rows]),
    )


def _median_rows(
    values: np.ndarray,
    rows: np.ndarray,
    object_first: np.ndarray,
    object_last: np.ndarray,
    fallback_rows: np.ndarray,
) -> np.ndarray:
    """Median of ``values`` over ``rows`` (a table) within each object, else its fallback row."""
    inside = (rows >= object_first[:, None]) & (rows <= object_last[:, None])
    picked = np.where(inside, values[np.clip(rows, 0, len(values) - 1)], np.nan)
    with np.errstate(all="ignore"):
        ordered = np.sort(picked, axis=1)
    count = inside.sum(axis=1)
    idx = np.arange(len(rows))
    high = ordered[idx, np.minimum(count // 2, rows.shape[1] - 1)]
    low = ordered[idx, np.where(count % 2 == 1, count // 2, np.maximum(count // 2 - 1, 0))]
    return np.asarray(np.where(count > 0, 0.5 * (low + high), values[fallback_rows]))
