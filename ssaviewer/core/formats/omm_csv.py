"""CCSDS OMM as CSV: CelesTrak's 17-column GP CSV and Space-Track's GP / GP_History CSV.

Columns are found by their header names, in any order; extra columns (``CREATION_DATE``,
``GP_ID``, ``TLE_LINE1`` ...) are ignored.
"""

from __future__ import annotations

import pandas as pd

from ssaviewer.core.formats.csv_records import header_names, read_records
from ssaviewer.core.formats.omm_table import (
    NUMERIC_KEYWORDS,
    build_elements,
    is_plain_text,
)
from ssaviewer.core.formats.read import Read, no_warnings


def looks_like_omm_csv(head: bytes) -> bool:
    """Return True when the first line is a CSV header naming EPOCH and MEAN_MOTION."""
    names = header_names(head)
    return {"EPOCH", "MEAN_MOTION", "NORAD_CAT_ID"} <= names


def parse_omm_csv(data: bytes, source: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse OMM CSV into element sets and rejected records; see :func:`read_omm_csv`."""
    return _read(data, source, [])


def read_omm_csv(data: bytes, source: str) -> Read:
    """Parse OMM CSV into element sets and rejected records.

    Parameters
    ----------
    data
        The file's bytes (already decompressed).
    source
        Name used in ``source``/``record`` (``file:line``) and in rejections.

    Returns
    -------
    Read
        ``elements`` has ``schema.BASE_COLUMNS``; ``rejected`` has ``schema.REJECTED_COLUMNS``.
        ``warnings`` (``schema.WARNING_COLUMNS``) names every ``OBJECT_ID`` read as
        ``YYYY-NNNP{1,3}`` though written otherwise (``1959-009  B``).
    """
    warned: list[pd.DataFrame] = []
    elements, rejected = _read(data, source, warned)
    return Read(elements, rejected, warned[0] if warned else no_warnings())


def _read(
    data: bytes, source: str, warned: list[pd.DataFrame]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    records, lines, malformed = read_records(data, source, NUMERIC_KEYWORDS)
    elements, rejected = build_elements(
        records,
        lines,
        warnings=warned,
        source=source,
        fmt="omm-csv",
        unit="line",
        check_text=not is_plain_text(data, b'"'),  # a quoted field may hold a line break
    )
    if len(malformed):
        rejected = pd.concat([malformed, rejected], ignore_index=True).sort_values(
            "line", kind="stable", ignore_index=True
        )
    return elements, rejected
