"""The explicit list of readers and content sniffing (never by file name)."""

from __future__ import annotations

import itertools
import mmap
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from ssaviewer.core.formats import omm_csv, omm_json, omm_kvn, omm_xml, satcat, tle

#: A reader takes a file's bytes and its display name and returns (table, rejected records).
Reader = Callable[[bytes, str], tuple[pd.DataFrame, pd.DataFrame]]
#: A reader that also takes a memory-mapped file (any object with the buffer interface).
BufferReader = Callable[[bytes | mmap.mmap, str], tuple[pd.DataFrame, pd.DataFrame]]


@dataclass(frozen=True)
class FormatSpec:
    """One readable format: its name, how to recognise it, how to read it, what it yields.

    ``parse_buffer`` is set when the reader also takes a memory-mapped file as it is.
    """

    name: str
    sniff: Callable[[bytes], bool]
    parse: Reader
    kind: Literal["elements", "objects"]
    parse_buffer: BufferReader | None = None

    def read(self, data: bytes | mmap.mmap, source: str) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Parse ``data`` (bytes or a memory map, copied to bytes only for readers that need it)."""
        if isinstance(data, bytes):
            return self.parse(data, source)
        if self.parse_buffer is not None:
            return self.parse_buffer(data, source)
        return self.parse(bytes(data), source)


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
    FormatSpec("tle", _looks_like_tle, tle.parse_tle, "elements", tle.parse_tle),
)


def sniff(data: bytes | mmap.mmap) -> FormatSpec | None:
    """Return the reader whose sniffer accepts the first 64 KiB of ``data``, or None."""
    head = data[:65536]
    for spec in READERS:
        if spec.sniff(head):
            return spec
    return None


def format_names() -> str:
    """Return the readable formats as a comma-separated list, for error messages."""
    return ", ".join(spec.name for spec in READERS)
