"""IDS/DORIS manoeuvre files (``*man.txt``): fixed columns, times in TAI.

One line per manoeuvre record: satellite code, start and end (year, day of year, hour,
minute, TAI), parameter type (005 SPOT: T, R, L; 006 Envisat/CryoSat-2/Sentinel-3: radial,
along-track, cross-track; 007 Jason: Q, S, W), number of burns N, then per burn: median time
(year, day, hour, minute, second), duration (s), Δv (3 components, m/s), acceleration (3) and
delta acceleration (3). Format: ids-doris.org/documents/BC/satellites/man.readme.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ssaviewer.core.truth.table import (
    KNOWN_NORAD_IDS,
    Record,
    kind_from_components,
    records_to_truth,
)

#: TAI − UTC (s) from each date on (IERS Bulletin C).
LEAP_SECONDS: tuple[tuple[str, int], ...] = (
    ("1999-01-01", 32),
    ("2006-01-01", 33),
    ("2009-01-01", 34),
    ("2012-07-01", 35),
    ("2015-07-01", 36),
    ("2017-01-01", 37),
)
#: Which Δv component is radial, along-track and cross-track, per parameter type.
_AXES = {"005": (1, 0, 2), "006": (0, 1, 2), "007": (0, 1, 2)}
_TOKENS_PER_BURN = 15


def tai_to_utc(tai: pd.Timestamp) -> pd.Timestamp:
    """Return the UTC time of a TAI timestamp (naive or UTC-labelled), from 1999 on."""
    offset = 32
    for date, seconds in LEAP_SECONDS:
        if tai.tz_localize(None) >= pd.Timestamp(date) + pd.Timedelta(seconds=seconds):
            offset = seconds
    return (tai.tz_localize(None) - pd.Timedelta(seconds=offset)).tz_localize("UTC")


def _time(tokens: list[str]) -> pd.Timestamp:
    year, doy, hour, minute = (int(t) for t in tokens)
    if not (1 <= doy <= 366 and 0 <= hour < 24 and 0 <= minute < 60):
        raise ValueError(f"time {' '.join(tokens)} is not 'YYYY DDD HH MM'")
    start = pd.Timestamp(year=year, month=1, day=1)
    return start + pd.Timedelta(days=doy - 1, hours=hour, minutes=minute)


def parse_ids(text: str, name: str) -> tuple[pd.DataFrame, list[str]]:
    """Parse an IDS ``*man.txt`` file; see :mod:`ssaviewer.core.truth` for the result."""
    rows: list[Record] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append(_record(line, name, number))
        except (ValueError, IndexError) as exc:
            problems.append(f"{name}:{number}: {exc}; expected an IDS manoeuvre record")
    return records_to_truth(rows), problems


def _record(line: str, name: str, number: int) -> Record:
    tokens = line.split()
    code, ptype, n_burns = tokens[0], tokens[9], int(tokens[10])
    if ptype not in _AXES:
        raise ValueError(f"parameter type {ptype!r} is not 005, 006 or 007")
    burns = tokens[11:]
    if len(burns) < n_burns * _TOKENS_PER_BURN:
        raise ValueError(f"{n_burns} burns announced but only {len(burns)} fields follow")
    dv = np.zeros(3)
    for k in range(n_burns):
        block = burns[k * _TOKENS_PER_BURN : (k + 1) * _TOKENS_PER_BURN]
        dv += np.abs([float(v) for v in block[6:9]])
    radial, along, cross = (dv[i] for i in _AXES[ptype])
    return (
        KNOWN_NORAD_IDS.get(code, -1),
        "",
        tai_to_utc(_time(tokens[1:5])),
        tai_to_utc(_time(tokens[5:9])),
        float(np.sqrt(radial**2 + along**2 + cross**2)),
        kind_from_components(radial, along, cross),
        f"{name}:{number}",
    )
