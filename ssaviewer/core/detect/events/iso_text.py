"""ISO 8601 text for timestamp columns, built digit by digit in numpy (no per-row Python).

``2024-01-02T03:04:05.123456789Z``: UTC, nanoseconds, always 30 characters (pandas'
nanosecond timestamps span the years 1677-2262, so the year has four digits); NaT gives "".
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from ssaviewer.core.constants import NS_PER_DAY

_WIDTH = 30
#: (first column, number of digits) of every numeric field in the text.
_FIELDS = {
    "year": (0, 4),
    "month": (5, 2),
    "day": (8, 2),
    "hour": (11, 2),
    "minute": (14, 2),
    "second": (17, 2),
    "nanosecond": (20, 9),
}
_TEMPLATE = np.frombuffer(b"0000-00-00T00:00:00.000000000Z", dtype=np.uint8)
#: For each digit of the text: its column, the field it is taken from (by position in
#: ``_FIELDS``) and its place value in that field.
_DIGIT_COLUMN = np.array(
    [start + k for start, digits in _FIELDS.values() for k in range(digits)], dtype=np.intp
)
_DIGIT_FIELD = np.array(
    [f for f, (_, digits) in enumerate(_FIELDS.values()) for _ in range(digits)], dtype=np.intp
)
_DIGIT_PLACE = np.array(
    [10 ** (digits - 1 - k) for _, digits in _FIELDS.values() for k in range(digits)],
    dtype=np.int64,
)


def iso_ns_arrow(column: pd.Series) -> pa.Array:
    """Return the ISO 8601 text of every timestamp of ``column`` as an Arrow string array."""
    stamps = column.to_numpy(dtype="datetime64[ns]")
    missing = np.isnat(stamps)
    valid = stamps[~missing]
    text = np.tile(_TEMPLATE, (len(valid), 1))
    ns = valid.view(np.int64)
    days = ns // NS_PER_DAY
    time_of_day = ns - days * NS_PER_DAY
    date = days.astype("datetime64[D]")
    month_start = date.astype("datetime64[M]")
    fields = {
        "year": date.astype("datetime64[Y]").view(np.int64) + 1970,
        "month": month_start.view(np.int64) % 12 + 1,
        "day": days - month_start.astype("datetime64[D]").view(np.int64) + 1,
        "hour": time_of_day // 3_600_000_000_000,
        "minute": time_of_day // 60_000_000_000 % 60,
        "second": time_of_day // 1_000_000_000 % 60,
        "nanosecond": time_of_day % 1_000_000_000,
    }
    # Every digit at once: field value // 10**place % 10 (all fields are non-negative).
    values = np.stack([fields[name] for name in _FIELDS], axis=1)
    text[:, _DIGIT_COLUMN] = 48 + values[:, _DIGIT_FIELD] // _DIGIT_PLACE % 10
    lengths = np.where(missing, 0, _WIDTH)
    offsets = np.zeros(len(stamps) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    return pa.Array.from_buffers(
        pa.large_string(),
        len(stamps),
        [None, pa.py_buffer(offsets), pa.py_buffer(text.tobytes())],
    )
