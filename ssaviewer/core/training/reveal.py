"""Presentation helpers: the quiz key as an event table, revealed step by step in time.

The viewer's panels draw events from a table with ``schema.EVENT_COLUMNS``; presentation mode
shows only the answer-key events the time cursor has passed (:func:`revealed_events`), the
narration note of the latest one (:func:`current_note`) and jumps between anomalies
(:func:`step_anomaly`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ssaviewer.core.schema import EVENT_COLUMNS
from ssaviewer.core.table_order import epoch_ns

#: ``source`` of the events made from an answer key.
KEY_SOURCE = "answer key"


def key_events(key: pd.DataFrame) -> pd.DataFrame:
    """Return the quiz key (``quiz.KEY_COLUMNS``) as an event table (``EVENT_COLUMNS``).

    ``event_id`` is ``"K<n>"``, ``label`` the expected label, ``reasons`` the simulator's
    behaviour and ``explanation`` the narration note (the behaviour when there is none).
    """
    n = len(key)
    narration = key["narration"].astype(str)
    behaviour = key["behaviour"].astype(str)
    table = pd.DataFrame(
        {
            "event_id": ["K" + str(i) for i in key["event_id"].tolist()],
            "norad_id": key["norad_id"].astype("int64").to_numpy(),
            "object_name": key["object_name"].astype(str).to_numpy(),
            "event_type": key["event_type"].astype(str).to_numpy(),
            "label": key["expected_label"].astype(str).to_numpy(),
            "reasons": behaviour.to_numpy(),
            "explanation": narration.where(narration != "", behaviour).to_numpy(),
            "epoch_utc": key["time_utc"].to_numpy(),
            "window_start_utc": key["time_utc"].to_numpy(),
            "window_end_utc": key["time_utc"].to_numpy(),
            "direction": [""] * n,
            "delta_a_km": np.full(n, np.nan),
            "delta_i_deg": np.full(n, np.nan),
            "delta_e": np.full(n, np.nan),
            "delta_v_mps": np.full(n, np.nan),
            "confidence": np.full(n, np.nan),
            "rules": [""] * n,
            "detector_version": [""] * n,
            "source": [KEY_SOURCE] * n,
        }
    )
    return table[list(EVENT_COLUMNS)]


def revealed_events(key: pd.DataFrame, time_utc: pd.Timestamp) -> pd.DataFrame:
    """Return :func:`key_events` of the events at or before ``time_utc``."""
    return key_events(key.loc[epoch_ns(key["time_utc"]) <= time_utc.value])


def current_note(key: pd.DataFrame, time_utc: pd.Timestamp) -> int | None:
    """Return the row of the latest narrated event at or before ``time_utc`` (None if none)."""
    reached = (epoch_ns(key["time_utc"]) <= time_utc.value) & (key["narration"] != "").to_numpy()
    rows = np.flatnonzero(reached)
    return int(rows[-1]) if len(rows) else None


def step_anomaly(key: pd.DataFrame, time_utc: pd.Timestamp, direction: int) -> int | None:
    """Return the row of the next (+1) or previous (-1) irregular event, strictly, or None."""
    times = epoch_ns(key["time_utc"])
    irregular = (key["expected_label"] == "irregular").to_numpy()
    if direction > 0:
        rows = np.flatnonzero(irregular & (times > time_utc.value))
        return int(rows[0]) if len(rows) else None
    rows = np.flatnonzero(irregular & (times < time_utc.value))
    return int(rows[-1]) if len(rows) else None
