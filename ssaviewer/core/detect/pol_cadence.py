"""Pattern of life, cadence: does this burn come when this object's burns usually come?

The object's typical interval is the median time between its consecutive manoeuvres (any
direction), over its whole history. Code:

``off-cadence``
    The manoeuvre came less than ``too_soon_fraction`` × the typical interval after the
    object's previous manoeuvre; needs at least ``min_history`` intervals. Late burns are not
    flagged: a skipped or undetected burn is common and says little about intent.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.detect.findings import Finding, finding, fmt, per_row
from ssaviewer.core.detect.robust import group_median
from ssaviewer.core.detect.rules import ALL_REGIMES, RuleSection, Rules

SECTION = "cadence"
NS_PER_DAY = 86_400e9


@dataclass(frozen=True)
class CadenceParams:
    """Thresholds of the cadence rule (see the module docstring)."""

    #: Intervals between the object's manoeuvres needed to know its cadence.
    min_history: int = 3
    #: A manoeuvre sooner than this fraction of the typical interval is off-cadence.
    too_soon_fraction: float = 0.25


RULE_SECTION = RuleSection(SECTION, CadenceParams, {ALL_REGIMES: CadenceParams()}, doc=__doc__ or "")


def intervals_days(manoeuvres: pd.DataFrame) -> np.ndarray:
    """Days since the same object's previous manoeuvre (NaN for its first); rows in time order."""
    norad = manoeuvres["norad_id"].to_numpy()
    epoch = manoeuvres["epoch_utc"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
    gap = np.r_[np.nan, np.diff(epoch) / NS_PER_DAY]
    first = np.r_[True, norad[1:] != norad[:-1]]
    gap[first] = np.nan
    return gap


def cadence_findings(manoeuvres: pd.DataFrame, rules: Rules) -> list[Finding]:
    """Evaluate ``off-cadence``; ``manoeuvres`` must be sorted by object and epoch."""
    regimes = manoeuvres["regime"].astype(str).to_numpy()
    gap = intervals_days(manoeuvres)
    groups = manoeuvres["norad_id"].to_numpy().astype(np.int64)
    have = np.isfinite(gap)
    count = pd.Series(have).groupby(groups).transform("sum").to_numpy()
    typical = np.full(len(gap), np.nan)
    if have.any():
        typical[have] = group_median(gap[have], groups[have])
        typical = pd.Series(typical).groupby(groups).transform("max").to_numpy()
    min_history = per_row(rules, SECTION, "min_history", regimes)
    fraction = per_row(rules, SECTION, "too_soon_fraction", regimes)
    with np.errstate(invalid="ignore"):
        fired = have & (count >= min_history) & (gap < fraction * typical)
    return [
        finding(
            "off-cadence",
            SECTION,
            fired,
            lambda g, t: (
                f"Came {fmt(g, 'days')} after the previous manoeuvre; this object's typical"
                f" interval is {fmt(t, 'days')}."
            ),
            gap,
            typical,
        )
    ]
