"""In-plane manoeuvres: a sustained step in semi-major axis after the drag trend is removed.

Orbit-maintenance burns along the track change the semi-major axis by Δa = 2 Δv / n (for a
near-circular orbit), which a series of mean element sets shows as a step that persists, while
atmospheric drag only bends it slowly. GEO and IGSO objects are handled by
:mod:`ssaviewer.core.detect.manoeuvres.geo_drift`, where the same change is a change of drift rate.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from ssaviewer.core.detect.manoeuvres.candidates import (
    Candidates,
    candidates_by_regime,
    find_steps,
    significant_gaps,
)
from ssaviewer.core.detect.manoeuvres.features import Features, fit_centred_a_km
from ssaviewer.core.detect.manoeuvres.noise import Gaps, steps, tail_factor
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
        with ``min_sigma`` (5, 6 and 8 tried). A still lower raise threshold (3 with
        ``min_sigma`` 10, or 4 with 12) finds more of the 5-10 mm/s drag make-up burns (LEO
        gap F1 0.844 -> 0.860 / 0.855 in-sample, ±12 h 0.730 -> 0.732 / 0.734, Haiyang-2A
        0.556 -> 0.719 / 0.633) but adds a false alarm on Jason-3 (±12 h 0.722 -> 0.703,
        below its floor), so it is not the default.
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

    @property
    def raise_sigma(self) -> float:
        """The threshold (sigmas, before the tail factor) of a raise of the semi-major axis."""
        return self.min_sigma_raise if self.min_sigma_raise > 0 else self.min_sigma


#: LEO's ``min_sigma`` (drops of a; with the tail factor), chosen on the development objects.
MIN_SIGMA_LEO = 12.0
#: LEO's ``min_sigma_raise`` (raises of a; with the tail factor), chosen likewise.
MIN_SIGMA_RAISE_LEO = 6.0

SECTION = RuleSection(
    NAME,
    InPlaneParams,
    {
        ALL_REGIMES: InPlaneParams(),
        "LEO": InPlaneParams(min_sigma=MIN_SIGMA_LEO, min_sigma_raise=MIN_SIGMA_RAISE_LEO),
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
    found_steps = replace(found_steps, z=found_steps.z / factor[found_steps.index_peak])
    return found_steps.to_rows(rows, RULE_ID)
