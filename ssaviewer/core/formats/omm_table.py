"""Validate CCSDS OMM keyword columns and map them to the element-set table.

Every OMM reader (XML, KVN, JSON, CSV) first gathers its records into one *raw* DataFrame,
one row per message, one column per OMM keyword (``EPOCH``, ``MEAN_MOTION`` ...) holding the
text or number as written. :func:`build_elements` then checks every record at once, column by
column, and returns the rows that pass as ``schema.BASE_COLUMNS`` and the others as rejected
records. Both the CelesTrak flavour (numbers) and the Space-Track flavour (every value a string,
extra keywords such as ``GP_ID`` or ``TLE_LINE1``) go through here; extra keywords are ignored.

Required keywords: ``NORAD_CAT_ID``, ``EPOCH`` and the six mean elements. Optional, with the
value used when absent or empty: ``OBJECT_NAME`` and ``OBJECT_ID`` (""), ``BSTAR``,
``MEAN_MOTION_DOT``, ``MEAN_MOTION_DDOT`` and SGP4-XP's ``BTERM`` and ``AGOM`` (NaN: a value
not in the file is left missing, never made up), ``EPHEMERIS_TYPE``, ``ELEMENT_SET_NO`` and
``REV_AT_EPOCH`` (0), ``CLASSIFICATION_TYPE`` ("U"). ``OBJECT_ID`` is normalised to
``YYYY-NNNP{1,3}`` (inner blanks removed, as in ``1959-009  B``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache, partial
from typing import Any, Final

import numpy as np
import pandas as pd
import pyarrow as pa

from ssaviewer.core.schema import BASE_COLUMNS, empty_frame, rejected_frame, warnings_frame

#: OMM keyword -> (table column, lowest, highest allowed, which ends are allowed: "[]", "[)",
#: "(]" or "()").
FLOAT_FIELDS: Final[dict[str, tuple[str, float, float, str]]] = {
    "MEAN_MOTION": ("mean_motion_rev_per_day", 0.0, np.inf, "()"),
    "ECCENTRICITY": ("eccentricity", 0.0, 1.0, "[)"),
    "INCLINATION": ("inclination_deg", 0.0, 180.0, "[]"),
    "RA_OF_ASC_NODE": ("ra_of_asc_node_deg", 0.0, 360.0, "[]"),
    "ARG_OF_PERICENTER": ("arg_of_pericenter_deg", 0.0, 360.0, "[]"),
    "MEAN_ANOMALY": ("mean_anomaly_deg", 0.0, 360.0, "[]"),
    "BSTAR": ("bstar", -np.inf, np.inf, "()"),
    "MEAN_MOTION_DOT": ("mean_motion_dot", -np.inf, np.inf, "()"),
    "MEAN_MOTION_DDOT": ("mean_motion_ddot", -np.inf, np.inf, "()"),
    "BTERM": ("bterm_m2_per_kg", -np.inf, np.inf, "()"),
    "AGOM": ("agom_m2_per_kg", -np.inf, np.inf, "()"),
}

#: OMM keyword -> (table column, lowest, highest allowed).
INT_FIELDS: Final[dict[str, tuple[str, int, int]]] = {
    "NORAD_CAT_ID": ("norad_id", 0, 999_999_999),
    "EPHEMERIS_TYPE": ("ephemeris_type", 0, 9),
    "ELEMENT_SET_NO": ("element_set_no", 0, 999_999_999),
    "REV_AT_EPOCH": ("rev_at_epoch", 0, 999_999_999_999),
}

#: Keywords whose values are numbers (a CSV reader may parse them as such).
NUMERIC_KEYWORDS: Final[frozenset[str]] = frozenset(FLOAT_FIELDS) | frozenset(INT_FIELDS)
_NUMERIC_ORDER: Final[tuple[str, ...]] = (*FLOAT_FIELDS, *INT_FIELDS)
_TEXT_KEYWORDS: Final[tuple[str, ...]] = (
    "EPOCH",
    "OBJECT_NAME",
    "OBJECT_ID",
    "CLASSIFICATION_TYPE",
)

#: Every keyword read; the others (``COMMENT``, ``GP_ID``, ``TLE_LINE1`` ...) are ignored.
KEYWORDS: Final[tuple[str, ...]] = (
    *FLOAT_FIELDS,
    *INT_FIELDS,
    "EPOCH",
    "OBJECT_NAME",
    "OBJECT_ID",
    "CLASSIFICATION_TYPE",
)

REQUIRED: Final[tuple[str, ...]] = (
    "NORAD_CAT_ID",
    "EPOCH",
    "MEAN_MOTION",
    "ECCENTRICITY",
    "INCLINATION",
    "RA_OF_ASC_NODE",
    "ARG_OF_PERICENTER",
    "MEAN_ANOMALY",
)

#: Epochs outside this span are refused (they also overflow nanosecond timestamps).
EPOCH_SPAN: Final[tuple[pd.Timestamp, pd.Timestamp]] = (
    pd.Timestamp("1957-10-04", tz="UTC"),
    pd.Timestamp("2100-01-01", tz="UTC"),
)

_RANGE_TEXT: Final[dict[str, str]] = {
    "MEAN_MOTION": "a mean motion above 0 rev/day",
    "ECCENTRICITY": "an eccentricity in [0, 1)",
    "INCLINATION": "an inclination in [0, 180] degrees",
    "RA_OF_ASC_NODE": "an angle in [0, 360] degrees",
    "ARG_OF_PERICENTER": "an angle in [0, 360] degrees",
    "MEAN_ANOMALY": "an angle in [0, 360] degrees",
}


class _Rejections:
    """Collects the first problem of each record; later checks skip rejected records."""

    def __init__(self, where: np.ndarray, field_lines: Mapping[str, np.ndarray] | None) -> None:
        self.where = where
        self.field_lines = field_lines or {}
        self.bad = np.zeros(len(where), dtype=bool)
        self.rows: list[np.ndarray] = []
        self.places: list[np.ndarray] = []
        self.fields: list[str] = []
        self.values: list[str] = []
        self.reasons: list[str] = []

    def add(self, mask: np.ndarray, field: str, text: _Shown | None, problem: str) -> None:
        """Reject the records in ``mask`` not yet rejected: ``field`` has ``problem``.

        ``text`` gives the values shown in the messages (as read, or stripped text): a
        Series, or a callable returning the shown values of the given rows.
        """
        if not mask.any():
            return
        rows = np.flatnonzero(mask & ~self.bad)
        if not len(rows):
            return
        self.bad[rows] = True
        places = self.where[rows]
        lines = self.field_lines.get(field)
        if lines is not None:
            places = np.where(lines[rows] > 0, lines[rows], places)
        if text is None:
            values = [""] * len(rows)
        elif callable(text):
            values = text(rows)
        else:
            values = _shown(text.iloc[rows].tolist())
        self.rows.append(rows)
        self.places.append(places)
        self.fields.extend([field] * len(rows))
        self.values.extend(values)
        self.reasons.extend(f"{field} {problem}" for _ in rows)

    def frame(self, source: str, unit: str) -> pd.DataFrame:
        """Return the rejected records, in record order."""
        if not self.rows:
            return rejected_frame(source, [], [], unit=unit)
        places = np.concatenate(self.places)
        order = np.argsort(np.concatenate(self.rows), kind="stable")
        return rejected_frame(
            source,
            places[order],
            np.asarray(self.reasons, dtype=object)[order],
            value=np.asarray(self.values, dtype=object)[order],
            field=list(np.asarray(self.fields, dtype=object)[order]),
            unit=unit,
        )


#: The values a rejection shows: a Series, or a callable giving the shown text of some rows.
_Shown = pd.Series | Callable[[np.ndarray], list[str]]


def _shown(values: list[object]) -> list[str]:
    return ["" if v is None or v is pd.NA else str(v) for v in values]


class _Keywords:
    """Every keyword read, converted once per table rather than once per keyword.

    The text columns (every keyword whose column is not numeric) are laid end to end in one
    string array, so stripping, the character check, ``pd.to_numeric`` and the missing
    test each run once over the whole table; :meth:`text`, :meth:`numbers` and
    :meth:`missing` hand out each keyword's slice. The results are those of converting each
    column on its own (``astype("string")``, ``.str.strip()``, ``pd.to_numeric(...,
    errors="coerce")``): these work element by element.
    """

    def __init__(self, raw: pd.DataFrame, check_text: bool) -> None:
        self.n = n = len(raw)
        present = set(raw.columns)
        # numeric keywords first: pd.to_numeric runs over that leading part only
        self.columns = {k: raw[k] for k in (*_NUMERIC_ORDER, *_TEXT_KEYWORDS) if k in present}
        self.numeric = {k for k, column in self.columns.items() if column.dtype.kind in "if"}
        self.keys = [k for k in self.columns if k not in self.numeric]
        self.start = {k: j * n for j, k in enumerate(self.keys)}
        self.n_numeric = sum(k in NUMERIC_KEYWORDS for k in self.keys) * n
        as_read = _joined_text([self.columns[k] for k in self.keys])
        self.as_read = as_read
        stripped = pd.Series(as_read).str.strip()
        self.stripped = stripped.array
        self._missing = np.asarray(stripped.isna() | (stripped == ""), dtype=bool)
        self._numbers: np.ndarray | None = None
        self._shown_as_read: np.ndarray | None = None
        self._shown_stripped: np.ndarray | None = None
        self.junk: np.ndarray | None = None
        if check_text and self.keys:
            pattern = r"[^\x20-\x7e\t]"
            junk = pd.Series(as_read).str.contains(pattern, regex=True).fillna(False)
            self.junk = np.asarray(junk, dtype=bool)

    def _slice(self, key: str) -> slice:
        start = self.start[key]
        return slice(start, start + self.n)

    def text(self, key: str) -> pd.Series:
        """Return the column as stripped strings (NA where absent or null); see ``_text``."""
        if key in self.numeric:
            return self.columns[key].astype("string")
        if key not in self.start:
            return pd.Series(pd.NA, index=pd.RangeIndex(self.n), dtype="string")
        return pd.Series(self.stripped[self._slice(key)])

    def missing(self, key: str) -> np.ndarray:
        """Return True where the keyword is absent, null or empty text."""
        if key in self.numeric:
            column = self.columns[key]
            if isinstance(column.dtype, np.dtype):  # NumPy floats: NaN is null; ints: none
                values = column.to_numpy()
                return np.isnan(values) if values.dtype.kind == "f" else np.zeros(self.n, bool)
            return np.asarray(column.isna(), dtype=bool)
        if key not in self.start:
            return np.ones(self.n, dtype=bool)
        return self._missing[self._slice(key)]

    def numbers(self, key: str) -> tuple[_Shown, np.ndarray]:
        """Return the column as read (for messages) and as float64 (NaN if not a number)."""
        if key in self.numeric:
            column = self.columns[key]
            return column, column.to_numpy(dtype=np.float64)
        if key not in self.start:
            return _no_text, np.full(self.n, np.nan)
        if self._numbers is None:
            head = pd.Series(self.stripped[: self.n_numeric])
            numbers = pd.to_numeric(head, errors="coerce")
            self._numbers = numbers.to_numpy(dtype=np.float64, na_value=np.nan)
        return partial(self.shown, key, stripped=True), self._numbers[self._slice(key)]

    def shown(self, key: str, rows: np.ndarray, *, stripped: bool) -> list[str]:
        """Return the text of ``key`` in ``rows`` as a message shows it."""
        if stripped:
            if self._shown_stripped is None:
                self._shown_stripped = self.stripped.to_numpy(dtype=object)
            values = self._shown_stripped
        else:
            if self._shown_as_read is None:
                self._shown_as_read = self.as_read.to_numpy(dtype=object)
            values = self._shown_as_read
        return _shown(values[self.start[key] + rows].tolist())


def _joined_text(columns: list[pd.Series]) -> Any:
    """Return the columns end to end as one ``"string"`` array.

    Text columns held by pyarrow (the readers' usual output) are joined as pyarrow arrays,
    without making a Python string of every value; others go through NumPy objects. Both give
    what ``pd.array(values, dtype="string")`` gives for the values.
    """
    if columns and all(
        isinstance(c.dtype, pd.StringDtype) and c.dtype.storage == "pyarrow" for c in columns
    ):
        chunks = []
        for column in columns:
            chunk = pa.array(column.array)
            if isinstance(chunk, pa.ChunkedArray):
                chunk = chunk.combine_chunks()
            chunks.append(chunk.cast(pa.large_string()))
        return pd.arrays.ArrowStringArray(pa.chunked_array([pa.concat_arrays(chunks)]))
    if not columns:
        return pd.array([], dtype="string")
    return pd.array(np.concatenate([c.to_numpy(dtype=object) for c in columns]), dtype="string")


def _no_text(rows: np.ndarray) -> list[str]:
    return [""] * len(rows)


#: A COSPAR id with blanks between the launch number and the piece (``1959-009  B``).
_INNER_BLANKS = r"^(\d{4}-\d{3})\s+([A-Z]{1,3})$"

_NOT_PLAIN = re.compile(rb"[^\t\n\r\x20-\x7e]")


def is_plain_text(data: bytes, escapes: bytes = b"") -> bool:
    """Return True when ``data`` is plain printable ASCII with none of the ``escapes`` bytes.

    Tab and line ends are allowed. ``escapes`` are the bytes that could spell other
    characters (a backslash in JSON, ``&`` in XML). When this is True, the per-field character
    check of :func:`build_elements` can be skipped.
    """
    return _NOT_PLAIN.search(data) is None and not any(b in data for b in escapes)


def build_elements(
    raw: pd.DataFrame,
    where: np.ndarray,
    *,
    source: str,
    fmt: str,
    unit: str,
    field_lines: Mapping[str, np.ndarray] | None = None,
    check_text: bool = True,
    warnings: list[pd.DataFrame] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Validate raw OMM records and return ``(elements, rejected)``.

    Parameters
    ----------
    raw
        One row per record, columns named by OMM keyword; values as text or numbers.
    where
        Per record, its 1-based line (``unit="line"``) or record number (``unit="record"``).
    source, fmt
        File name (for ``source``, ``record`` and rejections) and reader name (``format``).
    unit
        ``"line"`` (``record`` is ``file:line``) or ``"record"`` (``file:#n``).
    field_lines
        Optional per-keyword line numbers (0 when absent), so a rejection names the line of
        the offending keyword rather than the start of its message.
    check_text
        False when the caller knows every value is printable ASCII (see
        :func:`is_plain_text`): skips the per-field character check.
    warnings
        Optional list to which the warnings table (``schema.WARNING_COLUMNS``) is appended:
        every kept record whose ``OBJECT_ID`` was normalised (``1959-009  B``).

    Returns
    -------
    (elements, rejected)
        ``elements`` has ``schema.BASE_COLUMNS``, one row per valid record in input order;
        ``rejected`` has ``schema.REJECTED_COLUMNS``, one row per invalid record, naming
        its first problem: field, value and what was expected.
    """
    raw = raw.reset_index(drop=True)
    where = np.asarray(where, dtype=np.int64)
    rejections = _Rejections(where, field_lines)
    read = _Keywords(raw, check_text)
    if read.junk is not None:
        _check_ascii(read, rejections)
    for key in REQUIRED:
        rejections.add(read.missing(key), key, None, "is missing (required)")
    columns: dict[str, np.ndarray | pd.Series] = {}
    for key, (column, low, high, ends) in FLOAT_FIELDS.items():
        columns[column] = _floats(read, key, low, high, ends, rejections)
    for key, (column, low_int, high_int) in INT_FIELDS.items():
        columns[column] = _ints(read, key, low_int, high_int, rejections)
    columns["epoch_utc"] = _epochs(read, rejections)
    columns["classification"] = _classification(read, rejections)
    columns["object_name"] = read.text("OBJECT_NAME").fillna("")
    written = read.text("OBJECT_ID").fillna("")
    normalised = _normalised_ids(written)
    columns["object_id"] = normalised
    good = ~rejections.bad
    table = _assemble(columns, good, where, source=source, fmt=fmt, unit=unit)
    if warnings is not None:
        if normalised is written:  # no OBJECT_ID has a blank: none was changed
            changed = np.zeros(len(good), dtype=bool)
        else:
            changed = good & np.asarray(written != normalised, dtype=bool)
        warnings.append(
            _designator_warnings(written, normalised, changed, where, source, unit, field_lines)
        )
    return table, rejections.frame(source, unit)


def _normalised_ids(written: pd.Series) -> pd.Series:
    """Return COSPAR ids with inner blanks removed (only the few with a blank are looked at)."""
    has_blank = np.asarray(written.str.contains(" ", regex=False).fillna(False), dtype=bool)
    if not has_blank.any():
        return written
    normalised = written.copy()
    normalised[has_blank] = written[has_blank].str.replace(_INNER_BLANKS, r"\1\2", regex=True)
    return normalised


def _designator_warnings(
    written: pd.Series,
    normalised: pd.Series,
    changed: np.ndarray,
    where: np.ndarray,
    source: str,
    unit: str,
    field_lines: Mapping[str, np.ndarray] | None,
) -> pd.DataFrame:
    """Name each kept record whose ``OBJECT_ID`` was normalised, and to what."""
    if not changed.any():
        return warnings_frame(source, where[:0], [], [], [], unit=unit)
    rows = np.flatnonzero(changed)
    places = where[rows]
    lines = (field_lines or {}).get("OBJECT_ID")
    if lines is not None:
        places = np.where(lines[rows] > 0, lines[rows], places)
    new = normalised.iloc[rows].tolist()
    return warnings_frame(
        source,
        places,
        ["OBJECT_ID"] * len(rows),
        written.iloc[rows].tolist(),
        [f"inner blanks removed: object_id {v!r} (YYYY-NNNP{{1,3}})" for v in new],
        unit=unit,
    )


def _check_ascii(read: _Keywords, rejections: _Rejections) -> None:
    """Reject records with non-ASCII or control characters in a keyword that is read."""
    assert read.junk is not None
    for key in KEYWORDS:
        if key not in read.start or read.columns[key].dtype.kind in "bM":
            continue
        junk = read.junk[read.start[key] : read.start[key] + read.n]
        shown = partial(read.shown, key, stripped=False)
        rejections.add(junk, key, shown, "contains non-ASCII or control characters")


def _floats(
    read: _Keywords,
    key: str,
    low: float,
    high: float,
    ends: str,
    rejections: _Rejections,
) -> np.ndarray:
    text, values = read.numbers(key)
    missing = read.missing(key)
    finite = np.isfinite(values)
    rejections.add(~missing & ~finite, key, text, "is not a finite number")
    below = values < low if ends[0] == "[" else values <= low
    above = values > high if ends[1] == "]" else values >= high
    rejections.add(finite & (below | above), key, text, _out_of_range(key))
    return np.where(missing, np.nan, values)


def _out_of_range(key: str) -> str:
    return f"is out of range: expected {_RANGE_TEXT.get(key, 'a finite number')}"


def _ints(read: _Keywords, key: str, low: int, high: int, rejections: _Rejections) -> np.ndarray:
    text, values = read.numbers(key)
    missing = read.missing(key)
    ok = np.isfinite(values) & (values == np.floor(values)) & (values >= low) & (values <= high)
    rejections.add(~missing & ~ok, key, text, f"is not an integer in [{low}, {high}]")
    return np.where(missing | ~ok, 0, values).astype(np.int64)


def _epochs(read: _Keywords, rejections: _Rejections) -> pd.Series:
    text = read.text("EPOCH")
    missing = read.missing("EPOCH")
    epochs = pd.to_datetime(text, format="ISO8601", utc=True, errors="coerce")
    epochs = epochs.astype("datetime64[us, UTC]")  # microseconds hold any year; ns do not
    not_read = np.asarray(epochs.isna())
    if not_read.any():
        ordinal = not_read & np.asarray(text.str.fullmatch(_ORDINAL).fillna(False), dtype=bool)
        if ordinal.any():
            epochs[ordinal] = _from_day_of_year(text[ordinal]).astype("datetime64[us, UTC]")
            not_read = np.asarray(epochs.isna())
    bad = ~missing & not_read
    rejections.add(bad, "EPOCH", text, _EPOCH_EXPECTED)
    early, late = EPOCH_SPAN
    stamps = np.asarray(epochs.array.view("i8"))  # microseconds since 1970; NaT: lowest
    outside = ~not_read & ((stamps < _us(early)) | (stamps >= _us(late)))
    rejections.add(outside, "EPOCH", text, "is out of range: expected 1957-10-04 to 2099")
    replace = outside | bad | missing
    if not replace.any():
        return epochs
    return epochs.where(~pd.Series(replace, index=epochs.index), early)


def _us(stamp: pd.Timestamp) -> int:
    """Return ``stamp`` in microseconds since 1970-01-01 UTC."""
    return int(stamp.value) // 1_000  # value: nanoseconds


#: CCSDS also allows day-of-year epochs: ``YYYY-DDDThh:mm:ss[.f]``.
_ORDINAL = r"\d{4}-\d{3}T\d{2}:\d{2}:\d{2}(?:\.\d*)?Z?"
_EPOCH_EXPECTED = (
    "is not a UTC date-time (expected YYYY-MM-DDThh:mm:ss[.f] or YYYY-DDDThh:mm:ss[.f])"
)


def _from_day_of_year(text: pd.Series) -> pd.Series:
    """Convert ``YYYY-DDDThh:mm:ss[.f]`` epochs (NaT where the day is out of its year)."""
    year = pd.to_datetime(text.str.slice(0, 4), format="%Y", utc=True)
    day = pd.to_numeric(text.str.slice(5, 8)).astype("int64")
    clock = pd.to_timedelta(text.str.slice(9).str.rstrip("Z"), errors="coerce")
    epochs = year + pd.to_timedelta(day - 1, unit="D") + clock
    days_in_year = np.where(year.dt.is_leap_year, 366, 365)
    return epochs.where((day >= 1) & (day <= days_in_year))


def _classification(read: _Keywords, rejections: _Rejections) -> pd.Series:
    text = read.text("CLASSIFICATION_TYPE").fillna("").replace("", "U")
    bad = ~np.asarray(text.isin(["U", "C", "S"]))
    rejections.add(bad, "CLASSIFICATION_TYPE", text, "is not one of U, C, S")
    return text


def _assemble(
    columns: dict[str, np.ndarray | pd.Series],
    good: np.ndarray,
    where: np.ndarray,
    *,
    source: str,
    fmt: str,
    unit: str,
) -> pd.DataFrame:
    if not good.any():
        return empty_frame(BASE_COLUMNS)
    keep = None if good.all() else np.flatnonzero(good)
    n = len(good) if keep is None else len(keep)
    places = where[good].astype(str).astype(object)
    mark = f"{source}:" if unit == "line" else f"{source}:#"
    every: dict[str, Any] = {
        **columns,
        "record": mark + places,
        "source": _single_category(source, n),
        "format": _single_category(fmt, n),
    }
    table: dict[str, object] = {}
    dtypes: dict[str, Any] = BASE_COLUMNS
    for name, dtype in dtypes.items():  # each column cast on its own, in table order
        value = every[name]
        if keep is not None and name not in ("record", "source", "format"):
            value = value[keep] if isinstance(value, np.ndarray) else value.iloc[keep]
        if isinstance(value, np.ndarray) and value.dtype.kind in "if":
            table[name] = value.astype(dtype, copy=False)  # as DataFrame.astype does
        elif isinstance(value, np.ndarray) and dtype == "string":
            table[name] = pd.array(value, dtype=dtype)
        elif isinstance(value, np.ndarray):
            table[name] = pd.Series(value).astype(dtype)
        elif isinstance(value, pd.Series) and dtype == "category":
            table[name] = categorical(value)
        elif isinstance(value, pd.Series):
            table[name] = value.reset_index(drop=True).astype(dtype)
        else:
            table[name] = value
    return pd.DataFrame(table)


def categorical(values: pd.Series) -> pd.Categorical:
    """Return ``values.astype("category")`` as an array, without its per-call checks.

    The categories are the sorted distinct values, in the Series' own dtype; missing values
    get code -1; the codes are the smallest integer type that holds them.
    """
    codes, uniques = pd.factorize(values.array, sort=True)
    categories = pd.Index(uniques, dtype=values.dtype, copy=False)
    dtype = pd.CategoricalDtype(categories)
    return pd.Categorical.from_codes(codes, dtype=dtype, validate=False)  # codes made small


def _single_category(value: str, n: int) -> Any:
    """Return ``n`` times ``value`` as a categorical (as ``astype("category")`` would give)."""
    return pd.Categorical.from_codes(
        np.zeros(n, dtype=np.int8), dtype=_one_category(value), validate=False
    )


@lru_cache(maxsize=64)
def _one_category(value: str) -> pd.CategoricalDtype:
    """Return the categorical dtype of the one category ``value`` (immutable: shared)."""
    return pd.CategoricalDtype(pd.Index([value]))
