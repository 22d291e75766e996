"""Read a CSV file with a header into string columns, keeping each record's line number.

Shared by the OMM CSV and SATCAT readers. The fast path is pandas' C parser; a file it cannot
read (rows with too many fields) or whose rows do not map one-to-one onto lines (quoted line
breaks) goes through the standard ``csv`` module instead, so every row keeps its true line.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection

import numpy as np
import pandas as pd

from ssaviewer.core.schema import rejected_frame


def header_names(head: bytes) -> set[str]:
    """Return the upper-cased column names of the first non-blank line of ``head``."""
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    for line in text.splitlines():
        if line.strip():
            return {name.strip().strip('"').upper() for name in line.split(",")}
    return set()


def read_records(
    data: bytes, source: str, numeric: Collection[str] = ()
) -> tuple[pd.DataFrame, np.ndarray, pd.DataFrame]:
    """Parse CSV ``data`` into ``(records, lines, rejected)``.

    Parameters
    ----------
    data, source
        The file's bytes and its name (for rejections).
    numeric
        Upper-case names of columns that pandas may parse as numbers straight away (a column
        holding anything that is not a number stays text); every other column is text.

    Returns
    -------
    records
        One row per non-blank record, one column per header name (upper-cased, stripped):
        text, or numbers for clean ``numeric`` columns; fields a short row lacks are NA.
    lines
        The 1-based line number where each record starts.
    rejected
        Records with more fields than the header (``schema.REJECTED_COLUMNS``).
    """
    try:
        frame = pd.read_csv(
            io.BytesIO(data),
            dtype=_text_dtypes(data, numeric),
            keep_default_na=False,
            skip_blank_lines=False,
            encoding="utf-8-sig",
            encoding_errors="replace",
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError):
        return _checked(_read_slowly(data, source), data, source)
    n_lines = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
    header_ok = len(frame.columns) and data.lstrip(b"\xef\xbb\xbf")[:1] not in (b"\r", b"\n")
    if len(frame) + 1 != n_lines or not header_ok:
        return _checked(_read_slowly(data, source), data, source)
    frame.columns = pd.Index([str(c).strip().upper() for c in frame.columns])
    lines = np.arange(len(frame), dtype=np.int64) + 2
    empty = rejected_frame(source, [], [])
    if len(data) <= _SCAN_BYTES and not _may_have_blank_rows(data):
        return frame, lines, empty
    blank = np.asarray(frame.isna().all(axis=1)) | np.asarray((frame.fillna("") == "").all(axis=1))
    return frame.loc[~blank].reset_index(drop=True), lines[~blank], empty


#: Up to this size, scanning the bytes for lines that may be blank costs less than the per-row
#: test (about 0.4 ms whatever the size; the scan, about 1 ms per MB).
_SCAN_BYTES = 262_144

#: A line (ended by LF or CR LF) holding nothing but separators, quotes and blanks.
_BLANK_LINE = re.compile(rb'\n[ \t,"]*\r?\n')
_ONLY_BLANKS = re.compile(rb'[ \t,"\r]*')


def _may_have_blank_rows(data: bytes) -> bool:
    """Return False when no line of ``data`` can be a record whose fields are all empty.

    A blank record (every field empty or missing) can only come from a line made of commas,
    quotes and blanks; when there is none, the per-row test over the whole table is skipped.
    The line end closing the file is not a line of its own; a CR not followed by LF ends a
    line too (then True, to be safe).
    """
    if data.count(b"\r") != data.count(b"\r\n"):
        return True
    for end in (b"\r\n", b"\n"):
        if data.endswith(end):
            data = data[: -len(end)]
            break
    first = data[: data.find(b"\n")] if b"\n" in data else data
    last = data[data.rfind(b"\n") + 1 :]
    return (
        _BLANK_LINE.search(data) is not None
        or _ONLY_BLANKS.fullmatch(first) is not None
        or _ONLY_BLANKS.fullmatch(last) is not None
    )


def _checked(
    result: tuple[pd.DataFrame, np.ndarray, pd.DataFrame], data: bytes, source: str
) -> tuple[pd.DataFrame, np.ndarray, pd.DataFrame]:
    """Add a file-level rejection when lines below the header gave no record at all."""
    records, lines, rejected = result
    text_lines = [line for line in data.splitlines() if line.strip()]
    if len(records) or len(rejected) or len(text_lines) < 2:
        return result
    reason = "no record could be read below the header (check the header line and its quotes)"
    return records, lines, rejected_frame(source, [0], [reason])


def _text_dtypes(data: bytes, numeric: Collection[str]) -> type[str] | dict[str, type[str]]:
    """Return read_csv's ``dtype``: ``str`` for every column not in ``numeric``."""
    if not numeric:
        return str
    first = data[:65536].decode("utf-8-sig", errors="replace").lstrip("\r\n")
    try:
        names = next(csv.reader(io.StringIO(first, newline="")), [])
    except csv.Error:
        return str
    return {name: str for name in names if name.strip().upper() not in numeric}


def _read_slowly(data: bytes, source: str) -> tuple[pd.DataFrame, np.ndarray, pd.DataFrame]:
    text = data.decode("utf-8-sig", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] = []
    rows: list[list[str]] = []
    starts: list[int] = []
    bad_lines: list[int] = []
    bad_reasons: list[str] = []
    last = 0
    try:
        for row in reader:
            start, last = last + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if not header:
                header = [c.strip().upper() for c in row]
            elif len(row) > len(header):
                bad_lines.append(start)
                bad_reasons.append(f"has {len(row)} fields, expected {len(header)} (the header)")
            else:
                rows.append(row + [""] * (len(header) - len(row)))
                starts.append(start)
    except csv.Error as exc:
        bad_lines.append(last + 1)
        bad_reasons.append(f"is not valid CSV ({exc}); the rest of the file was not read")
    frame = pd.DataFrame(rows, columns=header, dtype="string") if header else pd.DataFrame()
    rejected = rejected_frame(source, bad_lines, bad_reasons)
    return frame, np.asarray(starts, dtype=np.int64), rejected
