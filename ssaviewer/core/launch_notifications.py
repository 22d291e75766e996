"""Launch notifications files: reading them, without the detectors (the window reads one at start).

A launch notifications CSV has the columns ``cospar_launch, notified_utc, state, note``: the
launch (``YYYY-NNN``), when it was notified (ISO 8601, UTC), by which state, and a note. The
norm check that uses it is :mod:`ssaviewer.core.norms.launches`; this module imports only
pandas, so reading a file costs no import of the detection package.
"""

from __future__ import annotations

import csv
import io
import re

import pandas as pd

#: The columns of a launch notifications file, in order.
LAUNCH_NOTIFICATION_COLUMNS = ("cospar_launch", "notified_utc", "state", "note")
_LAUNCH = re.compile(r"^(\d{4})-(\d{3})")


class LaunchNotificationError(ValueError):
    """A launch notifications file that cannot be used: names the file, line and value."""


def launch_of(object_id: str) -> str:
    """Return the launch (``YYYY-NNN``) of a COSPAR id, or "" when it is not one."""
    match = _LAUNCH.match(object_id.strip())
    return f"{match.group(1)}-{match.group(2)}" if match else ""


def read_launch_notifications(text: str, source: str) -> pd.DataFrame:
    """Parse a launch notifications CSV (``cospar_launch, notified_utc, state, note``).

    Returns a table with those columns (``notified_utc`` as UTC times, ``cospar_launch`` as
    ``YYYY-NNN``). Raises :class:`LaunchNotificationError` naming ``source``, the line, the
    bad value and what was expected.
    """
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff")))  # an editor's BOM
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in LAUNCH_NOTIFICATION_COLUMNS[:2] if c not in header]
    if missing:
        raise LaunchNotificationError(
            f"{source}: line 1: missing column(s) {', '.join(missing)}; expected a header"
            f" {', '.join(LAUNCH_NOTIFICATION_COLUMNS)}"
        )
    rows = []
    for line, raw in enumerate(reader, start=2):
        record = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        launch = launch_of(record["cospar_launch"])
        if not launch:
            raise LaunchNotificationError(
                f"{source}: line {line}: cospar_launch {record['cospar_launch']!r} is not a"
                " COSPAR launch (expected YYYY-NNN, e.g. 2025-041)"
            )
        notified = pd.to_datetime(record["notified_utc"], utc=True, errors="coerce")
        if pd.isna(notified):
            raise LaunchNotificationError(
                f"{source}: line {line}: notified_utc {record['notified_utc']!r} is not an"
                " ISO 8601 time (expected e.g. 2025-04-20T00:00:00Z)"
            )
        rows.append(
            {
                "cospar_launch": launch,
                "notified_utc": notified,
                "state": record.get("state", ""),
                "note": record.get("note", ""),
            }
        )
    if not rows:
        return pd.DataFrame(
            {
                "cospar_launch": pd.Series(dtype=str),
                "notified_utc": pd.Series(dtype="datetime64[ns, UTC]"),
                "state": pd.Series(dtype=str),
                "note": pd.Series(dtype=str),
            }
        )
    return pd.DataFrame(rows)
