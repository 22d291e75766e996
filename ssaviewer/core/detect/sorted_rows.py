"""Vectorised helpers for tables sorted by object and epoch (the element and manoeuvre tables).

Everything here works on numpy arrays in one pass, with no Python loop per row or per object:
finding rows by (object, epoch) key with a vectorised binary search, per-row rule values from a
categorical's codes, per-object first and last rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from ssaviewer.core.detect.rules import Rules

BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


def object_index(norad: np.ndarray) -> tuple[IntArray, np.ndarray]:
    """Group codes per object in order of first appearance, and each group's object.

    The same as ``pd.factorize(norad)``; contiguous objects (a table sorted by object) take a
    fast path with no hashing.
    """
    first = first_rows(norad)
    objects = norad[first]
    if len(np.unique(objects)) == len(objects):
        groups: IntArray = np.cumsum(first, dtype=np.int64) - 1
        return groups, objects
    codes, uniques = pd.factorize(norad)
    return codes.astype(np.int64), np.asarray(uniques)


def first_rows(norad: np.ndarray) -> BoolArray:
    """Return True at the first row of each object in a table grouped by object."""
    out: BoolArray = np.empty(len(norad), dtype=bool)
    if len(norad):
        out[0] = True
        np.not_equal(norad[1:], norad[:-1], out=out[1:])
    return out


def edge_positions(norad: np.ndarray, last: bool) -> IntArray:
    """Return the positions of each object's first (or last) row, in row order.

    The rows ``groupby("norad_id").head(1)`` (or ``.tail(1)``) selects; a table grouped by
    object takes a fast path with no hashing.
    """
    starts = np.flatnonzero(first_rows(norad))
    if len(np.unique(norad[starts])) == len(starts):
        return np.r_[starts[1:] - 1, len(norad) - 1] if last and len(starts) else starts
    repeated = pd.Series(norad).duplicated(keep="last" if last else "first").to_numpy()
    return np.flatnonzero(~repeated)


def search_rows(
    norad: np.ndarray, epoch: IntArray, key_norad: np.ndarray, key_epoch: IntArray, side: str
) -> IntArray:
    """Return the insertion points of (object, epoch) keys in rows sorted by object, then epoch.

    Like ``np.searchsorted`` on the pairs: with ``side="left"`` the first row not before the
    key, with ``side="right"`` the first row after it. ``norad`` and ``epoch`` must be sorted
    as :func:`~ssaviewer.core.table_order.is_sorted_by_object` checks.
    """
    lo = np.searchsorted(norad, key_norad, side="left").astype(np.int64)
    hi = np.searchsorted(norad, key_norad, side="right").astype(np.int64)
    last = max(len(epoch) - 1, 0)
    # Bisect every key's object segment at once: log2(longest history) rounds.
    while True:
        active = lo < hi
        if not active.any():
            return lo
        mid = (lo + hi) // 2
        at = epoch[np.minimum(mid, last)] if len(epoch) else np.zeros(len(mid), np.int64)
        after = (at < key_epoch) if side == "left" else (at <= key_epoch)
        lo = np.where(active & after, mid + 1, lo)
        hi = np.where(active & ~after, mid, hi)


def mark_ranges(n: int, lo: IntArray, hi: IntArray) -> BoolArray:
    """Return a mask of ``n`` rows, True in every half-open range ``[lo[k], hi[k])``."""
    depth = np.zeros(n + 1, dtype=np.int64)
    keep = hi > lo
    np.add.at(depth, lo[keep], 1)
    np.add.at(depth, hi[keep], -1)
    out: BoolArray = np.cumsum(depth[:n]) > 0
    return out


def category_codes(column: pd.Series) -> tuple[npt.NDArray[np.integer[Any]], list[str]]:
    """Return integer codes and their labels (``str`` of each value) for a column of any dtype."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy()
        labels = [str(c) for c in column.cat.categories]
    else:
        codes, uniques = pd.factorize(column)
        labels = [str(u) for u in uniques]
    if (codes < 0).any():
        # Missing values: a label of their own, as str() of them reads.
        labels.append(str(column[codes < 0].iloc[0]))
        codes = np.where(codes < 0, len(labels) - 1, codes)
    return codes, labels


@dataclass(frozen=True)
class Regimes:
    """A regime column as codes and labels: per-row rule values without per-row text."""

    codes: npt.NDArray[np.integer[Any]]
    labels: list[str]

    @classmethod
    def of(cls, column: pd.Series) -> Regimes:
        """Return the regimes of ``column`` (any dtype; missing values read as ``str()``)."""
        return cls(*category_codes(column))

    def param(self, rules: Rules, section: str, field: str) -> FloatArray:
        """Return ``rules.get(section, regime).<field>`` for every row, as floats."""
        values: FloatArray = rule_values(rules, section, field, self.labels)[self.codes]
        return values

    def isin(self, names: tuple[str, ...]) -> BoolArray:
        """Return whether each row's regime is one of ``names``."""
        out: BoolArray = np.isin(np.array(self.labels, dtype=object), list(names))[self.codes]
        return out


def rule_values(rules: Rules, section: str, field: str, labels: list[str]) -> FloatArray:
    """Return ``rules.get(section, label).<field>`` as floats, one per regime label."""
    return np.array(
        [float(getattr(rules.get(section, label), field)) for label in labels], dtype=np.float64
    )
