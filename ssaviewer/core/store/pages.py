"""Where the raw values of a plain number column lie in a Parquet file.

The store writes each number column of a partition as one uncompressed ``PLAIN`` data page
of a required column: after the page header, the page is the little-endian values
themselves. Such a column is read straight into the table's array with one ``preadv``
(a third of what decoding it with Arrow costs: no intermediate buffers). Every condition
is checked against the file's metadata and the page header, and any column that does not
meet them all (another writer, another layout) is decoded by Arrow instead.

The page header is Thrift compact protocol (``PageHeader`` of ``parquet.thrift``): a
struct of fields, each a byte of (field-id delta, type) and a value. Its length is known
from the metadata (the chunk's size less its values), and the headers of a store's columns
repeat (same rows, same type, no page statistics): each distinct header is parsed once.
"""

from __future__ import annotations

import functools
import os
import sys
from dataclasses import dataclass
from typing import Any

import pyarrow.parquet as pq

#: Longest page header read (a data page header with min/max statistics is ~60 bytes).
HEADER_BYTES = 256
#: Parquet physical types read raw, with their value width in bytes.
_WIDTH = {"DOUBLE": 8, "INT64": 8, "INT32": 4}
_DATA_PAGE = 0  # PageType.DATA_PAGE (version 1)
_PLAIN = 0  # Encoding.PLAIN
#: ``os.pread``/``os.preadv`` are POSIX only (not on Windows): there, Arrow decodes every column.
_HAS_PREAD = hasattr(os, "pread") and hasattr(os, "preadv")


@dataclass(frozen=True)
class RawColumn:
    """The ``n_values`` values of a column start at byte ``offset`` of the file."""

    offset: int
    n_values: int


def raw_columns(fd: int, meta: pq.FileMetaData, columns: dict[str, int]) -> dict[str, RawColumn]:
    """Return the columns of ``columns`` (name -> leaf index) whose values can be read raw.

    ``fd`` is the file open for reading; ``meta`` its metadata. Only a file of one row group
    on a little-endian machine qualifies; a column needs a required, uncompressed chunk of
    exactly one ``PLAIN`` version-1 data page without a dictionary.
    """
    if sys.byteorder != "little" or not _HAS_PREAD or meta.num_row_groups != 1:
        return {}
    group = meta.row_group(0)
    found = {}
    for name, leaf in columns.items():
        chunk = group.column(leaf)
        width = _WIDTH.get(chunk.physical_type)
        described = meta.schema.column(leaf)
        if (
            width is None
            or chunk.compression != "UNCOMPRESSED"
            or chunk.has_dictionary_page
            or described.max_definition_level != 0
            or described.max_repetition_level != 0
        ):
            continue
        where = _values_of_single_page(fd, chunk, width)
        if where is not None:
            found[name] = where
    return found


def _values_of_single_page(fd: int, chunk: Any, width: int) -> RawColumn | None:
    """Return where the values are when the chunk is one plain data page, else None."""
    start = chunk.data_page_offset
    n = chunk.num_values
    header_bytes = chunk.total_compressed_size - n * width
    if not 0 < header_bytes <= HEADER_BYTES:
        return None
    header = os.pread(fd, header_bytes, start)
    if not _is_single_plain_page(header, n, width):
        return None
    return RawColumn(start + header_bytes, n)


@functools.lru_cache(maxsize=1024)
def _is_single_plain_page(header: bytes, n: int, width: int) -> bool:
    """Return whether ``header`` is exactly a plain version-1 data page of ``n`` values."""
    try:
        fields, length = read_struct(header, 0)
    except (IndexError, ValueError):
        return False
    page = fields.get(5)
    return (
        length == len(header)
        and fields.get(1) == _DATA_PAGE
        and fields.get(2) == n * width
        and fields.get(3) == n * width
        and isinstance(page, dict)
        and page.get(1) == n
        and page.get(2) == _PLAIN
    )


def read_struct(data: bytes, pos: int) -> tuple[dict[int, Any], int]:
    """Read a Thrift compact struct at ``pos``: its fields (id -> value) and the end.

    Integers are returned as numbers, nested structs as dicts; other values (binary,
    doubles, lists, maps) are skipped and returned as None.
    """
    fields: dict[int, Any] = {}
    last = 0
    while True:
        byte = data[pos]
        pos += 1
        if byte == 0:
            return fields, pos
        kind, delta = byte & 0x0F, byte >> 4
        if delta:
            last += delta
        else:
            raw, pos = varint(data, pos)
            last = _zigzag(raw)
        fields[last], pos = _value(data, pos, kind)


def _value(data: bytes, pos: int, kind: int) -> tuple[Any, int]:
    if kind in (1, 2):  # a boolean field: the value is the type
        return kind == 1, pos
    if kind == 3:
        return data[pos], pos + 1
    if kind in (4, 5, 6):
        raw, pos = varint(data, pos)
        return _zigzag(raw), pos
    if kind == 7:
        return None, pos + 8
    if kind == 8:
        size, pos = varint(data, pos)
        return None, pos + size
    if kind in (9, 10):  # list, set
        head = data[pos]
        pos += 1
        size, element = head >> 4, head & 0x0F
        if size == 15:
            size, pos = varint(data, pos)
        for _ in range(size):
            pos = pos + 1 if element in (1, 2) else _value(data, pos, element)[1]
        return None, pos
    if kind == 11:  # map
        size, pos = varint(data, pos)
        if size:
            types = data[pos]
            pos += 1
            for _ in range(size):
                pos = _value(data, pos, types >> 4)[1]
                pos = _value(data, pos, types & 0x0F)[1]
        return None, pos
    if kind == 12:
        return read_struct(data, pos)
    raise ValueError(f"Thrift compact type {kind} at byte {pos}")


def varint(data: bytes, pos: int) -> tuple[int, int]:
    """Read an unsigned varint at ``pos``: its value and the position after it."""
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7
        if shift > 63:
            raise ValueError(f"varint longer than 64 bits at byte {pos}")


def _zigzag(raw: int) -> int:
    return (raw >> 1) ^ -(raw & 1)
