"""Exporting events from the viewer.

The CSV writer belongs in :mod:`ssaviewer.core.export` (being built on the detection branch);
until it is merged, :func:`write_events_csv` falls back to a plain pandas writer.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pandas as pd

from ssaviewer.core.schema import EVENT_COLUMNS


def flagged(events: pd.DataFrame) -> pd.DataFrame:
    """Return only the irregular events."""
    return events.loc[events["label"].astype("string") == "irregular"]


def write_events_csv(events: pd.DataFrame, path: str | Path) -> int:
    """Write ``events`` (already chosen: all, flagged or filtered) to CSV; return the row count.

    Uses ``ssaviewer.core.export.write_events_csv`` when available, so the GUI and the CLI
    write the same file.
    """
    try:
        core_export = importlib.import_module("ssaviewer.core.export")
    except ImportError:
        _write_with_pandas(events, Path(path))
    else:
        core_export.write_events_csv(events, path, flagged_only=False)
    return len(events)


def _write_with_pandas(events: pd.DataFrame, path: Path) -> None:
    # TEMPORARY: replace with ssaviewer.core.export.write_events_csv once the detection
    # branch is merged (it owns the export format).
    ordered = [c for c in EVENT_COLUMNS if c in events] + [
        c for c in events if c not in EVENT_COLUMNS
    ]
    out = events[ordered].copy()
    for column in ("epoch_utc", "window_start_utc", "window_end_utc"):
        if column in out and len(out):
            times = pd.to_datetime(out[column], utc=True)
            out[column] = times.dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    out.to_csv(path, index=False)
