"""The events CSV: written atomically, safe to open in a spreadsheet, read back exactly.

Format
------
UTF-8, a header row, ``,``-separated, RFC 4180 quoting (cells with a comma, quote or line
break are quoted). Columns are ``schema.EVENT_COLUMNS`` in order, then the extras. Times are
ISO 8601 UTC with a ``Z`` (``2026-03-01T12:00:00.000000Z``; nanoseconds appended when present);
numbers are written in full (``repr``) so they read back bit for bit; a missing number or time
is an empty cell.

Spreadsheet safety (OWASP CSV injection)
----------------------------------------
A *text* cell whose text, after any leading single quotes, begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return gets one more single quote in front (``=1+1`` → ``'=1+1``,
``'=x`` → ``''=x``), so no spreadsheet evaluates it as a formula. :func:`read_events_csv` removes
exactly that one quote again, so every text reads back exactly as it was. Numeric and time
cells are never changed: ``-0.5`` in ``delta_a_km`` stays the number −0.5.

Writing is atomic: the file is written to a temporary file in the same folder, flushed to disk
and renamed over the destination with :func:`os.replace`, so a reader never sees half a file.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.types import pandas_dtype

from ssaviewer.core.detect.event_table import EVENT_DTYPES

_DANGEROUS = re.compile(r"^'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"^'+[=+\-@\t\r]")


def neutralise(text: str) -> str:
    """Return ``text`` safe for a spreadsheet cell (see the module docstring)."""
    return "'" + text if _DANGEROUS.match(text) else text


def restore(cell: str) -> str:
    """Undo :func:`neutralise`."""
    return cell[1:] if _ESCAPED.match(cell) else cell


def write_events_csv(
    events: pd.DataFrame, path: str | os.PathLike[str], flagged_only: bool = False
) -> int:
    """Write ``events`` to ``path`` atomically; return the number of events written.

    ``flagged_only`` keeps only the events labelled ``irregular``.
    """
    if flagged_only:
        events = events[events["label"].astype(str).to_numpy() == "irregular"]
    text = format_events_csv(events)
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(events)


def format_events_csv(events: pd.DataFrame) -> str:
    """Return the CSV text of ``events`` (see the module docstring)."""
    columns = list(events.columns)
    cells = [_cells(events[c]) for c in columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(zip(*cells, strict=True))
    return buffer.getvalue()


def _cells(series: pd.Series) -> list[str]:
    if isinstance(series.dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_any_dtype(series):
        return _times(series)
    if pd.api.types.is_bool_dtype(series):
        return ["" if pd.isna(v) else ("true" if v else "false") for v in series]
    if pd.api.types.is_numeric_dtype(series):
        return ["" if pd.isna(v) else repr(v.item() if hasattr(v, "item") else v) for v in series]
    return [neutralise("" if pd.isna(v) else str(v)) for v in series]


def _times(series: pd.Series) -> list[str]:
    utc = pd.to_datetime(series, utc=True)
    base = utc.dt.strftime("%Y-%m-%dT%H:%M:%S.%f")
    nanos = utc.dt.nanosecond
    return [
        "" if pd.isna(b) else f"{b}{'' if n == 0 else f'{int(n):03d}'}Z"
        for b, n in zip(base, nanos, strict=True)
    ]


def read_events_csv(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Read an events CSV written by :func:`write_events_csv`, restoring texts and dtypes.

    Known columns (``event_table.EVENT_DTYPES``) get their dtype back; other columns are text.

    Raises
    ------
    ValueError
        The file has no header or a cell cannot be read as its column's type (the message
        names the file, the line and the column).
    """
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    if not rows:
        raise ValueError(f"{path}: empty file, expected a header row of event columns")
    header, body = rows[0], rows[1:]
    for k, row in enumerate(body):
        if len(row) != len(header):
            raise ValueError(
                f"{path}: line {k + 2}: {len(row)} cells, expected {len(header)} (the header's)"
            )
    columns = list(zip(*body, strict=True)) if body else [() for _ in header]
    data = {
        name: _column(path, name, list(values), EVENT_DTYPES.get(name, "string"))
        for name, values in zip(header, columns, strict=True)
    }
    return pd.DataFrame(data, columns=header)


def _column(path: str | os.PathLike[str], name: str, cells: list[str], dtype: str) -> pd.Series:
    try:
        if dtype == "string":
            return pd.Series([restore(c) for c in cells], dtype="string")
        if dtype.startswith("datetime"):
            values = [c[:-1] if c.endswith("Z") else c for c in cells]
            return (
                pd.Series(pd.to_datetime(values, format="ISO8601", utc=True), dtype=dtype)
                if cells
                else pd.Series(dtype=dtype)
            )
        numbers = pd.to_numeric(pd.Series([c if c else np.nan for c in cells], dtype=object))
        result: pd.Series = numbers.astype(pandas_dtype(dtype))
        return result
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{path}: column {name}: cannot read as {dtype} ({exc})") from exc
