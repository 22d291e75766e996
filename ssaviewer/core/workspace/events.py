"""The events in a workspace: stored by stable ``event_id``, merged across runs, exported.

Storing a run (:func:`store_run`) never loses the analyst's work: an event found again keeps
its verdict (verdicts are keyed by ``event_id``, which is the same for the same event on
every run); an event the new run no longer finds is kept and marked *orphaned* when it has a
verdict, a note or a tag, and removed otherwise.

The events come back (:func:`events_with_analysis`) as the events table of
``ssaviewer.core.detect`` (every column with its dtype, bit for bit as stored) plus
``analyst_verdict``, ``analyst_note``, ``analyst_updated_utc`` and ``analyst_orphaned``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ssaviewer.core.detect.events.event_table import DETECTOR_VERSION, conform
from ssaviewer.core.export.events_csv import write_events_csv
from ssaviewer.core.schema import EVENT_DTYPES
from ssaviewer.core.workspace.errors import WorkspaceCorrupt
from ssaviewer.core.workspace.store import Workspace, now_utc

#: The columns added to the events table, in order.
ANALYST_COLUMNS = ("analyst_verdict", "analyst_note", "analyst_updated_utc", "analyst_orphaned")


@dataclass(frozen=True)
class RunSummary:
    """What storing a run changed, in events.

    ``added`` (new), ``kept`` (found again), ``orphaned`` (gone but carrying the analyst's
    work), ``removed`` (gone, with no work on them).
    """

    run_id: int
    added: int
    kept: int
    orphaned: int
    removed: int


@dataclass(frozen=True)
class RunRules:
    """The rules a run used: TOML ``text`` (empty: built-in defaults), ``source``, ``digest``."""

    text: str
    source: str
    digest: str


def _records(events: pd.DataFrame) -> list[str]:
    """Return each row as JSON: times as integer nanoseconds, floats exactly, NA as null."""
    names = [str(c) for c in events.columns]
    columns = [_plain_column(events[c]) for c in events.columns]
    encode = json.JSONEncoder(ensure_ascii=False, default=_plain).encode
    return [encode(dict(zip(names, row, strict=True))) for row in zip(*columns, strict=True)]


def _plain_column(series: pd.Series) -> list[Any]:
    """Return a column as Python values (None where missing; times as integer ns)."""
    missing = series.isna().to_numpy()
    if isinstance(series.dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_any_dtype(series):
        # In nanoseconds whatever the column's unit (pandas 3 makes microsecond columns).
        stamps = pd.to_datetime(series, utc=True).astype(pd.DatetimeTZDtype("ns", "UTC"))
        values: list[Any] = stamps.astype("int64").tolist()
    else:
        values = series.astype(object).tolist()
    if missing.any():
        for k in np.flatnonzero(missing):
            values[k] = None
    return values


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"cannot store {type(value).__name__} in an event record")


def _frame(records: list[str], path: str) -> pd.DataFrame:
    """Invert :func:`_records`; a record that is not a JSON object is damage."""
    try:
        rows = [json.loads(r) for r in records]
    except (TypeError, ValueError) as exc:
        raise WorkspaceCorrupt(path, f"an event record cannot be read ({exc})") from exc
    if not all(isinstance(r, dict) for r in rows):
        raise WorkspaceCorrupt(path, "an event record is not a JSON object")
    frame = pd.DataFrame(rows)
    for column, dtype in EVENT_DTYPES.items():
        if dtype.startswith("datetime") and column in frame:
            stamps = pd.to_datetime(pd.to_numeric(frame[column]), unit="ns", utc=True)
            frame[column] = stamps.astype(pd.DatetimeTZDtype("ns", "UTC"))
    return conform(frame) if len(frame.columns) else conform(pd.DataFrame(index=range(0)))


def store_run(workspace: Workspace, events: pd.DataFrame, rules: RunRules) -> RunSummary:
    """Store one detection run's ``events`` and its rules in one transaction; return counts."""
    ids = events["event_id"].astype(str).tolist()
    epochs = pd.to_datetime(events["epoch_utc"], utc=True).dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    rows = zip(
        ids,
        events["norad_id"].astype("int64").tolist(),
        events["event_type"].astype(str).tolist(),
        events["label"].astype(str).tolist(),
        epochs.where(epochs.notna(), None).tolist(),
        _records(events),
        range(len(ids)),
        strict=True,
    )
    with workspace.transaction() as db:
        before = {r[0] for r in db.execute("SELECT event_id FROM events")}
        run_id = db.execute(
            "INSERT INTO runs (rules_text, rules_source, rules_digest, detector_version, "
            "run_utc, n_events) VALUES (?, ?, ?, ?, ?, ?)",
            (rules.text, rules.source, rules.digest, DETECTOR_VERSION, now_utc(), len(ids)),
        ).lastrowid
        db.executemany(
            "INSERT INTO events (event_id, norad_id, event_type, label, epoch_utc, record, "
            "position, orphaned, last_run_id) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?) "
            "ON CONFLICT (event_id) DO "
            "UPDATE SET norad_id = excluded.norad_id, event_type = excluded.event_type, "
            "label = excluded.label, epoch_utc = excluded.epoch_utc, record = excluded.record, "
            "position = excluded.position, orphaned = 0, last_run_id = excluded.last_run_id",
            ((*row, run_id) for row in rows),
        )
        gone = before - set(ids)
        worked = {
            r[0]
            for r in db.execute("SELECT event_id FROM verdicts UNION SELECT event_id FROM tags")
        }
        orphaned = gone & worked
        db.executemany(
            "UPDATE events SET orphaned = 1 WHERE event_id = ?", ((e,) for e in orphaned)
        )
        db.executemany("DELETE FROM events WHERE event_id = ?", ((e,) for e in gone - worked))
    kept = len(before & set(ids))
    return RunSummary(
        int(run_id or 0), len(set(ids)) - kept, kept, len(orphaned), len(gone - worked)
    )


