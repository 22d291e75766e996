"""The labels CSV of ``../shared/data/labels`` (times in UTC, one row per operator record).

Required columns: ``norad_id, start_utc, end_utc``; ``dv_total_mps``, ``kind`` and ``source``
are used when present.
"""

from __future__ import annotations

import io

import numpy as np
import pandas as pd

from ssaviewer.core.truth.table import Record, records_to_truth

REQUIRED = ("norad_id", "start_utc", "end_utc")


def parse_labels_csv(text: str, name: str) -> tuple[pd.DataFrame, list[str]]:
    """Parse a labels CSV; see :mod:`ssaviewer.core.truth` for the result."""
    raw = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    missing = [c for c in REQUIRED if c not in raw.columns]
    if missing:
        return records_to_truth([]), [
            f"{name}:1: missing column(s) {', '.join(missing)}; expected {', '.join(REQUIRED)}"
        ]
    rows: list[Record] = []
    problems: list[str] = []
    for k, row in enumerate(raw.to_dict("records")):
        line = k + 2
        try:
            dv = row.get("dv_total_mps", "")
            rows.append(
                (
                    int(row["norad_id"]),
                    "",
                    pd.Timestamp(row["start_utc"]).tz_convert("UTC"),
                    pd.Timestamp(row["end_utc"]).tz_convert("UTC"),
                    float(dv) if dv else float(np.nan),
                    row.get("kind", "") or "unknown",
                    row.get("source", "") or f"{name}:{line}",
                )
            )
        except (ValueError, TypeError) as exc:
            problems.append(f"{name}:{line}: {exc}; expected norad_id and ISO 8601 UTC times")
    return records_to_truth(rows), problems
