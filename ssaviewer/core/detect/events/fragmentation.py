"""Fragmentation candidates: new pieces of one launch appearing together near a parent's orbit.

Objects are grouped by launch designator (the ``YYYY-NNN`` prefix of the COSPAR id). In each
launch the *parent* is the object tracked first (lowest NORAD id on a tie). Pieces first seen at
least ``after_parent_days`` after the parent (so not launch debris) are clustered by their
first epoch: a new cluster starts after a gap of more than ``window_days``. A cluster is a
fragmentation candidate when at least ``min_pieces`` of its pieces start within
``sma_tolerance_km`` of semi-major axis and ``inclination_tolerance_deg`` of the parent's
element set nearest before them. One ``fragmentation`` event per cluster, on the parent,
labelled ``irregular``, reason ``fragmentation``; the window runs from the parent's element
set before the first piece to the first epoch of the last piece.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.constants import NS_PER_DAY
from ssaviewer.core.detect.element_table import edge_positions, epoch_ns, first_rows, per_row
from ssaviewer.core.detect.events.event_frame import event_frame
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.i18n import message

SECTION = "fragmentation"
_COLUMNS = (
    "norad_id",
    "object_id",
    "epoch_utc",
    "regime",
    "semi_major_axis_km",
    "inclination_deg",
)


@dataclass(frozen=True)
class FragmentationParams:
    """Thresholds of the fragmentation detector (see the module docstring)."""

    #: Pieces first seen within this many days of the previous piece belong to one event.
    window_days: float = 5.0
    #: Pieces near the parent's orbit needed for an event.
    min_pieces: int = 2
    #: Pieces first seen sooner than this after the parent are launch debris, not fragments.
    after_parent_days: float = 30.0
    #: A piece's semi-major axis within this (km) of the parent's is near its orbit ...
    sma_tolerance_km: float = 200.0
    #: ... when its inclination is also within this (deg).
    inclination_tolerance_deg: float = 1.0


RULE_SECTION = RuleSection(
    SECTION, FragmentationParams, {ALL_REGIMES: FragmentationParams()}, doc=__doc__ or ""
)


def detect_fragmentations(elements: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """Return one ``fragmentation`` event per candidate break-up (``event_frame`` columns)."""
    firsts_at = edge_positions(elements["norad_id"].to_numpy(), last=False)
    if len(firsts_at) < 2:  # one object's history: no launch with pieces
        return event_frame(0)
    # Only the columns the rule reads: the loop over launches then copies little.
    elements = elements[list(_COLUMNS)]
    firsts = elements.iloc[firsts_at]
    launch = firsts["object_id"].astype("string").fillna("").str.slice(0, 8)
    firsts = firsts.assign(launch=launch.to_numpy())
    firsts = firsts[firsts["launch"].str.len() == 8]
    sizes = firsts.groupby("launch", observed=True)["norad_id"].transform("size")
    firsts = firsts[sizes.to_numpy() > 1]
    firsts = firsts[_may_fragment(firsts, rules)]
    rows: list[dict[str, object]] = []
    histories = _Histories(elements)
    for _, group in firsts.groupby("launch", sort=True, observed=True):
        rows.extend(_launch_events(histories, group, rules))
    if not rows:
        return event_frame(0)
    frame = pd.DataFrame(rows)
    return event_frame(len(frame), **{c: frame[c].to_numpy() for c in frame.columns})


def _may_fragment(firsts: pd.DataFrame, rules: Rules) -> np.ndarray:
    """Rows of the launches with enough late pieces to be worth the exact check.

    A cheap, slightly generous version of :func:`_launch_events`' first test (``late`` has
    at least ``min_pieces`` rows), on every launch at once.
    """
    order = np.lexsort(
        (firsts["norad_id"].to_numpy(), epoch_ns(firsts["epoch_utc"]), firsts["launch"].to_numpy())
    )
    launch = firsts["launch"].to_numpy()[order]
    epoch = epoch_ns(firsts["epoch_utc"])[order]
    start = first_rows(launch)
    parent = np.maximum.accumulate(np.where(start, np.arange(len(launch)), 0))
    regime = firsts["regime"].astype(str).to_numpy()[order][parent]
    after_ns = per_row(rules, RULE_SECTION, lambda p: p.after_parent_days, regime) * NS_PER_DAY
    late = epoch >= epoch[parent] + after_ns - 1e6
    segment = np.cumsum(start) - 1
    late_count = np.bincount(segment, weights=late, minlength=int(start.sum()))[segment]
    keep = late_count >= per_row(rules, RULE_SECTION, lambda p: p.min_pieces, regime)
    out = np.zeros(len(firsts), dtype=bool)
    out[order] = keep
    return out


class _Histories:
    """Each object's element sets: a slice when the table is sorted by object, else a mask."""

    def __init__(self, elements: pd.DataFrame) -> None:
        self.elements = elements
        self.norad = elements["norad_id"].to_numpy()
        self.sorted = not (self.norad[1:] < self.norad[:-1]).any()

    def of(self, norad_id: int) -> pd.DataFrame:
        """Return the rows of ``norad_id``, in table order."""
        if not self.sorted:
            rows: pd.DataFrame = self.elements.loc[self.norad == norad_id]
            return rows
        lo = int(np.searchsorted(self.norad, norad_id, side="left"))
        hi = int(np.searchsorted(self.norad, norad_id, side="right"))
        return self.elements.iloc[lo:hi]


def _launch_events(
    histories: _Histories, group: pd.DataFrame, rules: Rules
) -> list[dict[str, object]]:
    group = group.sort_values(["epoch_utc", "norad_id"])
    parent = group.iloc[0]
    regime = str(parent["regime"])
    p: FragmentationParams = rules.section(RULE_SECTION, regime)
    late = group[group["epoch_utc"] >= parent["epoch_utc"] + pd.Timedelta(days=p.after_parent_days)]
    if len(late) < p.min_pieces:
        return []
    history = histories.of(int(parent["norad_id"]))
    gaps = late["epoch_utc"].diff() > pd.Timedelta(days=p.window_days)
    events = []
    for _, cluster in late.groupby(gaps.cumsum().to_numpy()):
        start = cluster["epoch_utc"].iloc[0]
        before = history[history["epoch_utc"] <= start]
        if len(before) == 0:
            continue
        ref = before.iloc[-1]
        near = cluster[
            (abs(cluster["semi_major_axis_km"] - ref["semi_major_axis_km"]) <= p.sma_tolerance_km)
            & (
                abs(cluster["inclination_deg"] - ref["inclination_deg"])
                <= p.inclination_tolerance_deg
            )
        ]
        if len(near) < p.min_pieces:
            continue
        pieces = ", ".join(str(n) for n in near["norad_id"])
        span = (near["epoch_utc"].iloc[-1] - near["epoch_utc"].iloc[0]) / pd.Timedelta(days=1)
        events.append(
            {
                "norad_id": int(parent["norad_id"]),
                "event_type": "fragmentation",
                "label": "irregular",
                "reasons": "fragmentation",
                "explanation": message("fragmentation").format(
                    count=len(near),
                    launch=parent["object_id"][:8],
                    pieces=pieces,
                    days=f"{span:.1f}",
                    sma_tolerance=f"{p.sma_tolerance_km:g}",
                    inclination_tolerance=f"{p.inclination_tolerance_deg:g}",
                ),
                "epoch_utc": near["epoch_utc"].iloc[0],
                "window_start_utc": ref["epoch_utc"],
                "window_end_utc": near["epoch_utc"].iloc[-1],
                "rules": SECTION,
                "regime": regime,
                "pieces": pieces,
            }
        )
    return events
