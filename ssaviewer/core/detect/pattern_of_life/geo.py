"""Pattern of life, GEO slot: SPLID nodes that start, adjust and end a longitude drift.

Each GEO/IGSO manoeuvre's node comes from the manoeuvre detector's ``node`` column (SPLID
vocabulary: ``ID`` drift start, ``AD`` drift adjust, ``IK`` start of station keeping, ``NK``
station keeping). Where it is empty, it is inferred from the drift rates before and after:
a drift is a longitude rate of at least ``drift_rate_deg_per_day`` in magnitude. Codes:

``drift-start``
    Node ``ID``: the burn started the object drifting away from its slot.
``drift-adjust``
    Node ``AD``: the burn changed the rate of a drift already under way.
``slot-change``
    Node ``ID`` (the object leaves its slot), or node ``IK`` and the new slot (longitude
    after) lies more than ``slot_change_deg`` from where the object was before its last drift
    started (before its first manoeuvre when no drift start was seen).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.detect.element_table import Regimes
from ssaviewer.core.detect.pattern_of_life.findings import Finding, finding
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.i18n import message

SECTION = "geo_slot"
_GEO = ("GEO", "IGSO")
#: The codes of :func:`geo_findings`, in its order.
_CODES = ("drift-start", "drift-adjust", "slot-change")


@dataclass(frozen=True)
class GeoSlotParams:
    """Thresholds of the GEO slot rules (see the module docstring)."""

    #: A longitude rate at least this large (deg/day, either sign) is a drift.
    drift_rate_deg_per_day: float = 0.1
    #: A new slot this far (deg) from the old one is a slot change.
    slot_change_deg: float = 0.5


RULE_SECTION = RuleSection(
    SECTION, GeoSlotParams, {ALL_REGIMES: GeoSlotParams()}, doc=__doc__ or ""
)


def geo_nodes(manoeuvres: pd.DataFrame, rules: Rules) -> np.ndarray:
    """Return each manoeuvre's SPLID node (``ID``, ``AD``, ``IK``, ``NK``; "" outside GEO)."""
    regimes = Regimes.of(manoeuvres["regime"])
    in_geo = regimes.isin(_GEO)
    if not in_geo.any():  # no node outside GEO: nothing to read
        return np.full(len(manoeuvres), "", dtype=object)
    given = (
        manoeuvres["node"].astype("string").fillna("").to_numpy(dtype=object)
        if "node" in manoeuvres
        else np.full(len(manoeuvres), "", dtype=object)
    )
    rate = regimes.param(rules, RULE_SECTION, lambda p: p.drift_rate_deg_per_day)
    before = _column(manoeuvres, "geo_drift_before_deg_per_day")
    after = _column(manoeuvres, "geo_drift_after_deg_per_day")
    known = np.isfinite(before) & np.isfinite(after)
    drifting_before = np.abs(before) >= rate
    drifting_after = np.abs(after) >= rate
    inferred = np.select(
        [
            drifting_after & ~drifting_before,
            drifting_after & drifting_before,
            drifting_before & ~drifting_after,
        ],
        ["ID", "AD", "IK"],
        default="NK",
    ).astype(object)
    inferred[~known] = ""
    node = np.where(given != "", given, inferred)
    node[~in_geo] = ""
    out: np.ndarray = node
    return out


def geo_findings(manoeuvres: pd.DataFrame, rules: Rules) -> list[Finding]:
    """Evaluate ``drift-start``, ``drift-adjust`` and ``slot-change``; sorted by object, epoch."""
    regimes = Regimes.of(manoeuvres["regime"])
    if not regimes.isin(_GEO).any():  # no GEO manoeuvre: no code can fire
        nothing = np.zeros(len(manoeuvres), dtype=bool)
        return [finding(code, SECTION, nothing, "") for code in _CODES]
    node = geo_nodes(manoeuvres, rules)
    lon_before = _column(manoeuvres, "geo_longitude_before_deg")
    lon_after = _column(manoeuvres, "geo_longitude_after_deg")
    drift_after = _column(manoeuvres, "geo_drift_after_deg_per_day")
    drift_before = _column(manoeuvres, "geo_drift_before_deg_per_day")
    leaves = node == "ID"
    origin = moved = np.full(len(manoeuvres), np.nan)
    if leaves.any() or (node == "IK").any():  # else no slot was left or reached (not GEO)
        norad = manoeuvres["norad_id"].to_numpy()
        # Where the object was before its latest drift start (or at its first manoeuvre).
        starts = pd.Series(np.where(leaves, lon_before, np.nan))
        first = pd.Series(lon_before).groupby(norad).transform("first")
        origin = starts.groupby(norad).ffill().fillna(first).to_numpy(dtype=np.float64)
        moved = np.abs((lon_after - origin + 180.0) % 360.0 - 180.0)
    limit = regimes.param(rules, RULE_SECTION, lambda p: p.slot_change_deg)
    with np.errstate(invalid="ignore"):
        arrives = (node == "IK") & (moved > limit)
    return [
        finding(
            "drift-start",
            SECTION,
            node == "ID",
            lambda r: message("drift-start").format(rate=f"{r:+.3f}"),
            drift_after,
        ),
        finding(
            "drift-adjust",
            SECTION,
            node == "AD",
            lambda a, b: message("drift-adjust").format(rate_before=f"{a:+.3f}", rate=f"{b:+.3f}"),
            drift_before,
            drift_after,
        ),
        finding(
            "slot-change",
            SECTION,
            arrives | leaves,
            lambda left, o, n, d: (
                message("slot-change.left").format(lon_from=_lon(o))
                if left
                else message("slot-change.arrived").format(
                    lon_after=_lon(n), degrees=f"{d:.2f}", lon_from=_lon(o)
                )
            ),
            leaves,
            origin,
            lon_after,
            moved,
        ),
    ]


def _column(frame: pd.DataFrame, name: str) -> np.ndarray:
    if name not in frame:
        return np.full(len(frame), np.nan)
    return frame[name].to_numpy(dtype=np.float64, na_value=np.nan)


def _lon(value: float) -> str:
    wrapped = (value + 180.0) % 360.0 - 180.0
    return f"{abs(wrapped):.2f}°{'E' if wrapped >= 0 else 'W'}"
