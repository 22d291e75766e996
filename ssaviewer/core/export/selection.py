"""Which events an export writes: one definition for the window, the CLI and the report."""

from __future__ import annotations

import pandas as pd


def flagged(events: pd.DataFrame) -> pd.DataFrame:
    """Return only the events labelled ``irregular`` (what ``--flagged-only`` keeps)."""
    irregular = events["label"].astype("string").fillna("").to_numpy() == "irregular"
    chosen: pd.DataFrame = events.loc[irregular]
    return chosen
