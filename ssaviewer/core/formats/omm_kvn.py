"""CCSDS OMM in KVN (``KEYWORD = value`` text); one file may hold several messages.

Each ``CCSDS_OMM_VERS = ...`` line starts a message. ``COMMENT`` lines, blank lines and units in
square brackets (``MEAN_MOTION = 15.5 [rev/day]``) are allowed; lines before the first message
header are ignored. Rejections name the line of the offending keyword.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ssaviewer.core.formats.omm_table import build_elements, is_plain_text

_HEADER = re.compile(rb"^[ \t]*CCSDS_OMM_VERS[ \t]*=", re.MULTILINE)
_KEY_VALUE = re.compile(r"^[ \t]*([A-Za-z0-9_]+)[ \t]*=[ \t]*(.*?)[ \t]*$", re.MULTILINE)
#: A number followed by its unit in square brackets: the unit is dropped.
_UNIT = r"^([+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)[ \t]*\[[^\]]*\]$"


def looks_like_omm_kvn(head: bytes) -> bool:
    """Return True when a line starts with ``CCSDS_OMM_VERS =``."""
    return _HEADER.search(head) is not None


def parse_omm_kvn(data: bytes, source: str) -> tuple[pd.DataFrame, pd.DataFrame]:
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
    (elements, rejected)
        ``elements`` has ``schema.BASE_COLUMNS``; ``rejected`` has ``schema.REJECTED_COLUMNS``.
    """
    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    matches = list(_KEY_VALUE.finditer(text))
    keys = [m.group(1).upper() for m in matches]
    values = [m.group(2) for m in matches]
    newlines = np.flatnonzero(np.frombuffer(text.encode("utf-32-le"), np.uint32) == 10)
    starts = np.fromiter((m.start() for m in matches), np.int64, len(matches))
    lines = np.searchsorted(newlines, starts, side="left") + 1
    table = pd.DataFrame({"key": keys, "value": values, "line": lines})
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
