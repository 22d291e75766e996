"""Reading a store: every partition, or some of them, back into the element table.

Every column of the table is one array (from Arrow's memory pool, which keeps freed memory
for the next read) filled partition by partition, files in parallel: plain number columns
are read from the file straight into their rows (:mod:`~ssaviewer.core.store.pages`); the
others are decoded by Arrow and copied at once, categoricals as integer codes translated
from each file's dictionary to the store's categories (kept in the marker), the two text
columns kept as Arrow chunks. No ``to_pandas`` conversion, no sort: a partition is sorted
by object and epoch, and each object lies in one partition, so the table's order is a
placement of whole partitions (or, when their NORAD ids interleave, of whole object runs).
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ssaviewer.core.duplicates import shared_epoch
from ssaviewer.core.schema import ELEMENT_COLUMNS, OBJECT_COLUMNS, REGIMES, empty_frame
from ssaviewer.core.store.categories import CategorySpec
from ssaviewer.core.store.keys import object_runs
from ssaviewer.core.store.marker import (
    LEGACY_VERSIONS,
    StoreError,
    partition_file,
    read_index,
)
from ssaviewer.core.store.pages import RawColumn, raw_columns

#: SATCAT metadata kept with the store (the element-set summaries are recomputed on read).
OBJECTS_FILE = "objects.parquet"
#: Threads that decode partition files (Arrow releases the GIL while it decodes).
READ_THREADS = max(1, min(4, os.cpu_count() or 1))

#: Columns recomputed on read, as ``merge_elements`` makes them (cheaper than decoding them):
#: ``sgp4_propagatable`` (ephemeris type not 4) and ``epoch_conflict`` (a neighbour with
#: the same object and epoch; an object lies in one partition, so per partition is global).
RECOMPUTED = ("sgp4_propagatable", "epoch_conflict")
#: Columns decoded from the partition files.
DECODED = [name for name in ELEMENT_COLUMNS if name not in RECOMPUTED]

#: Columns read raw when stored as the store writes them, with the Arrow type they need.
_RAW_TYPES = {
    name: pa.timestamp("ns", tz="UTC")
    if dtype == "datetime64[ns, UTC]"
    else pa.from_numpy_dtype(dtype)
    for name, dtype in ELEMENT_COLUMNS.items()
    if dtype in ("float64", "int64", "int32", "datetime64[ns, UTC]")
}

_REGIME = pd.CategoricalDtype(list(REGIMES))
_T = TypeVar("_T")
_R = TypeVar("_R")
_NAT = np.iinfo(np.int64).min


def read_partitions(
    store: str | os.PathLike[str], keys: Iterable[str] | None = None
) -> pd.DataFrame:
    """Return the element table (``ELEMENT_COLUMNS``) of partitions ``keys`` (all when None).

    Rows are sorted by object and epoch, as :func:`ssaviewer.core.dataset.load` returns them,
    and the categoricals have the store's categories (those of the tables written to it).
    Raises :class:`~ssaviewer.core.store.marker.StoreError` for a missing or corrupt file,
    naming it.
    """
    root = Path(store)
    index = read_index(root)
    wanted = sorted(index.partitions) if keys is None else list(keys)
    unknown = [k for k in wanted if k not in index.partitions]
    if unknown:
        raise StoreError(f"{root}: no partition {unknown[0]!r} in this store")
    files = [partition_file(root, k) for k in wanted]
    if not files:
        return empty_frame(ELEMENT_COLUMNS)
    if index.version in LEGACY_VERSIONS:
        return _read_legacy(root, files)
    return _read(files, index.categories)


def _read(files: list[Path], categories: dict[str, CategorySpec]) -> pd.DataFrame:
    """Read partition files (layout 2) into the element table.

    Where each file's rows go comes from the NORAD range in its metadata (or, when ranges
    overlap, from its NORAD ids); then every file is decoded and copied to its rows at once
    (while it is still in the cache), files in parallel on ``READ_THREADS`` threads.
    """
    opened = _each(files, _File.open)
    place = _Placement(opened)
    table = _Table(place, categories)
    threads = len(files) == 1  # one file: Arrow decodes its columns in parallel

    def fill(k: int) -> None:
        with opened[k].raw_reader() as (fd, raw):
            table.fill_raw(k, fd, raw)
            table.fill(k, opened[k].decode([n for n in DECODED if n not in raw], threads))

    _each(list(range(len(files))), fill)
    return table.frame()


def _each(items: Sequence[_T], call: Callable[[_T], _R]) -> list[_R]:
    """Return ``[call(item) for item in items]``, on ``READ_THREADS`` threads when several."""
    if len(items) < 2 or READ_THREADS == 1:
        return [call(item) for item in items]
    with ThreadPoolExecutor(READ_THREADS, thread_name_prefix="ssaviewer-store") as pool:
        return list(pool.map(call, items))


@dataclass
class _File:
    """An open partition file: its rows and, from its statistics, its NORAD range."""

    path: Path
    parquet: pq.ParquetFile
    n_rows: int
    norad_range: tuple[int, int] | None

    @classmethod
    def open(cls, path: Path) -> _File:
        try:
            parquet = pq.ParquetFile(path)
            meta = parquet.metadata
            column = parquet.schema_arrow.get_field_index("norad_id")
            stats = [
                meta.row_group(g).column(column).statistics for g in range(meta.num_row_groups)
            ]
        except (OSError, pa.ArrowException, ValueError) as exc:
            raise StoreError(f"{path}: a partition cannot be read ({exc})") from exc
        known = bool(stats) and all(s is not None and s.has_min_max for s in stats)
        norad_range = (min(s.min for s in stats), max(s.max for s in stats)) if known else None
        return cls(path, parquet, meta.num_rows, norad_range if meta.num_rows else None)

    def decode(self, columns: list[str], use_threads: bool) -> dict[str, pa.Array]:
        """Read ``columns``, one Arrow array each."""
        try:
            table = self.parquet.read(columns=columns, use_threads=use_threads)
        except (OSError, pa.ArrowException, ValueError, KeyError) as exc:
            raise StoreError(f"{self.path}: a partition cannot be read ({exc})") from exc
        return {name: _single(table.column(name)) for name in columns}

    @contextlib.contextmanager
    def raw_reader(self) -> Iterator[tuple[int, dict[str, RawColumn]]]:
        """Open the file; yield its descriptor and the columns read without Arrow.

        Those are number columns stored as the store writes them (see
        :mod:`~ssaviewer.core.store.pages`), of exactly the type the table has.
        """
        schema = self.parquet.schema_arrow
        leaf = {self.parquet.metadata.schema.column(i).path: i for i in range(len(schema))}
        wanted = {
            name: leaf[name]
            for name, kind in _RAW_TYPES.items()
            if name in leaf and schema.field(name).type == kind
        }
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError as exc:
            raise StoreError(f"{self.path}: a partition cannot be read ({exc})") from exc
        try:
            yield fd, raw_columns(fd, self.parquet.metadata, wanted)
        finally:
            os.close(fd)

    def norad_ids(self) -> np.ndarray:
        """Return the file's NORAD ids, checked to be sorted."""
        return _sorted_ids(self.path, self.decode(["norad_id"], False)["norad_id"])


