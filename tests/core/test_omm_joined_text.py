"""``omm_table._joined_text`` equals joining the columns through NumPy objects.

Text columns held by pyarrow are joined as pyarrow arrays; the result must be the ``"string"``
array ``pd.array(np.concatenate(objects), dtype="string")`` gives: same dtype, same values,
same missing values, for ``str`` and ``"string"`` columns, empty ones, and object columns.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from ssaviewer.core.formats.omm_table import _joined_text

_VALUES = st.lists(st.one_of(st.text(max_size=5), st.none()), max_size=8)


def _through_objects(columns: list[pd.Series]) -> pd.api.extensions.ExtensionArray:
    parts = [c.to_numpy(dtype=object) for c in columns]
    return pd.array(np.concatenate(parts) if parts else [], dtype="string")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_VALUES, st.sampled_from(["str", "string", "object"])), max_size=5))
def test_joined_text_equals_joining_through_objects(
    spec: list[tuple[list[str | None], str]],
) -> None:
    columns = [pd.Series(values, dtype=dtype) for values, dtype in spec]
    got = _joined_text(columns)
    expected = _through_objects(columns)
    assert got.dtype == expected.dtype
    pd.testing.assert_extension_array_equal(got, expected)
