"""The truth table's columns and its constructor (see :mod:`ssaviewer.core.truth`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import numpy as np
import pandas as pd

TRUTH_COLUMNS: Final[dict[str, str]] = {
    "norad_id": "int64",
    "object_id": "str",
    "start_utc": "datetime64[ns, UTC]",
    "end_utc": "datetime64[ns, UTC]",
    "dv_total_mps": "float64",
    "kind": "str",
    "source": "str",
}

#: Known satellites: operator codes, COSPAR ids and file prefixes → NORAD catalogue numbers.
KNOWN_NORAD_IDS: Final[dict[str, int]] = {
    "JASO1": 26997,
    "JASO2": 33105,
    "JASO3": 41240,
    "SEN3A": 41335,
    "SEN3B": 43437,
    "CRYO2": 36508,
    "HY-2A": 37781,
    "2012-002A": 38049,  # Fengyun-2F
    "2018-050A": 43491,  # Fengyun-2H
    "2014-090A": 40367,  # Fengyun-2G
    "QZS1": 37158,
    "QZS2": 42738,
    "QZS3": 42917,
    "QZS4": 42965,
}


#: One record: norad_id, object_id, start_utc, end_utc, dv_total_mps, kind, source.
Record = tuple[int, str, pd.Timestamp, pd.Timestamp, float, str, str]


def records_to_truth(records: Sequence[Record]) -> pd.DataFrame:
    """Build a truth table from a sequence of :data:`Record` tuples."""
    if not records:
        return empty_truth()
    columns = list(zip(*records, strict=True))
    return truth_frame(*(list(c) for c in columns))


def empty_truth() -> pd.DataFrame:
    """Return an empty truth table."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in TRUTH_COLUMNS.items()})


def truth_frame(
    norad_id: Sequence[int],
    object_id: Sequence[str],
    start_utc: Sequence[pd.Timestamp],
    end_utc: Sequence[pd.Timestamp],
    dv_total_mps: Sequence[float],
    kind: Sequence[str],
    source: Sequence[str],
) -> pd.DataFrame:
    """Build a truth table (``TRUTH_COLUMNS``) from per-record sequences."""
    if len(start_utc) == 0:
        return empty_truth()
    return pd.DataFrame(
        {
            "norad_id": np.asarray(norad_id, dtype=np.int64),
            "object_id": pd.array(list(object_id), dtype="str"),
            "start_utc": pd.to_datetime(list(start_utc), utc=True).as_unit("ns"),
            "end_utc": pd.to_datetime(list(end_utc), utc=True).as_unit("ns"),
            "dv_total_mps": np.asarray(dv_total_mps, dtype=np.float64),
            "kind": pd.array(list(kind), dtype="str"),
            "source": pd.array(list(source), dtype="str"),
        }
    )


def kind_from_components(radial_mps: float, along_mps: float, cross_mps: float) -> str:
    """Classify a record from its summed |Δv| per axis.

    ``in-plane`` when the cross-track part is under half the in-plane part, ``out-of-plane``
    when the in-plane part is under half the cross-track part, ``mixed`` otherwise and
    ``unknown`` when all are zero.
    """
    in_plane = float(np.hypot(radial_mps, along_mps))
    if in_plane == 0.0 and cross_mps == 0.0:
        return "unknown"
    if cross_mps < 0.5 * in_plane:
        return "in-plane"
    if in_plane < 0.5 * cross_mps:
        return "out-of-plane"
    return "mixed"