def _sorted_ids(path: Path, column: pa.Array) -> np.ndarray:
    if column.null_count or not pa.types.is_integer(column.type):
        raise StoreError(f"{path}: 'norad_id' is {column.type} with missing values")
    ids: np.ndarray = column.to_numpy(zero_copy_only=False).astype(np.int64, copy=False)
    if (ids[1:] < ids[:-1]).any():
        raise StoreError(f"{path}: rows are not sorted by NORAD id")
    return ids


def _single(column: pa.ChunkedArray) -> pa.Array:
    """Return the column as one array (a file of several row groups gives several chunks)."""
    if column.num_chunks == 1:
        return column.chunk(0)
    return pa.concat_arrays(column.chunks) if column.num_chunks else pa.array([], column.type)


class _Placement:
    """Where each partition's rows go in the table (sorted by object, then epoch).

    Partitions whose NORAD ranges do not overlap are laid end to end (one slice each);
    otherwise the table is a list of ``pieces`` (partition, first row, rows: object runs in
    NORAD order, neighbours joined), copied once every partition is read.
    """

    def __init__(self, files: list[_File]) -> None:
        self.files = files
        sizes = np.array([f.n_rows for f in files], dtype=np.int64)
        self.n_rows = int(sizes.sum())
        self.slices: dict[int, slice] | None = None
        self.pieces: list[tuple[int, int, int]] = []
        self.runs_of: dict[int, list[tuple[int, int]]] = {k: [] for k in range(len(files))}
        self._pending: dict[int, tuple[np.ndarray, dict[int, np.ndarray]]] = {}
        filled = [k for k in range(len(files)) if sizes[k]]
        ranges = [files[k].norad_range for k in filled]
        if all(r is not None for r in ranges):
            ends = {k: r for k, r in zip(filled, ranges, strict=True) if r is not None}
            by_first = sorted(filled, key=lambda k: ends[k][0])
            if all(ends[a][1] < ends[b][0] for a, b in itertools.pairwise(by_first)):
                stops = np.cumsum(sizes[by_first])
                pairs = zip(by_first, stops, strict=True)
                self.slices = {k: slice(int(e - sizes[k]), int(e)) for k, e in pairs}
                for k in range(len(files)):
                    self.slices.setdefault(k, slice(0, 0))
                return
        norad = _each(files, _File.norad_ids)
        runs = [object_runs(ids) for ids in norad]
        run_part = np.concatenate([np.full(len(f), k) for k, (f, _) in enumerate(runs)])
        run_first = np.concatenate([f for f, _ in runs])
        run_len = np.concatenate([s - f for f, s in runs])
        run_norad = np.concatenate([ids[f] for ids, (f, _) in zip(norad, runs, strict=True)])
        order = np.argsort(run_norad, kind="stable")
        # the table as pieces (partition, first row, rows): runs in order, neighbours joined
        part, first, length = run_part[order], run_first[order], run_len[order]
        new = np.flatnonzero(
            np.r_[True, (part[1:] != part[:-1]) | (first[1:] != first[:-1] + length[:-1])]
        )
        pieces = zip(part[new], first[new], np.add.reduceat(length, new), strict=True)
        self.pieces = [(int(k), int(a), int(n)) for k, a, n in pieces] if len(new) else []
        # each partition's pieces in its own row order: (first row in the table, rows)
        at = 0
        for k, _, n in self.pieces:
            self.runs_of[k].append((at, n))
            at += n

    def put(self, out: np.ndarray, k: int, values: np.ndarray) -> None:
        """Copy partition ``k``'s ``values`` to their rows of ``out``.

        When partitions interleave, the values are kept until :meth:`finish` copies every
        partition's object runs at once.
        """
        self._check(k, values)
        if self.slices is not None:
            out[self.slices[k]] = values
        else:
            self._pending.setdefault(id(out), (out, {}))[1][k] = values

    def finish(self) -> None:
        """Copy the values kept by :meth:`put`, whole runs in table order."""
        for out, parts in self._pending.values():
            if all(k in parts for k, _, _ in self.pieces):
                np.concatenate([parts[k][a : a + n] for k, a, n in self.pieces], out=out)
                continue
            at = 0  # the other partitions' rows were read in place (``runs_of``)
            for k, first, n in self.pieces:
                if k in parts:
                    out[at : at + n] = parts[k][first : first + n]
                at += n
        self._pending.clear()

    def put_mapped(self, out: np.ndarray, k: int, mapping: np.ndarray, index: np.ndarray) -> None:
        """Write ``mapping[index]`` to partition ``k``'s rows of ``out`` (without a temporary)."""
        self._check(k, index)
        if len(mapping) == 1 and self.slices is not None:  # one value (NA has its own)
            out[self.slices[k]] = mapping[0]
        elif self.slices is not None:
            np.take(mapping, index, out=out[self.slices[k]])
        else:
            self.put(out, k, mapping[index])

    def _check(self, k: int, values: np.ndarray) -> None:
        if len(values) != self.files[k].n_rows:
            raise StoreError(
                f"{self.files[k].path}: a column of {len(values)} rows, not {self.files[k].n_rows}"
            )

    def order(self) -> list[int] | None:
        """Return the partitions in table order, or None when their rows interleave."""
        if self.slices is None:
            return None
        slices = self.slices
        return sorted(slices, key=lambda k: (slices[k].start, slices[k].stop))


