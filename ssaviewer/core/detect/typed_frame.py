"""A table from columns already computed, each given its dtype once: no ``DataFrame.astype``.

``pd.DataFrame(columns).astype(dtypes)`` checks and copies every column and converts text one
Python object at a time; on the small tables of one object's history that fixed cost is most
of the time spent. :func:`typed_frame` converts only the columns whose dtype differs, and
builds text through Arrow (the same values and dtype as ``astype("str")``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
from pandas.api.types import pandas_dtype

#: The dtype ``astype("str")`` gives (pandas' own text dtype).
TEXT = pandas_dtype("str")


def typed_frame(columns: Mapping[str, Any], dtypes: Mapping[str, str]) -> pd.DataFrame:
    """Return ``pd.DataFrame(columns).astype(dtypes)[list(dtypes)]``, built column by column.

    ``columns`` holds at least every key of ``dtypes`` (others are dropped), all of one length:
    numpy arrays, pandas arrays, indexes or series.
    """
    data = {name: typed_column(columns[name], dtype) for name, dtype in dtypes.items()}
    length = len(next(iter(data.values()))) if data else 0
    return pd.DataFrame(data, index=pd.RangeIndex(length), copy=False)


def typed_column(values: Any, dtype: str) -> Any:
    """Return ``values`` as ``dtype`` (as ``Series.astype``), unchanged when already so."""
    target = _DTYPES.get(dtype)
    if target is None:  # parsed once per dtype name (a fixed cost of every table built)
        target = _DTYPES[dtype] = pandas_dtype(dtype)
    if isinstance(values, (pd.Series, pd.Index)):
        values = values.array
    if values.dtype == target:
        return values
    if target == TEXT and isinstance(values, np.ndarray) and values.dtype == object:
        try:
            arrow = pa.array(values, type=pa.large_string())
        except (pa.ArrowException, TypeError):
            pass  # not all text (a number, a missing value): pandas' own conversion below
        else:
            return pd.array(arrow, dtype=TEXT)
    return pd.Series(values, copy=False).astype(target).array


#: Dtype names already parsed by :func:`typed_column`.
_DTYPES: dict[str, Any] = {}
