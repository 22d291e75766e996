"""The explicit list of readers and content sniffing (never by file name)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from ssaviewer.core.formats import omm_csv, omm_json, omm_kvn, omm_xml, satcat, tle
from ssaviewer.core.formats.read import Read

#: A reader takes a file's bytes and its display name and returns (table, rejected, warnings).
Reader = Callable[[bytes, str], Read]


@dataclass(frozen=True)
class FormatSpec:
    """One readable format: its name, how to recognise it, how to read it, what it yields."""

    name: str
    sniff: Callable[[bytes], bool]
    read: Reader
    kind: Literal["elements", "objects"]

    def parse(self, data: bytes, source: str) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Read ``data``; return the table and the rejected records (warnings dropped)."""
        table, rejected, _ = self.read(data, source)
        return table, rejected


def _looks_like_tle(head: bytes) -> bool:
    """Return True for a line 1 followed by a line 2 (``#`` comments skipped, indented or not).

    Indented element lines are not read (the reader gives each its reason), but a file of
    them is a TLE file with a problem, not a file in an unknown format.
    """
    # Line by line, stopping at the first pair (a TLE file has one in its first lines).
    previous = b""
    for raw in _lines(head.replace(b"\r", b"")):
        line = raw.strip()
        if line.startswith(b"#"):
            continue
        if line.startswith(b"2 ") and previous.startswith(b"1 ") and len(previous) >= 60:
            return True
        previous = line
    return False


def _lines(text: bytes) -> Iterator[bytes]:
    """Yield the pieces of ``text`` between newlines, as ``bytes.split`` at LF gives them."""
    start = 0
    while (end := text.find(b"\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


def _looks_like_omm_kvn(head: bytes) -> bool:
    """Return :func:`omm_kvn.looks_like_omm_kvn`, after a search for its keyword.

    (A line-anchored regular expression over 64 KiB costs half a millisecond; the byte
    search, microseconds.)
    """
    return b"CCSDS_OMM_VERS" in head and omm_kvn.looks_like_omm_kvn(head)


#: Every reader, tried in this order; the sniffers do not overlap (XML and JSON open with
#: ``<`` and ``[``/``{``, KVN with a ``CCSDS_OMM_VERS`` line, the CSVs with a header).
READERS: tuple[FormatSpec, ...] = (
    FormatSpec("omm-xml", omm_xml.looks_like_omm_xml, omm_xml.read_omm_xml, "elements"),
    FormatSpec(
        "omm-json",
        omm_json.looks_like_omm_json,
        omm_json.read_omm_json,
        "elements",
    ),
    FormatSpec("omm-kvn", _looks_like_omm_kvn, omm_kvn.read_omm_kvn, "elements"),
    FormatSpec("omm-csv", omm_csv.looks_like_omm_csv, omm_csv.read_omm_csv, "elements"),
    FormatSpec("satcat-csv", satcat.looks_like_satcat, satcat.read_satcat, "objects"),
    FormatSpec("tle", _looks_like_tle, tle.read_tle, "elements"),
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
