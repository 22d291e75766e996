"""Columns holding one value throughout a partition file, found without decoding them.

The store dictionary-encodes every number column that holds one value in a partition (the
NaN of the SGP4-XP terms TLEs lack, an ephemeris type of 0) and every categorical; a
classification, a format or a source is often one word per partition. Such a column chunk
is a dictionary page of one ``PLAIN`` value and a data page of indices that are one
run-length-encoded run of zeros, a few dozen bytes in all: reading those bytes gives the
value, and the column is filled with it instead of being decoded by Arrow. Every part of
the chunk is checked (page types, sizes, counts, encodings, the one run, nothing left over);
any other chunk is decoded by Arrow as before.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pyarrow.parquet as pq

from ssaviewer.core.store.pages import read_struct, varint

#: Largest column chunk read to look for one value (a constant chunk is ~50 bytes).
CHUNK_BYTES = 512
_DATA_PAGE, _DICTIONARY_PAGE = 0, 2  # PageType
_PLAIN, _PLAIN_DICTIONARY, _RLE_DICTIONARY = 0, 2, 8  # Encoding
#: Bytes of one value of the fixed-width physical types.
_WIDTH = {"DOUBLE": 8, "INT64": 8, "INT32": 4}
_HAS_PREAD = hasattr(os, "pread")


@dataclass(frozen=True)
class ConstantColumn:
    """Every one of the ``n_values`` values of a column is ``value``.

    ``value`` is the value's ``PLAIN`` bytes: little-endian for a number, the UTF-8 text
    (without its length) for a ``BYTE_ARRAY``.
    """

    value: bytes
    n_values: int


def constant_columns(
    fd: int, meta: pq.FileMetaData, columns: dict[str, int]
) -> dict[str, ConstantColumn]:
    """Return the columns of ``columns`` (name -> leaf index) that hold one value throughout.

    ``fd`` is the file open for reading; ``meta`` its metadata. Only files of one row group
    qualify, and required, uncompressed, dictionary-encoded column chunks.
    """
    if not _HAS_PREAD or meta.num_row_groups != 1:
        return {}
    group = meta.row_group(0)
    found = {}
    for name, leaf in columns.items():
        chunk = group.column(leaf)
        described = meta.schema.column(leaf)
        size = chunk.total_compressed_size
        if (
            not chunk.has_dictionary_page
            or chunk.compression != "UNCOMPRESSED"
            or size > CHUNK_BYTES
            or described.max_definition_level != 0
            or described.max_repetition_level != 0
        ):
            continue
        start = chunk.dictionary_page_offset
        value = _one_value(os.pread(fd, size, start), chunk.num_values, chunk.physical_type)
        if value is not None:
            found[name] = ConstantColumn(value, chunk.num_values)
    return found


def _one_value(chunk: bytes, n: int, physical_type: str) -> bytes | None:
    """Return the value of a chunk of ``n`` values that are all its one dictionary value."""
    try:
        head, at = read_struct(chunk, 0)
        size = head.get(3)
        dictionary = head.get(7)
        if (
            head.get(1) != _DICTIONARY_PAGE
            or not isinstance(size, int)
            or head.get(2) != size
            or not isinstance(dictionary, dict)
            or dictionary.get(1) != 1
            or dictionary.get(2) not in (_PLAIN, _PLAIN_DICTIONARY)
        ):
            return None
        value = _plain_value(chunk[at : at + size], physical_type)
        page, at = read_struct(chunk, at + size)
        body = page.get(3)
        data = page.get(5)
        if (
            page.get(1) != _DATA_PAGE
            or not isinstance(body, int)
            or page.get(2) != body
            or at + body != len(chunk)
            or not isinstance(data, dict)
            or data.get(1) != n
            or data.get(2) not in (_PLAIN_DICTIONARY, _RLE_DICTIONARY)
        ):
            return None
        # the indices: their bit width, then one run (header: count << 1) of index 0
        bit_width = chunk[at]
        run, at = varint(chunk, at + 1)
        index = chunk[at:]
    except (IndexError, ValueError):
        return None
    if bit_width > 32 or run != n << 1 or len(index) != (bit_width + 7) // 8 or any(index):
        return None
    return value


def _plain_value(plain: bytes, physical_type: str) -> bytes | None:
    """Return the value of one ``PLAIN`` value's bytes (a text without its length)."""
    if physical_type == "BYTE_ARRAY":
        if len(plain) < 4 or int.from_bytes(plain[:4], "little") != len(plain) - 4:
            return None
        return plain[4:]
    return plain if len(plain) == _WIDTH.get(physical_type) else None
