"""Reading a store: every partition, or some of them, back into the element table.

Each partition file is decoded by Arrow on its own (files in parallel, one thread each),
then every column is copied once into one numpy array of the whole table, in object order:
numbers straight from Arrow's buffers, categoricals as integer codes translated from each
file's dictionary to the store's categories (kept in the marker), the two text columns as
Arrow chunks. No ``to_pandas`` conversion, no sort: a partition is sorted by object and
epoch, and each object lies in one partition, so the table's order is a placement of
whole partitions (or, when their NORAD ids interleave, of whole object runs).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ssaviewer.core.schema import ELEMENT_COLUMNS, OBJECT_COLUMNS, REGIMES, empty_frame
from ssaviewer.core.store.categories import CategorySpec
from ssaviewer.core.store.keys import object_runs
from ssaviewer.core.store.marker import (
    LEGACY_VERSIONS,
    StoreError,
    partition_file,
    read_index,
)

#: SATCAT metadata kept with the store (the element-set summaries are recomputed on read).
OBJECTS_FILE = "objects.parquet"
#: Threads that decode partition files (Arrow releases the GIL while it decodes).
READ_THREADS = max(1, min(4, os.cpu_count() or 1))

_REGIME = pd.CategoricalDtype(list(REGIMES))
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
    return _assemble(_decode_all(files), index.categories)


@dataclass(frozen=True)
class _Part:
    """One decoded partition file: its path and its columns (one Arrow array each)."""

    path: Path
    columns: dict[str, pa.Array]

    def __len__(self) -> int:
        return len(self.columns["norad_id"])


def _decode_all(files: Sequence[Path]) -> list[_Part]:
    """Decode every file; several at once on ``READ_THREADS`` threads."""
    if len(files) == 1 or READ_THREADS == 1:
        return [_decode(path, use_threads=len(files) == 1) for path in files]
    with ThreadPoolExecutor(READ_THREADS, thread_name_prefix="ssaviewer-store") as pool:
        return list(pool.map(_decode, files))


def _decode(path: Path, use_threads: bool = False) -> _Part:
    """Read one partition file into one Arrow array per element column."""
    try:
        table = pq.ParquetFile(path).read(columns=list(ELEMENT_COLUMNS), use_threads=use_threads)
    except (OSError, pa.ArrowException, ValueError) as exc:
        raise StoreError(f"{path}: a partition cannot be read ({exc})") from exc
    if any(table.column(name).num_chunks != 1 for name in ELEMENT_COLUMNS):
        table = table.combine_chunks()  # several row groups; one array per column
    return _Part(path, {name: _single(table.column(name)) for name in ELEMENT_COLUMNS})


def _single(column: pa.ChunkedArray) -> pa.Array:
    if column.num_chunks == 1:
        return column.chunk(0)
    return pa.concat_arrays(column.chunks) if column.num_chunks else pa.array([], column.type)


class _Placement:
    """Where each partition's rows go in the table (sorted by object, then epoch).

    Partitions whose NORAD ranges do not overlap are laid end to end (one slice each);
    otherwise each partition's object runs are scattered to their places.
    """

    def __init__(self, parts: list[_Part]) -> None:
        norad = [p.columns["norad_id"].to_numpy() for p in parts]
        for part, ids in zip(parts, norad, strict=True):
            if part.columns["norad_id"].null_count or (ids[1:] < ids[:-1]).any():
                raise StoreError(f"{part.path}: rows are not sorted by NORAD id")
        sizes = np.array([len(p) for p in parts], dtype=np.int64)
        self.n_rows = int(sizes.sum())
        filled = [k for k in range(len(parts)) if sizes[k]]
        by_first = sorted(filled, key=lambda k: int(norad[k][0]))
        self.slices: dict[int, slice] | None = None
        self.rows: dict[int, np.ndarray] = {}
        if all(norad[a][-1] < norad[b][0] for a, b in itertools.pairwise(by_first)):
            stops = np.cumsum(sizes[by_first])
            pairs = zip(by_first, stops, strict=True)
            self.slices = {k: slice(int(e - sizes[k]), int(e)) for k, e in pairs}
            for k in range(len(parts)):
                self.slices.setdefault(k, slice(0, 0))
            return
        runs = [object_runs(ids) for ids in norad]
        run_part = np.concatenate([np.full(len(f), k) for k, (f, _) in enumerate(runs)])
        run_first = np.concatenate([f for f, _ in runs])
        run_len = np.concatenate([s - f for f, s in runs])
        run_norad = np.concatenate([ids[f] for ids, (f, _) in zip(norad, runs, strict=True)])
        order = np.argsort(run_norad, kind="stable")
        start = np.empty_like(run_len)
        start[order] = np.cumsum(run_len[order]) - run_len[order]
        for k in range(len(parts)):
            mine = run_part == k
            shift = np.repeat(start[mine] - run_first[mine], run_len[mine])
            self.rows[k] = np.arange(sizes[k], dtype=np.int64) + shift

    def put(self, out: np.ndarray, k: int, values: np.ndarray) -> None:
        """Copy partition ``k``'s ``values`` to their rows of ``out``."""
        if self.slices is not None:
            out[self.slices[k]] = values
        else:
            out[self.rows[k]] = values

    def order(self) -> list[int] | None:
        """Return the partitions in table order, or None when their rows interleave."""
        if self.slices is None:
            return None
        slices = self.slices
        return sorted(slices, key=lambda k: (slices[k].start, slices[k].stop))


