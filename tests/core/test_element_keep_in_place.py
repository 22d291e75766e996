"""Shedding rows in a table's own memory gives the table a take gives."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from ssaviewer.core.element_take import keep_rows_in_place, take_columns
from ssaviewer.core.formats import tle_decode, tle_strings


def _table(n: int) -> dict[str, pd.Series]:
    rng = np.random.default_rng(7)
    epochs = pd.DatetimeIndex(rng.integers(0, 10**18, n).astype("datetime64[ns]"))
    return {
        "x": pd.Series(rng.normal(size=n)),
        "norad": pd.Series(rng.integers(0, 10**6, n)),
        "small": pd.Series(rng.integers(0, 100, n).astype(np.int8)),
        "name": pd.Series(
            pd.Categorical.from_codes(rng.integers(0, 3, n), categories=pd.Index(["a", "b", "c"]))
        ),
        "record": pd.Series([f"f.tle:{k}" for k in range(n)], dtype="string[pyarrow]"),
        "epoch": pd.Series(epochs.tz_localize("UTC")),
    }


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("n", [10, 100_000])
def test_equals_a_take(n: int, workers: int) -> None:
    rng = np.random.default_rng(n)
    kept = np.flatnonzero(rng.random(n) > 0.1)
    expected = take_columns(_table(n), kept)
    columns = _table(n)
    x_memory = columns["x"].to_numpy()
    epoch_memory = columns["epoch"].array.asi8
    got = keep_rows_in_place(columns, kept, workers=workers)
    assert not columns  # emptied
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    # the numeric and the datetime columns are the front of their old memory: no copy made
    assert np.shares_memory(got["x"].to_numpy(), x_memory)
    assert np.shares_memory(got["epoch"].array.asi8, epoch_memory)
    assert str(got["epoch"].dtype) == "datetime64[ns, UTC]"


def test_columns_sharing_memory_are_taken_not_moved_twice() -> None:
    values = np.arange(20.0)
    columns = {"a": pd.Series(values, copy=False), "b": pd.Series(values, copy=False)}
    kept = np.array([1, 2, 5, 19])
    got = keep_rows_in_place(columns, kept)
    assert got["a"].tolist() == [1.0, 2.0, 5.0, 19.0]
    assert got["b"].tolist() == [1.0, 2.0, 5.0, 19.0]


def test_read_only_memory_is_taken() -> None:
    values = np.arange(10.0)
    values.flags.writeable = False
    got = keep_rows_in_place({"a": pd.Series(values, copy=False)}, np.array([0, 3, 9]))
    assert got["a"].tolist() == [0.0, 3.0, 9.0]
    assert values.tolist() == list(np.arange(10.0))  # untouched


def test_datetime_columns_sharing_memory_are_taken_not_moved_twice() -> None:
    instants = pd.date_range("2020-01-01", periods=20, freq="D", tz="UTC")
    columns = {
        "a": pd.Series(instants.array, copy=False),
        "b": pd.Series(instants.array, copy=False),
    }
    assert np.shares_memory(columns["a"].array.asi8, columns["b"].array.asi8)
    kept = np.array([1, 2, 5, 19])
    got = keep_rows_in_place(columns, kept)
    assert got["a"].tolist() == list(instants[kept])
    assert got["b"].tolist() == list(instants[kept])


def _records(n: int) -> pd.Series:
    """The TLE reader's record column: Arrow buffers written by the kernel (or by Arrow)."""
    numbers = np.arange(1, 2 * n, 2, dtype=np.int64)
    return pd.Series(tle_strings.records("f.tle", numbers, tle_decode.compiled_kernel()))


def _data_buffer(column: pd.Series) -> pa.Buffer:
    whole = pa.array(column.array)
    strings = whole.chunks[0] if isinstance(whole, pa.ChunkedArray) else whole
    data: pa.Buffer = strings.buffers()[2]
    return data


def test_strings_shed_in_their_own_buffers_equal_a_take() -> None:
    n = 5_000
    kept = np.flatnonzero(np.random.default_rng(1).random(n) > 0.2)
    expected = _records(n).take(kept).reset_index(drop=True)
    column = _records(n)
    data_before = _data_buffer(column)
    got = keep_rows_in_place({"record": column}, kept)["record"]
    pd.testing.assert_series_equal(got, expected, check_names=False)
    assert got.dtype == expected.dtype
    if tle_decode.compiled_kernel() is not None:  # moved down where they were: no copy
        assert _data_buffer(got).address == data_before.address


def test_string_columns_sharing_buffers_are_taken_not_moved_twice() -> None:
    records = _records(50).array
    columns = {"a": pd.Series(records, copy=False), "b": pd.Series(records, copy=False)}
    kept = np.array([0, 7, 49])
    got = keep_rows_in_place(columns, kept)
    assert got["a"].tolist() == got["b"].tolist() == ["f.tle:1", "f.tle:15", "f.tle:99"]


def test_strings_are_taken_without_the_kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tle_decode, "compiled_kernel", lambda: None)
    kept = np.array([1, 2, 40])
    got = keep_rows_in_place({"record": _records(50)}, kept)["record"]
    assert got.tolist() == ["f.tle:3", "f.tle:5", "f.tle:81"]
