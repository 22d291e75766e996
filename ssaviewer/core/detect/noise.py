"""Robust trend removal, noise and step statistics on one element per row, many objects at once.

A manoeuvre is a *sustained* step in an element after the expected trend (drag decay of the
semi-major axis, J2 drift of the node, GEO longitude drift) is removed. This module turns a
per-row series ``x`` into per-gap statistics, where gap ``k`` lies between rows ``k`` and
``k + 1`` of the same object:

1. ``rate_k = (x[k+1] − x[k]) / Δt_k``; the *trend* is the median of the rate over a block of
   ``trend_window`` consecutive gaps of the object (robust: a burn is one large rate among
   many ordinary ones).
2. ``resid_k = x[k+1] − x[k] − trend_k Δt_k``: the detrended difference. Its scale, the
   *noise*, is 1.4826 × the median of ``|resid|`` over a block of ``noise_window`` gaps
   (median absolute deviation; TLE differences are heavy-tailed, so standard deviations would
   be ruined by the jumps).
3. ``y`` is ``x`` minus the integrated trend. The *step* at gap ``k`` is the median of ``y``
   over the ``m`` rows after the gap minus the median over the ``m`` rows before it: a single
   bad element set that reverts moves neither median much, a real manoeuvre moves both apart.

Blocks and windows never cross objects. Block medians (blocks start at each object's first
row) and the medians of three rows are computed with sorts and minima/maxima on whole arrays,
so millions of element sets take a fraction of a second.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd

#: 1 / Φ⁻¹(3/4): turns a median absolute deviation into a Gaussian-equivalent sigma.
MAD_TO_SIGMA = 1.4826


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
    flat: np.ndarray
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
        n = int(sizes.sum())
        per_object = -(-sizes // block)  # blocks per object
        n_blocks = int(per_object.sum())
        # Block k of an object starts k * block rows after the object's first row.
        first_block = np.cumsum(per_object) - per_object
        k = np.arange(n_blocks) - np.repeat(first_block, per_object)
        block_start = np.repeat(starts, per_object) + k * block
        block_sizes = np.minimum(block, np.repeat(starts + sizes, per_object) - block_start)
        # Row r of a block starting at row s sits in cell (block number) * block + r - s.
        shift = np.arange(n_blocks) * block - block_start
        flat = np.arange(n) + np.repeat(shift, block_sizes)
        short = np.flatnonzero(block_sizes < block)
        missing = block - block_sizes[short]
        padding = np.repeat(short * block + block_sizes[short], missing) + (
            np.arange(int(missing.sum())) - np.repeat(np.cumsum(missing) - missing, missing)
        )
        return cls(
            block=block, flat=flat, padding=padding, sizes=block_sizes, block_start=block_start
        )

    def medians(self, values: np.ndarray) -> np.ndarray:
        """Median of ``values`` in each block, NaN ignored; a block of NaN gives NaN."""
        n_blocks, block = len(self.sizes), self.block
        flat = np.empty(n_blocks * block)
        flat[self.padding] = np.nan
        flat[self.flat] = values
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


@dataclass(frozen=True)
class StepStats:
    """Per-gap statistics of one element (gap ``k`` between rows ``k`` and ``k + 1``).

    Arrays have one entry per row; the last row of each object has no gap (``valid`` False).
    ``step`` and ``resid`` are in the element's units, ``noise`` too (one-difference sigma),
    ``z = step / noise``, ``z_jump = resid / noise``.
    """

    valid: np.ndarray
    dt_days: np.ndarray
    resid: np.ndarray
    trend_per_day: np.ndarray
    noise: np.ndarray
    step: np.ndarray

    @cached_property
    def z(self) -> np.ndarray:
        """Significance of the step, in noise sigmas."""
        return np.asarray(self.step / self.noise)

    @cached_property
    def z_jump(self) -> np.ndarray:
        """Significance of the single-gap detrended jump, in noise sigmas."""
        return np.asarray(self.resid / self.noise)


def next_in_object(values: np.ndarray, first: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return ``values`` shifted one row up and a mask of rows whose next row is the same object."""
    valid = np.zeros(len(values), dtype=bool)
    valid[:-1] = ~first[1:]
    nxt = np.empty_like(values)
    nxt[:-1] = values[1:]
    if len(values):
        nxt[-1] = values[-1]
    return nxt, valid


