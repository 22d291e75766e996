"""Exporting events from the viewer: the same writer as ``ssaviewer detect`` uses."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ssaviewer.core.export.events_csv import write_events_csv as _write_events_csv
from ssaviewer.core.export.selection import flagged
from ssaviewer.core.report import write_report

__all__ = ["flagged", "write_events_csv", "write_report"]


def write_events_csv(events: pd.DataFrame, path: str | Path) -> int:
    """Write ``events`` (already chosen: all, flagged or filtered) to CSV; return the row count.

    The file is the core export format: atomic, UTF-8 with a byte-order mark (spreadsheets
    then show Δ × ° right), spreadsheet-safe, read back by
    :func:`ssaviewer.core.export.events_csv.read_events_csv`.
    """
    return _write_events_csv(events, path, bom=True)
