"""In-plane manoeuvres: a sustained step in semi-major axis after the drag trend is removed.

Orbit-maintenance burns along the track change the semi-major axis by Δa = 2 Δv / n (for a
near-circular orbit), which a series of mean element sets shows as a step that persists, while
atmospheric drag only bends it slowly. GEO and IGSO objects are handled by
:mod:`ssaviewer.core.detect.manoeuvres.geo_drift`, where the same change is a change of drift rate.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from ssaviewer.core.detect.element_table import group_medians
from ssaviewer.core.detect.manoeuvres.candidates import (
    Candidates,
    candidates_by_regime,
    find_steps,
    significant_gaps,
)
from ssaviewer.core.detect.manoeuvres.features import Features, fit_centred_a_km
from ssaviewer.core.detect.manoeuvres.noise import Gaps, StepStats, nan_to, steps, tail_factor
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection

NAME = "inplane"
RULE_ID = "inplane.step"


@dataclass(frozen=True)
class InPlaneParams:
    """Thresholds of the semi-major-axis step detector.

    Attributes
    ----------
    enabled
        Run this detector for the regime (off for GEO/IGSO: see ``geo_drift``).
    min_sigma
        A step must exceed this many noise sigmas (one-difference MAD sigma), times the
        object's tail factor (``tail_quantile``). TLE noise is heavy-tailed, so well above the
        Gaussian 3-4. In LEO this applies to *drops* of the semi-major axis beyond the drag
        trend (raises: ``min_sigma_raise``): MIN_SIGMA_LEO, fitted leave-one-object-out on the
        development LEO objects (``benchmarks/bench_accuracy.py``; 8, 12 and 16 tried). Other
        regimes keep 6 for both, with no ground truth to fit on.
    min_sigma_raise
        A *raise* of the semi-major axis (a positive step after the drag trend is removed,
        across a gap where a itself rose) needs this many sigmas instead (times the tail
        factor); 0 means ``min_sigma``. In LEO drag only ever lowers the orbit and an
        operator's routine in-plane burns raise it (drag make-up), so a raise beyond the trend
        is far likelier a burn than a drop of the same size: LEO MIN_SIGMA_RAISE_LEO, fitted
        with ``min_sigma`` (5, 6 and 8 tried; now fixed, the grid fits
        ``routine_sigma_raise`` instead). A still lower raise threshold (3 with
        ``min_sigma`` 10, or 4 with 12) finds more of the 5-10 mm/s drag make-up burns (LEO
        gap F1 0.844 -> 0.860 / 0.855 in-sample, ±12 h 0.730 -> 0.732 / 0.734, Haiyang-2A
        0.556 -> 0.719 / 0.633) but adds a false alarm on Jason-3 (±12 h 0.722 -> 0.703,
        below its floor), so it is not the global default: see ``routine_sigma_raise``.
    tail_quantile
        The noise model adapts to each history's tails: an object whose single-gap jumps at
        this quantile (0.9) are heavier than a Gaussian's has its threshold raised by that
        ratio (``noise.tail_factor``; at least 1). Archival histories fitted to overlapping
        observations (SPOT-2: 2.2, Envisat: 1.8) need it; clean ones (1.0) do not. 0 turns
        it off.
    min_delta_a_km
        ... and this absolute size: 0.005 km (5 m) in LEO, about the Δa of a 3 mm/s burn, below
        which element sets cannot show a burn (the evaluation ignores burns under 5 mm/s).
    min_jump_sigma
        Within a run of significant gaps, a further local peak of the single-gap jump above
        this many sigma is a burn of its own (commissioning and end-of-life sequences burn
        every day or two); 10 keeps ordinary noise peaks inside a run from splitting it.
    trend_window
        Element sets in the centred rolling median of da/dt (the drag trend): 15, about two
        weeks, long enough that one burn does not move it, short enough to follow solar
        activity.
    noise_window
        Element sets in the rolling median of |detrended Δa| (the noise): 61, about two months.
    step_rows
        Element sets whose median forms the level before and after a gap: 3. A single bad set
        moves neither median (persistence); burns of one sequence a few days apart stay apart.
    noise_floor_km
        Smallest noise sigma used (km): guards against runs of identical published values.
    fit_lead_days
        The semi-major axis is taken from the mean motion this many days before the epoch
        (``features.fit_centred_a_km``): 1 day, about the middle of the observation span of a
        LEO element set; on the development objects it halves the noise of the noisiest
        (Haiyang-2A) and leaves the others unchanged. 0 uses the epoch's value.
    routine_sigma_raise
        A second, lower raise threshold (sigmas, times the tail factor) for raises that fit the
        object's *own* routine of drag make-up burns (``routine_raises``): the object has at
        least ``routine_min_raises`` raises found with the thresholds above, the candidate's
        step is within ``routine_size_factor`` of their median size, and the drag decay of the
        trend since the object's last such raise is at least ``routine_decay_share`` of that
        size (the orbit has sunk enough to need a make-up). An object without such a routine
        (no confident raises, or no drag, as at 1300 km) gets nothing new. 0 turns it off
        (every regime but LEO). LEO MIN_SIGMA_ROUTINE_LEO (3), fitted leave-one-object-out
        (2.5, 3 and 3.5 tried; all three find 4-8 more of Haiyang-2A's 5-8 mm/s burns and add
        no false alarm on Jason-3 or Sentinel-3A; 2.5 adds one more false alarm than 3).
    routine_min_raises
        Confident raises an object needs before it has a routine: 6.
    routine_size_factor
        A routine raise is within this factor (either way) of the median confident raise: 2.
    routine_decay_share
        Share of the routine raise size the drag trend must have lowered the orbit since the
        object's last confident raise: 0.1 (0.05 gives the same detections, 0.15 two fewer hits).
    routine_interval_share
        ... and at least this share of the median interval between its confident raises has
        passed since the last one: 0.25 (a make-up burn does not follow the previous one
        within days; removes one false alarm on Haiyang-2A). 0 turns the check off.
    """

    enabled: bool = True
    min_sigma: float = 6.0
    min_sigma_raise: float = 0.0
    min_jump_sigma: float = 10.0
    min_delta_a_km: float = 0.005
    trend_window: int = 15
    noise_window: int = 61
    step_rows: int = 3
    noise_floor_km: float = 0.0005
    fit_lead_days: float = 1.0
    tail_quantile: float = 0.9
    routine_sigma_raise: float = 0.0
    routine_min_raises: int = 6
    routine_size_factor: float = 2.0
    routine_decay_share: float = 0.1
    routine_interval_share: float = 0.25

    @property
    def raise_sigma(self) -> float:
        """The threshold (sigmas, before the tail factor) of a raise of the semi-major axis."""
        return self.min_sigma_raise if self.min_sigma_raise > 0 else self.min_sigma


#: LEO's ``min_sigma`` (drops of a; with the tail factor), chosen on the development objects.
MIN_SIGMA_LEO = 12.0
#: LEO's ``min_sigma_raise`` (raises of a; with the tail factor), chosen likewise.
MIN_SIGMA_RAISE_LEO = 6.0
#: LEO's ``routine_sigma_raise`` (raises that fit the object's routine), chosen likewise.
MIN_SIGMA_ROUTINE_LEO = 3.0

SECTION = RuleSection(
    NAME,
    InPlaneParams,
    {
        ALL_REGIMES: InPlaneParams(),
        "LEO": InPlaneParams(
            min_sigma=MIN_SIGMA_LEO,
            min_sigma_raise=MIN_SIGMA_RAISE_LEO,
            routine_sigma_raise=MIN_SIGMA_ROUTINE_LEO,
        ),
        "MEO": InPlaneParams(min_delta_a_km=0.05, noise_floor_km=0.005),
        "HEO": InPlaneParams(min_delta_a_km=0.5, noise_floor_km=0.05),
        "GTO": InPlaneParams(min_delta_a_km=0.5, noise_floor_km=0.05),
        "GEO": InPlaneParams(enabled=False),
        "IGSO": InPlaneParams(enabled=False),
    },
    doc=__doc__ or "",
)


def detect(features: Features, rules: Rules) -> Candidates:
    """Return semi-major-axis step candidates; row positions refer to ``features``."""
    return candidates_by_regime(features, rules, SECTION, find)


def find(sub: Features, rows: np.ndarray, params: InPlaneParams, gaps: Gaps) -> Candidates:
    """Candidates of one regime's rows ``sub`` (at ``rows`` of the whole table)."""
    a_km = fit_centred_a_km(sub, params.fit_lead_days)
    found = gaps.residuals_of(
        f"a_fit_{params.fit_lead_days!r}",
        a_km,
        trend_window=params.trend_window,
        noise_window=params.noise_window,
    )
    stats = steps(a_km, gaps, found, step_rows=params.step_rows, noise_floor=params.noise_floor_km)
    # The object's own tails raise its threshold; significances (and so confidences) are
    # reported in sigmas widened by the same factor.
    factor = tail_factor(stats.z_jump, sub.first, params.tail_quantile)
    # A raise: the detrended step is positive and the semi-major axis itself rose across the
    # gap (a burn outweighs a gap's drag; a decay that merely slows does not rise).
    rose = (stats.step > 0) & (stats.resid + stats.trend_per_day * stats.dt_days > 0)
    threshold = np.where(rose, params.raise_sigma, params.min_sigma) * factor
    significant = significant_gaps(stats, threshold, params.min_delta_a_km)
    found_steps = find_steps(stats, significant, "a", min_jump_sigma=params.min_jump_sigma)
    if params.routine_sigma_raise > 0:
        # Second pass: raises that fit the object's own routine (from the first pass).
        routine = routine_raises(stats, sub.first, sub.t_days, found_steps, params) & rose
        lower = np.minimum(threshold, params.routine_sigma_raise * factor)
        threshold = np.where(routine, lower, threshold)
        significant = significant_gaps(stats, threshold, params.min_delta_a_km)
        found_steps = find_steps(stats, significant, "a", min_jump_sigma=params.min_jump_sigma)
    found_steps = replace(found_steps, z=found_steps.z / factor[found_steps.index_peak])
    return found_steps.to_rows(rows, RULE_ID)


