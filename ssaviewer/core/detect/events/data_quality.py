"""Data-quality events: duplicates, conflicting element sets, out-of-family sets, stale objects.

None of these is behaviour, so every one is labelled ``undetermined``, event type
``data-quality``, with one reason code:

``duplicate``
    The same element set (same object, epoch and elements) was read more than once; the copies
    were collapsed into one row (their records are listed).
``epoch-conflict``
    Several element sets of one object share an epoch but differ; all are kept.
``out-of-family``
    The manoeuvre detector found an element set that departs from its neighbours and reverts
    (a single bad set, not a manoeuvre).
``stale``
    No element set for longer than ``max(min_gap_days, factor × the object's median interval)``
    (needs ``min_history`` element sets): a gap inside the history, or at its end up to the
    last epoch in the same source file (a catalogue snapshot that has moved on without the
    object); objects that decayed are not stale.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.constants import NS_PER_DAY
from ssaviewer.core.detect.element_table import (
    category_codes,
    edge_positions,
    epoch_ns,
    first_rows,
    group_medians,
    is_sorted_by_object,
    object_index,
    per_row,
    rule_values,
    text_at,
)
from ssaviewer.core.detect.events.event_frame import EventColumns, event_columns
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.i18n import formatter

SECTION = "data_quality"


@dataclass(frozen=True)
class DataQualityParams:
    """Thresholds of the data-quality events (see the module docstring)."""

    #: A gap longer than this many median intervals is stale ...
    stale_factor: float = 5.0
    #: ... and longer than this many days.
    stale_min_days: float = 5.0
    #: Element sets needed to know an object's usual interval.
    min_history: int = 5
    #: Report collapsed duplicates.
    duplicates: bool = True
    #: Report epoch conflicts.
    epoch_conflicts: bool = True


RULE_SECTION = RuleSection(
    SECTION, DataQualityParams, {ALL_REGIMES: DataQualityParams()}, doc=__doc__ or ""
)


def _dq(n: int, **columns: object) -> pd.DataFrame:
    return _dq_columns(n, **columns).frame()


def _dq_columns(n: int, **columns: object) -> EventColumns:
    columns.setdefault("rules", SECTION)
    return event_columns(n, event_type="data-quality", label="undetermined", **columns)


def _picked(
    elements: pd.DataFrame,
    mask: np.ndarray,
    rules: Rules,
    field: Callable[[DataQualityParams], bool],
) -> np.ndarray:
    """Positions of the rows in ``mask`` whose regime enables the check ``field``."""
    rows = np.flatnonzero(mask)
    enabled = per_row(rules, RULE_SECTION, field, elements["regime"].iloc[rows]) > 0
    picked: np.ndarray = rows[enabled]
    return picked


def duplicate_events(elements: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """One event per element set that absorbed exact duplicates."""
    return duplicate_columns(elements, rules).frame()


def duplicate_columns(elements: pd.DataFrame, rules: Rules) -> EventColumns:
    """:func:`duplicate_events`' columns, no table built (the pipeline joins them)."""
    duplicates = elements["duplicate_records"]
    rows = _picked(elements, duplicates.notna().to_numpy(), rules, lambda p: p.duplicates)
    # Each column taken at those rows only (no intermediate table).
    record = elements["record"].iloc[rows]
    epoch = elements["epoch_utc"].array[rows]
    template = formatter("duplicate", record="{}", records="{}")
    explanation = [
        template(rec, dup)
        for rec, dup in zip(record.tolist(), duplicates.iloc[rows].tolist(), strict=True)
    ]
    return _dq_columns(
        len(rows),
        norad_id=elements["norad_id"].to_numpy()[rows],
        reasons="duplicate",
        explanation=np.array(explanation, dtype=object),
        epoch_utc=epoch,
        window_start_utc=epoch,
        window_end_utc=epoch,
        regime=text_at(elements["regime"], rows),
        records=record.astype(str).to_numpy(),
    )


