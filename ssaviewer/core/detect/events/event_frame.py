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


def event_frame(n: int, **columns: Any) -> pd.DataFrame:
    """Build an event table of ``n`` rows: ``MODULE_COLUMNS`` first, extras after.

    Scalars are repeated ``n`` times.
    """
    data: dict[str, Any] = {}
    for name, value in columns.items():
        values = np.repeat(value, n) if np.isscalar(value) else value
        # Text goes straight to Arrow (pandas would infer and convert it one value at a time).
        if MODULE_COLUMNS.get(name) == "string":
            values = string_array(values)
        elif EVENT_DTYPES.get(name) == "string":
            values = text_or_same(values)
        data[name] = values
    frame = pd.DataFrame(data, index=pd.RangeIndex(n))
    for name, dtype in MODULE_COLUMNS.items():
        if name not in frame:
            frame[name] = pd.Series(pd.NA if dtype == "string" else None, index=frame.index)
        if dtype.startswith("datetime"):
            frame[name] = pd.to_datetime(frame[name], utc=True).astype(pandas_dtype(dtype))
        elif dtype == "string":
            frame[name] = string_array(frame[name]) if name not in data else frame[name]
        else:
            frame[name] = frame[name].astype(pandas_dtype(dtype))
    extras = [c for c in frame.columns if c not in MODULE_COLUMNS]
    return frame[[*MODULE_COLUMNS, *extras]]
