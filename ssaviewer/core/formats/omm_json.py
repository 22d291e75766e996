"""CCSDS OMM as JSON: a list of OMM objects (CelesTrak GP, Space-Track GP / GP_History) or one.

CelesTrak writes numbers as JSON numbers; Space-Track writes every value as a string and adds
fields such as ``CREATION_DATE``, ``GP_ID`` and ``TLE_LINE1``, which are ignored. Space-Track's
legacy ``tle`` class writes ``EPOCH`` to the second and its microseconds in
``EPOCH_MICROSECONDS``: the two are joined, so the epoch is exact.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pandas as pd

from ssaviewer.core.formats.omm_table import KEYWORDS, build_elements, is_plain_text
from ssaviewer.core.formats.read import Read, no_warnings
from ssaviewer.core.schema import BASE_COLUMNS, empty_frame, rejected_frame

_KEYS = (b'"NORAD_CAT_ID"', b'"MEAN_MOTION"', b'"EPOCH"')


def looks_like_omm_json(head: bytes) -> bool:
    """Return True for a JSON object or list whose start names OMM keywords (or ``[]``)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.rstrip() == b"[]":
        return True
    return text[:1] in (b"[", b"{") and any(key in text for key in _KEYS)


def parse_omm_json(data: bytes, source: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse OMM JSON into element sets and rejected records; see :func:`read_omm_json`."""
    return _read(data, source, [])


def read_omm_json(data: bytes, source: str) -> Read:
    """Parse OMM JSON into element sets and rejected records.

    Parameters
    ----------
    data
        The file's bytes (already decompressed).
    source
        Name used in ``source``/``record`` (``file:#n``, the n-th object) and in rejections.

    Returns
    -------
    Read
        ``elements`` has ``schema.BASE_COLUMNS``; ``rejected`` has ``schema.REJECTED_COLUMNS``.
        A file that is not valid JSON is one rejection for the whole file (line 0).
        ``warnings`` (``schema.WARNING_COLUMNS``) names every ``OBJECT_ID`` read as
        ``YYYY-NNNP{1,3}`` though written otherwise (``1959-009  B``).
    """
    warned: list[pd.DataFrame] = []
    elements, rejected = _read(data, source, warned)
    return Read(elements, rejected, warned[0] if warned else no_warnings())


def _read(
    data: bytes, source: str, warned: list[pd.DataFrame]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    try:
        document = json.loads(data.decode("utf-8-sig", errors="replace"))
    except (json.JSONDecodeError, RecursionError) as exc:
        reason = f"is not valid JSON ({exc})"
        return empty_frame(BASE_COLUMNS), rejected_frame(source, [0], [reason])
    items: list[Any] = document if isinstance(document, list) else [document]
    is_object = np.array([isinstance(item, dict) for item in items], dtype=bool)
    numbers = np.arange(1, len(items) + 1, dtype=np.int64)
    objects = [item for item, ok in zip(items, is_object, strict=True) if ok]
    # column-wise: one list per keyword that is read, ignoring every other field
    columns = {key: [o.get(key) for o in objects] for key in _present(objects)}
    if "EPOCH" in columns and any(_MICROSECONDS in o for o in objects[:1000]):
        columns["EPOCH"] = [_exact_epoch(o) for o in objects]
    raw = _columns(pd.DataFrame(columns, index=pd.RangeIndex(len(objects))))
    elements, rejected = build_elements(
        raw,
        numbers[is_object],
        warnings=warned,
        source=source,
        fmt="omm-json",
        unit="record",
        check_text=not is_plain_text(data, b"\\"),
    )
    if not is_object.all():
        not_objects = rejected_frame(
            source,
            numbers[~is_object],
            ["is not a JSON object of OMM keywords"] * int((~is_object).sum()),
            value=[
                json.dumps(item)[:80] for item, ok in zip(items, is_object, strict=True) if not ok
            ],
            unit="record",
        )
        rejected = pd.concat([not_objects, rejected], ignore_index=True).sort_values(
            "line", kind="stable", ignore_index=True
        )
    return elements, rejected


#: Space-Track's legacy ``tle`` class gives ``EPOCH`` to the second and the rest here.
_MICROSECONDS = "EPOCH_MICROSECONDS"


def _exact_epoch(item: dict[str, Any]) -> Any:
    """Return ``EPOCH`` with ``EPOCH_MICROSECONDS`` appended when the epoch has no fraction.

    An epoch that already has a fraction, or microseconds that are not an integer in
    [0, 999999], are passed on unchanged (the epoch check then reports what is wrong).
    """
    epoch, micro = item.get("EPOCH"), item.get(_MICROSECONDS)
    if not isinstance(epoch, str) or micro is None or "." in epoch:
        return epoch
    text = str(micro).strip()
    if not text.isdigit() or int(text) > 999_999:
        return f"{epoch} with EPOCH_MICROSECONDS {micro!r}"
    return f"{epoch.strip().rstrip('Z')}.{int(text):06d}"


def _present(objects: list[dict[str, Any]]) -> list[str]:
    """Return the keywords read that occur in at least one object."""
    seen: set[str] = set()
    for item in objects[:1000]:
        seen.update(item)
    if not set(KEYWORDS) <= seen:
        seen = {key for item in objects for key in item}
    return [key for key in KEYWORDS if key in seen]


def _columns(raw: pd.DataFrame) -> pd.DataFrame:
    """Make every column numbers or text: nested values and booleans become their JSON text."""
    for key in raw.columns:
        column = raw[key]
        if column.dtype.kind in "if" or column.dtype == "string":
            continue
        kind = pd.api.types.infer_dtype(column, skipna=True)
        if kind in ("string", "integer", "floating", "mixed-integer-float", "empty"):
            continue
        raw[key] = column.map(_as_text, na_action="ignore")
    return raw


def _as_text(value: Any) -> Any:
    if isinstance(value, str) or (isinstance(value, int | float) and not isinstance(value, bool)):
        return value
    return json.dumps(value)
