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


class EventColumns:
    """An event table's columns before the table is built (see :func:`event_columns`).

    ``arrays`` maps each column's name to the array, Series or pandas array that
    :func:`event_frame` gives ``pandas.DataFrame`` (``MODULE_COLUMNS`` first, with their
    dtypes; extras after, as given, text as pandas would infer it), so that
    ``EventColumns.frame()`` is ``event_frame(...)`` and the pipeline's ``finish`` can join
    the columns without building a table only to take it apart again. ``len()`` is the rows.
    """

    __slots__ = ("_frame", "arrays", "n")

    def __init__(self, n: int, arrays: dict[str, Any], frame: pd.DataFrame | None = None) -> None:
        self.n = n
        self.arrays = arrays
        self._frame = frame

    def __len__(self) -> int:
        return self.n

    def frame(self) -> pd.DataFrame:
        """Return the event table (as :func:`event_frame` builds it from the same input)."""
        if self._frame is not None:
            return self._frame.copy(deep=False)
        return pd.DataFrame(self.arrays, index=pd.RangeIndex(self.n), copy=False)


def event_columns(n: int, **columns: Any) -> EventColumns:
    """:func:`event_frame`'s columns, no table built (``.frame()`` builds it).

    For a caller whose table is only joined to others (the pipeline's ``finish``). With no rows
    the table itself is kept (``arrays`` is then empty: nothing is joined from it).
    """
    if n == 0:
        return EventColumns(0, {}, event_frame(0, **columns))
    arrays = _arrays(n, columns)
    if all(_as_in_table(values, n) for values in arrays.values()):
        return EventColumns(n, arrays)
    # A column the table would change (a list, or a Series aligned on another index): the
    # table's own columns.
    frame = pd.DataFrame(arrays, index=pd.RangeIndex(n), copy=False)
    return EventColumns(n, {str(name): frame[name] for name in frame.columns}, frame)


def _as_in_table(values: Any, n: int) -> bool:
    """Tell whether ``values`` joins as the table's column would.

    One-dimensional, ``n`` long, and a Series only on the table's index (the table aligns a
    Series on its index, and would infer the type of a list).
    """
    if isinstance(values, pd.Series):
        return bool(values.index.equals(pd.RangeIndex(n)))
    if isinstance(values, pd.api.extensions.ExtensionArray):
        return len(values) == n
    return isinstance(values, np.ndarray) and values.ndim == 1 and len(values) == n


def _built(n: int, columns: dict[str, Any]) -> pd.DataFrame:
    """:func:`event_frame` of ``n`` rows and these columns."""
    return pd.DataFrame(_arrays(n, columns), index=pd.RangeIndex(n), copy=False)


def _arrays(n: int, columns: dict[str, Any]) -> dict[str, Any]:
    """Return the columns :func:`_built` gives ``pandas.DataFrame``, in their final order."""
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
    return ordered


def _empty_frame() -> pd.DataFrame:
    """Return the event table of no rows and no extras (made once, a copy each time)."""
    if not _EMPTY:
        _EMPTY.append(_built(0, {}))
    return _EMPTY[0].copy(deep=False)


#: The empty event table, made on first use.
_EMPTY: list[pd.DataFrame] = []
#: Empty event tables with extra columns, by the columns' names and dtypes.
_EMPTY_WITH: dict[tuple[tuple[str, Any], ...], pd.DataFrame] = {}
