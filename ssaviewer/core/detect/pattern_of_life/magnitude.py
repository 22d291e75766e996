"""Pattern of life, magnitude: whether this burn is the size this object usually makes.

The yardstick is the object's own history: the median Δv of its *other* manoeuvres in the
same direction (in-plane, out-of-plane or mixed) of at least ``floor_mps`` (smaller changes
cannot be sized from element sets, so they neither set nor break the pattern), and the
robust spread of those burns (1.4826 × MAD). Codes:

``magnitude-outlier``
    Δv ≥ ``floor_mps``, Δv ≥ ``ratio`` × the median of the object's other manoeuvres in the
    same direction, and Δv − median ≥ ``robust_sigma`` × the robust spread; needs at least
    ``min_history`` other manoeuvres in that direction.
``large-burn``
    Δv ≥ ``large_burn_mps`` (default 1 m/s) and the object does not routinely make burns
    that large: commissioning orbit raising, relocations, one-off inclination changes,
    disposal. An object routinely makes them when it made large burns (any direction) on at
    least ``min_history`` other occasions, an occasion being a run of large burns each less
    than ``occasion_days`` after the one before (so a commissioning series of raising burns
    is one occasion): GEO north-south station keeping, a few m/s every six weeks, and LEO
    inclination campaigns are routine. Set ``exempt_routine_large = false`` to flag every
    large burn.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.constants import NS_PER_DAY
from ssaviewer.core.detect.element_table import Regimes, epoch_ns, first_rows
from ssaviewer.core.detect.pattern_of_life.findings import Finding, finding, fmt
from ssaviewer.core.detect.pattern_of_life.robust import group_mad_sigma, loo_median
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.i18n import message

SECTION = "magnitude"


@dataclass(frozen=True)
class MagnitudeParams:
    """Thresholds of the magnitude rules (see the module docstring)."""

    #: Other manoeuvres in the same direction needed before a burn can be an outlier.
    min_history: int = 3
    #: Δv must be at least this many times the object's median.
    ratio: float = 5.0
    #: ... and exceed the median by this many robust standard deviations.
    robust_sigma: float = 5.0
    #: Burns below this (m/s) cannot be sized from element sets (5 mm/s, as the evaluation).
    floor_mps: float = 0.005
    #: Burns of at least this (m/s) are large.
    large_burn_mps: float = 1.0
    #: Exempt objects that routinely make large burns from ``large-burn``.
    exempt_routine_large: bool = True
    #: Large burns closer than this (days) to the previous one are the same occasion.
    occasion_days: float = 30.0


RULE_SECTION = RuleSection(
    SECTION,
    MagnitudeParams,
    {
        ALL_REGIMES: MagnitudeParams(),
        # GEO east-west station keeping is a few cm/s to dm/s; TLE noise sizes ~1 cm/s.
        "GEO": MagnitudeParams(floor_mps=0.02),
        "IGSO": MagnitudeParams(floor_mps=0.02),
    },
    doc=__doc__ or "",
)


def magnitude_findings(manoeuvres: pd.DataFrame, rules: Rules) -> list[Finding]:
    """Evaluate ``magnitude-outlier`` and ``large-burn`` for every manoeuvre."""
    regimes = Regimes.of(manoeuvres["regime"])
    dv = manoeuvres["delta_v_mps"].to_numpy(dtype=np.float64, na_value=np.nan)
    direction = manoeuvres["direction"].astype(str).to_numpy()
    floor = regimes.param(rules, RULE_SECTION, lambda p: p.floor_mps)
    known = np.isfinite(dv)
    sized = known & (dv >= floor)
    # One group per (object, direction), numbered in order of first appearance.
    objects = pd.factorize(manoeuvres["norad_id"].to_numpy())[0]
    kinds, kind_names = pd.factorize(direction)
    groups = pd.factorize(objects * max(len(kind_names), 1) + kinds)[0]
    # Unsized burns get a group of their own, so they never influence another row.
    groups = np.where(sized, groups, -1 - np.arange(len(dv))).astype(np.int64)
    median, count = loo_median(np.where(known, dv, 0.0), groups)
    spread = group_mad_sigma(np.where(known, dv, 0.0), groups)
    min_history = regimes.param(rules, RULE_SECTION, lambda p: p.min_history)
    ratio = regimes.param(rules, RULE_SECTION, lambda p: p.ratio)
    sigma = regimes.param(rules, RULE_SECTION, lambda p: p.robust_sigma)
    large = regimes.param(rules, RULE_SECTION, lambda p: p.large_burn_mps)
    exempt = regimes.param(rules, RULE_SECTION, lambda p: p.exempt_routine_large) > 0
    enough = sized & (count >= min_history)
    with np.errstate(invalid="ignore", divide="ignore"):
        outlier = enough & (dv >= ratio * median) & (dv - median >= sigma * spread)
        times = dv / median
    is_large = known & (dv >= large)
    other_large = _other_occasions(
        manoeuvres, is_large, regimes.param(rules, RULE_SECTION, lambda p: p.occasion_days)
    )
    routine_large = other_large >= min_history
    large_burn = known & (dv >= large) & ~(exempt & routine_large)
    return [
        finding(
            "magnitude-outlier",
            SECTION,
            outlier,
            lambda v, m, x, d: message("magnitude-outlier").format(
                dv=fmt(v, "m/s"), times=_times(x), median=fmt(m, "m/s"), direction=d
            ),
            dv,
            median,
            times,
            direction,
        ),
        finding(
            "large-burn",
            SECTION,
            large_burn,
            lambda v, t, k: message(
                "large-burn.many" if k > 1 else "large-burn.one" if k == 1 else "large-burn.none"
            ).format(dv=fmt(v, "m/s"), limit=fmt(t, "m/s"), count=k),
            dv,
            large,
            other_large,
        ),
    ]


def _other_occasions(
    manoeuvres: pd.DataFrame, is_large: np.ndarray, occasion_days: np.ndarray
) -> np.ndarray:
    """For each large burn, the object's other occasions with large burns (0 elsewhere)."""
    out = np.zeros(len(is_large), dtype=np.int64)
    rows = np.flatnonzero(is_large)
    if len(rows) == 0:
        return out
    norad = manoeuvres["norad_id"].to_numpy()[rows]
    epoch = epoch_ns(manoeuvres["epoch_utc"])[rows]
    gap_days = np.diff(epoch, prepend=epoch[0]) / NS_PER_DAY
    new_object = first_rows(norad)
    new_occasion = new_object | (gap_days >= occasion_days[rows])
    out[rows] = _object_sums(norad, new_occasion) - 1
    return out


def _object_sums(norad: np.ndarray, flags: np.ndarray) -> np.ndarray:
    """Per row, how many ``flags`` its object has (``groupby(norad).transform("sum")``).

    Counted with ``bincount`` (exact: counts are far below 2**53), not a pandas groupby.
    """
    _, group = np.unique(norad, return_inverse=True)
    counts = np.bincount(group.reshape(-1), weights=flags.astype(np.float64))
    out: np.ndarray = counts.astype(np.int64)[group.reshape(-1)]
    return out


def _times(ratio: float) -> str:
    return "∞×" if not np.isfinite(ratio) else f"{ratio:.0f}×" if ratio >= 10 else f"{ratio:.1f}×"
