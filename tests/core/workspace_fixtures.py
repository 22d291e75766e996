"""Small synthetic event tables and workspaces for the workspace tests (no detection run)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pandas as pd

from ssaviewer.core.detect.events.event_table import conform
from ssaviewer.core.workspace import Workspace, create_workspace
from ssaviewer.core.workspace.events import RunRules, store_run

RULES = RunRules("", "built-in defaults", "d0")


def synthetic_events(n: int = 10, first: int = 0) -> pd.DataFrame:
    """Events ``ev0000``, ``ev0001``, … (``first`` to ``first + n - 1``); odd ones irregular."""
    k = np.arange(first, first + n)
    epoch = pd.Timestamp("2025-01-01T00:00:00.123456789Z") + pd.to_timedelta(k, unit="D")
    return conform(
        pd.DataFrame(
            {
                "event_id": [f"ev{i:04d}" for i in k],
                "norad_id": 40000 + k % 3,
                "object_name": ["<img src=x onerror=f()>"] * n,
                "event_type": "manoeuvre",
                "label": np.where(k % 2 == 1, "irregular", "regular"),
                "reasons": "",
                "explanation": "Δa = 1.0 km",
                "epoch_utc": epoch,
                "window_start_utc": epoch - pd.Timedelta(hours=6),
                "window_end_utc": epoch + pd.Timedelta(hours=6),
                "delta_a_km": 0.1 * k + 0.00010000000000331966,
                "delta_v_mps": np.where(k % 4 == 0, np.nan, 1.0 / 3.0),
                "secondary_norad_id": pd.array([None if i % 2 else i for i in k], dtype="Int64"),
            }
        )
    )


def workspace_with_events(path: Path, n: int = 10) -> Workspace:
    """Create a workspace at ``path`` holding ``synthetic_events(n)``; open for writing."""
    workspace = create_workspace(path)
    store_run(workspace, synthetic_events(n), RULES)
    return workspace


def sha256(path: Path) -> str:
    """Return the SHA-256 of the file at ``path``."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
