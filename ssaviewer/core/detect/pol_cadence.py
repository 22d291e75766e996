"""Pattern of life, cadence: whether this burn comes when this object's burns usually come.

Operators often split one manoeuvre into a sequence of burns over a few days, so cadence is
measured between *campaigns*: a campaign is a run of the object's manoeuvres each less than
``campaign_days`` after the one before. The object's typical interval is the median time
between the starts of its consecutive campaigns, over its whole history. Code:

``off-cadence``
    The manoeuvre starts a campaign less than ``too_soon_fraction`` × the typical interval
    after the previous campaign started, and fewer than ``rare_share`` of the object's other
    campaign intervals are that short; needs at least ``min_history`` campaign intervals.
    Burns inside a campaign are never off-cadence. Late burns are not flagged either: a
    skipped or undetected burn is common and says little about intent.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.detect.findings import Finding, finding, fmt
from ssaviewer.core.detect.robust import group_median
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.detect.sorted_rows import Regimes

SECTION = "cadence"
NS_PER_DAY = 86_400e9


@dataclass(frozen=True)
class CadenceParams:
    """Thresholds of the cadence rule (see the module docstring)."""

    #: Campaign intervals of the object needed to know its cadence.
    min_history: int = 3
    #: Manoeuvres closer than this (days) to the previous one belong to its campaign.
    campaign_days: float = 7.0
    #: A campaign sooner than this fraction of the typical interval is off-cadence ...
    too_soon_fraction: float = 0.25
    #: ... when fewer than this share of the object's other campaign intervals are as short.
    rare_share: float = 0.1


RULE_SECTION = RuleSection(
    SECTION, CadenceParams, {ALL_REGIMES: CadenceParams()}, doc=__doc__ or ""
)


def intervals_days(manoeuvres: pd.DataFrame) -> np.ndarray:
    """Days since the same object's previous manoeuvre (NaN for its first); rows in time order."""
    norad = manoeuvres["norad_id"].to_numpy()
    epoch = manoeuvres["epoch_utc"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
    gap = np.r_[np.nan, np.diff(epoch) / NS_PER_DAY] if len(epoch) else np.empty(0)
    first = np.r_[True, norad[1:] != norad[:-1]] if len(norad) else np.empty(0, bool)
    gap[first] = np.nan
    return gap


def campaign_intervals_days(gap: np.ndarray, norad: np.ndarray, campaign: np.ndarray) -> np.ndarray:
    """Days between each campaign start and the previous campaign start (NaN elsewhere)."""
    starts = ~(gap < campaign)  # NaN (an object's first manoeuvre) starts a campaign
    out = np.full(len(gap), np.nan)
    if not starts.any():
        return out
    # The time since the previous start is the sum of the gaps since it.
    filled = np.nan_to_num(gap)
    total = np.cumsum(filled)
    rows = np.flatnonzero(starts)
    since = np.diff(total[rows], prepend=np.nan)
    same_object = np.r_[False, norad[rows][1:] == norad[rows][:-1]]
    out[rows] = np.where(same_object, since, np.nan)
    return out


def cadence_findings(manoeuvres: pd.DataFrame, rules: Rules) -> list[Finding]:
    """Evaluate ``off-cadence``; ``manoeuvres`` must be sorted by object and epoch."""
    regimes = Regimes.of(manoeuvres["regime"])
    norad = manoeuvres["norad_id"].to_numpy()
    campaign = regimes.param(rules, SECTION, "campaign_days")
    gap = campaign_intervals_days(intervals_days(manoeuvres), norad, campaign)
    groups = norad.astype(np.int64)
    have = np.isfinite(gap)
    count = pd.Series(have).groupby(groups).transform("sum").to_numpy()
    typical = np.full(len(gap), np.nan)
    if have.any():
        typical[have] = group_median(gap[have], groups[have])
        typical = pd.Series(typical).groupby(groups).transform("max").to_numpy()
    # How many of the object's other campaign intervals are at most as long as this one.
    as_short = pd.Series(gap).groupby(groups).rank(method="max").to_numpy() - 1
    with np.errstate(invalid="ignore", divide="ignore"):
        share = as_short / (count - 1)
    min_history = regimes.param(rules, SECTION, "min_history")
    fraction = regimes.param(rules, SECTION, "too_soon_fraction")
    rare = regimes.param(rules, SECTION, "rare_share")
    with np.errstate(invalid="ignore"):
        fired = have & (count >= min_history) & (gap < fraction * typical) & (share < rare)
    return [
        finding(
            "off-cadence",
            SECTION,
            fired,
            lambda g, t, k, n: (
                f"Came {fmt(g, 'days')} after the previous manoeuvre campaign; this object's"
                f" typical interval is {fmt(t, 'days')}"
                + (
                    f" and none of its {n - 1:.0f} other intervals is as short."
                    if k == 0
                    else f" and only {k:.0f} of its {n - 1:.0f} other intervals are as short."
                )
            ),
            gap,
            typical,
            as_short,
            count,
        )
    ]
