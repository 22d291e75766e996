"""Medians per object, vectorised over many objects: blocks, three-row windows, rolling windows.

Rows of many objects lie in one array, sorted by object; an object's rows are contiguous.
Blocks and windows never cross objects. Block medians sort a (blocks × block) table once; the
medians of three rows are minima and maxima of shifted slices, redone only near an object's
ends; other rolling windows use pandas on a NaN-padded layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Padded:
    """Row positions of many objects inside one NaN-padded array (see module docstring)."""

    positions: np.ndarray
    size: int

    @classmethod
    def build(cls, first: np.ndarray, pad: int) -> Padded:
        """Lay out rows so that ``pad`` NaNs separate consecutive objects."""
        group = np.cumsum(first) - 1
        positions = np.arange(len(first)) + pad * (group + 1)
        size = int(positions[-1]) + pad + 1 if len(first) else pad
        return cls(positions=positions, size=size)

    def spread(self, values: np.ndarray) -> np.ndarray:
        """Return ``values`` placed at their padded positions, NaN elsewhere."""
        out = np.full(self.size, np.nan)
        out[self.positions] = values
        return out


@dataclass(frozen=True)
class Layout:
    """Where each row sits in its object: rows since the object's first, rows until its last."""

    row_in_object: np.ndarray
    rows_left: np.ndarray
    start_row: np.ndarray

    @classmethod
    def of(cls, first: np.ndarray) -> Layout:
        """Return the layout of rows whose objects start where ``first`` is True."""
        n = len(first)
        index = np.arange(n)
        start_row = np.maximum.accumulate(np.where(first, index, 0)) if n else index
        last = np.ones(n, dtype=bool)
        last[:-1] = first[1:]
        end_row = np.minimum.accumulate(np.where(last, index, n - 1)[::-1])[::-1] if n else index
        return cls(row_in_object=index - start_row, rows_left=end_row - index, start_row=start_row)

    @cached_property
    def edges(self) -> Edges:
        """Rows near an object's ends (see :class:`Edges`)."""
        near_start = np.flatnonzero(self.row_in_object < 2)
        near_end = np.flatnonzero(self.rows_left < 3)
        return Edges(
            near_start=near_start,
            since=self.row_in_object[near_start],
            near_end=near_end,
            left=self.rows_left[near_end],
        )


@dataclass(frozen=True)
class Edges:
    """Rows near an object's ends, where ``median_of_three`` has fewer than three rows.

    ``near_start``: rows among the first two of their object, ``since`` rows after its first;
    ``near_end``: rows among its last three, ``left`` rows before its last.
    """

    near_start: np.ndarray
    since: np.ndarray
    near_end: np.ndarray
    left: np.ndarray

    @classmethod
    def of_objects(cls, starts: np.ndarray, sizes: np.ndarray) -> Edges:
        """Edges of objects whose rows start at ``starts`` and number ``sizes``."""
        ends = starts + sizes - 1
        since = np.repeat(np.arange(2)[None, :], len(starts), axis=0)
        head = starts[:, None] + since
        left = np.repeat(np.arange(3)[None, :], len(starts), axis=0)
        tail = ends[:, None] - left
        keep_head = since < sizes[:, None]
        keep_tail = left < sizes[:, None]
        return cls(
            near_start=head[keep_head],
            since=since[keep_head],
            near_end=tail[keep_tail],
            left=left[keep_tail],
        )


