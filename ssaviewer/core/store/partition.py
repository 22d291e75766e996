"""One partition file of a store: its metadata, its raw number columns, its decoded others."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from ssaviewer.core.schema import ELEMENT_COLUMNS
from ssaviewer.core.store.constants import ConstantColumn, constant_columns
from ssaviewer.core.store.marker import StoreError
from ssaviewer.core.store.pages import RawColumn, raw_columns

#: Threads that open partition files (Arrow releases the GIL while it reads a footer).
READ_THREADS = max(1, min(4, os.cpu_count() or 1))
_T = TypeVar("_T")
_R = TypeVar("_R")

#: Columns read raw when stored as the store writes them, with the Arrow type they need.
RAW_TYPES = {
    name: pa.timestamp("ns", tz="UTC")
    if dtype == "datetime64[ns, UTC]"
    else pa.from_numpy_dtype(dtype)
    for name, dtype in ELEMENT_COLUMNS.items()
    if dtype in ("float64", "int64", "int32", "datetime64[ns, UTC]")
}
#: The text columns (``string``), kept as Arrow arrays.
_TEXT_COLUMNS = [name for name, dtype in ELEMENT_COLUMNS.items() if dtype == "string"]
#: Columns that may hold one value throughout a file (see :mod:`~ssaviewer.core.store.constants`).
_CONSTANT_CANDIDATES = [
    name
    for name, dtype in ELEMENT_COLUMNS.items()
    if dtype in ("float64", "int64", "int32", "int8", "datetime64[ns, UTC]", "category")
]


@dataclass(frozen=True)
class ReadPlan:
    """How a partition file's columns are read.

    ``raw``: where their values lie; ``constant``: their one value; ``missing``: text
    columns without a value; ``decoded``: the columns Arrow decodes.
    """

    raw: dict[str, RawColumn]
    constant: dict[str, ConstantColumn]
    missing: frozenset[str]
    decoded: list[str]


@dataclass
class PartitionFile:
    """An open partition file: its rows, its NORAD range (from its statistics), its raw leaves.

    ``raw_leaves`` maps each column that may be read raw (a number column of exactly the
    table's type) to its leaf index in the file; ``constant_leaves`` each that may hold one
    value throughout (a number of the table's type, a dictionary of texts); ``all_missing``
    names the text columns whose statistics say that no row has a value.
    """

    path: Path
    parquet: pq.ParquetFile
    n_rows: int
    norad_range: tuple[int, int] | None
    raw_leaves: dict[str, int]
    constant_leaves: dict[str, int]
    all_missing: frozenset[str]
    #: One Arrow read of ``parquet`` at a time: a reader is not safe to share between
    #: threads (its read-ahead cache loses ranges: "ReadRangeCache did not find matching
    #: cache entry"), and the decoder thread and the placement's NORAD reads may meet.
    _read_lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @classmethod
    def open(cls, path: Path) -> PartitionFile:
        """Open ``path`` and read its footer; raise :class:`StoreError` naming it."""
        try:
            parquet = pq.ParquetFile(path)
            meta = parquet.metadata
            schema = parquet.schema_arrow
            column = schema.get_field_index("norad_id")
            stats = [
                meta.row_group(g).column(column).statistics for g in range(meta.num_row_groups)
            ]
        except (OSError, pa.ArrowException, ValueError) as exc:
            raise StoreError(f"{path}: a partition cannot be read ({exc})") from exc
        known = bool(stats) and all(s is not None and s.has_min_max for s in stats)
        norad_range = (min(s.min for s in stats), max(s.max for s in stats)) if known else None
        raw_leaves, constant_leaves = _leaves(meta, schema)
        rows = meta.num_rows
        missing = _all_missing(meta, schema)
        return cls(
            path, parquet, rows, norad_range if rows else None, raw_leaves, constant_leaves, missing
        )

    def decode(self, columns: list[str], use_threads: bool) -> dict[str, pa.Array]:
        """Read ``columns`` with Arrow, one array each."""
        try:
            with self._read_lock:
                table = self.parquet.read(columns=columns, use_threads=use_threads)
        except (OSError, pa.ArrowException, ValueError, KeyError) as exc:
            raise StoreError(f"{self.path}: a partition cannot be read ({exc})") from exc
        return {name: single(table.column(name)) for name in columns}

    def plan(self, decoded: Sequence[str]) -> ReadPlan:
        """Return how each of the ``decoded`` columns (the table's, as stored) is read.

        Number columns stored as the store writes them (:mod:`~ssaviewer.core.store.pages`),
        of exactly the table's type, are read raw; columns of one value throughout
        (:mod:`~ssaviewer.core.store.constants`) are filled with it; text columns without
        a value are filled as missing; Arrow decodes the others.
        """
        fd = self.open_fd()
        try:
            meta = self.parquet.metadata
            raw = raw_columns(fd, meta, self.raw_leaves)
            leaves = {n: leaf for n, leaf in self.constant_leaves.items() if n not in raw}
            constant = constant_columns(fd, meta, leaves) if leaves else {}
        finally:
            os.close(fd)
        skipped = raw.keys() | constant.keys() | self.all_missing
        others = [name for name in decoded if name not in skipped]
        return ReadPlan(raw, constant, self.all_missing, others)

    def open_fd(self) -> int:
        """Return a descriptor of the file open for reading (the caller closes it)."""
        try:
            return os.open(self.path, os.O_RDONLY)
        except OSError as exc:
            raise StoreError(f"{self.path}: a partition cannot be read ({exc})") from exc

    def norad_ids(self) -> np.ndarray:
        """Return the file's NORAD ids, checked to be sorted."""
        return sorted_ids(self.path, self.decode(["norad_id"], False)["norad_id"])


def _all_missing(meta: pq.FileMetaData, schema: pa.Schema) -> frozenset[str]:
    """Return the text columns that the statistics of a file of one row group show empty."""
    if meta.num_row_groups != 1 or not meta.num_rows:
        return frozenset()
    found = []
    for name in _TEXT_COLUMNS:
        leaf = schema.get_field_index(name)
        if leaf < 0 or not pa.types.is_large_string(schema.field(leaf).type):
            continue
        stats = meta.row_group(0).column(leaf).statistics
        if stats is not None and stats.has_null_count and stats.null_count == meta.num_rows:
            found.append(name)
    return frozenset(found)


#: The last file schema seen and its leaves (a store's files share one schema).
_last_leaves: tuple[pa.Schema, int, tuple[dict[str, int], dict[str, int]]] | None = None


def _leaves(meta: pq.FileMetaData, schema: pa.Schema) -> tuple[dict[str, int], dict[str, int]]:
    """Return the leaf indices of the columns that may be read raw, and that may be constant.

    See :class:`PartitionFile`; the last schema's are kept, as every file of a store has it.
    """
    global _last_leaves
    last = _last_leaves
    if last is not None and last[1] == meta.num_columns and last[0].equals(schema):
        return last[2]
    leaf = {meta.schema.column(i).path: i for i in range(meta.num_columns)}
    raw = {
        name: leaf[name]
        for name, kind in RAW_TYPES.items()
        if name in leaf and schema.field(name).type == kind
    }
    constant = {
        name: leaf[name]
        for name in _CONSTANT_CANDIDATES
        if name in leaf and _holds_table_type(name, schema.field(name).type)
    }
    _last_leaves = (schema, meta.num_columns, (raw, constant))
    return raw, constant


def _holds_table_type(name: str, kind: pa.DataType) -> bool:
    """Return whether a file's column of Arrow type ``kind`` holds the table's type."""
    dtype = ELEMENT_COLUMNS[name]
    if dtype == "category":
        return bool(pa.types.is_dictionary(kind)) and bool(
            pa.types.is_string(kind.value_type) or pa.types.is_large_string(kind.value_type)
        )
    if dtype == "int8":
        return bool(kind == pa.int8())
    return name in RAW_TYPES and bool(kind == RAW_TYPES[name])


def sorted_ids(path: Path, column: pa.Array) -> np.ndarray:
    """Return a file's NORAD ids as int64; raise when missing, not integers or not sorted."""
    if column.null_count or not pa.types.is_integer(column.type):
        raise StoreError(f"{path}: 'norad_id' is {column.type} with missing values")
    ids: np.ndarray = column.to_numpy(zero_copy_only=False).astype(np.int64, copy=False)
    if (ids[1:] < ids[:-1]).any():
        raise StoreError(f"{path}: rows are not sorted by NORAD id")
    return ids


def single(column: pa.ChunkedArray) -> pa.Array:
    """Return the column as one array (a file of several row groups gives several chunks)."""
    if column.num_chunks == 1:
        return column.chunk(0)
    return pa.concat_arrays(column.chunks) if column.num_chunks else pa.array([], column.type)


def each(items: Sequence[_T], call: Callable[[_T], _R]) -> list[_R]:
    """Return ``[call(item) for item in items]``, on ``READ_THREADS`` threads when several."""
    if len(items) < 2 or READ_THREADS == 1:
        return [call(item) for item in items]
    with ThreadPoolExecutor(READ_THREADS, thread_name_prefix="ssaviewer-store") as pool:
        return list(pool.map(call, items))
