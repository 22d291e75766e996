"""Data-quality outliers: a single element set that jumps and reverts.

A real manoeuvre is a sustained step; a single bad element set that reverts at the next one is
a data-quality event. Gap ``k`` and gap ``k + 1`` then both show large detrended jumps of
opposite sign that nearly cancel, while the persistent step statistic stays small.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.detect.manoeuvres.features import Features, compute_features, subset
from ssaviewer.core.detect.manoeuvres.noise import Gaps, nan_to
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


@dataclass(frozen=True)
class OutlierRows:
    """Bad element sets found in one table: row positions, field, value and expected value."""

    rows: np.ndarray
    field: np.ndarray
    value: np.ndarray
    expected: np.ndarray

    @classmethod
    def concat(cls, parts: list[OutlierRows]) -> OutlierRows:
        """Return the outliers of ``parts``, in order."""
        if not parts:
            return cls(np.empty(0, np.int64), np.empty(0, dtype=object), np.empty(0), np.empty(0))
        return cls(*(np.concatenate([getattr(p, f) for p in parts]) for f in _ROW_FIELDS))


_ROW_FIELDS = ("rows", "field", "value", "expected")


def detect_outliers(elements: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """Return one row per bad element set and element (``OUTLIER_COLUMNS``)."""
    features = compute_features(elements)
    parts = []
    for regime, in_regime in features.regime_masks():
        sub, rows = subset(features, in_regime)
        parts.append(
            find(sub, rows, rules.section(SECTION, regime), Gaps.of(sub.t_days, sub.first))
        )
    return outlier_table(elements, [OutlierRows.concat(parts)])


def find(sub: Features, rows: np.ndarray, params: OutlierParams, gaps: Gaps) -> OutlierRows:
    """Outliers among one regime's rows ``sub`` (at ``rows`` of the whole table)."""
    parts = []
    for attr, field in _FIELDS:
        x = getattr(sub, attr)
        found = gaps.residuals_of(attr, x, trend_window=15, noise_window=61)
        z_jump = found.resid / found.noise(1e-9)
        if params.min_sigma <= 0:
            z_jump = nan_to(z_jump, 0.0)
        # Only pairs of consecutive large jumps can be a revert; NaN is no jump (0).
        large = np.flatnonzero(np.abs(z_jump) >= params.min_sigma)
        k = large[1:][np.diff(large) == 1]  # the bad row: large jumps into and out of it
        jump_in = nan_to(z_jump[k - 1], 0.0)
        jump_out = nan_to(z_jump[k], 0.0)
        cancel = np.abs(jump_in + jump_out) <= params.max_residual_fraction * np.abs(jump_in)
        k = k[gaps.valid[k] & (np.sign(jump_in) != np.sign(jump_out)) & cancel]
        k = k[~_confirmed_by_next(k, found.resid, gaps.valid)]
        expected = x[k] - found.resid[k - 1]
        parts.append(OutlierRows(rows[k], np.full(len(k), field, dtype=object), x[k], expected))
    return OutlierRows.concat(parts)


def _confirmed_by_next(k: np.ndarray, resid: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """Mask of the bad rows ``k`` (ascending) that the set after them confirms.

    Of two adjacent bad rows ``j`` and ``j + 1`` (each out of family against the other), only
    one is bad: the one the set after the pair, ``j + 2``, disagrees with (detrended). The
    other is kept as good. Without a set after the pair both stay bad.
    """
    confirmed = np.zeros(len(k), dtype=bool)
    if len(k) < 2:
        return confirmed
    pair = np.flatnonzero(np.diff(k) == 1)  # k[pair] and k[pair + 1] are adjacent rows
    j = k[pair]
    has_next = valid[j + 1]  # a set after the pair, same object
    to_second = np.abs(resid[j + 1])  # the next set's detrended distance from row j + 1
    to_first = np.abs(resid[j] + resid[j + 1])  # ... and from row j
    with np.errstate(invalid="ignore"):
        first_good = has_next & (to_first < to_second)
        second_good = has_next & (to_second < to_first)
    confirmed[pair[first_good]] = True
    confirmed[pair[second_good] + 1] = True
    return confirmed


def outlier_table(elements: pd.DataFrame, parts: list[OutlierRows]) -> pd.DataFrame:
    """Build the outlier table (``OUTLIER_COLUMNS``, sorted by object and epoch) from ``parts``.

    ``parts`` hold row positions in ``elements``.
    """
    found = OutlierRows.concat([p for p in parts if len(p.rows)])
    if len(found.rows) == 0:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in OUTLIER_COLUMNS.items()})
    # By object, then epoch (NaT last), stably: as sort_values(kind="stable") would order it.
    norad = elements["norad_id"].to_numpy(dtype=np.int64)[found.rows]
    epoch = elements["epoch_utc"].array[found.rows]
    ns = np.where(epoch.isna(), np.iinfo(np.int64).max, epoch.asi8)
    order = np.lexsort((ns, norad))
    rows = found.rows[order]
    record = (
        elements["record"].iloc[rows].astype(str).to_numpy()
        if "record" in elements
        else np.full(len(rows), "")
    )
    return pd.DataFrame(
        {
            "norad_id": norad[order],
            "epoch_utc": epoch[order],
            "record": record,
            "field": found.field[order],
            "value": found.value[order],
            "expected": found.expected[order],
            "rules": RULE_ID,
        }
    )
