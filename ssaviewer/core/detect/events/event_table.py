"""The event table: conforming to its schema (``schema.EVENT_DTYPES``), ids, final order.

Event ids
---------
``event_id`` is the first 16 hex digits of SHA-256 over
``norad_id|event_type|window_start_utc|window_end_utc|detector_version|detail`` (times as
ISO 8601 with nanoseconds), where ``detail`` tells apart events that share a window: the reason
code for ``data-quality``, ``norm`` and ``launch`` events, the other object for
``close-approach`` events, "" otherwise.
The same event in the same data therefore gets the same id on every run and machine; a new
detector version gives new ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any, Final

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pandas.api.types import pandas_dtype

from ssaviewer.core.detect.events.iso_text import iso_ns_arrow
from ssaviewer.core.detect.events.text_columns import filled_strings, strings_from_codes
from ssaviewer.core.schema import EVENT_DTYPES, EVENT_TEXT_COLUMNS, empty_events

#: Detector version written into every event; bump when results can change.
DETECTOR_VERSION: Final = "1.0"

#: Text columns of the event table (``schema.EVENT_TEXT_COLUMNS``, kept here for old imports).
TEXT_COLUMNS: Final = EVENT_TEXT_COLUMNS

__all__ = [
    "DETECTOR_VERSION",
    "EVENT_DTYPES",
    "TEXT_COLUMNS",
    "at_least_confident",
    "conform",
    "conform_column",
    "empty_events",
    "event_ids",
    "event_ids_of_columns",
]


def at_least_confident(events: pd.DataFrame, min_confidence: float) -> pd.DataFrame:
    """Return the events whose ``confidence`` is at least ``min_confidence``.

    Events without a confidence (NaN: other event types than detections) are kept; with
    ``min_confidence`` 0 nothing is dropped. ``confidence`` is calibrated on the development
    objects so that detections of confidence ≥ X matched an operator record at least X of
    the time (``benchmarks/bench_accuracy.py`` prints the table).
    """
    if min_confidence <= 0.0:
        return events
    confidence = events["confidence"].to_numpy(dtype=np.float64, na_value=np.nan)
    return events[~(confidence < min_confidence)]


def conform(events: pd.DataFrame) -> pd.DataFrame:
    """Give ``events`` every ``EVENT_DTYPES`` column, in order, with its dtype; text NA → ""."""
    # Every column conformed on its own, the table built once in its final order (the
    # caller's table is never changed).
    columns: dict[str, object] = {}
    for column, dtype in EVENT_DTYPES.items():
        values = events[column] if column in events else _missing(dtype, events.index)
        columns[column] = conform_column(values, dtype)
    columns.update((c, events[c]) for c in events.columns if c not in EVENT_DTYPES)
    return pd.DataFrame(columns, index=events.index)


def _missing(dtype: str, index: pd.Index) -> pd.Series:
    """Return an absent column: "" for text, else missing values, already of its dtype."""
    if dtype == "string":
        return pd.Series(strings_from_codes([""], np.zeros(len(index))), index=index)
    if dtype.startswith("datetime"):
        return pd.Series(pd.NaT, index=index, dtype=dtype)
    return pd.Series(pd.NA if dtype == "Int64" else np.nan, index=index, dtype=dtype)


def conform_column(values: pd.Series, dtype: str) -> pd.Series | pd.api.extensions.ExtensionArray:
    """Return one column of ``conform``: ``values`` as ``dtype``, text NA → ""."""
    if dtype != "string" and values.dtype == _pandas_dtype(dtype):
        return values
    if dtype == "string":
        return filled_strings(values)
    if dtype.startswith("datetime"):
        return pd.to_datetime(values, utc=True).astype(_pandas_dtype(dtype))
    if dtype == "Int64":
        return pd.to_numeric(values).astype("Int64")
    return pd.to_numeric(values).astype(_pandas_dtype(dtype))


def _pandas_dtype(dtype: str) -> Any:
    """``pandas_dtype(dtype)``, parsed once per dtype name."""
    known = _PANDAS_DTYPES.get(dtype)
    if known is None:
        known = _PANDAS_DTYPES[dtype] = pandas_dtype(dtype)
    return known


#: Dtype names already parsed by :func:`_pandas_dtype`.
_PANDAS_DTYPES: dict[str, Any] = {}


def event_ids(events: pd.DataFrame) -> np.ndarray:
    """Return the stable id of every event (see the module docstring)."""
    event_type = events["event_type"].astype(str).to_numpy(dtype=object)
    approach = event_type == "close-approach"
    # The second object's id is read only when a close approach needs it.
    secondary = (
        events["secondary_norad_id"].astype("string").fillna("").to_numpy(dtype=object)
        if approach.any()
        else ""
    )
    detail = np.where(
        np.isin(event_type, _REASON_DETAIL_TYPES),
        events["reasons"].astype(str).to_numpy(dtype=object),
        np.where(approach, secondary, ""),
    )
    # The keys are joined in Arrow; only the hashing runs once per event in Python.
    keys = pc.binary_join_element_wise(
        pa.array(events["norad_id"].to_numpy(dtype=np.int64)).cast(pa.large_string()),
        _text(event_type),
        iso_ns_arrow(events["window_start_utc"]),
        iso_ns_arrow(events["window_end_utc"]),
        _text(events["detector_version"].astype(str).to_numpy(dtype=object)),
        _text(detail),
        pa.scalar("|", type=pa.large_string()),
    )
    return _hashed(keys)


def event_ids_of_columns(columns: Mapping[str, Any]) -> np.ndarray:
    """Return :func:`event_ids` of an event table from its columns, before it is built.

    ``columns`` are the finished table's (``EVENT_DTYPES``): ``event_type``, ``reasons`` and
    ``detector_version`` as ``string`` arrays, ``norad_id`` integers, the windows as times,
    ``secondary_norad_id`` as ``Int64``. The key of each event is joined in Arrow from them
    directly (no Series made for each column). A text column with a missing value (which
    :func:`event_ids` reads as ``"<NA>"``) goes through :func:`event_ids` itself.
    """
    text = {
        name: pa.array(columns[name]).cast(pa.large_string())
        for name in ("event_type", "reasons", "detector_version")
    }
    if any(values.null_count for values in text.values()):
        return event_ids(pd.DataFrame({name: columns[name] for name in _ID_COLUMNS}))
    event_type = text["event_type"]
    approach = pc.equal(event_type, "close-approach")
    empty = pa.scalar("", type=pa.large_string())
    # The second object's id is read only when a close approach needs it.
    secondary: pa.Array | pa.Scalar = empty
    if pc.any(approach).as_py():
        secondary = _text(
            pd.Series(columns["secondary_norad_id"])
            .astype("string")
            .fillna("")
            .to_numpy(dtype=object)
        )
    detail = pc.if_else(
        pc.is_in(event_type, value_set=_REASON_DETAIL),
        text["reasons"],
        pc.if_else(approach, secondary, empty),
    )
    keys = pc.binary_join_element_wise(
        pa.array(np.asarray(columns["norad_id"], dtype=np.int64)).cast(pa.large_string()),
        event_type,
        iso_ns_arrow(pd.Series(columns["window_start_utc"])),
        iso_ns_arrow(pd.Series(columns["window_end_utc"])),
        text["detector_version"],
        detail,
        pa.scalar("|", type=pa.large_string()),
    )
    return _hashed(keys)


#: Event types whose ``detail`` in the id is their reason code.
_REASON_DETAIL_TYPES: Final = ("data-quality", "norm", "launch")
_REASON_DETAIL = pa.array(_REASON_DETAIL_TYPES, type=pa.large_string())
#: The columns an event id is made of.
_ID_COLUMNS = (
    "norad_id",
    "event_type",
    "reasons",
    "window_start_utc",
    "window_end_utc",
    "detector_version",
    "secondary_norad_id",
)


def _hashed(keys: pa.Array) -> np.ndarray:
    """Return the first 16 hex digits of SHA-256 of each key (a repeated id: "-n" added)."""
    sha256 = hashlib.sha256
    raw = keys.cast(pa.large_binary()).to_pylist()
    ids = np.array([sha256(k).hexdigest()[:16] for k in raw], dtype=object)
    # Two events with the same key still get distinct ids, stably: the n-th copy (n > 1) of
    # an id gets "-n".
    if len(set(ids.tolist())) == len(ids):  # no two alike
        return ids
    copy = pd.Series(ids).groupby(ids, sort=False).cumcount().to_numpy() + 1
    for k in np.flatnonzero(copy > 1):
        ids[k] = f"{ids[k]}-{copy[k]}"
    return ids


def _text(values: np.ndarray) -> pa.Array:
    return pa.array(values, type=pa.large_string(), from_pandas=True)
