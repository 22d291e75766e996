"""The scenario's launch notifications file (``launch_notifications.csv``) from its SPEC.

Each ``[[launch_notice]]`` of a launch inside the scenario becomes one row
(``cospar_launch, notified_utc, state, note``, as
:func:`ssaviewer.core.norms.read_launch_notifications` reads), dated ``days_before`` days
before the launch's first element set. Launches without a notice are left out: with the file
loaded they are ``unannounced``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

import pandas as pd

from ssaviewer.core.simulate.spec import LaunchNotice

#: The file's name in the scenario's folder.
LAUNCH_NOTIFICATIONS_FILE = "launch_notifications.csv"


def launch_first_days(objects: Iterable[tuple[str, float]]) -> dict[str, float]:
    """Launch (``YYYY-NNN``) → the first day (after the start) any of its objects exists.

    ``objects`` are ``(object_id, first_day)`` pairs; launches already in orbit at the start
    (a first day of 0 or less) are left out.
    """
    firsts: dict[str, float] = {}
    for object_id, first_day in objects:
        launch = object_id[:8]
        firsts[launch] = min(firsts.get(launch, first_day), first_day)
    return {launch: day for launch, day in firsts.items() if day > 0}


def format_launch_notifications(
    notices: Iterable[LaunchNotice], first_days: dict[str, float], start_utc: pd.Timestamp
) -> str:
    """Return the CSV text: a header and one row per notice, by launch."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["cospar_launch", "notified_utc", "state", "note"])
    for notice in sorted(notices, key=lambda n: n.launch):
        day = first_days[notice.launch] - notice.days_before
        when = start_utc + pd.to_timedelta(round(day * 86400.0), unit="s")
        writer.writerow([notice.launch, f"{when:%Y-%m-%dT%H:%M:%SZ}", notice.state, notice.note])
    return out.getvalue()
