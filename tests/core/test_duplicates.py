"""collapse_duplicates: the same copies and notes as pandas' ``duplicated`` and a join per group.

The reference below is the implementation it replaced (a ``DataFrame.duplicated`` over the
identity columns and a Python ``"; ".join`` per group); random tables with repeated objects,
epochs and values (NaN, -0.0 and 0.0 among them) must give the same rows and notes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from ssaviewer.core.duplicates import IDENTITY, _sparse_strings, collapse_duplicates


def _reference(table: pd.DataFrame) -> tuple[list[int], list[object]]:
    """Kept positions and notes, as ``merge_elements`` found them before (sorted input)."""
    keys = ["norad_id", "epoch_ns", *IDENTITY]
    dup = table.duplicated(keys, keep="first").to_numpy()
    group = table.groupby(keys, sort=False, dropna=False).ngroup().to_numpy()
    first = pd.Series(np.flatnonzero(~dup), index=group[~dup])
    notes: list[object] = [None] * len(table)
    if dup.any():
        keeper = first.loc[group[dup]].to_numpy()
        joined = pd.Series(table["record"].to_numpy()[dup]).groupby(keeper).agg("; ".join)
        for position, text in zip(joined.index.tolist(), joined.tolist(), strict=True):
            notes[position] = text
    kept = np.flatnonzero(~dup)
    return kept.tolist(), [notes[k] for k in kept]


#: Few values per column, so that copies are common: zeros of both signs and NaN in two
#: columns, two values in a third, one in the others.
_VALUES = (
    st.sampled_from([0.0, -0.0, np.nan]),
    st.sampled_from([0.0, -0.0, np.nan]),
    st.sampled_from([1.5, 2.25]),
    *[st.just(3.0)] * (len(IDENTITY) - 3),
)


@st.composite
def _tables(draw: st.DrawFn) -> pd.DataFrame:
    n = draw(st.integers(1, 40))
    norad = sorted(draw(st.lists(st.integers(1, 3), min_size=n, max_size=n)))
    epoch = draw(st.lists(st.integers(0, 2), min_size=n, max_size=n))
    table = pd.DataFrame({"norad_id": norad, "epoch_ns": epoch}).sort_values(
        ["norad_id", "epoch_ns"], kind="stable", ignore_index=True
    )
    for name, values in zip(IDENTITY, _VALUES, strict=True):
        table[name] = draw(st.lists(values, min_size=n, max_size=n))
    table["record"] = pd.array([f"f.tle:{2 * k + 1}" for k in range(n)], dtype="string")
    return table


@settings(max_examples=300, deadline=None)
@given(_tables(), st.booleans())
def test_same_copies_and_notes_as_pandas(table: pd.DataFrame, shuffled: bool) -> None:
    kept, notes = _reference(table)
    order = None
    elements = table
    if shuffled:  # the rows given out of order, with the order that sorts them
        order = np.random.default_rng(len(table)).permutation(len(table))
        elements = table.iloc[np.argsort(order)].reset_index(drop=True)
    collapsed = collapse_duplicates(
        elements, order, table["norad_id"].to_numpy(), table["epoch_ns"].to_numpy()
    )
    assert collapsed.kept.tolist() == kept
    got = [None if pd.isna(v) else v for v in collapsed.notes]
    assert got == notes


def test_minus_zero_and_nan_are_the_same_value() -> None:
    table = pd.DataFrame({"norad_id": [5, 5, 5], "epoch_ns": [1, 1, 1]})
    for name in IDENTITY:
        table[name] = [0.0, -0.0, 0.0]
    table["bstar"] = [np.nan, np.nan, 1.0]
    table["record"] = pd.array(["a:1", "a:3", "a:5"], dtype="string")
    collapsed = collapse_duplicates(table, None, table["norad_id"].to_numpy(), np.ones(3))
    assert collapsed.kept.tolist() == [0, 2]
    assert collapsed.notes.tolist()[0] == "a:3"
    assert pd.isna(collapsed.notes.tolist()[1])
    assert pa.array(collapsed.notes).type in (pa.string(), pa.large_string())


def test_sparse_strings_put_each_value_at_its_row_and_nulls_elsewhere() -> None:
    values = pa.array(["a.tle:3; b.tle:9", "", "c.tle:1"])
    got = _sparse_strings(7, np.array([1, 2, 5]), values)
    assert got.type == pa.large_string()
    assert got.to_pylist() == [None, "a.tle:3; b.tle:9", "", None, None, "c.tle:1", None]
    sliced = _sparse_strings(4, np.array([0, 3]), pa.array(["x", "yy", "zzz"]).slice(1))
    assert sliced.to_pylist() == ["yy", None, None, "zzz"]
