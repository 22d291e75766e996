"""CelesTrak SATCAT CSV (and Space-Track's SATCAT CSV): one row of metadata per object.

CelesTrak columns: ``OBJECT_NAME, OBJECT_ID, NORAD_CAT_ID, OBJECT_TYPE, OPS_STATUS_CODE, OWNER,
LAUNCH_DATE, LAUNCH_SITE, DECAY_DATE, PERIOD, INCLINATION, APOGEE, PERIGEE, RCS,
DATA_STATUS_CODE, ORBIT_CENTER, ORBIT_TYPE`` (any order; the ones not in
``schema.OBJECT_COLUMNS`` are not kept). Space-Track's spelling (``SATNAME``, ``INTLDES``,
``COUNTRY``, ``LAUNCH``, ``DECAY``, ``RCS_SIZE``, object types written out) is mapped too.

``rcs_size`` is SMALL (< 0.1 m²), MEDIUM (0.1-1 m²) or LARGE (> 1 m²), Space-Track's classes;
CelesTrak's numeric ``RCS`` (m²) is classified the same way.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

from ssaviewer.core.formats.csv_records import header_names, read_records
from ssaviewer.core.formats.read import Read
from ssaviewer.core.schema import rejected_frame, warnings_frame

#: SATCAT keyword (either provider) -> object-table column.
RENAME: Final[dict[str, str]] = {
    "OBJECT_NAME": "object_name",
    "SATNAME": "object_name",
    "OBJECT_ID": "object_id",
    "INTLDES": "object_id",
    "NORAD_CAT_ID": "norad_id",
    "OBJECT_TYPE": "object_type",
    "OWNER": "owner",
    "COUNTRY": "owner",
    "LAUNCH_DATE": "launch_date",
    "LAUNCH": "launch_date",
    "DECAY_DATE": "decay_date",
    "DECAY": "decay_date",
    "RCS": "rcs",
    "RCS_SIZE": "rcs_size",
}

#: Object types as written by either provider -> the SATCAT code.
OBJECT_TYPES: Final[dict[str, str]] = {
    "PAY": "PAY",
    "PAYLOAD": "PAY",
    "R/B": "R/B",
    "ROCKET BODY": "R/B",
    "DEB": "DEB",
    "DEBRIS": "DEB",
    "UNK": "UNK",
    "UNKNOWN": "UNK",
    "TBA": "UNK",
    "": "UNK",
}

#: Columns this reader produces (``schema.OBJECT_COLUMNS`` minus the per-element summaries).
SATCAT_COLUMNS: Final[dict[str, str]] = {
    "norad_id": "int64",
    "object_name": "string",
    "object_id": "string",
    "object_type": "category",
    "owner": "string",
    "launch_date": "datetime64[ns]",
    "decay_date": "datetime64[ns]",
    "rcs_size": "string",
}


def looks_like_satcat(head: bytes) -> bool:
    """Return True for a CSV header with NORAD_CAT_ID, OBJECT_TYPE and a launch date."""
    names = header_names(head)
    return {"NORAD_CAT_ID", "OBJECT_TYPE"} <= names and bool({"LAUNCH_DATE", "LAUNCH"} & names)


def parse_satcat(data: bytes, source: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse SATCAT CSV into an object table and rejected records; see :func:`read_satcat`."""
    read = read_satcat(data, source)
    return read.elements, read.rejected


def read_satcat(data: bytes, source: str) -> Read:
    """Parse SATCAT CSV into an object table, rejected records and warnings.

    Parameters
    ----------
    data
        The file's bytes (already decompressed).
    source
        Name used in rejections (``file:line``).

    Returns
    -------
    Read
        ``elements`` holds the objects: ``SATCAT_COLUMNS`` (a subset of
        ``schema.OBJECT_COLUMNS``), one row per valid record; ``rejected`` has
        ``schema.REJECTED_COLUMNS``. A record is rejected for a NORAD id that is not an
        integer or an unknown object type. A date that is not ``YYYY-MM-DD`` (such as a
        spreadsheet's ``3/4/2020``, whose day and month order cannot be told) keeps its row:
        the date is left empty and named in ``warnings`` (``schema.WARNING_COLUMNS``).
    """
    records, lines, rejected = read_records(data, source)
    keywords = {RENAME[c]: str(c) for c in reversed(records.columns) if c in RENAME}
    raw = records.rename(columns=RENAME)
    raw = raw.loc[:, ~raw.columns.duplicated()]
    text = {c: _column(raw, c) for c in ("norad_id", "object_type", "launch_date", "decay_date")}
    checks = _checks(text)
    bad = np.zeros(len(raw), dtype=bool)
    where: list[np.ndarray] = []
    fields: list[str] = []
    values: list[str] = []
    reasons: list[str] = []
    for field, mask, problem in checks:
        rows = np.flatnonzero(mask & ~bad)
        bad[rows] = True
        where.append(lines[rows])
        keyword = keywords.get(field, field.upper())
        fields.extend([keyword] * len(rows))
        values.extend(text[field].iloc[rows].fillna("").tolist())
        reasons.extend([f"{keyword} {problem}"] * len(rows))
    objects = _objects(raw, text, ~bad)
    warnings = _date_warnings(text, lines, ~bad, keywords, source)
    if reasons:
        mine = rejected_frame(source, np.concatenate(where), reasons, value=values, field=fields)
        rejected = pd.concat([rejected, mine], ignore_index=True)
        rejected = rejected.sort_values("line", kind="stable", ignore_index=True)
    return Read(objects, rejected, warnings)


