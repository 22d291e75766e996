"""Decay and re-entry: the history ends low.

An object has decayed when its last element set is low (perigee below ``perigee_km`` or mean
motion above ``mean_motion_rev_per_day``) and either its history ends at least ``ended_days``
before the end of the data or the catalogue gives a decay date. One ``decay`` event per object,
labelled ``regular`` (a natural end), reason ``re-entry``; the window runs from the last element
set to the catalogued decay date (the last element set when none is known).

Manoeuvres seen in a decayed object's last ``final_days`` that lowered the orbit get the code
``during-re-entry``: near re-entry, drag lowers the orbit by kilometres a day and the
element-set fits jump, which looks like a burn but is not evidence of one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.constants import NS_PER_DAY
from ssaviewer.core.detect.element_table import (
    category_codes,
    edge_positions,
    epoch_ns,
    per_row,
    rule_values,
    text_at,
)
from ssaviewer.core.detect.events.event_frame import event_frame
from ssaviewer.core.detect.object_table import catalogue_column
from ssaviewer.core.detect.pattern_of_life.findings import Finding, finding, fmt
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.i18n import message

SECTION = "decay"


@dataclass(frozen=True)
class DecayParams:
    """Thresholds of the decay detector (see the module docstring)."""

    #: A last perigee below this (km) is about to re-enter.
    perigee_km: float = 200.0
    #: ... as is a last mean motion above this (rev/day).
    mean_motion_rev_per_day: float = 16.0
    #: The history must end at least this many days before the data does.
    ended_days: float = 1.0
    #: Orbit-lowering "manoeuvres" this close (days) to the end of a decayed history are drag.
    final_days: float = 10.0


RULE_SECTION = RuleSection(SECTION, DecayParams, {ALL_REGIMES: DecayParams()}, doc=__doc__ or "")


def detect_decays(elements: pd.DataFrame, objects: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """Return one ``decay`` event per decayed object (``event_frame`` columns)."""
    if len(elements) == 0:
        return event_frame(0)
    # Each object's last set: the five columns read taken at those rows (not the whole table).
    rows = edge_positions(elements["norad_id"].to_numpy(), last=True)
    norad = elements["norad_id"].to_numpy()[rows]
    regimes = text_at(elements["regime"], rows)
    perigee = elements["perigee_km"].to_numpy(dtype=np.float64)[rows]
    motion = elements["mean_motion_rev_per_day"].to_numpy(dtype=np.float64)[rows]
    epoch = elements["epoch_utc"].iloc[rows]
    low = (perigee < per_row(rules, RULE_SECTION, lambda p: p.perigee_km, regimes)) | (
        motion > per_row(rules, RULE_SECTION, lambda p: p.mean_motion_rev_per_day, regimes)
    )
    if not low.any():  # no object ends low: none decayed
        return _no_decays()
    decay_dates = catalogue_column(objects, "decay_date")
    decay_date = pd.to_datetime(decay_dates.reindex(norad), utc=True).reset_index(drop=True)
    ended_days = per_row(rules, RULE_SECTION, lambda p: p.ended_days, regimes)
    end = elements["epoch_utc"].max()
    days_before_end = ((end - epoch) / pd.Timedelta(days=1)).to_numpy(dtype=np.float64)
    ended = (days_before_end >= ended_days) | decay_date.notna().to_numpy()
    keep = low & ended
    epoch_kept = epoch[keep].reset_index(drop=True)
    window_end = decay_date[keep].reset_index(drop=True).fillna(epoch_kept)
    catalogued, observed = message("re-entry.catalogued"), message("re-entry.observed")
    explanation = [
        (catalogued if pd.notna(d) else observed).format(
            last_utc=f"{e:%Y-%m-%d %H:%M}Z",
            perigee=f"{p:,.0f}",
            motion=f"{m:.2f}",
            decay_date=f"{d:%Y-%m-%d}" if pd.notna(d) else "",
        )
        for e, p, m, d in zip(
            epoch_kept, perigee[keep], motion[keep], decay_date[keep], strict=True
        )
    ]
    return event_frame(
        int(keep.sum()),
        norad_id=norad[keep],
        event_type="decay",
        label="regular",
        reasons="re-entry",
        explanation=np.array(explanation, dtype=object),
        epoch_utc=window_end.to_numpy(),
        window_start_utc=epoch_kept.to_numpy(),
        window_end_utc=window_end.to_numpy(),
        rules=SECTION,
        regime=regimes[keep],
        perigee_km=perigee[keep],
    )


def _no_decays() -> pd.DataFrame:
    """Return the table :func:`detect_decays` gives when nothing decayed (made once)."""
    if not _NO_DECAYS:
        nothing = np.empty(0, dtype=object)
        _NO_DECAYS.append(
            event_frame(
                0,
                norad_id=np.empty(0, dtype=np.int64),
                event_type="decay",
                label="regular",
                reasons="re-entry",
                explanation=nothing,
                epoch_utc=nothing,
                window_start_utc=nothing,
                window_end_utc=nothing,
                rules=SECTION,
                regime=nothing,
                perigee_km=np.empty(0),
            )
        )
    return _NO_DECAYS[0].copy(deep=False)


#: The empty decay table, made on first use.
_NO_DECAYS: list[pd.DataFrame] = []


def reentry_findings(manoeuvres: pd.DataFrame, decays: pd.DataFrame, rules: Rules) -> list[Finding]:
    """Evaluate ``during-re-entry`` for manoeuvres of the objects in ``decays``."""
    regime, labels = category_codes(manoeuvres["regime"])
    days_before = np.full(len(manoeuvres), np.nan)
    if len(decays):
        last = decays.set_index("norad_id")["window_start_utc"]
        end = pd.to_datetime(last.reindex(manoeuvres["norad_id"].to_numpy()), utc=True)
        known = end.notna().to_numpy()
        end_ns = epoch_ns(end)[known]
        days_before[known] = (end_ns - epoch_ns(manoeuvres["epoch_utc"])[known]) / NS_PER_DAY
    delta_a = manoeuvres["delta_a_km"].to_numpy(dtype=np.float64, na_value=np.nan)
    final_days = rule_values(rules, RULE_SECTION, lambda p: p.final_days, labels)[regime]
    with np.errstate(invalid="ignore"):
        fired = (days_before <= final_days) & (delta_a < 0)
    return [
        finding(
            "during-re-entry",
            SECTION,
            fired,
            lambda a, d: message("during-re-entry").format(
                drop=fmt(-a, "km"), before=fmt(d, "days")
            ),
            delta_a,
            days_before,
        )
    ]
