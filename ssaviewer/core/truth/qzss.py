"""QZSS operational history (``QZS*_ManeuverLabels.txt``): the ``#+SATELLITE/MANEUVER`` section.

Lines between ``#+SATELLITE/MANEUVER`` and ``#-SATELLITE/MANEUVER`` are
``start,end,duration,DVX,DVY,DVZ`` with times ``YYYY-MM-DD HH:MM:SS`` in UTC and Δv in m/s.
Other sections (mass, momentum unloading, attitude modes) are not orbit changes and are skipped.
The satellite is named by the file (``QZS2_...`` → QZS-2).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ssaviewer.core.truth.table import KNOWN_NORAD_IDS, Record, records_to_truth

_BEGIN = "#+SATELLITE/MANEUVER"
_END = "#-SATELLITE/MANEUVER"
_PREFIX = re.compile(r"(QZS\d)", re.IGNORECASE)


def parse_qzss(text: str, name: str, norad_id: int | None = None) -> tuple[pd.DataFrame, list[str]]:
    """Parse a QZSS history; ``norad_id`` defaults to the one the file name implies (else −1)."""
    if norad_id is None:
        match = _PREFIX.search(name)
        norad_id = KNOWN_NORAD_IDS.get(match.group(1).upper(), -1) if match else -1
    rows: list[Record] = []
    problems: list[str] = []
    inside = False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith(_BEGIN):
            inside = True
        elif stripped.startswith(_END):
            inside = False
        elif inside and stripped and not stripped.startswith("#"):
            try:
                rows.append(_record(stripped, norad_id, f"{name}:{number}"))
            except ValueError as exc:
                problems.append(f"{name}:{number}: {exc}")
    return records_to_truth(rows), problems


def _record(line: str, norad_id: int, source: str) -> Record:
    fields = [f.strip() for f in line.split(",")]
    if len(fields) != 6:
        raise ValueError(f"{len(fields)} fields, expected start,end,duration,DVX,DVY,DVZ")
    try:
        start = pd.Timestamp(fields[0], tz="UTC")
        end = pd.Timestamp(fields[1], tz="UTC")
        dv = np.array([float(v) for v in fields[3:6]])
    except ValueError as exc:
        raise ValueError(f"{line[:60]!r}: {exc}") from exc
    return (norad_id, "", start, end, float(np.linalg.norm(dv)), "unknown", source)