def _date_warnings(
    text: dict[str, pd.Series],
    lines: np.ndarray,
    kept: np.ndarray,
    keywords: dict[str, str],
    source: str,
) -> pd.DataFrame:
    """Name every date of a kept row that could not be read (it is left empty)."""
    where: list[np.ndarray] = []
    fields: list[str] = []
    values: list[str] = []
    for field in ("launch_date", "decay_date"):
        parsed = pd.to_datetime(text[field], format="ISO8601", errors="coerce")
        unreadable = np.asarray(parsed.isna()) & np.asarray(text[field] != "") & kept
        rows = np.flatnonzero(unreadable)
        where.append(lines[rows])
        fields.extend([keywords.get(field, field.upper())] * len(rows))
        values.extend(text[field].iloc[rows].tolist())
    assumed = [f"not a date in the form YYYY-MM-DD: {f} left empty, the row kept" for f in fields]
    frame = warnings_frame(source, np.concatenate(where), fields, values, assumed)
    return frame.sort_values("line", kind="stable", ignore_index=True)


def _column(raw: pd.DataFrame, name: str) -> pd.Series:
    if name not in raw:
        return pd.Series("", index=raw.index, dtype="string")
    return raw[name].astype("string").fillna("").str.strip()


def _checks(text: dict[str, pd.Series]) -> list[tuple[str, np.ndarray, str]]:
    norad = pd.to_numeric(text["norad_id"], errors="coerce")
    digits = text["norad_id"].str.fullmatch(r"\d{1,9}").fillna(False)
    bad_norad = np.asarray(norad.isna() | ~digits, dtype=bool)
    types = text["object_type"].str.upper()
    checks = [
        ("norad_id", bad_norad, "is not an integer in [0, 999999999]"),
        ("object_type", ~np.asarray(types.isin(list(OBJECT_TYPES))), _TYPE_TEXT),
    ]
    return checks


_TYPE_TEXT = "is not a known object type (expected PAY, R/B, DEB or UNK)"


def _objects(raw: pd.DataFrame, text: dict[str, pd.Series], good: np.ndarray) -> pd.DataFrame:
    keep = np.flatnonzero(good)
    objects = pd.DataFrame(
        {
            "norad_id": pd.to_numeric(text["norad_id"].iloc[keep], errors="coerce"),
            "object_name": _column(raw, "object_name").iloc[keep],
            "object_id": _column(raw, "object_id").iloc[keep],
            "object_type": text["object_type"].iloc[keep].str.upper().map(OBJECT_TYPES),
            "owner": _column(raw, "owner").iloc[keep],
            "launch_date": _dates(text["launch_date"].iloc[keep]),
            "decay_date": _dates(text["decay_date"].iloc[keep]),
            "rcs_size": _rcs_size(raw).iloc[keep],
        }
    )
    return objects.reset_index(drop=True).astype(SATCAT_COLUMNS)


def _dates(text: pd.Series) -> pd.Series:
    return pd.to_datetime(text, format="ISO8601", errors="coerce").astype("datetime64[ns]")


def _rcs_size(raw: pd.DataFrame) -> pd.Series:
    size = _column(raw, "rcs_size").str.upper()
    rcs = pd.to_numeric(_column(raw, "rcs"), errors="coerce")
    rcs_m2 = rcs.to_numpy(dtype=np.float64, na_value=np.nan)
    classes = np.select(
        [rcs_m2 < 0.1, rcs_m2 <= 1.0, rcs_m2 > 1.0], ["SMALL", "MEDIUM", "LARGE"], default=""
    )
    return size.where(size != "", pd.Series(classes, index=size.index, dtype="string"))
