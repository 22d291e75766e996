"""The vectorised step statistics equal simple per-object reference loops on random input."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.detect.manoeuvres.candidates import first_max_per_run, significant_gaps
from ssaviewer.core.detect.manoeuvres.estimate import row_nanmedian
from ssaviewer.core.detect.manoeuvres.medians import (
    Blocks,
    Edges,
    Layout,
    median_of_three,
    medians_of_three,
)
from ssaviewer.core.detect.manoeuvres.noise import nan_to, step_stats

SEEDS = range(25)


def random_objects(seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Random values (some NaN) of objects of random sizes; returns (values, first)."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 80))
    first = rng.random(n) < 0.15
    first[0] = True
    values = rng.normal(size=n)
    values[rng.random(n) < 0.15] = np.nan
    return values, first


def objects(first: np.ndarray) -> list[tuple[int, int]]:
    """``[start, stop)`` of each object."""
    starts = np.flatnonzero(first)
    return list(zip(starts, [*starts[1:], len(first)], strict=True))


def starts_sizes(first: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    starts = np.flatnonzero(first)
    return starts, np.diff(np.append(starts, len(first)))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("block", [1, 2, 3, 15])
def test_block_median_equals_nanmedian_of_each_block(seed: int, block: int) -> None:
    values, first = random_objects(seed)
    expected = np.full(len(values), np.nan)
    for start, stop in objects(first):
        for lo in range(start, stop, block):
            hi = min(lo + block, stop)
            if np.isfinite(values[lo:hi]).any():
                expected[lo:hi] = np.nanmedian(values[lo:hi])
    got = Blocks.of_objects(*starts_sizes(first), block).median(values)
    np.testing.assert_array_equal(got, expected)
    np.testing.assert_array_equal(Blocks.of(Layout.of(first), block).median(values), expected)


@pytest.mark.parametrize("seed", SEEDS)
def test_edges_from_object_starts_equal_the_layout_s(seed: int) -> None:
    _, first = random_objects(seed)
    fast = Edges.of_objects(*starts_sizes(first))
    slow = Layout.of(first).edges
    assert sorted(zip(fast.near_start, fast.since, strict=True)) == sorted(
        zip(slow.near_start, slow.since, strict=True)
    )
    assert sorted(zip(fast.near_end, fast.left, strict=True)) == sorted(
        zip(slow.near_end, slow.left, strict=True)
    )


@pytest.mark.parametrize("seed", SEEDS)
def test_medians_of_three_before_and_after_equal_a_loop(seed: int) -> None:
    rng = np.random.default_rng(seed)
    _, first = random_objects(seed)
    values = rng.normal(size=len(first))  # the detectors' series have no NaN inside objects
    expected_before = np.full(len(values), np.nan)
    expected_after = np.full(len(values), np.nan)
    for start, stop in objects(first):
        for k in range(start, stop):
            expected_before[k] = np.median(values[max(start, k - 2) : k + 1])
            if k + 1 < stop:
                expected_after[k] = np.median(values[k + 1 : min(stop, k + 4)])
    before, after = medians_of_three(values, Edges.of_objects(*starts_sizes(first)))
    np.testing.assert_allclose(before, expected_before, rtol=0, atol=1e-15)
    np.testing.assert_allclose(after, expected_after, rtol=0, atol=1e-15)
    layout = Layout.of(first)
    np.testing.assert_array_equal(median_of_three(values, layout, after=False), before)
    np.testing.assert_array_equal(median_of_three(values, layout, after=True), after)


@pytest.mark.parametrize("seed", SEEDS)
def test_row_nanmedian_equals_numpy(seed: int) -> None:
    rng = np.random.default_rng(seed)
    table = rng.normal(size=(40, int(rng.integers(1, 7))))
    table[rng.random(table.shape) < 0.3] = np.nan
    table[0] = np.nan
    with pytest.warns(RuntimeWarning, match="All-NaN"):
        expected = np.nanmedian(table, axis=1)
    np.testing.assert_array_equal(row_nanmedian(table), expected)


def test_nan_to_equals_nan_to_num() -> None:
    values = np.array([1.0, np.nan, np.inf, -np.inf, -2.0])
    np.testing.assert_array_equal(nan_to(values, 7.0), np.nan_to_num(values, nan=7.0))
    np.testing.assert_array_equal(nan_to(values[:2], 0.0), [1.0, 0.0])
    # nan_to(x, 0.0) stands for np.nan_to_num(x) in the step search: infinities and dtypes too.
    for kind in (np.float64, np.float32):
        typed = values.astype(kind)
        np.testing.assert_array_equal(nan_to(typed, 0.0), np.nan_to_num(typed))
        assert nan_to(typed, 0.0).dtype == np.nan_to_num(typed).dtype


@pytest.mark.parametrize("seed", SEEDS)
def test_first_max_per_run_equals_pandas_idxmax(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 60))
    score = rng.integers(0, 4, n).astype(float)  # many ties
    starts_run = rng.random(n) < 0.3
    starts_run[0] = True
    run = np.cumsum(starts_run)
    expected = pd.Series(score).groupby(run, sort=True).idxmax().to_numpy()
    np.testing.assert_array_equal(first_max_per_run(score, starts_run), expected)


@pytest.mark.parametrize("seed", SEEDS)
def test_significant_gaps_equal_the_mask(seed: int) -> None:
    _, first = random_objects(seed)
    rng = np.random.default_rng(seed)
    x = np.cumsum(rng.normal(size=len(first)) + np.where(rng.random(len(first)) < 0.1, 5, 0))
    stats = step_stats(
        x,
        np.arange(len(x), dtype=float),
        first,
        trend_window=5,
        noise_window=9,
        step_rows=3,
        noise_floor=0.1,
    )
    mask = (np.abs(stats.z) >= 3.0) & (np.abs(stats.step) >= 1.0) & stats.valid
    mask &= np.isfinite(stats.z)
    np.testing.assert_array_equal(significant_gaps(stats, 3.0, 1.0), np.flatnonzero(mask))
