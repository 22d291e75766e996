"""Quiz scoring: a trainee's marks against the answer key, one result row per trainee and event.

A *mark* is a trainee's claim "object N did something at time T, and it was regular (or
irregular)". Marks and answer-key events are paired one to one per trainee and object, nearest
in time first, when they are at most the lesson's tolerance apart. Then each scored key event is
``found`` or ``missed``, each unpaired mark is a ``false mark``, and a mark paired with an event
the quiz does not score (a routine event in an ``"irregular"`` quiz) is ``not scored``.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

from ssaviewer.core.table_order import epoch_ns

#: Columns of a marks table (one row per mark): trainee name, object, time, label.
MARK_COLUMNS: Final = ("trainee", "norad_id", "time_utc", "label")
#: Columns of :func:`quiz_key`.
KEY_COLUMNS: Final = (
    "event_id",
    "norad_id",
    "object_name",
    "event_type",
    "behaviour",
    "time_utc",
    "expected_label",
    "scored",
    "narration",
)
#: Columns of :func:`score_marks`, in CSV order.
RESULT_COLUMNS: Final = (
    "trainee",
    "outcome",
    "event_id",
    "norad_id",
    "object_name",
    "event_type",
    "event_time_utc",
    "expected_label",
    "mark_time_utc",
    "mark_label",
    "label_correct",
    "time_error_hours",
)
OUTCOMES: Final = ("found", "missed", "false mark", "not scored")
LABELS: Final = ("regular", "irregular")
_NS_PER_HOUR: Final = 3_600_000_000_000


def quiz_key(
    answer_key: pd.DataFrame,
    quiz: str = "all",
    notes: pd.DataFrame | None = None,
    tolerance_hours: float = 24.0,
) -> pd.DataFrame:
    """Return the events of a quiz (``KEY_COLUMNS``), numbered 1.. in time order.

    Parameters
    ----------
    answer_key
        The simulator's answer key (``ANSWER_KEY_COLUMNS``; ``time_utc`` as ISO text or UTC
        timestamps).
    quiz
        ``"all"`` scores every event; ``"irregular"`` only those expected irregular.
    notes
        Narration notes (``norad_id``, ``time_utc``, ``text``); each is attached to the event
        of its object nearest in time within ``tolerance_hours``; a note matching no event
        raises ``ValueError`` naming it.
    tolerance_hours
        How far a note may be from its event.
    """
    times = pd.to_datetime(answer_key["time_utc"], utc=True).astype("datetime64[ns, UTC]")
    key = pd.DataFrame(
        {
            "norad_id": answer_key["norad_id"].astype("int64").to_numpy(),
            "object_name": answer_key["object_name"].astype(str).to_numpy(),
            "event_type": answer_key["event_type"].astype(str).to_numpy(),
            "behaviour": answer_key["behaviour"].astype(str).to_numpy(),
            "time_utc": times.to_numpy(),
            "expected_label": answer_key["expected_label"].astype(str).to_numpy(),
        }
    )
    key = key.sort_values(["time_utc", "norad_id"], kind="stable").reset_index(drop=True)
    key.insert(0, "event_id", np.arange(1, len(key) + 1, dtype=np.int64))
    key["scored"] = True if quiz == "all" else key["expected_label"].eq("irregular")
    key["narration"] = ""
    if notes is not None:
        note_ids: list[int] = notes["norad_id"].astype("int64").tolist()
        note_times: list[pd.Timestamp] = list(pd.to_datetime(notes["time_utc"], utc=True))
        note_texts: list[str] = notes["text"].astype(str).tolist()
        for norad_id, time, text in zip(note_ids, note_times, note_texts, strict=True):
            row = _nearest(key, norad_id, time, tolerance_hours)
            if row is None:
                raise ValueError(
                    f"narration note for NORAD {norad_id} at {time}: no answer-key event of "
                    f"that object within {tolerance_hours:g} h; expected the time of one of "
                    "its events"
                )
            key.loc[row, "narration"] = text
    return key[list(KEY_COLUMNS)]


def _nearest(key: pd.DataFrame, norad_id: int, time: pd.Timestamp, tol_hours: float) -> int | None:
    same = key.index[key["norad_id"].to_numpy() == norad_id]
    if len(same) == 0:
        return None
    gaps = (key.loc[same, "time_utc"] - time).abs().dt.total_seconds().to_numpy() / 3600.0
    best = int(np.argmin(gaps))
    return int(same[best]) if gaps[best] <= tol_hours else None


def _check_marks(marks: pd.DataFrame) -> None:
    missing = [c for c in MARK_COLUMNS if c not in marks.columns]
    if missing:
        raise ValueError(f"marks: missing columns {missing}; expected {list(MARK_COLUMNS)}")
    bad = marks.loc[~marks["label"].isin(LABELS), "label"]
    if len(bad):
        raise ValueError(f"marks: label {bad.iloc[0]!r}; expected one of {', '.join(LABELS)}")


def _pairs(key: pd.DataFrame, marks: pd.DataFrame, tol_ns: int) -> list[tuple[int, int, int]]:
    """Greedy one-to-one pairing, nearest first: (key row, mark row, signed gap in ns)."""
    key_ns = epoch_ns(key["time_utc"])
    mark_ns = epoch_ns(marks["time_utc"])
    key_ids = key["norad_id"].to_numpy(dtype=np.int64)
    candidates: list[tuple[int, int, int, int]] = []
    for m, (norad, t_mark) in enumerate(zip(marks["norad_id"].to_numpy(), mark_ns, strict=True)):
        for k in np.flatnonzero(key_ids == norad).tolist():
            gap = int(t_mark - key_ns[k])
            if abs(gap) <= tol_ns:
                candidates.append((abs(gap), k, m, gap))
    used_keys: set[int] = set()
    used_marks: set[int] = set()
    pairs = []
    for _, k, m, gap in sorted(candidates):
        if k not in used_keys and m not in used_marks:
            used_keys.add(k)
            used_marks.add(m)
            pairs.append((k, m, gap))
    return pairs


def _score_one(
    trainee: str, key: pd.DataFrame, marks: pd.DataFrame, tol_ns: int
) -> list[dict[str, object]]:
    """Return one trainee's rows: one per scored or paired event, one per false mark."""
    marks = marks.reset_index(drop=True)
    pairs = _pairs(key, marks, tol_ns)
    mark_times: list[pd.Timestamp] = list(marks["time_utc"])
    mark_labels: list[str] = marks["label"].astype(str).tolist()
    mark_ids: list[int] = marks["norad_id"].astype("int64").tolist()
    by_key = {k: (m, gap) for k, m, gap in pairs}
    rows: list[dict[str, object]] = []
    for k, event in enumerate(key.itertuples(index=False)):
        row: dict[str, object] = {
            "trainee": trainee,
            "event_id": event.event_id,
            "norad_id": event.norad_id,
            "object_name": event.object_name,
            "event_type": event.event_type,
            "event_time_utc": event.time_utc,
            "expected_label": event.expected_label,
        }
        if k in by_key:
            m, gap = by_key[k]
            row |= {
                "outcome": "found" if event.scored else "not scored",
                "mark_time_utc": mark_times[m],
                "mark_label": mark_labels[m],
                "label_correct": mark_labels[m] == event.expected_label,
                "time_error_hours": gap / _NS_PER_HOUR,
            }
        elif event.scored:
            row["outcome"] = "missed"
        else:
            continue
        rows.append(row)
    paired_marks = {m for _, m, _ in pairs}
    for m in range(len(marks)):
        if m not in paired_marks:
            rows.append(
                {
                    "trainee": trainee,
                    "outcome": "false mark",
                    "norad_id": mark_ids[m],
                    "mark_time_utc": mark_times[m],
                    "mark_label": mark_labels[m],
                }
            )
    return rows


