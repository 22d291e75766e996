"""Pick the truth reader for a file from its name and content."""

from __future__ import annotations

import pandas as pd

from ssaviewer.core.truth.fengyun import parse_fengyun
from ssaviewer.core.truth.ids import parse_ids
from ssaviewer.core.truth.labels_csv import parse_labels_csv
from ssaviewer.core.truth.qzss import parse_qzss


def read_truth(text: str, name: str) -> tuple[pd.DataFrame, list[str]]:
    """Read one ground-truth file's ``text``; ``name`` is its base name (used to choose).

    Raises
    ------
    ValueError
        When the format is none of: labels CSV, IDS ``*man.txt``, Fengyun ``*.fy`` notices,
        QZSS ``#+SATELLITE/MANEUVER`` history.
    """
    text = text.removeprefix("\ufeff")  # a byte-order mark an editor may have written
    head = text.lstrip()[:400]
    if "#+SATELLITE/" in text:
        return parse_qzss(text, name)
    if head.startswith("GEO-") or name.endswith(".fy"):
        return parse_fengyun(text, name)
    if head.startswith("norad_id") or name.endswith(".csv"):
        return parse_labels_csv(text, name)
    if name.endswith("man.txt") or (head[:5].isupper() and head[5:6] == " "):
        return parse_ids(text, name)
    raise ValueError(
        f"{name}: not a known ground-truth format (expected a labels CSV, an IDS *man.txt, "
        "a Fengyun *.fy notice file or a QZSS maneuver history)"
    )
