"""Exporting events from the viewer: the same writer as ``ssaviewer detect`` uses."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ssaviewer.core.export.events_csv import write_events_csv as _write_events_csv


def flagged(events: pd.DataFrame) -> pd.DataFrame:
    """Return only the irregular events."""
    return events.loc[events["label"].astype("string") == "irregular"]


def write_events_csv(events: pd.DataFrame, path: str | Path) -> int:
    """Write ``events`` (already chosen: all, flagged or filtered) to CSV; return the row count.

    The file is the core export format: atomic, UTF-8, spreadsheet-safe, read back exactly by
    :func:`ssaviewer.core.export.events_csv.read_events_csv`.
    """
    return _write_events_csv(events, path)
