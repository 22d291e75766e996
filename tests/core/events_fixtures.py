"""Literal element histories, manoeuvre tables and datasets for the event tests (no real data)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ssaviewer.core.dataset import Dataset, LoadReport, merge_elements, summarise_objects
from ssaviewer.core.detect.manoeuvres.detector import MANOEUVRE_COLUMNS
from ssaviewer.core.detect.rules import Rules, build_rules
from ssaviewer.core.detect.sections import SECTIONS
from tests.core.detect_fixtures import mean_motion

T0 = pd.Timestamp("2025-01-01T00:00:00Z")


def rules(text: str = "") -> Rules:
    """Every section at its defaults, with ``text`` (TOML) on top."""
    return build_rules(SECTIONS, text or None, "test.toml")


def elements(
    norad_id: int = 1,
    days: int = 100,
    *,
    a_km: float | np.ndarray = 7000.0,
    inclination_deg: float | np.ndarray = 98.0,
    eccentricity: float = 0.001,
    object_id: str = "2020-001A",
    name: str = "SAT",
    start: pd.Timestamp = T0,
    step_days: float = 1.0,
    source: str = "a.tle",
    mean_longitude_deg: np.ndarray | None = None,
) -> pd.DataFrame:
    """One object's base element columns, one set every ``step_days`` from ``start``."""
    epochs = start + pd.to_timedelta(np.arange(days) * step_days, unit="D")
    a = np.broadcast_to(np.asarray(a_km, dtype=float), (days,))
    frame = pd.DataFrame(
        {
            "norad_id": norad_id,
            "object_name": name,
            "object_id": object_id,
            "epoch_utc": epochs,
            "mean_motion_rev_per_day": mean_motion(a),
            "eccentricity": eccentricity,
            "inclination_deg": np.broadcast_to(np.asarray(inclination_deg, float), (days,)),
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
            "source": source,
            "format": "tle",
            "record": [f"{source}:{2 * k + 1}" for k in range(days)],
        }
    )
    if mean_longitude_deg is not None:
        # Put the geographic longitude into the mean anomaly (Ω = ω = 0).
        from ssaviewer.core.detect.manoeuvres.features import gmst_deg

        t_days = epochs.to_numpy(dtype="datetime64[ns]").astype(np.int64) / 86400e9
        frame["mean_anomaly_deg"] = np.mod(mean_longitude_deg + gmst_deg(t_days), 360.0)
    return frame


def dataset(*frames: pd.DataFrame, objects: dict[int, str] | None = None) -> Dataset:
    """A dataset of the element frames; ``objects`` maps NORAD ids to SATCAT object types."""
    table = merge_elements(list(frames))
    summary = summarise_objects(table, [])
    if objects:
        types = summary["norad_id"].map(objects).fillna("").astype(str)
        summary["object_type"] = pd.Categorical(types)
    return Dataset(elements=table, objects=summary, report=LoadReport())


def manoeuvres(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A manoeuvre table (``MANOEUVRE_COLUMNS``): each row needs ``day``; defaults elsewhere.

    ``day`` is the day (from ``T0``) of the element set before; the window is one day.
    """
    defaults: dict[str, Any] = {
        "norad_id": 1,
        "direction": "in-plane",
        "delta_a_km": 0.1,
        "delta_i_deg": 0.0,
        "delta_e": 0.0,
        "delta_raan_deg": 0.0,
        "delta_v_mps": 0.05,
        "delta_v_in_plane_mps": 0.05,
        "delta_v_out_of_plane_mps": 0.0,
        "confidence": 0.9,
        "significance_sigma": 12.0,
        "node": "",
        "geo_longitude_before_deg": np.nan,
        "geo_longitude_after_deg": np.nan,
        "geo_drift_before_deg_per_day": np.nan,
        "geo_drift_after_deg_per_day": np.nan,
        "regime": "LEO",
        "rules": "inplane.step",
        "index_before": 0,
        "index_after": 1,
    }
    table = []
    for row in rows:
        full = {**defaults, **row}
        day = full.pop("day")
        full["window_start_utc"] = T0 + pd.Timedelta(days=day)
        full["window_end_utc"] = T0 + pd.Timedelta(days=day + 1)
        full["epoch_utc"] = T0 + pd.Timedelta(days=day + 0.5)
        table.append(full)
    frame = pd.DataFrame(table, columns=list(MANOEUVRE_COLUMNS))
    return frame.astype(MANOEUVRE_COLUMNS).reset_index(drop=True)


def routine(days: list[int], dv: float = 0.05, **extra: Any) -> list[dict[str, Any]]:
    """Rows of routine burns on ``days``."""
    return [{"day": d, "delta_v_mps": dv, **extra} for d in days]


NO_OUTLIERS = pd.DataFrame(
    {
        "norad_id": pd.Series(dtype="int64"),
        "epoch_utc": pd.Series(dtype="datetime64[ns, UTC]"),
        "record": pd.Series(dtype="string"),
        "field": pd.Series(dtype="string"),
        "value": pd.Series(dtype="float64"),
        "expected": pd.Series(dtype="float64"),
        "rules": pd.Series(dtype="string"),
    }
)
