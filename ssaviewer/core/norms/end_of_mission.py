"""End of mission as the history shows it: the last manoeuvre and how long the object is quiet.

An object that manoeuvred (``min_manoeuvres`` or more) and then made none for far longer than
its usual interval has ended its mission, as far as the element sets can tell: its last
manoeuvre is the end of the mission. The usual interval is the median gap between its
manoeuvre *campaigns* (manoeuvres less than ``campaign_days`` apart form one).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import pandas as pd

from ssaviewer.core.constants import NS_PER_DAY
from ssaviewer.core.detect.element_table import group_medians, run_starts
from ssaviewer.core.detect.events.event_frame import EventColumns, event_columns
from ssaviewer.core.table_order import epoch_ns, is_sorted_by_object


@dataclass(frozen=True)
class MissionEnds:
    """Per object that manoeuvred: its last manoeuvre and quiet time (one row each).

    ``table`` columns: ``norad_id``, ``n_manoeuvres``, ``last_manoeuvre_utc``,
    ``last_epoch_utc`` (its last element set), ``quiet_days`` (between the two),
    ``usual_interval_days`` (median campaign gap; NaN with one campaign).
    """

    table: pd.DataFrame

    def ended(
        self, min_manoeuvres: int, min_quiet_days: float, cadence_factor: float
    ) -> pd.DataFrame:
        """Objects whose quiet time exceeds max(``min_quiet_days``, factor × usual interval)."""
        t = self.table
        limit = np.fmax(min_quiet_days, cadence_factor * t["usual_interval_days"].to_numpy())
        keep = (t["n_manoeuvres"].to_numpy() >= min_manoeuvres) & (
            t["quiet_days"].to_numpy() >= limit
        )
        return t[keep].reset_index(drop=True)


class ObjectRows:
    """Each object's rows of an element table sorted by object and epoch (``Dataset``'s order).

    ``of(norad_id)`` returns that object's rows of ``columns`` (a cheap positional slice,
    empty when the object is absent), so a check that visits a few objects does not scan the
    whole table for each.
    """

    def __init__(self, elements: pd.DataFrame, columns: list[str]) -> None:
        norad = elements["norad_id"].to_numpy()
        starts: np.ndarray = np.flatnonzero(np.r_[True, norad[1:] != norad[:-1]])
        stops: np.ndarray = np.r_[starts[1:], len(norad)]
        if len(norad) == 0:
            starts = stops = np.empty(0, dtype=np.int64)
        self._bounds = {int(norad[s]): (int(s), int(e)) for s, e in zip(starts, stops, strict=True)}
        self._table = elements[columns]

    def of(self, norad_id: int) -> pd.DataFrame:
        """Return the rows of ``norad_id`` (in epoch order)."""
        start, stop = self._bounds.get(norad_id, (0, 0))
        return self._table.iloc[start:stop]


def mission_ends(
    manoeuvres: pd.DataFrame, elements: pd.DataFrame, campaign_days: float = 3.0
) -> MissionEnds:
    """Return each manoeuvring object's last manoeuvre and quiet time (:class:`MissionEnds`).

    ``manoeuvres`` needs ``norad_id, epoch_utc`` (any order); ``elements`` the element table.
    """
    columns = [
        "norad_id",
        "n_manoeuvres",
        "last_manoeuvre_utc",
        "last_epoch_utc",
        "quiet_days",
        "usual_interval_days",
    ]
    if len(manoeuvres) == 0:
        return MissionEnds(pd.DataFrame({c: [] for c in columns}))
    # The manoeuvres with an object and a time (``dropna`` on the two columns, by arrays).
    norad_column, epoch_column = manoeuvres["norad_id"], manoeuvres["epoch_utc"]
    known = ~(norad_column.isna().to_numpy() | epoch_column.isna().to_numpy())
    known_norad = norad_column.to_numpy()[known]
    known_ns = epoch_ns(epoch_column)[known]
    # By object, then epoch (ties are equal values: their order changes nothing).
    order = np.lexsort((known_ns, known_norad))
    norad = known_norad[order]
    ns = known_ns[order].astype(np.float64)
    same = np.r_[False, norad[1:] == norad[:-1]]
    gap = np.where(same, np.r_[np.nan, np.diff(ns)] / NS_PER_DAY, np.nan)
    campaign_gap = np.where(gap >= campaign_days, gap, np.nan)
    # One row per object, in norad order (as groupby gives them).
    starts = run_starts(norad)
    group = np.cumsum(~same) - 1
    usual = group_medians(campaign_gap, group, len(starts))
    ids = norad[starts]
    last_manoeuvre = pd.to_datetime(np.maximum.reduceat(ns, starts).astype("int64"), utc=True)
    last_epoch = pd.to_datetime(_last_epochs(elements, ids), utc=True)
    quiet_ns = _ns(last_epoch) - _ns(last_manoeuvre)
    table = {
        "norad_id": ids,
        "n_manoeuvres": np.diff(np.r_[starts, len(norad)]).astype(np.int64),
        "last_manoeuvre_utc": last_manoeuvre,
        "last_epoch_utc": last_epoch,
        "quiet_days": quiet_ns / NS_PER_DAY,
        "usual_interval_days": usual,
    }
    return MissionEnds(pd.DataFrame({c: table[c] for c in columns}))


def _ns(times: pd.DatetimeIndex) -> np.ndarray:
    """Nanoseconds since 1970 (NaT as the int64 minimum, as ``epoch_ns``)."""
    values: np.ndarray = times.to_numpy(dtype="datetime64[ns]").view(np.int64)
    return values


def _last_epochs(elements: pd.DataFrame, norad_ids: np.ndarray) -> np.ndarray:
    """Each object's last epoch (``datetime64[ns]``, UTC; NaT when it has no element set)."""
    norad = elements["norad_id"].to_numpy()
    epoch = epoch_ns(elements["epoch_utc"])
    if not is_sorted_by_object(norad, epoch):
        last_epoch = elements.groupby("norad_id", observed=True)["epoch_utc"].max()
        found: np.ndarray = last_epoch.reindex(norad_ids).to_numpy(dtype="datetime64[ns]")
        return found
    # Sorted: each object's last row holds its latest epoch (NaT sorts first).
    last = np.r_[np.flatnonzero(norad[1:] != norad[:-1]), len(norad) - 1] if len(norad) else []
    objects = norad[last]
    at = np.minimum(np.searchsorted(objects, norad_ids), max(len(objects) - 1, 0))
    known = (objects[at] == norad_ids) if len(objects) else np.zeros(len(norad_ids), bool)
    out = np.full(len(norad_ids), np.datetime64("NaT"), dtype="datetime64[ns]")
    out[known] = epoch[last][at[known]].view("datetime64[ns]")
    return out