def _assemble(parts: list[_Part], categories: dict[str, CategorySpec]) -> pd.DataFrame:
    """Join decoded partitions into the element table, in object and epoch order."""
    placement = _Placement(parts)
    columns: dict[str, object] = {}
    for name, dtype in ELEMENT_COLUMNS.items():
        if dtype == "category":
            spec = categories.get(name)
            if spec is None and name != "regime":
                raise StoreError(f"{parts[0].path.parent.parent}: no categories for {name!r}")
            columns[name] = _categorical(parts, name, spec, placement)
        elif dtype == "string":
            columns[name] = _text(parts, name, placement)
        elif dtype == "datetime64[ns, UTC]":
            columns[name] = _epochs(parts, name, placement)
        else:
            columns[name] = _numbers(parts, name, np.dtype(dtype), placement)
    return pd.DataFrame(columns, copy=False)


def _empty(n_rows: int, dtype: np.dtype) -> np.ndarray:
    """Return a writable array from Arrow's memory pool.

    The pool keeps freed memory for the next table, where ``np.empty`` would take fresh
    pages from the system for every column (a page fault per 4 KiB: as long as the copy).
    """
    return np.frombuffer(pa.allocate_buffer(n_rows * dtype.itemsize), dtype=dtype)


def _numbers(parts: list[_Part], name: str, dtype: np.dtype, place: _Placement) -> np.ndarray:
    out = _empty(place.n_rows, dtype)
    for k, part in enumerate(parts):
        array = part.columns[name]
        if array.null_count:
            raise StoreError(f"{part.path}: {name!r} has missing values; expected numbers")
        place.put(out, k, array.to_numpy(zero_copy_only=False))
    return out


def _epochs(parts: list[_Part], name: str, place: _Placement) -> pd.Series:
    out = _empty(place.n_rows, np.dtype(np.int64))
    for k, part in enumerate(parts):
        array = part.columns[name]
        if not pa.types.is_timestamp(array.type) or array.type.unit != "ns":
            raise StoreError(f"{part.path}: {name!r} is {array.type}; expected timestamp[ns]")
        ints = array.view(pa.int64())
        if ints.null_count:
            ints = pc.fill_null(ints, _NAT)
        place.put(out, k, ints.to_numpy(zero_copy_only=False))
    return pd.Series(out.view("datetime64[ns]"), copy=False).dt.tz_localize("UTC")


def _categorical(
    parts: list[_Part], name: str, spec: CategorySpec | None, place: _Placement
) -> pd.Categorical:
    dtype = _REGIME if spec is None else spec.dtype()
    categories = dtype.categories
    codes = _empty(place.n_rows, _code_dtype(len(categories)))
    for k, part in enumerate(parts):
        array = part.columns[name]
        if not pa.types.is_dictionary(array.type):
            array = array.dictionary_encode()
        words = array.dictionary.to_pylist()
        # the file's dictionary positions -> the store's codes; a last -1 for missing values
        mapping = np.append(categories.get_indexer(words), -1).astype(codes.dtype)
        if (mapping[:-1] < 0).any():
            absent = words[int(np.flatnonzero(mapping[:-1] < 0)[0])]
            raise StoreError(f"{part.path}: {name!r} holds {absent!r}, not in the store's list")
        indices = array.indices
        if indices.null_count:
            indices = pc.fill_null(indices, len(words))
        place.put(codes, k, mapping[indices.to_numpy(zero_copy_only=False)])
    return pd.Categorical.from_codes(codes, dtype=dtype, validate=False)


def _code_dtype(n_categories: int) -> np.dtype:
    """Return the integer type pandas gives the codes of this many categories."""
    for kind in (np.int8, np.int16, np.int32):
        if n_categories < np.iinfo(kind).max:
            return np.dtype(kind)
    return np.dtype(np.int64)


def _text(parts: list[_Part], name: str, place: _Placement) -> pd.arrays.ArrowStringArray:
    arrays = [part.columns[name].cast(pa.large_string()) for part in parts]
    order = place.order()
    if order is not None:
        joined = pa.chunked_array([arrays[k] for k in order], type=pa.large_string())
    else:
        rows = np.empty(place.n_rows, dtype=np.int64)
        starts = np.cumsum([0] + [len(a) for a in arrays])
        for k in range(len(parts)):
            place.put(rows, k, np.arange(starts[k], starts[k + 1]))
        joined = pa.chunked_array(arrays, type=pa.large_string()).take(pa.array(rows))
    return pd.arrays.ArrowStringArray(joined)


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
