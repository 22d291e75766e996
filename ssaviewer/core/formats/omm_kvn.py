"""CCSDS OMM in KVN (``KEYWORD = value`` text); one file may hold several messages.

Each ``CCSDS_OMM_VERS = ...`` line starts a message. ``COMMENT`` lines, blank lines and units in
square brackets (``MEAN_MOTION = 15.5 [rev/day]``) are allowed; lines before the first message
header are ignored. Rejections name the line of the offending keyword.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ssaviewer.core.formats.omm_table import build_elements, is_plain_text
from ssaviewer.core.formats.read import Read, no_warnings

_HEADER = re.compile(rb"^[ \t]*CCSDS_OMM_VERS[ \t]*=", re.MULTILINE)
_KEY = r"^[A-Za-z0-9_]+$"
#: A number followed by its unit in square brackets: the unit is dropped.
_UNIT = r"^([+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)[ \t]*\[[^\]]*\]$"


def looks_like_omm_kvn(head: bytes) -> bool:
    """Return True when a line starts with ``CCSDS_OMM_VERS =``."""
    return _HEADER.search(head) is not None


def parse_omm_kvn(data: bytes, source: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse OMM KVN into element sets and rejected records; see :func:`read_omm_kvn`."""
    return _read(data, source, [])


def read_omm_kvn(data: bytes, source: str) -> Read:
    """Parse OMM KVN into element sets and rejected records.

    Parameters
    ----------
    data
        The file's bytes (already decompressed).
    source
        Name used in ``source``, in ``record`` (``file:line`` of the message's
        ``CCSDS_OMM_VERS`` line) and in rejections.

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
        warnings=warned,
        source=source,
        fmt="omm-kvn",
        unit="line",
        field_lines={str(k): field_lines[k].to_numpy(np.int64) for k in field_lines.columns},
        check_text=not is_plain_text(data),
    )


def _key_values(lines: list[str]) -> pd.DataFrame:
    """Return the ``KEY = value`` lines as a table: key (upper case), value, 1-based line."""
    halves = pc.split_pattern(pa.array(lines, pa.string()), "=", max_splits=1)
    keys = pc.utf8_trim(pc.list_element(halves, 0), " \t")
    is_pair = pc.and_(
        pc.equal(pc.list_value_length(halves), 2), pc.match_substring_regex(keys, _KEY)
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