def conflict_events(elements: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """One event per (object, epoch) with differing element sets."""
    return conflict_columns(elements, rules).frame()


def conflict_columns(elements: pd.DataFrame, rules: Rules) -> EventColumns:
    """:func:`conflict_events`' columns, no table built (the pipeline joins them)."""
    rows = _picked(
        elements,
        elements["epoch_conflict"].to_numpy(dtype=bool),
        rules,
        lambda p: p.epoch_conflicts,
    )
    records, first = _conflict_groups(elements, rows)
    template = formatter("epoch-conflict", count="{}", records="{}")
    explanation = [template(r.count(";") + 1, r) for r in records]
    return _dq_columns(
        len(first.norad_id),
        norad_id=first.norad_id,
        reasons="epoch-conflict",
        explanation=np.array(explanation, dtype=object),
        epoch_utc=first.epoch,
        window_start_utc=first.epoch,
        window_end_utc=first.epoch,
        regime=first.regime,
        records=np.array(records, dtype=object),
    )


@dataclass(frozen=True)
class _FirstRows:
    """Object, epoch (UTC) and regime (text) of the first row of each conflict."""

    norad_id: np.ndarray
    epoch: pd.api.extensions.ExtensionArray
    regime: np.ndarray


def _conflict_groups(elements: pd.DataFrame, rows: np.ndarray) -> tuple[list[str], _FirstRows]:
    """Return the records joined by "; " per (object, epoch) of ``rows``, and each first row.

    As ``groupby(["norad_id", "epoch_utc"], sort=True)`` with ``.agg`` and ``.head(1)`` on
    those rows; rows sorted by object and epoch (as ``load()`` gives them) are runs, joined
    with no groupby and no intermediate table.
    """
    norad = elements["norad_id"].to_numpy()[rows]
    epoch = elements["epoch_utc"].iloc[rows]
    ns = epoch_ns(epoch)
    if epoch.isna().any() or not is_sorted_by_object(norad, ns):
        names = ["norad_id", "epoch_utc", "regime", "record"]
        table = pd.DataFrame(
            {name: elements[name].iloc[rows] for name in names}, index=elements.index[rows]
        )
        grouped = table.groupby(["norad_id", "epoch_utc"], sort=True, observed=True)
        joined = grouped["record"].agg(lambda r: "; ".join(r.astype(str)))
        head = grouped.head(1)
        return joined.tolist(), _FirstRows(
            head["norad_id"].to_numpy(),
            head["epoch_utc"].array,
            head["regime"].astype(str).to_numpy(),
        )
    starts = np.flatnonzero(first_rows(norad) | first_rows(ns))
    ends = np.r_[starts[1:], len(rows)][: len(starts)]
    text = elements["record"].iloc[rows].astype(str).to_numpy(dtype=object)
    records = ["; ".join(text[a:b]) for a, b in zip(starts, ends, strict=True)]
    first = rows[starts]
    return records, _FirstRows(
        norad[starts],
        elements["epoch_utc"].array[first],
        text_at(elements["regime"], first),
    )


def outlier_events(outliers: pd.DataFrame, elements: pd.DataFrame) -> pd.DataFrame:
    """One event per out-of-family element set (``detect_outliers`` rows grouped by set)."""
    return outlier_columns(outliers, elements).frame()


def outlier_columns(outliers: pd.DataFrame, elements: pd.DataFrame) -> EventColumns:
    """:func:`outlier_events`' columns, no table built (the pipeline joins them)."""
    if len(outliers) == 0:
        return _dq_columns(0)
    # Group the rows by element set: key order for the details, row order for the first row
    # of each set (as groupby(sort=True).agg and .head(1) give them).
    norad = outliers["norad_id"].to_numpy()
    epoch = epoch_ns(outliers["epoch_utc"])
    order = np.lexsort((epoch, norad))
    new_set = np.r_[True, np.diff(norad[order]) != 0] | np.r_[True, np.diff(epoch[order]) != 0]
    starts = np.flatnonzero(new_set)
    ends = np.r_[starts[1:], len(order)]
    first = np.sort(order[starts])  # each set's first row, in row order
    item = formatter("outlier-item.value", field="{}", value="{}", expected="{}")
    text = np.array(
        [
            item(f, v, e)
            for f, v, e in zip(
                outliers["field"].tolist(),
                _numbers(outliers["value"]),
                _numbers(outliers["expected"]),
                strict=True,
            )
        ],
        dtype=object,
    )[order]
    detail = text[starts]
    for k in np.flatnonzero(ends - starts > 1):
        detail[k] = "; ".join(text[starts[k] : ends[k]])
    # Each object's regime is that of its last element set ("" for an object not in the table).
    last = edge_positions(elements["norad_id"].to_numpy(), last=True)
    regime_of = dict(
        zip(
            elements["norad_id"].to_numpy()[last].tolist(),
            text_at(elements["regime"], last).tolist(),
            strict=True,
        )
    )
    first_norad = norad[first]
    regime = np.array([regime_of.get(n, "") for n in first_norad.tolist()], dtype=object)
    record = outliers["record"].iloc[first]
    epoch = outliers["epoch_utc"].array[first]
    template = formatter("out-of-family", record="{}", detail="{}")
    explanation = [template(rec, d) for rec, d in zip(record.tolist(), detail, strict=True)]
    return _dq_columns(
        len(first),
        norad_id=first_norad,
        reasons="out-of-family",
        explanation=np.array(explanation, dtype=object),
        epoch_utc=epoch,
        window_start_utc=epoch,
        window_end_utc=epoch,
        regime=regime,
        rules=outliers["rules"].iloc[first].astype(str).to_numpy()
        if "rules" in outliers
        else SECTION,
        records=record.astype(str).to_numpy(),
    )


def _numbers(column: pd.Series) -> list[str]:
    """Return ``_number`` of every value (floats formatted at once: ``float(str(x))`` is x)."""
    if column.dtype == np.float64:
        return [f"{v:.6g}" for v in column.to_numpy().tolist()]
    return [_number(v) for v in column.tolist()]


def _number(value: object) -> str:
    try:
        return f"{float(str(value)):.6g}"
    except ValueError:
        return str(value)


def stale_events(
    elements: pd.DataFrame, rules: Rules, decayed: np.ndarray | None = None
) -> pd.DataFrame:
    """One event per gap much longer than the object's usual interval (see module docstring)."""
    return stale_columns(elements, rules, decayed).frame()


def stale_columns(
    elements: pd.DataFrame, rules: Rules, decayed: np.ndarray | None = None
) -> EventColumns:
    """:func:`stale_events`' columns, no table built (the pipeline joins them)."""
    if len(elements) == 0:
        return _dq_columns(0)
    norad = elements["norad_id"].to_numpy()
    epoch = epoch_ns(elements["epoch_utc"])
    n = len(norad)
    groups, _ = object_index(norad)
    count = np.bincount(groups)
    regime, labels = category_codes(elements["regime"])
    min_days = rule_values(rules, RULE_SECTION, lambda p: p.stale_min_days, labels)
    # Rows that can fire: each object's last set, and the sets followed by a gap longer than
    # the smallest stale_min_days (less a margin, checked exactly below).
    inner = norad[1:] == norad[:-1]
    least = float(np.nanmin(min_days)) * NS_PER_DAY if len(min_days) else 0.0
    long_gap = inner & (np.diff(epoch) > least - abs(least) * 1e-9 - 1)
    rows = np.union1d(np.flatnonzero(long_gap), np.r_[np.flatnonzero(~inner), n - 1])
    last_of_object = (rows == n - 1) | (norad[rows] != norad[np.minimum(rows + 1, n - 1)])
    source, _ = category_codes(elements["source"])
    source_end = np.full(int(source.max()) + 1, np.iinfo(np.int64).min)
    if len(source_end) == 1:  # one file (one object's history): its end is the last epoch
        source_end[0] = max(source_end[0], int(epoch.max()))
    else:
        np.maximum.at(source_end, source, epoch)
    # The gap after each row: to the next set, or (for an object's last set) to the end of
    # its source file.
    next_epoch = np.where(
        last_of_object, source_end[source[rows]], epoch[np.minimum(rows + 1, n - 1)]
    )
    gap = (next_epoch - epoch[rows]) / NS_PER_DAY
    group = groups[rows]
    row_regime = regime[rows]
    # A decayed object's history ends for good: its last gap is not staleness.
    allowed = ~last_of_object | ~np.isin(norad[rows], decayed if decayed is not None else [])
    min_history = rule_values(rules, RULE_SECTION, lambda p: p.min_history, labels)[row_regime]
    with np.errstate(invalid="ignore"):
        candidate = (count[group] >= min_history) & (gap > min_days[row_regime]) & allowed
    # The usual interval (each object's median gap inside its history) is needed only for
    # the objects with a candidate.
    usual = np.full(len(rows), np.nan)
    if candidate.any():
        wanted = np.zeros(len(count), dtype=bool)
        wanted[group[candidate]] = True
        pick = np.flatnonzero(inner & wanted[groups[:-1]])
        inner_gap = (epoch[pick + 1] - epoch[pick]) / NS_PER_DAY
        usual = group_medians(inner_gap, groups[pick], len(count))[group]
    limit = np.maximum(
        min_days[row_regime],
        rule_values(rules, RULE_SECTION, lambda p: p.stale_factor, labels)[row_regime] * usual,
    )
    with np.errstate(invalid="ignore"):
        fired = np.flatnonzero(candidate & (gap > limit))
    rows, gap, usual, last_of_object = rows[fired], gap[fired], usual[fired], last_of_object[fired]
    next_epoch, row_regime = next_epoch[fired], row_regime[fired]
    starts = pd.to_datetime(epoch[rows], utc=True)
    ends = pd.to_datetime(next_epoch, utc=True)
    at_end = formatter("stale.end", days="{:.1f}", usual="{:.2g}")
    inside = formatter("stale.inside", days="{:.1f}", usual="{:.2g}")
    explanation = [
        (at_end if last else inside)(g, u)
        for g, u, last in zip(gap, usual, last_of_object, strict=True)
    ]
    return _dq_columns(
        len(rows),
        norad_id=norad[rows],
        reasons="stale",
        explanation=np.array(explanation, dtype=object),
        epoch_utc=starts,
        window_start_utc=starts,
        window_end_utc=ends,
        regime=np.array(labels, dtype=object)[row_regime].astype(str),
        gap_days=gap,
    )
