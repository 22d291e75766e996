"""The explicit list of readers and content sniffing (never by file name)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from ssaviewer.core.formats import omm_csv, omm_json, omm_kvn, omm_xml, satcat, tle

#: A reader takes a file's bytes and its display name and returns (table, rejected records).
Reader = Callable[[bytes, str], tuple[pd.DataFrame, pd.DataFrame]]


@dataclass(frozen=True)
class FormatSpec:
    """One readable format: its name, how to recognise it, how to read it, what it yields."""

    name: str
    sniff: Callable[[bytes], bool]
    parse: Reader
    kind: Literal["elements", "objects"]


def _looks_like_tle(head: bytes) -> bool:
    lines = head.replace(b"\r", b"").split(b"\n")
    return any(
        a.startswith(b"1 ") and b.startswith(b"2 ") and len(a) >= 60
        for a, b in itertools.pairwise(lines)
    )


#: Every reader, tried in this order; the sniffers do not overlap (XML and JSON open with
#: ``<`` and ``[``/``{``, KVN with a ``CCSDS_OMM_VERS`` line, the CSVs with a header).
READERS: tuple[FormatSpec, ...] = (
    FormatSpec("omm-xml", omm_xml.looks_like_omm_xml, omm_xml.parse_omm_xml, "elements"),
    FormatSpec("omm-json", omm_json.looks_like_omm_json, omm_json.parse_omm_json, "elements"),
    FormatSpec("omm-kvn", omm_kvn.looks_like_omm_kvn, omm_kvn.parse_omm_kvn, "elements"),
    FormatSpec("omm-csv", omm_csv.looks_like_omm_csv, omm_csv.parse_omm_csv, "elements"),
    FormatSpec("satcat-csv", satcat.looks_like_satcat, satcat.parse_satcat, "objects"),
    FormatSpec("tle", _looks_like_tle, tle.parse_tle, "elements"),
)


def sniff(data: bytes) -> FormatSpec | None:
    """Return the reader whose sniffer accepts the first 64 KiB of ``data``, or None."""
    head = data[:65536]
    for spec in READERS:
        if spec.sniff(head):
            return spec
    return None


def format_names() -> str:
    """Return the readable formats as a comma-separated list, for error messages."""
    return ", ".join(spec.name for spec in READERS)
