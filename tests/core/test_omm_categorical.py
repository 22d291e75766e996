"""``omm_table.categorical`` equals ``Series.astype("category")``: categories, their dtype, codes.

It is the element table's way to make ``object_name``, ``object_id`` and ``classification``
categorical without ``astype``'s per-call checks. Random text (with repeats, empty strings,
missing values, non-ASCII letters, enough distinct values to need 16-bit codes) must give the
categorical ``astype`` gives.
"""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from ssaviewer.core.formats.omm_table import categorical

_WORDS = ["", " ", "ISS (ZARYA)", "1998-067A", "U", "C", "caf\u00e9", "Z", "a", "B"]


def _same(values: pd.Series) -> None:
    expected = values.astype("category")
    got = pd.Series(categorical(values))
    pd.testing.assert_series_equal(got, expected, check_categorical=True)
    assert got.cat.categories.dtype == expected.cat.categories.dtype
    assert got.cat.codes.dtype == expected.cat.codes.dtype
    assert got.cat.codes.tolist() == expected.cat.codes.tolist()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=4), st.none()), max_size=40))
def test_categorical_equals_astype_category(values: list[str | None]) -> None:
    _same(pd.Series(values, dtype="string"))


def test_codes_grow_with_the_number_of_categories() -> None:
    for n in (1, 126, 127, 128, 40_000):
        _same(pd.Series([f"OBJECT {k}" for k in range(n)][::-1], dtype="string"))
