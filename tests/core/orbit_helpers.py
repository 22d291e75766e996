"""Literal element sets and real-TLE helpers for the orbit-layer tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from skyfield.api import EarthSatellite

from ssaviewer.core.dataset import merge_elements
from ssaviewer.core.orbits.frames import timescale
from ssaviewer.core.schema import BASE_COLUMNS, with_optional_columns

DEFAULTS: dict[str, Any] = {
    "norad_id": 90001,
    "object_name": "TEST",
    "object_id": "",
    "epoch_utc": "2025-01-01T00:00:00Z",
    "mean_motion_rev_per_day": 15.0,
    "eccentricity": 0.0005,
    "inclination_deg": 51.6,
    "ra_of_asc_node_deg": 0.0,
    "arg_of_pericenter_deg": 0.0,
    "mean_anomaly_deg": 0.0,
    "bstar": 0.0,
    "mean_motion_dot": 0.0,
    "mean_motion_ddot": 0.0,
    "ephemeris_type": 0,
    "element_set_no": 999,
    "rev_at_epoch": 1,
    "classification": "U",
    "source": "literal",
    "format": "tle",
    "record": "literal",
}


def make_elements(*rows: dict[str, Any]) -> pd.DataFrame:
    """An element table (``ELEMENT_COLUMNS``, derived columns included) from literal rows."""
    records = [{**DEFAULTS, **row} for row in rows]
    for k, record in enumerate(records):
        record["record"] = f"literal:{k + 1}"
    frame = pd.DataFrame(records)
    frame["epoch_utc"] = pd.to_datetime(frame["epoch_utc"], utc=True)
    return merge_elements([with_optional_columns(frame).astype(BASE_COLUMNS)])


def tle_lines(data_dir: Path, record: str) -> tuple[str, str]:
    """The two TLE lines of a ``file:line`` record in ``data_dir``."""
    name, line = record.rsplit(":", 1)
    lines = (data_dir / name).read_text().splitlines()
    k = int(line) - 1
    return lines[k], lines[k + 1]


def earth_satellite(data_dir: Path, record: str) -> EarthSatellite:
    """skyfield's satellite for the element set of ``record``."""
    line1, line2 = tle_lines(data_dir, record)
    return EarthSatellite(line1, line2, ts=timescale())


def brute_force_minima(distance_km: np.ndarray, threshold_km: float) -> list[tuple[float, float]]:
    """Local minima of a 1-second distance series: (time s, miss km), parabola-refined."""
    d2 = distance_km**2
    k = np.flatnonzero((d2[1:-1] <= d2[:-2]) & (d2[1:-1] < d2[2:])) + 1
    curvature = d2[k - 1] - 2 * d2[k] + d2[k + 1]
    offset = 0.5 * (d2[k - 1] - d2[k + 1]) / curvature
    d2_min = d2[k] - 0.25 * (d2[k - 1] - d2[k + 1]) * offset
    miss = np.sqrt(np.maximum(d2_min, 0.0))
    keep = miss <= threshold_km
    return list(zip((k + offset)[keep].tolist(), miss[keep].tolist(), strict=True))
