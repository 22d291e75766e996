"""take_columns: the same table as DataFrame.take, column by column, the source emptied."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.dataset import merge_elements, merge_into
from ssaviewer.core.element_take import take_columns
from ssaviewer.core.formats.tle import parse_tle
from tests.core.tle_text import ISS, tle_file


def _table(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(3)
    return pd.DataFrame(
        {
            "norad_id": rng.integers(1, 99999, n),
            "bstar": rng.normal(size=n),
            "flag": rng.random(n) < 0.5,
            "small": rng.integers(0, 9, n).astype(np.int8),
            "name": pd.Categorical(rng.choice(["A", "B", "C"], n), categories=["C", "A", "B"]),
            "record": pd.array([f"f.tle:{k}" for k in range(n)], dtype="string[pyarrow]"),
            "epoch_utc": pd.date_range("2020-01-01", periods=n, freq="min", tz="UTC"),
        }
    )


@pytest.mark.parametrize(("n", "workers"), [(50, 1), (70_000, 2)])
def test_take_columns_equals_frame_take(n: int, workers: int) -> None:
    table = _table(n)
    rows = np.random.default_rng(5).permutation(n)[: n - 7]
    expected = table.take(rows).reset_index(drop=True)
    columns = {name: table[name] for name in table.columns}
    got = take_columns(columns, rows, workers=workers)
    assert columns == {}  # each column left the dict when taken
    pd.testing.assert_frame_equal(got, expected)
    assert [str(t) for t in got.dtypes] == [str(t) for t in expected.dtypes]
    assert isinstance(got.index, pd.RangeIndex)


def test_merge_elements_keeps_the_callers_list_and_merge_into_empties_it() -> None:
    sets = [("", replace(ISS, day=day)) for day in (3, 1, 2)]
    frame, _ = parse_tle(tle_file(sets), "a.tle")
    frames = [frame]
    merged = merge_elements(frames)
    assert frames == [frame]
    again = merge_into(frames)
    assert frames == []
    pd.testing.assert_frame_equal(merged, again)
    assert merged["epoch_utc"].is_monotonic_increasing  # sorted: the take path ran
