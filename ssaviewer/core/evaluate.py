"""Score detected manoeuvres against operator ground truth, at the event level.

First, truth records of an object that fall in one gap between its element sets (or whose
gaps overlap) are merged into one *truth event*: element sets cannot tell them apart. Epochs
less than a second apart count as one (a set republished with its epoch rounded differently),
so they make no gap. Records
outside the span of the object's element sets, and ``attitude`` records, are left out.

Next, truth events and detections are matched one-to-one, per object, in two ways:

- ``gap``: the detection's bracketing element sets are within one gap of the truth event's
  gap (the jump shows in the first or second element set after the burn);
- ``12h``: the detection's ``epoch_utc`` is within ±12 h of the truth event's time span.

Truth events whose total Δv is known and under 5 mm/s are below what element sets can show:
unmatched they are not misses, matched they are not false alarms (nor hits). Pairs are taken
closest first, and a detection is offered to a burn of 5 mm/s or more before a smaller one.

Finally precision, recall, F1, F2 and false alarms per object-year are computed per object
and pooled per regime.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.constants import NS_PER_SECOND, SAME_EPOCH_NS

#: Burns below this total Δv (m/s) are neither misses nor false alarms.
MIN_DV_MPS = 0.005
#: The time tolerance of the ``12h`` matching.
TIME_TOLERANCE = pd.Timedelta(hours=12)
MODES = ("gap", "12h")
_ONE_SECOND_NS = NS_PER_SECOND
_DAYS_PER_YEAR = 365.25


@dataclass(frozen=True)
class Evaluation:
    """Scores and the matching behind them.

    ``scores``: one row per (``mode``, ``scope``, ``name``) with counts ``tp``, ``fp``, ``fn``,
    ``ignored`` and ``precision``, ``recall``, ``f1``, ``f2``, ``false_alarms_per_year``;
    ``scope`` is ``object`` (``name`` = object name) or ``regime`` (pooled).
    ``truth_events``: merged truth events with ``matched_gap`` / ``matched_12h`` (row of the
    detection, −1 if none) and ``small``. ``detections``: the detections with their gap range
    and ``status_gap`` / ``status_12h`` (``hit``, ``false-alarm``, ``ignored``).
    """

    scores: pd.DataFrame
    truth_events: pd.DataFrame
    detections: pd.DataFrame


def evaluate(detections: pd.DataFrame, truth: pd.DataFrame, elements: pd.DataFrame) -> Evaluation:
    """Score ``detections`` against ``truth`` over the element-set histories in ``elements``.

    Parameters
    ----------
    detections
        ``norad_id``, ``epoch_utc``, ``window_start_utc``, ``window_end_utc`` (the manoeuvre
        table or an events export; rows whose ``event_type`` is not ``manoeuvre`` are ignored).
    truth
        A truth table (``ssaviewer.core.truth.TRUTH_COLUMNS``).
    elements
        The element sets the detections came from (``norad_id``, ``epoch_utc``, and
        ``object_name``/``object_id``/``regime`` when available).
    """
    objects = _objects(elements)
    epochs = dict(_epochs(elements))
    events = merge_truth(truth, objects, epochs)
    found = _detections(detections, objects, epochs)
    for mode in MODES:
        _match(events, found, mode)
    scores = pd.concat([_scores(events, found, objects, mode) for mode in MODES])
    return Evaluation(scores=scores.reset_index(drop=True), truth_events=events, detections=found)


def _objects(elements: pd.DataFrame) -> pd.DataFrame:
    grouped = elements.groupby("norad_id", sort=True)
    out = pd.DataFrame(
        {
            "first_utc": grouped["epoch_utc"].min(),
            "last_utc": grouped["epoch_utc"].max(),
        }
    )
    for column in ("object_name", "object_id", "regime", "source"):
        if column in elements:
            out[column] = grouped[column].agg(lambda s: str(s.iloc[0]))
        else:
            out[column] = ""
    # Unnamed objects (two-line TLE files) are called after their file, else their number.
    out["object_name"] = [
        name or source.rsplit(".", 1)[0] or str(k)
        for k, name, source in zip(out.index, out["object_name"], out["source"], strict=True)
    ]
    out["object_years"] = (out["last_utc"] - out["first_utc"]).dt.total_seconds() / (
        86400.0 * _DAYS_PER_YEAR
    )
    return out


def _epochs(elements: pd.DataFrame) -> list[tuple[int, np.ndarray]]:
    ns = elements["epoch_utc"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
    frame = pd.DataFrame({"norad_id": elements["norad_id"].to_numpy(), "ns": ns})
    return [(_key(k), distinct_epochs(g["ns"].to_numpy())) for k, g in frame.groupby("norad_id")]


def distinct_epochs(epoch_ns: np.ndarray) -> np.ndarray:
    """Return the sorted distinct epochs of one object, ``SAME_EPOCH_NS`` apart or more.

    An epoch closer than ``SAME_EPOCH_NS`` to the previous kept one is the same epoch
    republished (archival TLEs repeat a set with its fraction of day rounded differently,
    1e-8 day = 0.86 ms apart): no burn fits between them, so they make no gap.
    """
    ns = np.unique(epoch_ns)
    if len(ns) < 2:
        return ns
    keep = np.ones(len(ns), dtype=bool)
    keep[1:] = np.diff(ns) >= SAME_EPOCH_NS
    return ns[keep]


def _key(value: object) -> int:
    """Return a NORAD id group key as an int."""
    return int(str(value))


def _ns(values: pd.Series) -> np.ndarray:
    return np.asarray(pd.to_datetime(values, utc=True).to_numpy(dtype="datetime64[ns]")).astype(
        np.int64
    )


def merge_truth(
    truth: pd.DataFrame, objects: pd.DataFrame, epochs: dict[int, np.ndarray]
) -> pd.DataFrame:
    """Merge truth records into events (records whose element-set gaps overlap).

    Returns one row per event: ``norad_id``, ``start_utc``, ``end_utc``, ``gap_lo``,
    ``gap_hi`` (gap ``g`` lies between element sets ``g − 1`` and ``g``), ``dv_total_mps``
    (sum; NaN when any record's is unknown), ``small``, ``n_records``, ``sources`` and
    ``records`` (a tuple of the ``truth`` index labels merged into the event).
    """
    truth = _resolve_ids(truth, objects)
    truth = truth[(truth["kind"] != "attitude") & truth["norad_id"].isin(list(epochs))]
    rows = []
    for nid, group in truth.groupby("norad_id", sort=True):
        times = epochs[_key(nid)]
        lo = np.searchsorted(times, _ns(group["start_utc"]), side="right")
        hi = np.maximum(np.searchsorted(times, _ns(group["end_utc"]), side="right"), lo)
        inside = (lo >= 1) & (lo <= len(times) - 1)
        part = group.assign(gap_lo=lo, gap_hi=np.minimum(hi, len(times) - 1))[inside]
        part = part.sort_values("gap_lo", kind="stable")
        reach = np.maximum.accumulate(part["gap_hi"].to_numpy())
        new = np.ones(len(part), dtype=bool)
        new[1:] = part["gap_lo"].to_numpy()[1:] > reach[:-1]
        for _, event in part.groupby(np.cumsum(new)):
            rows.append(_event(_key(nid), event))
    columns = ["norad_id", "start_utc", "end_utc", "gap_lo", "gap_hi", "dv_total_mps"]
    out = pd.DataFrame(rows, columns=[*columns, "n_records", "sources", "records"])
    out["small"] = out["dv_total_mps"] < MIN_DV_MPS
    return out


def _event(nid: int, records: pd.DataFrame) -> dict[str, object]:
    dv = records["dv_total_mps"].to_numpy(dtype=np.float64)
    return {
        "norad_id": nid,
        "start_utc": records["start_utc"].min(),
        "end_utc": records["end_utc"].max(),
        "gap_lo": int(records["gap_lo"].min()),
        "gap_hi": int(records["gap_hi"].max()),
        "dv_total_mps": float(dv.sum()) if np.all(np.isfinite(dv)) else float("nan"),
        "n_records": len(records),
        "sources": "; ".join(records["source"].astype(str)),
        "records": tuple(records.index),
    }


def _resolve_ids(truth: pd.DataFrame, objects: pd.DataFrame) -> pd.DataFrame:
    """Give records without a NORAD id the one whose COSPAR id matches the element sets."""
    by_cospar = {str(c): _key(k) for k, c in objects["object_id"].items() if c}
    unknown = truth["norad_id"] < 0
    if not unknown.any():
        return truth
    resolved = truth["object_id"].map(by_cospar).fillna(-1).astype(np.int64)
    return truth.assign(norad_id=np.where(unknown, resolved, truth["norad_id"]))


def _detections(
    detections: pd.DataFrame, objects: pd.DataFrame, epochs: dict[int, np.ndarray]
) -> pd.DataFrame:
    found = detections
    if "event_type" in found:
        found = found[found["event_type"].astype(str) == "manoeuvre"]
    found = found[found["norad_id"].isin(list(epochs))].reset_index(drop=True)
    lo = np.zeros(len(found), dtype=np.int64)
    hi = np.zeros(len(found), dtype=np.int64)
    start, end = _ns(found["window_start_utc"]), _ns(found["window_end_utc"])
    for nid, rows in found.groupby("norad_id").groups.items():
        times = epochs[_key(nid)]
        idx = np.asarray(rows)
        # One second of slack: exported times may be rounded.
        lo[idx] = np.searchsorted(times, start[idx] + _ONE_SECOND_NS, side="right")
        hi[idx] = np.searchsorted(times, end[idx] - _ONE_SECOND_NS, side="left")
    return found.assign(gap_lo=lo, gap_hi=np.maximum(hi, lo), epoch_ns=_ns(found["epoch_utc"]))


def _match(events: pd.DataFrame, found: pd.DataFrame, mode: str) -> None:
    """Match one-to-one, closest pairs first; writes ``matched_<mode>`` / ``status_<mode>``."""
    pairs = []
    for nid, ev in events.groupby("norad_id"):
        det = found[found["norad_id"] == nid]
        if len(det) == 0:
            continue
        cost = _cost(ev, det, mode)
        e_idx, d_idx = np.nonzero(np.isfinite(cost))
        small = ev["small"].to_numpy()[e_idx]
        pairs.append(
            pd.DataFrame(
                {
                    "event": ev.index.to_numpy()[e_idx],
                    "det": det.index.to_numpy()[d_idx],
                    "small": small,
                    "cost": cost[e_idx, d_idx],
                }
            )
        )
    matched_event = np.full(len(events), -1, dtype=np.int64)
    status = np.full(len(found), "false-alarm", dtype=object)
    if pairs:
        table = pd.concat(pairs).sort_values(["small", "cost"], kind="stable")
        used_events: set[int] = set()
        used_dets: set[int] = set()
        for event, det, small in zip(table["event"], table["det"], table["small"], strict=True):
            if event in used_events or det in used_dets:
                continue
            used_events.add(event)
            used_dets.add(det)
            matched_event[events.index.get_loc(event)] = det
            status[found.index.get_loc(det)] = "ignored" if small else "hit"
    events[f"matched_{mode}"] = matched_event
    found[f"status_{mode}"] = status


def _cost(ev: pd.DataFrame, det: pd.DataFrame, mode: str) -> np.ndarray:
    """Pairwise matching cost (inf where not allowed): gaps apart, or hours apart."""
    if mode == "gap":
        e_lo, e_hi = ev["gap_lo"].to_numpy()[:, None], ev["gap_hi"].to_numpy()[:, None]
        d_lo, d_hi = det["gap_lo"].to_numpy()[None, :], det["gap_hi"].to_numpy()[None, :]
        apart = np.maximum(np.maximum(d_lo - e_hi, e_lo - d_hi), 0).astype(np.float64)
        return np.where(apart <= 1, apart, np.inf)
    start = _ns(ev["start_utc"])[:, None]
    end = _ns(ev["end_utc"])[:, None]
    t = det["epoch_ns"].to_numpy()[None, :]
    apart_ns = np.maximum(np.maximum(start - t, t - end), 0).astype(np.float64)
    return np.where(apart_ns <= TIME_TOLERANCE.value, apart_ns, np.inf)


def _scores(
    events: pd.DataFrame, found: pd.DataFrame, objects: pd.DataFrame, mode: str
) -> pd.DataFrame:
    rows = []
    for nid, obj in objects.iterrows():
        ev = events[events["norad_id"] == nid]
        det = found[found["norad_id"] == nid]
        rows.append(_counts(ev, det, mode) | {"norad_id": nid, **_describe(obj)})
    columns = ["truth_events", "detections", "tp", "fp", "fn", "ignored", "norad_id"]
    per_object = pd.DataFrame(rows, columns=[*columns, "name", "regime", "object_years"])
    per_object["scope"] = "object"
    counted = ["truth_events", "detections", "tp", "fp", "fn", "ignored", "object_years"]
    pooled = per_object.groupby("regime", sort=True)[counted]
    per_regime = pooled.sum().reset_index()
    per_regime["name"] = per_regime["regime"]
    per_regime["norad_id"] = -1
    per_regime["scope"] = "regime"
    out = pd.concat([per_object, per_regime], ignore_index=True)
    out["mode"] = mode
    return _rates(out)


def _describe(obj: pd.Series) -> dict[str, object]:
    return {
        "name": obj["object_name"],
        "regime": obj["regime"],
        "object_years": float(obj["object_years"]),
    }


def _counts(ev: pd.DataFrame, det: pd.DataFrame, mode: str) -> dict[str, int]:
    matched = ev[f"matched_{mode}"].to_numpy() >= 0
    small = ev["small"].to_numpy()
    status = det[f"status_{mode}"].to_numpy()
    return {
        "truth_events": int((~small).sum()),
        "detections": len(det),
        "tp": int((status == "hit").sum()),
        "fp": int((status == "false-alarm").sum()),
        "fn": int((~matched & ~small).sum()),
        "ignored": int((small).sum()),
    }


def _rates(out: pd.DataFrame) -> pd.DataFrame:
    tp, fp, fn = (out[c].astype(np.float64) for c in ("tp", "fp", "fn"))
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(tp + fp > 0, tp / (tp + fp), np.nan)
        recall = np.where(tp + fn > 0, tp / (tp + fn), np.nan)
        f1 = 2 * precision * recall / (precision + recall)
        f2 = 5 * precision * recall / (4 * precision + recall)
        per_year = fp / out["object_years"].where(out["object_years"] > 0)
    return out.assign(
        precision=precision, recall=recall, f1=f1, f2=f2, false_alarms_per_year=per_year
    )
