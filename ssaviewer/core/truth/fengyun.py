"""Fengyun station-keeping notices (``manFY*.txt.fy``), times in China Standard Time (UTC+8).

One line per record: type (``GEO-EW-STATION-KEEPING``, ``GEO-NS-STATION-KEEPING`` or
``GEO-ATTITUDE-CONTROL``, which is not an orbit change), COSPAR id, then start and end as
quoted ``"YYYY-MM-DDTHH:MM:SS CST"`` (``/`` is accepted as the date separator too).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ssaviewer.core.truth.table import KNOWN_NORAD_IDS, Record, records_to_truth

#: China Standard Time minus UTC.
CST_OFFSET = pd.Timedelta(hours=8)
KINDS = {
    "GEO-EW-STATION-KEEPING": "in-plane",
    "GEO-NS-STATION-KEEPING": "out-of-plane",
    "GEO-ATTITUDE-CONTROL": "attitude",
}
_LINE = re.compile(r'^\s*(\S+)\s+(\d{4}-\d{3}[A-Z]{1,3})\s+"([^"]+)"\s+"([^"]+)"\s*$')
_TIME = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[T ](\d{1,2}):(\d{2}):(\d{2})\s*CST$")


def _cst_to_utc(text: str) -> pd.Timestamp:
    match = _TIME.match(text.strip())
    if match is None:
        raise ValueError(f"time {text!r} is not 'YYYY-MM-DDTHH:MM:SS CST'")
    year, month, day, hour, minute, second = (int(g) for g in match.groups())
    local = pd.Timestamp(year=year, month=month, day=day, hour=hour, minute=minute, second=second)
    return (local - CST_OFFSET).tz_localize("UTC")


def parse_fengyun(text: str, name: str) -> tuple[pd.DataFrame, list[str]]:
    """Parse a Fengyun notice file; see :mod:`ssaviewer.core.truth` for the result."""
    rows: list[Record] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LINE.match(line)
        try:
            if match is None:
                raise ValueError(f'{line.strip()[:60]!r} is not \'TYPE COSPAR "START" "END"\'')
            kind, cospar, start, end = match.groups()
            if kind not in KINDS:
                raise ValueError(f"type {kind!r} is not one of {', '.join(KINDS)}")
            rows.append(
                (
                    KNOWN_NORAD_IDS.get(cospar, -1),
                    cospar,
                    _cst_to_utc(start),
                    _cst_to_utc(end),
                    float(np.nan),
                    KINDS[kind],
                    f"{name}:{number}",
                )
            )
        except ValueError as exc:
            problems.append(f"{name}:{number}: {exc}")
    return records_to_truth(rows), problems
