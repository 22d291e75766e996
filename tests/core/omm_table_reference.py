"""The OMM keyword checks as they were before they were converted once per table (reference).

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
from collections.abc import Mapping
from typing import Final

import numpy as np
import pandas as pd

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

    def add(self, mask: np.ndarray, field: str, text: pd.Series | None, problem: str) -> None:
        """Reject the records in ``mask`` not yet rejected: ``field`` has ``problem``."""
        rows = np.flatnonzero(mask & ~self.bad)
        if not len(rows):
            return
        self.bad[rows] = True
        places = self.where[rows]
        lines = self.field_lines.get(field)
        if lines is not None:
            places = np.where(lines[rows] > 0, lines[rows], places)
        values = [""] * len(rows) if text is None else _shown(text.iloc[rows])
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


def _shown(text: pd.Series) -> list[str]:
    return ["" if v is None or v is pd.NA else str(v) for v in text.tolist()]


def _column(raw: pd.DataFrame, key: str) -> pd.Series:
    """Return the column as read (NA where absent); numbers stay numbers."""
    if key not in raw:
        return pd.Series(pd.NA, index=raw.index, dtype="string")
    column = raw[key]
    return column if column.dtype.kind in "if" else _text(raw, key)


def _text(raw: pd.DataFrame, key: str) -> pd.Series:
    """Return the column as stripped strings (NA where absent or null)."""
    if key not in raw:
        return pd.Series(pd.NA, index=raw.index, dtype="string")
    column = raw[key]
    if column.dtype.kind in "if":
        return column.astype("string")
    return column.astype("string").str.strip()


def _numbers(raw: pd.DataFrame, key: str) -> tuple[pd.Series, np.ndarray]:
    """Return the column as read (for messages) and as float64 (NaN if not a number)."""
    column = _column(raw, key)
    if column.dtype.kind in "if":
        return column, column.to_numpy(dtype=np.float64)
    values = pd.to_numeric(column, errors="coerce")
    return column, values.to_numpy(dtype=np.float64, na_value=np.nan)


def _missing(column: pd.Series) -> np.ndarray:
    if column.dtype.kind in "if":
        return np.asarray(column.isna(), dtype=bool)
    return np.asarray(column.isna() | (column == ""), dtype=bool)


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
    if check_text:
        _check_ascii(raw, rejections)
    for key in REQUIRED:
        rejections.add(_missing(_column(raw, key)), key, None, "is missing (required)")
    columns: dict[str, np.ndarray | pd.Series] = {}
    for key, (column, low, high, ends) in FLOAT_FIELDS.items():
        columns[column] = _floats(raw, key, low, high, ends, rejections)
    for key, (column, low_int, high_int) in INT_FIELDS.items():
        columns[column] = _ints(raw, key, low_int, high_int, rejections)
    columns["epoch_utc"] = _epochs(raw, rejections)
    columns["classification"] = _classification(raw, rejections)
    columns["object_name"] = _text(raw, "OBJECT_NAME").fillna("")
    written = _text(raw, "OBJECT_ID").fillna("")
    normalised = _normalised_ids(written)
    columns["object_id"] = normalised
    good = ~rejections.bad
    table = _assemble(columns, good, where, source=source, fmt=fmt, unit=unit)
    if warnings is not None:
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


def _check_ascii(raw: pd.DataFrame, rejections: _Rejections) -> None:
    """Reject records with non-ASCII or control characters in a keyword that is read."""
    for key in KEYWORDS:
        if key not in raw or raw[key].dtype.kind in "ifbM":
            continue
        text = raw[key].astype("string")
        junk = np.asarray(text.str.contains(r"[^\x20-\x7e\t]", regex=True).fillna(False))
        rejections.add(junk, str(key), text, "contains non-ASCII or control characters")


def _floats(
    raw: pd.DataFrame,
    key: str,
    low: float,
    high: float,
    ends: str,
    rejections: _Rejections,
) -> np.ndarray:
    text, values = _numbers(raw, key)
    missing = _missing(text)
    finite = np.isfinite(values)
    rejections.add(~missing & ~finite, key, text, "is not a finite number")
    below = values < low if ends[0] == "[" else values <= low
    above = values > high if ends[1] == "]" else values >= high
    rejections.add(finite & (below | above), key, text, _out_of_range(key))
    return np.where(missing, np.nan, values)


def _out_of_range(key: str) -> str:
    return f"is out of range: expected {_RANGE_TEXT.get(key, 'a finite number')}"


def _ints(raw: pd.DataFrame, key: str, low: int, high: int, rejections: _Rejections) -> np.ndarray:
    text, values = _numbers(raw, key)
    missing = _missing(text)
    ok = np.isfinite(values) & (values == np.floor(values)) & (values >= low) & (values <= high)
    rejections.add(~missing & ~ok, key, text, f"is not an integer in [{low}, {high}]")
    return np.where(missing | ~ok, 0, values).astype(np.int64)


def _epochs(raw: pd.DataFrame, rejections: _Rejections) -> pd.Series:
    text = _text(raw, "EPOCH")
    missing = _missing(text)
    epochs = pd.to_datetime(text, format="ISO8601", utc=True, errors="coerce")
    epochs = epochs.astype("datetime64[us, UTC]")  # microseconds hold any year; ns do not
    ordinal = np.asarray(epochs.isna() & text.str.fullmatch(_ORDINAL).fillna(False), dtype=bool)
    if ordinal.any():
        epochs[ordinal] = _from_day_of_year(text[ordinal]).astype("datetime64[us, UTC]")
    bad = ~missing & np.asarray(epochs.isna())
    rejections.add(bad, "EPOCH", text, _EPOCH_EXPECTED)
    early, late = EPOCH_SPAN
    outside = np.asarray(((epochs < early) | (epochs >= late)).fillna(False))
    rejections.add(outside, "EPOCH", text, "is out of range: expected 1957-10-04 to 2099")
    return epochs.where(~pd.Series(outside | bad | missing, index=epochs.index), early)


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


def _classification(raw: pd.DataFrame, rejections: _Rejections) -> pd.Series:
    text = _text(raw, "CLASSIFICATION_TYPE").fillna("").replace("", "U")
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
    keep = np.flatnonzero(good)
    table = pd.DataFrame(
        {
            name: pd.Series(value).iloc[keep].reset_index(drop=True)
            for name, value in columns.items()
        }
    )
    places = where[good].astype(str).astype(object)
    mark = f"{source}:" if unit == "line" else f"{source}:#"
    table["record"] = mark + places
    table["source"] = source
    table["format"] = fmt
    return table[list(BASE_COLUMNS)].astype(BASE_COLUMNS)


def kvn_reference(data: bytes, source: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The KVN reader as it was: messages pivoted from the ``KEY = value`` table by pandas."""
    from ssaviewer.core.formats.omm_kvn import _UNIT

    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    table = _key_values(text.split("\n"))
    table["value"] = table["value"].str.replace(_UNIT, r"\1", regex=True)
    table["message"] = np.cumsum(table["key"].to_numpy() == "CCSDS_OMM_VERS") - 1
    table = table.loc[table["message"] >= 0].drop_duplicates(["message", "key"], keep="first")
    raw = table.pivot(index="message", columns="key", values="value")
    field_lines = table.pivot(index="message", columns="key", values="line").fillna(0)
    where = field_lines["CCSDS_OMM_VERS"].to_numpy(np.int64) if len(table) else np.zeros(0, int)
    return build_elements(
        raw.reset_index(drop=True),
        where,
        source=source,
        fmt="omm-kvn",
        unit="line",
        field_lines={str(k): field_lines[k].to_numpy(np.int64) for k in field_lines.columns},
        check_text=not is_plain_text(data),
    )


def _key_values(lines: list[str]) -> pd.DataFrame:
    """The ``KEY = value`` lines as a table (key, value, line), as the KVN reader had them."""
    import pyarrow as pa
    import pyarrow.compute as pc

    halves = pc.split_pattern(pa.array(lines, pa.string()), "=", max_splits=1)
    keys = pc.utf8_trim(pc.list_element(halves, 0), " \t")
    is_pair = pc.and_(
        pc.equal(pc.list_value_length(halves), 2),
        pc.match_substring_regex(keys, r"^[A-Za-z0-9_]+$"),
    )
    found = np.flatnonzero(is_pair.to_numpy(zero_copy_only=False))
    take = pa.array(found)
    values = pc.utf8_trim(pc.list_element(halves.take(take), 1), " \t")
    return pd.DataFrame(
        {
            "key": pc.utf8_upper(keys.take(take)).to_numpy(zero_copy_only=False),
            "value": values.to_numpy(zero_copy_only=False),
            "line": found + 1,
        }
    )