def routine_raises(
    stats: StepStats,
    first: np.ndarray,
    t_days: np.ndarray,
    confident: Candidates,
    params: InPlaneParams,
) -> np.ndarray:
    """Rows whose gap's step would fit its object's own routine of drag make-up raises.

    Parameters
    ----------
    stats
        Per-gap statistics of the semi-major axis (km), one row per element set.
    first
        True on each object's first row.
    t_days
        Epoch of each row (days, any origin).
    confident
        The candidates found with the ordinary thresholds (row positions of ``stats``); its
        raises (``step > 0``) form each object's routine.
    params
        ``routine_min_raises``, ``routine_size_factor``, ``routine_decay_share`` and
        ``routine_interval_share``.

    Returns
    -------
    numpy.ndarray
        Boolean, one per row: the object has at least ``routine_min_raises`` confident raises,
        the gap's step is within ``routine_size_factor`` of their median (km), and the drag
        trend has lowered the orbit by at least ``routine_decay_share`` times that median since
        the object's last confident raise before the gap, and at least
        ``routine_interval_share`` of the median interval between its confident raises has
        passed since that raise. Uses nothing but the object's own history.
    """
    n = len(stats.step)
    if n == 0:
        return np.zeros(0, dtype=bool)
    group = np.cumsum(first) - 1
    up = confident.step > 0
    raises, sizes = confident.index_peak[up], confident.step[up]
    order = np.argsort(raises, kind="stable")
    raises, sizes = raises[order], sizes[order]
    median = np.full(int(group[-1]) + 1, np.nan)
    owner = group[raises]
    counts = np.bincount(owner, minlength=len(median))
    median[:] = _median_by(sizes, owner, len(median))
    median[counts < params.routine_min_raises] = np.nan
    size = median[group]
    with np.errstate(invalid="ignore"):
        ok = np.isfinite(size) & (stats.step >= size / params.routine_size_factor)
        ok &= stats.step <= size * params.routine_size_factor
    if not ok.any():
        return np.asarray(ok)
    # Each row's last confident raise of the same object (none: not part of a routine).
    rows = np.arange(n)
    last = np.searchsorted(raises, rows, side="left") - 1
    last_row = raises[np.maximum(last, 0)]
    ok &= (last >= 0) & (group[last_row] == group)
    if params.routine_decay_share > 0:
        # Drag decay of the trend (km, positive when a falls) accumulated up to each row.
        lost = np.where(stats.valid, -nan_to(stats.trend_per_day * stats.dt_days, 0.0), 0.0)
        lost_to = np.concatenate(([0.0], np.cumsum(lost)))
        since = lost_to[rows] - lost_to[np.minimum(last_row + 1, n)]
        ok &= since >= params.routine_decay_share * size
    if params.routine_interval_share > 0:
        same = np.zeros(len(raises), dtype=bool)
        same[1:] = owner[1:] == owner[:-1]
        between = np.diff(t_days[raises], prepend=np.nan)
        interval = _median_by(between[same], owner[same], len(median))
        elapsed = t_days[np.minimum(rows + 1, n - 1)] - t_days[last_row]
        with np.errstate(invalid="ignore"):
            ok &= elapsed >= params.routine_interval_share * interval[group]
    return np.asarray(ok)


def _median_by(values: np.ndarray, group: np.ndarray, n_groups: int) -> np.ndarray:
    """Return the median of ``values`` per ``group`` (0 .. n_groups-1); NaN for empty groups.

    One compiled grouping, not a pass over the values per group.
    """
    return group_medians(np.asarray(values, dtype=np.float64), group, n_groups)