def score_marks(key: pd.DataFrame, marks: pd.DataFrame, tolerance_hours: float) -> pd.DataFrame:
    """Score every trainee's marks against the quiz key.

    Parameters
    ----------
    key
        :func:`quiz_key`'s table.
    marks
        ``MARK_COLUMNS``: ``trainee`` (str), ``norad_id`` (int), ``time_utc`` (UTC timestamps
        or ISO text), ``label`` (``"regular"`` or ``"irregular"``).
    tolerance_hours
        The largest gap between a mark and the event it finds.

    Returns
    -------
    pandas.DataFrame
        ``RESULT_COLUMNS``, one row per trainee and scored event (``found`` or ``missed``),
        per paired unscored event (``not scored``) and per false mark; ``label_correct`` is a
        nullable boolean (empty unless a mark was paired), ``time_error_hours`` is mark minus
        event (NaN unless paired). Rows are by trainee, then event time, then mark time.

    Raises
    ------
    ValueError
        A missing column or a label other than regular/irregular (naming it).
    """
    _check_marks(marks)
    marks = marks.assign(time_utc=pd.to_datetime(marks["time_utc"], utc=True))
    tol_ns = round(tolerance_hours * _NS_PER_HOUR)
    rows: list[dict[str, object]] = []
    for trainee, own in marks.groupby("trainee", sort=True):
        rows += _score_one(str(trainee), key, own, tol_ns)
    results = pd.DataFrame(rows, columns=list(RESULT_COLUMNS))
    for column in ("event_time_utc", "mark_time_utc"):
        results[column] = pd.to_datetime(results[column], utc=True).astype("datetime64[ns, UTC]")
    results["event_id"] = results["event_id"].astype("Int64")
    results["norad_id"] = results["norad_id"].astype("int64")
    results["label_correct"] = results["label_correct"].astype("boolean")
    results["time_error_hours"] = results["time_error_hours"].astype("float64")
    order = results["event_time_utc"].fillna(results["mark_time_utc"])
    results = results.assign(_order=order).sort_values(["trainee", "_order"], kind="stable")
    return results.drop(columns="_order").reset_index(drop=True)


def summarise(results: pd.DataFrame) -> pd.DataFrame:
    """Return one row per trainee: ``found``, ``missed``, ``false_marks``, ``correct_labels``.

    ``correct_labels`` counts found events whose label matched the answer key; ``events`` is
    the number of scored events (found + missed).
    """
    outcome = results["outcome"]
    counts = pd.DataFrame(
        {
            "trainee": results["trainee"],
            "found": outcome.eq("found"),
            "missed": outcome.eq("missed"),
            "false_marks": outcome.eq("false mark"),
            "correct_labels": outcome.eq("found") & results["label_correct"].fillna(False),
        }
    )
    summary = counts.groupby("trainee", sort=True).sum().astype("int64").reset_index()
    summary["events"] = summary["found"] + summary["missed"]
    return summary


def results_csv(results: pd.DataFrame) -> str:
    """Return the results as CSV text (``RESULT_COLUMNS``; times ISO 8601 UTC to the second)."""
    table = results[list(RESULT_COLUMNS)].copy()
    for column in ("event_time_utc", "mark_time_utc"):
        table[column] = table[column].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    return table.to_csv(index=False, lineterminator="\n", float_format="%.3f")
