"""The columns every event module returns, before the pipeline adds ids and object names."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from pandas.api.types import pandas_dtype

from ssaviewer.core.detect.events.text_columns import string_array, text_or_same
from ssaviewer.core.schema import EVENT_DTYPES

#: Columns an event module fills (others are added by the pipeline or left empty).
MODULE_COLUMNS: dict[str, str] = {
    "norad_id": "int64",
    "event_type": "string",
    "label": "string",
    "reasons": "string",
    "explanation": "string",
    "epoch_utc": "datetime64[ns, UTC]",
    "window_start_utc": "datetime64[ns, UTC]",
    "window_end_utc": "datetime64[ns, UTC]",
    "rules": "string",
    "regime": "string",
}

#: ``MODULE_COLUMNS`` as pandas dtypes (parsed once).
_PANDAS_DTYPES: dict[str, Any] = {name: pandas_dtype(d) for name, d in MODULE_COLUMNS.items()}


def event_frame(n: int, **columns: Any) -> pd.DataFrame:
    """Build an event table of ``n`` rows: ``MODULE_COLUMNS`` first, extras after.

    Scalars are repeated ``n`` times.
    """
    if n == 0 and not columns:
        return _empty_frame()
    if n == 0:  # no rows: the table depends on the columns' names and dtypes only
        key = tuple((name, getattr(value, "dtype", type(value))) for name, value in columns.items())
        known = _EMPTY_WITH.get(key)
        if known is None:
            known = _EMPTY_WITH[key] = _built(0, columns)
        return known.copy(deep=False)
    return _built(n, columns)


def _built(n: int, columns: dict[str, Any]) -> pd.DataFrame:
    """:func:`event_frame` of ``n`` rows and these columns."""
    data: dict[str, Any] = {}
    for name, value in columns.items():
        values = np.repeat(value, n) if np.isscalar(value) else value
        # Text goes straight to Arrow (pandas would infer and convert it one value at a time).
        if MODULE_COLUMNS.get(name) == "string":
            values = string_array(values)
        elif EVENT_DTYPES.get(name) == "string":
            values = text_or_same(values)
        data[name] = values
    index = pd.RangeIndex(n)
    # Each column given its dtype on its own, and the table built once in its final order
    # (the same columns as building it first and converting them in place).
    ordered: dict[str, Any] = {}
    for name, dtype in MODULE_COLUMNS.items():
        if name in data:
            column = data[name]
            if dtype == "string" or getattr(column, "dtype", None) == _PANDAS_DTYPES[name]:
                ordered[name] = column  # text made above, or already of its dtype
                continue
            column = pd.Series(column, index=index, copy=False)
        else:
            column = pd.Series(pd.NA if dtype == "string" else None, index=index)
        target = _PANDAS_DTYPES[name]
        if column.dtype == target:  # already as wanted (times in UTC, ids as int64)
            ordered[name] = column
        elif dtype.startswith("datetime"):
            ordered[name] = pd.to_datetime(column, utc=True).astype(target)
        elif dtype == "string":
            ordered[name] = string_array(column)
        else:
            ordered[name] = column.astype(target)
    ordered.update((name, values) for name, values in data.items() if name not in MODULE_COLUMNS)
    return pd.DataFrame(ordered, index=index, copy=False)


def _empty_frame() -> pd.DataFrame:
    """Return the event table of no rows and no extras (made once, a copy each time)."""
    if not _EMPTY:
        _EMPTY.append(_built(0, {}))
    return _EMPTY[0].copy(deep=False)


#: The empty event table, made on first use.
_EMPTY: list[pd.DataFrame] = []
#: Empty event tables with extra columns, by the columns' names and dtypes.
_EMPTY_WITH: dict[tuple[tuple[str, Any], ...], pd.DataFrame] = {}