def _empty(n_rows: int, dtype: np.dtype) -> np.ndarray:
    """Return a writable array from Arrow's memory pool.

    The pool keeps freed memory for the next table, where ``np.empty`` would take fresh
    pages from the system for every column (a page fault per 4 KiB: as long as the copy).
    """
    return np.frombuffer(pa.allocate_buffer(n_rows * dtype.itemsize), dtype=dtype)


class _Table:
    """The element table being filled, one partition file at a time (from any thread)."""

    def __init__(self, place: _Placement, categories: dict[str, CategorySpec]) -> None:
        self.place = place
        n = place.n_rows
        self.arrays: dict[str, np.ndarray] = {}
        self.dtypes: dict[str, pd.CategoricalDtype] = {}
        self.code_of: dict[str, dict[str, int]] = {}
        self.texts: dict[str, list[pa.Array | None]] = {}
        for name in DECODED:
            dtype = ELEMENT_COLUMNS[name]
            if dtype == "category":
                spec = categories.get(name)
                if spec is None and name != "regime":
                    where = place.files[0].path.parent.parent
                    raise StoreError(f"{where}: the store lists no categories of {name!r}")
                self.dtypes[name] = _REGIME if spec is None else spec.dtype()
                values = REGIMES if spec is None else spec.values
                self.code_of[name] = {word: code for code, word in enumerate(values)}
                self.arrays[name] = _empty(n, _code_dtype(len(values)))
            elif dtype == "string":
                self.texts[name] = [None] * len(place.files)
            elif dtype == "datetime64[ns, UTC]":
                self.arrays[name] = _empty(n, np.dtype(np.int64))
            else:
                self.arrays[name] = _empty(n, np.dtype(dtype))

    def fill_raw(self, k: int, fd: int, raw: dict[str, RawColumn]) -> None:
        """Read partition ``k``'s ``raw`` columns from ``fd`` straight into their rows."""
        file = self.place.files[k]
        for name, where in raw.items():
            out = self.arrays[name]
            if where.n_values != file.n_rows:
                raise StoreError(f"{file.path}: {where.n_values} {name}, not {file.n_rows}")
            slices = self.place.slices
            if slices is None:  # each object run to its rows (ids checked when placed)
                rows = memoryview(out.data).cast("B")
                width = out.dtype.itemsize
                views = [rows[a * width : (a + n) * width] for a, n in self.place.runs_of[k]]
                _read_scattered(fd, views, where.offset, file.path)
                continue
            values = out[slices[k]]
            _read_scattered(fd, [memoryview(values.data).cast("B")], where.offset, file.path)
            if name == "norad_id":
                self._check_ids(k, values)

    def _check_ids(self, k: int, ids: np.ndarray) -> None:
        file = self.place.files[k]
        if (ids[1:] < ids[:-1]).any():
            raise StoreError(f"{file.path}: rows are not sorted by NORAD id")
        known = file.norad_range
        if len(ids) and known is not None and known != (ids[0], ids[-1]):
            raise StoreError(f"{file.path}: NORAD ids {ids[0]}-{ids[-1]}, not {known}")

    def fill(self, k: int, columns: dict[str, pa.Array]) -> None:
        """Copy partition ``k``'s decoded ``columns`` to their rows."""
        path = self.place.files[k].path
        for name, array in columns.items():
            dtype = ELEMENT_COLUMNS[name]
            if name == "norad_id":
                values = _sorted_ids(path, array)
                self._check_ids(k, values)
            elif dtype == "category":
                self._put_codes(k, name, array)
                continue
            elif dtype == "string":
                self.texts[name][k] = array.cast(pa.large_string())
                continue
            elif dtype == "datetime64[ns, UTC]":
                values = _epoch_ns(path, name, array)
            else:
                if array.null_count:
                    raise StoreError(f"{path}: {name!r} has missing values; expected numbers")
                values = array.to_numpy(zero_copy_only=False)
            self.place.put(self.arrays[name], k, values)

    def _put_codes(self, k: int, name: str, array: pa.Array) -> None:
        """Write the store's category codes of partition ``k``'s dictionary column."""
        path = self.place.files[k].path
        if not pa.types.is_dictionary(array.type):
            array = array.dictionary_encode()
        words = array.dictionary.to_pylist()
        code_of = self.code_of[name]
        absent = [w for w in words if w not in code_of]
        if absent:
            raise StoreError(f"{path}: {name!r} holds {absent[0]!r}, not in the store's list")
        # the file's dictionary positions -> the store's codes (missing values: -1, last)
        codes = [code_of[w] for w in words]
        indices = array.indices
        if indices.null_count:
            indices = pc.fill_null(indices, len(words))
            codes.append(-1)
        mapping = np.array(codes, dtype=self.arrays[name].dtype)
        index = indices.to_numpy(zero_copy_only=False)
        self.place.put_mapped(self.arrays[name], k, mapping, index)

    def frame(self) -> pd.DataFrame:
        """Return the filled table as a DataFrame with ``ELEMENT_COLUMNS``."""
        self.place.finish()
        columns: dict[str, object] = {}
        epoch = self.arrays["epoch_utc"]
        recomputed = {
            "sgp4_propagatable": self.arrays["ephemeris_type"] != 4,
            "epoch_conflict": shared_epoch(self.arrays["norad_id"], epoch),
        }
        for name, dtype in ELEMENT_COLUMNS.items():
            if name in recomputed:
                columns[name] = recomputed[name]
            elif dtype == "category":
                columns[name] = pd.Categorical.from_codes(
                    self.arrays[name], dtype=self.dtypes[name], validate=False
                )
            elif dtype == "string":
                columns[name] = self._text(name)
            elif dtype == "datetime64[ns, UTC]":
                ns = epoch.view("datetime64[ns]")
                columns[name] = pd.Series(ns, copy=False).dt.tz_localize("UTC")
            else:
                columns[name] = self.arrays[name]
        return pd.DataFrame(columns, copy=False)

    def _text(self, name: str) -> pd.arrays.ArrowStringArray:
        arrays = [a if a is not None else pa.array([], pa.large_string()) for a in self.texts[name]]
        order = self.place.order()
        if order is not None:
            joined = pa.chunked_array([arrays[k] for k in order], type=pa.large_string())
        else:  # one copy of the whole objects' texts, in table order
            pieces = [arrays[k].slice(first, n) for k, first, n in self.place.pieces]
            joined = pa.chunked_array([pa.concat_arrays(pieces)], type=pa.large_string())
        return pd.arrays.ArrowStringArray(joined)


