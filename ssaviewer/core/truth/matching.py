"""Operator records against detected manoeuvres: which record was seen, which burn announced.

The matching is :func:`ssaviewer.core.evaluate.evaluate`'s, by element-set gap: records of one
object whose gaps overlap form one truth event, and truth events and manoeuvres of the same
object are paired one-to-one, closest first, when their gaps are at most one apart. A record
is matched when its truth event is; a manoeuvre is *announced* when it is paired with a truth
event.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.evaluate import Evaluation, evaluate
from ssaviewer.core.truth.notifications import resolve_norad

#: Record status: paired with a detected manoeuvre.
MATCHED = "matched"
#: Record status: within the object's history, but no manoeuvre was paired with it.
NO_DETECTION = "no detection"
#: Record status: the object has no element sets loaded.
NOT_LOADED = "object not loaded"
#: Record status: before the object's first or after its last element set.
OUTSIDE = "outside the history"
#: Record status: an attitude manoeuvre (no orbit change to detect).
ATTITUDE = "attitude (not an orbit change)"


@dataclass(frozen=True)
class RecordMatch:
    """Records and manoeuvres matched, and the scores behind them.

    ``records``: the records given (same order), with ``norad_id`` resolved from COSPAR ids,
    ``event_id`` (the paired manoeuvre, "" when none) and ``status`` (:data:`MATCHED`,
    :data:`NO_DETECTION`, :data:`NOT_LOADED`, :data:`OUTSIDE` or :data:`ATTITUDE`).
    ``manoeuvres``: ``event_id``, ``norad_id`` and ``announced`` (bool) for every detected
    manoeuvre of an object that has records. ``evaluation``: :func:`evaluate` over the
    objects that have records (``scores`` per object and pooled per regime, both modes).
    """

    records: pd.DataFrame
    manoeuvres: pd.DataFrame
    evaluation: Evaluation


def match_records(
    records: pd.DataFrame, events: pd.DataFrame, elements: pd.DataFrame, objects: pd.DataFrame
) -> RecordMatch:
    """Match operator ``records`` to the manoeuvres among ``events``.

    Parameters
    ----------
    records
        A truth table (:data:`~ssaviewer.core.truth.TRUTH_COLUMNS`), e.g. from
        :func:`~ssaviewer.core.truth.read_truth`; extra columns are kept.
    events
        The event table (``event_id``, ``norad_id``, ``event_type``, ``epoch_utc``,
        ``window_start_utc``, ``window_end_utc``); only manoeuvres are matched.
    elements, objects
        The loaded element sets and object table the events were detected on.
    """
    truth = records.reset_index(drop=True)
    truth = truth.assign(norad_id=resolve_norad(truth, objects))
    recorded = np.unique(truth.loc[truth["norad_id"] >= 0, "norad_id"].to_numpy())
    own = elements[elements["norad_id"].isin(recorded)]
    detections = _manoeuvres(events, recorded)
    evaluation = evaluate(detections, truth, own)
    event_ids = _record_events(evaluation, len(truth))
    status = _status(truth, event_ids, own)
    matched = evaluation.detections["status_gap"].isin(["hit", "ignored"])
    manoeuvres = pd.DataFrame(
        {
            "event_id": evaluation.detections["event_id"].astype(str).to_numpy(),
            "norad_id": evaluation.detections["norad_id"].to_numpy(dtype=np.int64),
            "announced": matched.to_numpy(dtype=bool),
        }
    )
    return RecordMatch(
        records=truth.assign(event_id=event_ids, status=status),
        manoeuvres=manoeuvres,
        evaluation=evaluation,
    )


def object_scores(match: RecordMatch) -> pd.DataFrame:
    """Return the per-object scores of both matching modes, one row per (object, mode).

    Columns ``norad_id``, ``name``, ``mode`` (``gap``, ``12h``), ``truth_events``,
    ``detections``, ``tp``, ``fp``, ``fn``, ``ignored``, ``object_years``, ``precision``,
    ``recall``, ``false_alarms_per_year`` (NaN where undefined).
    """
    scores = match.evaluation.scores
    columns = [
        "norad_id",
        "name",
        "mode",
        "truth_events",
        "detections",
        "tp",
        "fp",
        "fn",
        "ignored",
        "object_years",
        "precision",
        "recall",
        "false_alarms_per_year",
    ]
    per_object = scores[scores["scope"] == "object"]
    return per_object[columns].reset_index(drop=True)


def _manoeuvres(events: pd.DataFrame, recorded: np.ndarray) -> pd.DataFrame:
    if not len(events):
        columns = ["event_id", "norad_id", "epoch_utc", "window_start_utc", "window_end_utc"]
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns}).astype(
            {"norad_id": "int64"}
        )
    kept = events[
        (events["event_type"].astype(str) == "manoeuvre")
        & events["norad_id"].astype("int64").isin(recorded)
    ]
    return kept.assign(norad_id=kept["norad_id"].astype("int64")).reset_index(drop=True)


def _record_events(evaluation: Evaluation, n_records: int) -> np.ndarray:
    """Return the paired manoeuvre's ``event_id`` per record ("" when none), by gap."""
    out = np.full(n_records, "", dtype=object)
    truth_events = evaluation.truth_events
    ids = evaluation.detections["event_id"].astype(str).to_numpy()
    for rows, det in zip(truth_events["records"], truth_events["matched_gap"], strict=True):
        if det >= 0:
            out[list(rows)] = ids[int(det)]
    return out


def _status(truth: pd.DataFrame, event_ids: np.ndarray, elements: pd.DataFrame) -> np.ndarray:
    n = len(truth)
    loaded = np.zeros(n, dtype=bool)
    inside = np.zeros(n, dtype=bool)
    if len(elements) and n:
        ns = pd.Series(_ns(elements["epoch_utc"]))
        spans = ns.groupby(elements["norad_id"].to_numpy()).agg(["min", "max"])
        norad = truth["norad_id"].to_numpy()
        loaded = np.isin(norad, spans.index.to_numpy())
        lo = spans["min"].reindex(norad).to_numpy(dtype=np.float64)
        hi = spans["max"].reindex(norad).to_numpy(dtype=np.float64)
        start = _ns(truth["start_utc"])
        with np.errstate(invalid="ignore"):
            inside = loaded & (start >= lo) & (start < hi)
    status = np.where(
        event_ids != "",
        MATCHED,
        np.where(~loaded, NOT_LOADED, np.where(inside, NO_DETECTION, OUTSIDE)),
    ).astype(object)
    status[(truth["kind"].astype(str) == "attitude").to_numpy()] = ATTITUDE
    return status


def _ns(times: pd.Series) -> np.ndarray:
    """Return UTC times as int64 nanoseconds since 1970 (whatever the column's unit)."""
    values = pd.to_datetime(times, utc=True).to_numpy(dtype="datetime64[ns]")
    return np.asarray(values).astype(np.int64)
