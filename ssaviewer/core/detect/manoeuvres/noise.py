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
from statistics import NormalDist

import numpy as np

# Layout, block_median and median_of_three are re-exported: the step statistics' building blocks.
from ssaviewer.core.detect.manoeuvres.medians import (
    Blocks,
    Edges,
    Layout,
    Padded,
    block_median,
    median_of_three,
    medians_of_three,
    rolling_median,
)

#: 1 / Φ⁻¹(3/4): turns a median absolute deviation into a Gaussian-equivalent sigma.
MAD_TO_SIGMA = 1.4826


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


def tail_factor(z_jump: np.ndarray, first: np.ndarray, quantile: float) -> np.ndarray:
    """Return, per row, how much heavier than Gaussian its object's single-gap jumps are.

    ``z_jump`` is each gap's detrended jump in noise sigmas (NaN where there is no gap);
    ``first`` marks each object's first row. For each object the ``quantile`` (0-1) of
    ``|z_jump|`` is divided by a Gaussian's (``Φ⁻¹((1 + quantile) / 2)``, 1.645 at 0.9); the
    factor is that ratio, at least 1. Burns are a few percent of an object's gaps, so a
    quantile of 0.9 describes its fit noise, not its manoeuvres. Objects with fewer than
    ``MIN_TAIL_GAPS`` finite jumps, and ``quantile`` 0, get 1.
    """
    n = len(z_jump)
    if n == 0 or quantile <= 0:
        return np.ones(n)
    group = np.cumsum(first) - 1
    values = np.abs(z_jump)
    ok = np.isfinite(values)
    g, v = group[ok], values[ok]
    if len(v) == 0:
        return np.ones(n)
    # One float key sorts by object, then by |z| within it (log-compressed into [0, 1) so that
    # a huge jump does not coarsen the rest): 15 times faster than a two-key lexsort. Values
    # are read back exactly; near-equal ones (within ~1e-12 relative) may swap places.
    compressed = np.log1p(v)
    top = float(compressed.max())
    key = g + compressed / (top * (1.0 + 1e-9) + 1e-300)
    order = np.argsort(key)
    g, v = g[order], v[order]
    n_groups = int(group[-1]) + 1
    counts = np.bincount(g, minlength=n_groups)
    starts = np.r_[0, np.cumsum(counts)[:-1]]
    pick = starts + np.floor(quantile * np.maximum(counts - 1, 0)).astype(np.int64)
    factor = np.ones(n_groups)
    enough = counts >= MIN_TAIL_GAPS
    gaussian = NormalDist().inv_cdf(0.5 + 0.5 * quantile)
    factor[enough] = np.maximum(v[pick[enough]] / gaussian, 1.0)
    return np.asarray(factor[group])


#: Fewest finite single-gap jumps an object needs for :func:`tail_factor` to measure it.
MIN_TAIL_GAPS = 30


__all__ = [
    "MAD_TO_SIGMA",
    "MIN_TAIL_GAPS",
    "Blocks",
    "Edges",
    "Gaps",
    "Layout",
    "Residuals",
    "StepStats",
    "block_median",
    "median_of_three",
    "residuals",
    "step_stats",
    "steps",
    "tail_factor",
]