@dataclass(frozen=True)
class Gaps:
    """What every series of one table shares: its objects' layout and the gaps between rows.

    ``valid`` marks rows whose next row is the same object; ``dt_days`` is the gap (NaN on
    the last row of an object, at least 1e-6 days elsewhere). Block layouts are made once per
    block size (:meth:`blocks`).
    """

    first: np.ndarray
    valid: np.ndarray
    dt_days: np.ndarray
    _blocks: dict[int, Blocks] = field(default_factory=dict, compare=False, repr=False)
    _residuals: dict[tuple[str, int, int], Residuals] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def of(cls, t_days: np.ndarray, first: np.ndarray) -> Gaps:
        """Return the gaps of rows at ``t_days`` whose objects start where ``first`` is True."""
        t_next, valid = next_in_object(t_days, first)
        dt = np.where(valid, np.maximum(t_next - t_days, 1e-6), np.nan)
        return cls(first=first, valid=valid, dt_days=dt)

    @cached_property
    def edges(self) -> Edges:
        """Rows near an object's ends."""
        return Edges.of_objects(*self._starts)

    @cached_property
    def no_gap(self) -> np.ndarray:
        """Rows with no gap after them (each object's last row)."""
        return np.flatnonzero(~self.valid)

    @cached_property
    def _starts(self) -> tuple[np.ndarray, np.ndarray]:
        first = self.first.copy()
        first[:1] = True
        starts = np.flatnonzero(first)
        return starts, np.diff(np.append(starts, len(first)))

    def spread_starts(self, values: np.ndarray) -> np.ndarray:
        """Return ``values`` at each row's object's first row."""
        starts, sizes = self._starts
        return np.repeat(values[starts], sizes)

    def blocks(self, block: int) -> Blocks:
        """Return (and keep) the layout of blocks of ``block`` rows."""
        if block not in self._blocks:
            self._blocks[block] = Blocks.of_objects(*self._starts, block)
        return self._blocks[block]

    def residuals_of(
        self, name: str, x: np.ndarray, *, trend_window: int, noise_window: int
    ) -> Residuals:
        """:func:`residuals` of series ``x``, kept under ``name`` for the next detector asking."""
        key = (name, trend_window, noise_window)
        if key not in self._residuals:
            self._residuals[key] = residuals(
                x, self, trend_window=trend_window, noise_window=noise_window
            )
        return self._residuals[key]


@dataclass(frozen=True)
class Residuals:
    """Detrended differences of one series and their noise before any floor (steps 1-2).

    ``trend_dt`` is ``trend_per_day × dt_days``; the noise is kept once per noise block
    (``noise_blocks``) until a floor is applied (:meth:`noise`).
    """

    trend_per_day: np.ndarray
    trend_dt: np.ndarray
    resid: np.ndarray
    noise_blocks: Blocks
    noise_raw_per_block: np.ndarray

    @property
    def noise_raw(self) -> np.ndarray:
        """The noise sigma per row before any floor (NaN where unknown)."""
        return self.noise_blocks.spread(self.noise_raw_per_block)

    def noise(self, noise_floor: float) -> np.ndarray:
        """Return the noise sigma per row: ``noise_floor`` where unknown or smaller."""
        return self.noise_blocks.spread(floored(self.noise_raw_per_block, noise_floor))


def residuals(x: np.ndarray, gaps: Gaps, *, trend_window: int, noise_window: int) -> Residuals:
    """Compute steps 1 and 2 of the module docstring: trend, detrended jumps, MAD sigma."""
    diff = np.empty(len(x))
    np.subtract(x[1:], x[:-1], out=diff[:-1])
    diff[gaps.no_gap] = np.nan
    dt = gaps.dt_days
    trend_blocks = gaps.blocks(trend_window)
    trend = trend_blocks.spread(nan_to(trend_blocks.medians(diff / dt), 0.0))
    trend_dt = trend * dt
    resid = diff - trend_dt
    noise_blocks = gaps.blocks(noise_window)
    noise = MAD_TO_SIGMA * noise_blocks.medians(np.abs(resid))
    return Residuals(
        trend_per_day=trend,
        trend_dt=trend_dt,
        resid=resid,
        noise_blocks=noise_blocks,
        noise_raw_per_block=noise,
    )


def floored(noise_raw: np.ndarray, noise_floor: float) -> np.ndarray:
    """Return the noise sigma used: ``noise_floor`` where unknown or smaller."""
    noise = np.fmax(noise_raw, noise_floor)  # NaN gives the floor
    return nan_to(noise, noise_floor)


def nan_to(values: np.ndarray, nan: float) -> np.ndarray:
    """``numpy.nan_to_num(values, nan=nan)``, faster where there is no infinity."""
    out = np.where(np.isnan(values), nan, values)
    if np.isinf(out).any():
        out = np.nan_to_num(out, nan=nan)
    return np.asarray(out)


def step_stats(
    x: np.ndarray,
    t_days: np.ndarray,
    first: np.ndarray,
    *,
    trend_window: int,
    noise_window: int,
    step_rows: int,
    noise_floor: float,
) -> StepStats:
    """Compute :class:`StepStats` for series ``x`` (see the module docstring for the method)."""
    gaps = Gaps.of(t_days, first)
    found = residuals(x, gaps, trend_window=trend_window, noise_window=noise_window)
    return steps(x, gaps, found, step_rows=step_rows, noise_floor=noise_floor)


def steps(
    x: np.ndarray, gaps: Gaps, found: Residuals, *, step_rows: int, noise_floor: float
) -> StepStats:
    """Compute step 3 of the module docstring from the shared gaps and the residuals."""
    valid = gaps.valid
    # y: x minus the integrated trend, restarted per object.
    increments = np.where(valid, found.trend_dt, 0.0)
    integrated = np.empty(len(x))
    integrated[:1] = 0.0
    np.cumsum(increments[:-1], out=integrated[1:])
    y = x - (integrated - gaps.spread_starts(integrated))
    if step_rows == 3:
        before, after = medians_of_three(y, gaps.edges)
    else:
        padded = Padded.build(gaps.first, step_rows + 1)
        before = rolling_median(y, padded, step_rows, center=False)
        after = rolling_median(y, padded, step_rows, center=False, shift=step_rows)
    step = after - before
    step[gaps.no_gap] = np.nan
    return StepStats(
        valid=valid,
        dt_days=gaps.dt_days,
        resid=found.resid,
        trend_per_day=found.trend_per_day,
        noise=found.noise(noise_floor),
        step=step,
    )
