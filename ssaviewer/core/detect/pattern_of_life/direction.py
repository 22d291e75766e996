"""Pattern of life, direction: whether this object has changed its orbit this way before.

A manoeuvre has an in-plane component when its direction is ``in-plane`` or ``mixed``, and an
out-of-plane component when it is ``out-of-plane`` or ``mixed``. Code:

``first-of-kind``
    The manoeuvre has a component (in-plane or out-of-plane) that none of the object's
    earlier manoeuvres had, after at least ``min_history`` earlier manoeuvres (so the object's
    habits are known), and fewer than ``min_history`` later manoeuvres have it (the new kind
    did not become a routine, such as north-south station keeping starting after a few
    east-west burns). Example: a one-off inclination change of a satellite that otherwise only
    makes in-plane burns.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.detect.element_table import Regimes
from ssaviewer.core.detect.pattern_of_life.findings import Finding, finding
from ssaviewer.core.detect.pattern_of_life.robust import Groups
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.i18n import message

SECTION = "direction"


@dataclass(frozen=True)
class DirectionParams:
    """Thresholds of the direction rule (see the module docstring)."""

    #: Earlier manoeuvres of the object needed before a new kind counts as first-of-kind.
    min_history: int = 3


RULE_SECTION = RuleSection(
    SECTION, DirectionParams, {ALL_REGIMES: DirectionParams()}, doc=__doc__ or ""
)


def direction_findings(manoeuvres: pd.DataFrame, rules: Rules) -> list[Finding]:
    """Evaluate ``first-of-kind``; ``manoeuvres`` must be sorted by object and epoch."""
    regimes = Regimes.of(manoeuvres["regime"])
    direction = manoeuvres["direction"].astype(str).to_numpy()
    groups = manoeuvres["norad_id"].to_numpy()
    by_object = Groups(groups)
    earlier = by_object.cumcount()
    min_history = regimes.param(rules, RULE_SECTION, lambda p: p.min_history)
    fired = np.zeros(len(groups), dtype=bool)
    kind_of = np.full(len(groups), "", dtype=object)
    for kind, members in (
        ("in-plane", ("in-plane", "mixed")),
        ("out-of-plane", ("out-of-plane", "mixed")),
    ):
        has = np.isin(direction, members)
        cumulative = by_object.cumsum(has)
        total = by_object.sum(has)
        seen_before = (cumulative - has) > 0
        later = total - cumulative
        new = has & ~seen_before & (earlier >= min_history) & (later < min_history)
        kind_of[new & ~fired] = kind
        fired |= new
    return [
        finding(
            "first-of-kind",
            SECTION,
            fired,
            lambda k, n: message("first-of-kind").format(kind=k, count=n),
            kind_of,
            earlier,
        )
    ]
