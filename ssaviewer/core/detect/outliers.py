"""Data-quality outliers: a single element set that jumps and reverts.

A real manoeuvre is a sustained step; a single bad element set that reverts at the next one is
a data-quality event. Gap ``k`` and gap ``k + 1`` then both show large detrended jumps of
opposite sign that nearly cancel, while the persistent step statistic stays small.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.detect.features import compute_features, subset
from ssaviewer.core.detect.noise import step_stats
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection

NAME = "outlier"
RULE_ID = "outlier.revert"
OUTLIER_COLUMNS: dict[str, str] = {
    "norad_id": "int64",
    "epoch_utc": "datetime64[ns, UTC]",
    "record": "str",
    "field": "str",
    "value": "float64",
    "expected": "float64",
    "rules": "str",
}


@dataclass(frozen=True)
class OutlierParams:
    """Thresholds of the revert test.

    Attributes
    ----------
    min_sigma
        Both jumps (into and out of the bad set) must exceed this many noise sigmas: 10, so
        that only sets far outside the heavy-tailed TLE noise are called bad.
    max_residual_fraction
        The two jumps must cancel to within this fraction of the first (0.3): the object came
        back to where it was, so nothing persistent happened.
    """

    min_sigma: float = 10.0
    max_residual_fraction: float = 0.3


SECTION = RuleSection(NAME, OutlierParams, {ALL_REGIMES: OutlierParams()}, doc=__doc__ or "")

_FIELDS = (("a_km", "semi_major_axis_km"), ("i_deg", "inclination_deg"))


def detect_outliers(elements: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """Return one row per bad element set and element (``OUTLIER_COLUMNS``)."""
    if len(elements) < 3:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in OUTLIER_COLUMNS.items()})
    features = compute_features(elements)
    frames = []
    for regime, in_regime in features.regime_masks():
        params: OutlierParams = rules.get(NAME, regime)
        sub, rows = subset(features, in_regime)
        for attr, field in _FIELDS:
            x = getattr(sub, attr)
            stats = step_stats(
                x,
                sub.t_days,
                sub.first,
                trend_window=15,
                noise_window=61,
                step_rows=3,
                noise_floor=1e-9,
            )
            jump_in = np.nan_to_num(stats.z_jump[:-1])
            jump_out = np.nan_to_num(stats.z_jump[1:])
            cancel = np.abs(jump_in + jump_out) <= params.max_residual_fraction * np.abs(jump_in)
            bad = (
                stats.valid[1:]
                & (np.abs(jump_in) >= params.min_sigma)
                & (np.abs(jump_out) >= params.min_sigma)
                & (np.sign(jump_in) != np.sign(jump_out))
                & cancel
            )
            k = np.flatnonzero(bad) + 1  # the bad row, in sub
            expected = x[k] - stats.resid[k - 1]
            frames.append(_rows(elements, rows[k], field, x[k], expected))
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in OUTLIER_COLUMNS.items()})
    out = pd.concat(frames, ignore_index=True)
    return out.sort_values(["norad_id", "epoch_utc"], kind="stable", ignore_index=True)


def _rows(
    elements: pd.DataFrame, rows: np.ndarray, field: str, value: np.ndarray, expected: np.ndarray
) -> pd.DataFrame:
    record = (
        elements["record"].astype(str).to_numpy()[rows]
        if "record" in elements
        else np.full(len(rows), "")
    )
    return pd.DataFrame(
        {
            "norad_id": elements["norad_id"].to_numpy(dtype=np.int64)[rows],
            "epoch_utc": elements["epoch_utc"].iloc[rows].to_numpy(),
            "record": record,
            "field": field,
            "value": value,
            "expected": expected,
            "rules": RULE_ID,
        }
    )