def last_rules(workspace: Workspace) -> RunRules | None:
    """Return the rules of the last run, None before the first."""
    row = workspace.connection.execute(
        "SELECT rules_text, rules_source, rules_digest FROM runs ORDER BY run_id DESC LIMIT 1"
    ).fetchone()
    return RunRules(*row) if row else None


def events_with_analysis(workspace: Workspace, *, include_orphaned: bool = True) -> pd.DataFrame:
    """Return the stored events with the analyst's columns (see the module docstring).

    In the order of the last run; orphaned events (``analyst_orphaned`` True) come after
    the rest unless ``include_orphaned`` is False.
    """
    where = "" if include_orphaned else "WHERE e.orphaned = 0"
    rows = workspace.connection.execute(
        "SELECT e.record, e.orphaned, v.verdict, v.note, v.updated_utc FROM events e "
        f"LEFT JOIN verdicts v USING (event_id) {where} "
        "ORDER BY e.orphaned, e.position, e.event_id"
    ).fetchall()
    frame = _frame([r[0] for r in rows], str(workspace.path))
    frame["analyst_verdict"] = pd.Series([r[2] or "" for r in rows], dtype="string")
    frame["analyst_note"] = pd.Series([r[3] or "" for r in rows], dtype="string")
    updated = pd.to_datetime(pd.Series([r[4] for r in rows], dtype=object), utc=True)
    frame["analyst_updated_utc"] = updated.astype("datetime64[ns, UTC]")
    frame["analyst_orphaned"] = pd.Series([bool(r[1]) for r in rows], dtype=bool)
    return frame


def flagged(events: pd.DataFrame) -> pd.Series:
    """Return which events are flagged once the analyst's verdict is taken into account.

    An event is flagged when the analyst says ``irregular``, or when it is labelled
    ``irregular`` and the analyst has not rejected it or overridden the label to ``regular``.
    """
    verdict = events["analyst_verdict"].astype(str)
    label = events["label"].astype(str)
    overruled = verdict.isin(["rejected", "regular"])
    return (verdict == "irregular") | ((label == "irregular") & ~overruled)


def export_events(
    workspace: Workspace, path: str | os.PathLike[str], *, flagged_only: bool = False
) -> int:
    """Write the events with the analyst's columns to a CSV at ``path``; return the count.

    The file is written by :func:`ssaviewer.core.export.events_csv.write_events_csv`.
    ``flagged_only`` keeps the events :func:`flagged` selects.
    """
    events = events_with_analysis(workspace)
    if flagged_only:
        events = events[flagged(events).to_numpy()]
    return write_events_csv(events, path)
