"""Fast text columns for the event table: pandas ``string`` arrays built through pyarrow.

``pd.array(values, dtype="string")`` validates every Python object on its own; building the
Arrow array first and wrapping it gives the same array many times faster. Values that are not
text (numbers in an object column) fall back to pandas' own conversion, so the result is always
what ``astype("string")`` gives.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

#: The dtype every text column of the event table has.
STRING = pd.StringDtype()
#: The dtype pandas gives text it infers (``str`` in pandas 3).
INFERRED_TEXT = pd.Series(["text"]).dtype


def string_array(values: Any) -> pd.api.extensions.ExtensionArray:
    """Return ``values`` (array-like of text, missing values allowed) as a ``string`` array."""
    if isinstance(values, pd.Series):
        values = values.array
    if isinstance(values, pd.api.extensions.ExtensionArray) and values.dtype == STRING:
        return values
    if isinstance(values, pd.arrays.ArrowStringArray):
        # Other text dtypes backed by Arrow (pandas' str): the same Arrow data, NA semantics.
        return pd.arrays.ArrowStringArray(pa.array(values).cast(pa.large_string()))
    array = np.asarray(values)
    if array.dtype.kind in "OU":
        try:
            arrow = pa.array(array, type=pa.large_string(), from_pandas=True)
        except (pa.ArrowException, TypeError):
            pass
        else:
            return pd.arrays.ArrowStringArray(arrow)
    converted: pd.api.extensions.ExtensionArray = pd.array(values, dtype=STRING)
    return converted


def text_or_same(values: Any) -> Any:
    """Return numpy text as the array pandas would infer for it, built through Arrow.

    A DataFrame built from an object array of ``str`` gives it pandas' inferred text dtype
    (``str``), converting one value at a time; this gives the same array from Arrow. Anything
    else (numbers, times, pandas arrays, all-missing columns) comes back unchanged.
    """
    if not isinstance(values, np.ndarray) or values.dtype.kind not in "OU" or len(values) == 0:
        return values
    try:
        arrow = pa.array(values, type=pa.large_string(), from_pandas=True)
    except (pa.ArrowException, TypeError):
        return values
    if arrow.null_count == len(arrow):
        return values
    return pd.array(arrow, dtype=INFERRED_TEXT)


def filled_strings(values: Any) -> pd.api.extensions.ExtensionArray:
    """Return ``values`` as a ``string`` array with missing values replaced by ""."""
    array = string_array(values)
    if array.isna().any():
        return array.fillna("")
    return array


def strings_from_codes(labels: list[str], codes: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """Return the ``string`` array ``labels[codes]``, built in Arrow without Python objects."""
    table = pa.array(labels, type=pa.large_string())
    return pd.arrays.ArrowStringArray(table.take(pa.array(np.asarray(codes, dtype=np.int64))))