#: Buffers one ``preadv`` fills at most (POSIX guarantees 16, Linux takes 1024).
_IOV_MAX = max(16, min(1024, os.sysconf("SC_IOV_MAX") if hasattr(os, "sysconf") else 16))


def _read_scattered(fd: int, views: list[memoryview], offset: int, path: Path) -> None:
    """Fill ``views`` in turn with the bytes of ``fd`` from ``offset`` on."""
    for start in range(0, len(views), _IOV_MAX):
        batch = views[start : start + _IOV_MAX]
        got = os.preadv(fd, batch, offset)
        for view in batch:
            done = min(max(got, 0), len(view))
            got -= done
            while done < len(view):  # a short read: the rest of this buffer
                more = os.preadv(fd, [view[done:]], offset + done)
                if more <= 0:
                    raise StoreError(f"{path}: ends inside a column (byte {offset + done})")
                done += more
            offset += len(view)


def _epoch_ns(path: Path, name: str, array: pa.Array) -> np.ndarray:
    """Return the nanoseconds of a file's epoch column (NaT as the int64 minimum)."""
    if not pa.types.is_timestamp(array.type) or array.type.unit != "ns":
        raise StoreError(f"{path}: {name!r} is {array.type}; expected timestamp[ns]")
    ints = array.view(pa.int64())
    if ints.null_count:
        ints = pc.fill_null(ints, _NAT)
    values: np.ndarray = ints.to_numpy(zero_copy_only=False)
    return values


