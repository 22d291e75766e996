"""Robust per-group statistics, vectorised: medians without one's self, MAD spreads.

Groups are integer codes (e.g. one per object and direction); every function returns one
value per input row and uses no Python loop per group.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pandas as pd

from ssaviewer.core.detect.element_table import SORTED_MEDIAN_MAX, run_starts

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

#: MAD × this estimates a normal standard deviation.
MAD_TO_SIGMA = 1.4826


def _sorted_groups(values: FloatArray, groups: IntArray) -> tuple[IntArray, IntArray, IntArray]:
    """Return the order sorting rows by (group, value), each row's group start and size."""
    order = np.lexsort((values, groups)).astype(np.int64)
    g = groups[order]
    boundary = run_starts(g)
    sizes = np.diff(np.r_[boundary, len(g)])
    start = np.repeat(boundary, sizes).astype(np.int64)
    size = np.repeat(sizes, sizes).astype(np.int64)
    return order, start, size


def loo_median(values: FloatArray, groups: IntArray) -> tuple[FloatArray, IntArray]:
    """Median of each row's group *without that row*, and how many rows it was taken over.

    NaN values are not allowed (filter them first). A row alone in its group gets NaN and 0.
    """
    values = np.asarray(values, dtype=np.float64)
    groups = np.asarray(groups, dtype=np.int64)
    n = len(values)
    if n == 0:
        return np.empty(0), np.empty(0, dtype=np.int64)
    order, start, size = _sorted_groups(values, groups)
    v = values[order]
    rank = np.arange(n) - start
    others = size - 1
    lo = np.maximum(others - 1, 0) // 2
    hi = others // 2
    lo = lo + (lo >= rank)
    hi = hi + (hi >= rank)
    last = start + size - 1
    med = 0.5 * (v[np.minimum(start + lo, last)] + v[np.minimum(start + hi, last)])
    med[others == 0] = np.nan
    out = np.empty(n)
    count = np.empty(n, dtype=np.int64)
    out[order] = med
    count[order] = others
    return out, count


def group_median(values: FloatArray, groups: IntArray) -> FloatArray:
    """Median of each row's group (the row included)."""
    values = np.asarray(values, dtype=np.float64)
    groups = np.asarray(groups, dtype=np.int64)
    if len(values) == 0:
        return np.empty(0)
    if len(values) > SORTED_MEDIAN_MAX:
        # pandas' grouped median is compiled and needs no sort of the values.
        grouped: FloatArray = (
            pd.Series(values).groupby(groups, sort=False).transform("median").to_numpy(np.float64)
        )
        return grouped
    # As pandas' grouped median (NaN left out; a group of none is NaN; an even count gives
    # the mean of the middle two, (a + b) / 2), from one sort and no per-call set-up.
    order = np.lexsort((values, groups))  # NaN last in each group
    v = values[order]
    boundary = run_starts(groups[order])
    sizes = np.diff(np.r_[boundary, len(v)])
    finite = np.add.reduceat(~np.isnan(v), boundary)
    upper = v[boundary + finite // 2 - (finite == 0)]
    lower = v[boundary + np.maximum(finite - 1, 0) // 2]
    median = np.where(finite % 2 == 1, upper, (upper + lower) / 2)
    median[finite == 0] = np.nan
    out: FloatArray = np.empty(len(v))
    out[order] = np.repeat(median, sizes)
    return out


def group_mad_sigma(values: FloatArray, groups: IntArray) -> FloatArray:
    """Robust spread of each row's group: 1.4826 × median absolute deviation."""
    deviation = np.abs(values - group_median(values, groups))
    return MAD_TO_SIGMA * group_median(deviation, groups)


class Groups:
    """Rows grouped by an integer key, in any order: per-row group sums, maxima and counts.

    The values of pandas' ``Series(values).groupby(keys)`` ``transform("sum")``,
    ``transform("max")`` (NaN left out), ``cumcount()`` and ``cumsum()`` (rows of a group
    in table order), from one stable sort of the keys and no per-call set-up of pandas.
    """

    def __init__(self, keys: npt.ArrayLike) -> None:
        keys = np.asarray(keys)
        self._order = np.argsort(keys, kind="stable")
        self._starts = run_starts(keys[self._order])
        self._sizes = np.diff(np.r_[self._starts, len(keys)])

    def _per_row(self, per_group: np.ndarray) -> np.ndarray:
        out = np.empty(len(self._order), dtype=per_group.dtype)
        out[self._order] = np.repeat(per_group, self._sizes)
        return out

    def sum(self, values: npt.ArrayLike) -> IntArray:
        """Each row's group total of integer (or boolean) ``values``."""
        counts = np.asarray(values).astype(np.int64)[self._order]
        if len(counts) == 0:
            return np.zeros(0, dtype=np.int64)
        out: IntArray = self._per_row(np.add.reduceat(counts, self._starts))
        return out

    def max(self, values: FloatArray) -> FloatArray:
        """Each row's group maximum of ``values``, NaN left out (NaN when all are)."""
        v = np.asarray(values, dtype=np.float64)[self._order]
        if len(v) == 0:
            return np.zeros(0)
        with np.errstate(invalid="ignore"):
            out: FloatArray = self._per_row(np.fmax.reduceat(v, self._starts))
        return out

    def cumcount(self) -> IntArray:
        """Each row's position among its group's rows (0 for the first, in table order)."""
        position = np.arange(len(self._order), dtype=np.int64)
        position -= np.repeat(self._starts, self._sizes)
        out = np.empty(len(self._order), dtype=np.int64)
        out[self._order] = position
        return out

    def cumsum(self, values: npt.ArrayLike) -> IntArray:
        """Each row's running total of integer ``values`` over its group's rows so far."""
        v = np.asarray(values).astype(np.int64)[self._order]
        total = np.cumsum(v)
        before = np.repeat(total[self._starts] - v[self._starts], self._sizes)
        out = np.empty(len(v), dtype=np.int64)
        out[self._order] = total - before
        return out
