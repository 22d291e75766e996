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

from ssaviewer.core.formats.omm_table import KEYWORDS, build_elements, is_plain_text
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
    raw, field_lines = _messages(*_key_values(text.split("\n")))
    where = field_lines.pop(_HEADER_KEY)
    return build_elements(
        raw,
        where,
        warnings=warned,
        source=source,
        fmt="omm-kvn",
        unit="line",
        field_lines=field_lines,
        check_text=not is_plain_text(data),
    )


_HEADER_KEY = "CCSDS_OMM_VERS"


def _messages(
    keys: np.ndarray, values: pa.Array, lines: np.ndarray
) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    """Return one row per message (a column per keyword read) and each keyword's line (0 if none).

    ``keys``, ``values`` and ``lines`` are the ``KEY = value`` lines (see :func:`_key_values`).
    A message starts at each ``CCSDS_OMM_VERS`` line; lines before the first are ignored; a
    keyword given twice in one message keeps its first value. Units in square brackets after
    a number are dropped. Only the keywords read (and the header) are kept.
    """
    message = np.cumsum(keys == _HEADER_KEY) - 1
    n = int(message[-1]) + 1 if len(message) else 0
    codes, names = pd.factorize(keys)
    order = np.argsort(codes, kind="stable")  # by keyword, then by line
    bounds = np.searchsorted(codes[order], np.arange(len(names) + 1))
    taken: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for code, name in enumerate(names):
        if name not in _READ:
            continue
        rows = order[bounds[code] : bounds[code + 1]]
        rows = rows[message[rows] >= 0]
        of = message[rows]
        first = np.ones(len(rows), dtype=bool)
        first[1:] = of[1:] != of[:-1]  # the first of each message (rows are in line order)
        taken[str(name)] = (of[first], rows[first])
    kept = np.concatenate([rows for _, rows in taken.values()]) if taken else np.zeros(0, int)
    # pyarrow's regex replace, as pandas' str.replace does on text without line breaks
    taken_values = values.take(pa.array(kept, pa.int64()))
    shown = pc.replace_substring_regex(taken_values, _UNIT, r"\1").to_numpy(zero_copy_only=False)
    columns: dict[str, np.ndarray] = {}
    field_lines: dict[str, np.ndarray] = {_HEADER_KEY: np.zeros(n, dtype=np.int64)}
    start = 0
    for name, (of, rows) in taken.items():
        column = np.full(n, None, dtype=object)
        column[of] = shown[start : start + len(rows)]
        start += len(rows)
        on_line = np.zeros(n, dtype=np.int64)
        on_line[of] = lines[rows]
        field_lines[name] = on_line
        if name != _HEADER_KEY:
            columns[name] = column
    return pd.DataFrame(columns, index=pd.RangeIndex(n)), field_lines


_READ = frozenset({*KEYWORDS, _HEADER_KEY})


def _key_values(lines: list[str]) -> tuple[np.ndarray, pa.Array, np.ndarray]:
    """Return the ``KEY = value`` lines: keys (upper case), values (text), 1-based lines."""
    halves = pc.split_pattern(pa.array(lines, pa.string()), "=", max_splits=1)
    keys = pc.utf8_trim(pc.list_element(halves, 0), " \t")
    is_pair = pc.and_(
        pc.equal(pc.list_value_length(halves), 2), pc.match_substring_regex(keys, _KEY)
    )
    found = np.flatnonzero(is_pair.to_numpy(zero_copy_only=False))
    take = pa.array(found)
    values = pc.utf8_trim(pc.list_element(halves.take(take), 1), " \t")
    upper = pc.utf8_upper(keys.take(take)).to_numpy(zero_copy_only=False)
    return np.asarray(upper, dtype=object), values, (found + 1).astype(np.int64)