def _code_dtype(n_categories: int) -> np.dtype:
    """Return the integer type pandas gives the codes of this many categories."""
    for kind in (np.int8, np.int16, np.int32):
        if n_categories < np.iinfo(kind).max:
            return np.dtype(kind)
    return np.dtype(np.int64)


def _read_legacy(root: Path, files: list[Path]) -> pd.DataFrame:
    """Read a version-1 store (nullable numbers, each file's own categories)."""
    try:
        tables = [pq.read_table(path) for path in files]
    except (OSError, pa.ArrowException) as exc:
        raise StoreError(f"{root}: a partition cannot be read ({exc})") from exc
    frames = [table.to_pandas() for table in tables]
    frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    order = np.lexsort(
        (frame["epoch_utc"].to_numpy(dtype="datetime64[ns]").view(np.int64), frame["norad_id"])
    )
    frame = frame.take(order).reset_index(drop=True)
    wrong = {c: t for c, t in ELEMENT_COLUMNS.items() if str(frame[c].dtype) != t}
    frame = frame.astype(wrong) if wrong else frame
    frame["regime"] = frame["regime"].astype(_REGIME)
    result: pd.DataFrame = frame[list(ELEMENT_COLUMNS)]
    return result


def read_objects(store: str | os.PathLike[str]) -> pd.DataFrame:
    """Return the SATCAT metadata kept with the store (``OBJECT_COLUMNS`` subset)."""
    path = Path(store) / OBJECTS_FILE
    if not path.is_file():
        return empty_frame(OBJECT_COLUMNS)
    try:
        frame: pd.DataFrame = pq.read_table(path).to_pandas()
    except (OSError, pa.ArrowException) as exc:
        raise StoreError(f"{path}: cannot be read ({exc})") from exc
    return frame.astype({c: OBJECT_COLUMNS[c] for c in frame.columns if c in OBJECT_COLUMNS})


def read_store(store: str | os.PathLike[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return ``(elements, satcat)`` of the whole store; see :func:`read_partitions`."""
    return read_partitions(store), read_objects(store)
