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

``after-long-silence``
    The manoeuvre comes after the object has been silent (no manoeuvre) for at least
    ``silence_factor`` × its typical campaign interval and at least ``silence_min_days``,
    its Δv is under ``magnitude.large_burn_mps``, and fewer than ``min_history`` manoeuvres
    follow it within that silence: the object did not take up a routine again. An object
    that stopped manoeuvring for good (failed or passivated) only decays; a small change
    that late is drag or data more likely than a burn, so the label is ``undetermined``.
    A large burn after a long silence (a dormant satellite moving again) is not covered:
    the other rules judge it. Needs at least ``min_history`` campaign intervals.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.constants import NS_PER_DAY
from ssaviewer.core.detect.element_table import Regimes, epoch_ns, first_rows
from ssaviewer.core.detect.pattern_of_life import magnitude
from ssaviewer.core.detect.pattern_of_life.findings import Finding, finding, fmt
from ssaviewer.core.detect.pattern_of_life.robust import Groups, group_median
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.i18n import message

SECTION = "cadence"


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
    #: A manoeuvre after this many typical campaign intervals without one follows a silence ...
    silence_factor: float = 10.0
    #: ... of at least this many days.
    silence_min_days: float = 180.0


RULE_SECTION = RuleSection(
    SECTION, CadenceParams, {ALL_REGIMES: CadenceParams()}, doc=__doc__ or ""
)


def intervals_days(manoeuvres: pd.DataFrame) -> np.ndarray:
    """Days since the same object's previous manoeuvre (NaN for its first); rows in time order."""
    norad = manoeuvres["norad_id"].to_numpy()
    epoch = epoch_ns(manoeuvres["epoch_utc"])
    gap = np.r_[np.nan, np.diff(epoch) / NS_PER_DAY] if len(epoch) else np.empty(0)
    first = first_rows(norad)
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
    campaign = regimes.param(rules, RULE_SECTION, lambda p: p.campaign_days)
    gap = campaign_intervals_days(intervals_days(manoeuvres), norad, campaign)
    groups = norad.astype(np.int64)
    have = np.isfinite(gap)
    by_object = Groups(groups)
    count = by_object.sum(have)
    typical = np.full(len(gap), np.nan)
    if have.any():
        typical[have] = group_median(gap[have], groups[have])
        typical = by_object.max(typical)
    # How many of the object's other campaign intervals are at most as long as this one.
    as_short = pd.Series(gap).groupby(groups).rank(method="max").to_numpy() - 1
    with np.errstate(invalid="ignore", divide="ignore"):
        share = as_short / (count - 1)
    min_history = regimes.param(rules, RULE_SECTION, lambda p: p.min_history)
    fraction = regimes.param(rules, RULE_SECTION, lambda p: p.too_soon_fraction)
    rare = regimes.param(rules, RULE_SECTION, lambda p: p.rare_share)
    with np.errstate(invalid="ignore"):
        fired = have & (count >= min_history) & (gap < fraction * typical) & (share < rare)
    return [
        finding(
            "off-cadence",
            SECTION,
            fired,
            lambda g, t, k, n: message("off-cadence.none" if k == 0 else "off-cadence.some").format(
                gap=fmt(g, "days"), typical=fmt(t, "days"), count=f"{k:.0f}", others=f"{n - 1:.0f}"
            ),
            gap,
            typical,
            as_short,
            count,
        )
    ]


def silence_findings(manoeuvres: pd.DataFrame, rules: Rules) -> list[Finding]:
    """Evaluate ``after-long-silence``; ``manoeuvres`` must be sorted by object and epoch."""
    regimes = Regimes.of(manoeuvres["regime"])
    norad = manoeuvres["norad_id"].to_numpy()
    groups = norad.astype(np.int64)
    campaign = regimes.param(rules, RULE_SECTION, lambda p: p.campaign_days)
    since_previous = intervals_days(manoeuvres)
    starts = campaign_intervals_days(since_previous, norad, campaign)
    have = np.isfinite(starts)
    by_object = Groups(groups)
    count = by_object.sum(have)
    typical = np.full(len(starts), np.nan)
    if have.any():
        typical[have] = group_median(starts[have], groups[have])
        typical = by_object.max(typical)
    silence = np.fmax(
        regimes.param(rules, RULE_SECTION, lambda p: p.silence_factor) * typical,
        regimes.param(rules, RULE_SECTION, lambda p: p.silence_min_days),
    )
    dv = manoeuvres["delta_v_mps"].to_numpy(dtype=np.float64, na_value=np.nan)
    small = ~(dv >= regimes.param(rules, magnitude.RULE_SECTION, lambda p: p.large_burn_mps))
    min_history = regimes.param(rules, RULE_SECTION, lambda p: p.min_history)
    # Manoeuvres of the same object within one silence after this one (a routine resumed?).
    t_days = epoch_ns(manoeuvres["epoch_utc"]) / NS_PER_DAY
    key = (groups - groups.min(initial=0)) * 1e6 + t_days
    horizon = np.where(np.isfinite(silence), silence, 0.0)
    following = np.searchsorted(key, key + horizon, side="right") - np.arange(len(key)) - 1
    with np.errstate(invalid="ignore"):
        fired = (count >= min_history) & (since_previous >= silence) & small
        fired &= following < min_history
    return [
        finding(
            "after-long-silence",
            SECTION,
            fired,
            lambda g, t, q: message("after-long-silence").format(
                gap=fmt(g, "days"), typical=fmt(t, "days"), silence=fmt(q, "days")
            ),
            since_previous,
            typical,
            silence,
        )
    ]
