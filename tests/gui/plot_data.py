"""Synthetic element histories and events for the GUI tests (made here, no real data)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ssaviewer.core.dataset import Dataset, LoadReport, summarise_objects
from ssaviewer.core.derive import add_derived_columns
from ssaviewer.core.schema import BASE_COLUMNS, ELEMENT_COLUMNS, with_optional_columns

START = pd.Timestamp("2024-01-01T00:00:00Z")


def history(
    norad_id: int,
    n: int,
    *,
    mean_motion: float = 14.3,
    inclination: float = 98.6,
    step_days: float = 1.0,
    name: str = "",
    start: pd.Timestamp = START,
) -> pd.DataFrame:
    """One object's element sets, ``ELEMENT_COLUMNS``, a slow decay plus a tiny wobble."""
    k = np.arange(n, dtype=np.float64)
    epochs = start + pd.to_timedelta(k * step_days * 86_400e9, unit="ns")
    frame = (
        pd.DataFrame(
            {
                "norad_id": np.full(n, norad_id, dtype=np.int64),
                "object_name": name,
                "object_id": "",
                "epoch_utc": epochs,
                "mean_motion_rev_per_day": mean_motion + 1e-5 * k / max(n, 1) * 100,
                "eccentricity": 0.001 + 1e-4 * np.sin(k / 7.0),
                "inclination_deg": inclination + 0.01 * np.cos(k / 11.0),
                "ra_of_asc_node_deg": np.mod(10.0 + 0.9856 * k * step_days, 360.0),
                "arg_of_pericenter_deg": np.mod(90.0 + 3.0 * k, 360.0),
                "mean_anomaly_deg": np.mod(17.0 * k, 360.0),
                "bstar": 1e-5,
                "mean_motion_dot": 0.0,
                "mean_motion_ddot": 0.0,
                "ephemeris_type": 0,
                "element_set_no": 999,
                "rev_at_epoch": 1000 + k.astype(np.int64),
                "classification": "U",
                "source": "synthetic",
                "format": "tle",
                "record": [f"synthetic:{j + 1}" for j in range(n)] if n < 10_000 else "synthetic",
            }
        )
        .pipe(with_optional_columns)
        .astype(BASE_COLUMNS)
    )
    frame["sgp4_propagatable"] = True
    frame["duplicate_records"] = pd.array([pd.NA] * n, dtype="string")
    frame["epoch_conflict"] = False
    add_derived_columns(frame)
    return frame[list(ELEMENT_COLUMNS)]


def dataset(*histories: pd.DataFrame) -> Dataset:
    """A dataset of the given histories (sorted by object and epoch, as ``load()`` gives)."""
    elements = pd.concat(histories, ignore_index=True).sort_values(
        ["norad_id", "epoch_utc"], kind="stable", ignore_index=True
    )
    elements = elements.astype(ELEMENT_COLUMNS)
    return Dataset(elements, summarise_objects(elements, []), LoadReport())


def events(rows: list[tuple[str, int, str, pd.Timestamp]]) -> pd.DataFrame:
    """Events ``(event_id, norad_id, label, epoch_utc)``."""
    ids, norads, labels, epochs = zip(*rows, strict=True)
    return pd.DataFrame(
        {
            "event_id": list(ids),
            "norad_id": np.asarray(norads, dtype=np.int64),
            "label": list(labels),
            "epoch_utc": pd.DatetimeIndex(list(epochs)),
        }
    )