@dataclass(frozen=True)
class Blocks:
    """Consecutive blocks of ``block`` rows of one object, laid out as a (blocks x block) table."""

    block: int
    filled: np.ndarray
    padding: np.ndarray
    sizes: np.ndarray
    block_start: np.ndarray

    @classmethod
    def of(cls, layout: Layout, block: int) -> Blocks:
        """Cut the rows of ``layout`` into blocks starting at each object's first row."""
        n = len(layout.row_in_object)
        starts = np.flatnonzero(layout.row_in_object == 0)
        return cls.of_objects(starts, np.diff(np.append(starts, n)), block)

    @classmethod
    def of_objects(cls, starts: np.ndarray, sizes: np.ndarray, block: int) -> Blocks:
        """Blocks of objects whose rows start at ``starts`` (ascending) and number ``sizes``."""
        per_object = -(-sizes // block)  # blocks per object
        n_blocks = int(per_object.sum())
        # Block k of an object starts k * block rows after the object's first row.
        first_block = np.cumsum(per_object) - per_object
        k = np.arange(n_blocks) - np.repeat(first_block, per_object)
        block_start = np.repeat(starts, per_object) + k * block
        block_sizes = np.minimum(block, np.repeat(starts + sizes, per_object) - block_start)
        # The rows fill the table in order, each block from its row's start; the rest is padding.
        short = np.flatnonzero(block_sizes < block)
        missing = block - block_sizes[short]
        padding = np.repeat(short * block + block_sizes[short], missing) + (
            np.arange(int(missing.sum())) - np.repeat(np.cumsum(missing) - missing, missing)
        )
        filled = np.ones(n_blocks * block, dtype=bool)
        filled[padding] = False
        return cls(
            block=block,
            filled=filled,
            padding=padding,
            sizes=block_sizes,
            block_start=block_start,
        )

    def medians(self, values: np.ndarray) -> np.ndarray:
        """Median of ``values`` in each block, NaN ignored; a block of NaN gives NaN."""
        n_blocks, block = len(self.sizes), self.block
        flat = np.empty(n_blocks * block)
        flat[self.padding] = np.nan
        flat[self.filled] = values
        flat.reshape(n_blocks, block).sort(axis=1)  # NaN last, in place
        nan_rows = np.flatnonzero(np.isnan(values))
        nan_blocks = np.searchsorted(self.block_start, nan_rows, side="right") - 1
        valid = self.sizes - np.bincount(nan_blocks, minlength=n_blocks)
        base = np.arange(n_blocks) * block
        low = flat[base + np.maximum((valid - 1) // 2, 0)]
        high = flat[base + np.maximum(valid // 2, 0)]
        return np.asarray(np.where(valid > 0, 0.5 * (low + high), np.nan))

    def median(self, values: np.ndarray) -> np.ndarray:
        """Per-row median of ``values`` over its block (:meth:`medians`, one per row)."""
        if len(values) == 0:
            return np.empty(0)
        return self.spread(self.medians(values))

    def spread(self, per_block: np.ndarray) -> np.ndarray:
        """Return one value per block as one value per row."""
        return np.repeat(per_block, self.sizes)


def block_median(values: np.ndarray, layout: Layout, block: int) -> np.ndarray:
    """Per-row median of ``values`` over consecutive blocks of ``block`` rows of one object.

    Blocks start at each object's first row. NaN values are ignored; a block of NaN gives NaN.
    """
    return Blocks.of(layout, block).median(values)


def median_of_three(values: np.ndarray, layout: Layout, *, after: bool) -> np.ndarray:
    """Median of the row and the two before it (``after=False``) or of the three after it.

    Rows of other objects are left out: the median of two rows is their mean, of one row the
    row itself, of none NaN. The bulk is computed on array slices; only rows near an object's
    ends are redone with the rows that exist.
    """
    n = len(values)
    out = np.full(n, np.nan)
    if after:
        if n > 3:
            out[:-3] = _med3(values[1:-2], values[2:-1], values[3:])
        edge, position = layout.edges.near_end, layout.edges.left
    else:
        if n > 2:
            out[2:] = _med3(values[2:], values[1:-1], values[:-2])
        edge, position = layout.edges.near_start, layout.edges.since
    out[edge] = _edge_median(values, edge, position, after=after)
    return out


def medians_of_three(values: np.ndarray, edges: Edges) -> tuple[np.ndarray, np.ndarray]:
    """``median_of_three`` before and after every row, sharing the bulk computation.

    Inside an object the three rows after row ``k`` are the three rows ending at ``k + 3``.
    """
    n = len(values)
    before = np.full(n, np.nan)
    if n > 2:
        before[2:] = _med3(values[2:], values[1:-1], values[:-2])
    before[edges.near_start] = _edge_median(values, edges.near_start, edges.since, after=False)
    after = np.full(n, np.nan)
    after[:-3] = before[3:]
    after[edges.near_end] = _edge_median(values, edges.near_end, edges.left, after=True)
    return before, after


def few_median(values: np.ndarray) -> float:
    """``float(np.median(values))`` of a few float64 values, without its per-call set-up.

    The same value to the last bit: the middle of the sorted values, or the mean of the two
    middle ones (their sum halved, as ``np.mean`` computes it); NaN when any value is NaN.
    Other dtypes and empty inputs go to ``np.median`` itself.
    """
    n = len(values)
    if n == 0 or values.dtype != np.float64:
        return float(np.median(values))
    ordered = np.sort(values)  # NaN sorts last
    if ordered[-1] != ordered[-1]:
        return float("nan")
    half = n // 2
    if n % 2:
        return float(ordered[half])
    return float((ordered[half - 1] + ordered[half]) / 2.0)


def _med3(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Element-wise median of three arrays."""
    low = np.minimum(a, b)
    high = np.maximum(a, b)
    np.minimum(high, c, out=high)
    return np.asarray(np.maximum(low, high, out=low))


def _edge_median(
    values: np.ndarray, rows: np.ndarray, position: np.ndarray, *, after: bool
) -> np.ndarray:
    """``median_of_three`` for ``rows`` near an object's ends, with the rows that exist.

    ``position`` is each row's distance from its object's last row (``after``) or first row.
    """
    n = len(values)

    def at(shift: int, exists: np.ndarray, fallback: np.ndarray) -> np.ndarray:
        return np.where(exists, values[np.clip(rows + shift, 0, n - 1)], fallback)

    if after:
        left = position
        v1 = at(1, left >= 1, np.full(len(rows), np.nan))
        v2 = at(2, left >= 2, v1)
        v3 = at(3, left >= 3, 0.5 * (v1 + v2))
    else:
        since = position
        v1 = values[rows]
        v2 = at(-1, since >= 1, v1)
        v3 = at(-2, since >= 2, 0.5 * (v1 + v2))
    return _med3(v1, v2, v3)


def rolling_median(
    values: np.ndarray, padded: Padded, window: int, *, center: bool = True, shift: int = 0
) -> np.ndarray:
    """Per-object rolling median of ``values`` (NaN ignored); ``shift`` reads ``shift`` rows later.

    With ``center=False`` the window ends at the row (the row and the ``window − 1`` before);
    ``shift=window`` then gives the median of the ``window`` rows *after* each row.
    """
    series = pd.Series(padded.spread(values))
    med = series.rolling(window, center=center, min_periods=1).median().to_numpy()
    return np.asarray(med[padded.positions + shift])