def norm_frame(
    found: list[dict[str, object]],
    section: str,
    source: str,
    *,
    start: str,
    columns: dict[str, str],
    **constants: object,
) -> pd.DataFrame:
    """Return one ``norm`` event per assessed object (:func:`norm_columns`' table)."""
    return norm_columns(found, section, source, start=start, columns=columns, **constants).frame()


def norm_columns(
    found: list[dict[str, object]],
    section: str,
    source: str,
    *,
    start: str,
    columns: dict[str, str],
    **constants: object,
) -> EventColumns:
    """Return the columns of one ``norm`` event per assessed object of an end-of-mission check.

    Each entry of ``found`` holds ``norad_id``, ``label``, ``reasons``, ``explanation``,
    ``epoch`` (the event time), ``end`` (the window's end) and the key named by ``start``
    (the window's start). ``columns`` maps further event columns to keys of the entries;
    ``constants`` sets event columns to one value for every event.
    """
    if not found:
        return event_columns(0)

    def column(key: str) -> Any:
        return _entries_column([entry[key] for entry in found])

    return event_columns(
        len(found),
        norad_id=column("norad_id"),
        event_type="norm",
        label=column("label"),
        reasons=column("reasons"),
        explanation=column("explanation"),
        epoch_utc=column("epoch"),
        window_start_utc=column(start),
        window_end_utc=column("end"),
        rules=section,
        norm_sources=source,
        **{name: column(key) for name, key in columns.items()},
        **constants,
    )


_INT64_MIN, _INT64_MAX = int(np.iinfo(np.int64).min), int(np.iinfo(np.int64).max)


def _entries_column(values: list[object]) -> Any:
    """One key of the entries as ``pd.DataFrame(entries)[key]`` infers it, for ``event_frame``.

    Times with a time zone as their pandas array (``event_frame`` then keeps them as they
    are, instead of parsing ``to_numpy()``'s ``Timestamp`` objects); anything else as numpy.
    Without the table built only to be taken apart column by column; all-``float``,
    all-``int`` and all-``str`` values (most keys) without pandas' inference at all, the
    arrays it infers for them.
    """
    kinds = {type(v) for v in values}
    if kinds == {float}:
        return np.array(values, dtype=np.float64)
    if kinds == {int}:
        ints = cast("list[int]", values)
        if _INT64_MIN <= min(ints) and max(ints) <= _INT64_MAX:
            return np.array(ints, dtype=np.int64)
    if kinds == {str}:
        return np.array(values, dtype=object)
    series = pd.Series(values)
    if isinstance(series.dtype, pd.DatetimeTZDtype):
        return series.array
    return series.to_numpy()
