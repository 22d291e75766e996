"""The element table being filled from partition files, column by column.

Every column of the table is one array (from Arrow's memory pool, which keeps freed memory
for the next read) filled partition by partition: plain number columns are read from the
file straight into their rows (:mod:`~ssaviewer.core.store.pages`); the others are decoded
by Arrow and copied at once, categoricals as integer codes translated from each file's
dictionary to the store's categories (kept in the marker), the two text columns kept as
Arrow chunks.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ssaviewer.core.duplicates import shared_epoch
from ssaviewer.core.schema import ELEMENT_COLUMNS, REGIMES
from ssaviewer.core.store.categories import CategorySpec
from ssaviewer.core.store.constants import ConstantColumn
from ssaviewer.core.store.marker import StoreError
from ssaviewer.core.store.pages import RawColumn
from ssaviewer.core.store.partition import sorted_ids
from ssaviewer.core.store.placement import Placement

#: Columns recomputed on read, as ``merge_elements`` makes them (cheaper than decoding them):
#: ``sgp4_propagatable`` (ephemeris type not 4) and ``epoch_conflict`` (a neighbour with
#: the same object and epoch; an object lies in one partition, so per partition is global).
RECOMPUTED = ("sgp4_propagatable", "epoch_conflict")
#: Columns decoded from the partition files.
DECODED = [name for name in ELEMENT_COLUMNS if name not in RECOMPUTED]

#: The ``regime`` categorical (its categories are always ``schema.REGIMES``).
REGIME_DTYPE = pd.CategoricalDtype(list(REGIMES))
#: The numpy type of a PLAIN value of each column type (an 8-bit integer is stored in 32).
_PLAIN_TYPES: dict[str, np.dtype] = {
    "float64": np.dtype("<f8"),
    "int64": np.dtype("<i8"),
    "datetime64[ns, UTC]": np.dtype("<i8"),
    "int32": np.dtype("<i4"),
    "int8": np.dtype("<i4"),
}
_NAT = np.iinfo(np.int64).min


def _empty(n_rows: int, dtype: np.dtype) -> np.ndarray:
    """Return a writable array from Arrow's memory pool.

    The pool keeps freed memory for the next table, where ``np.empty`` would take fresh
    pages from the system for every column (a page fault per 4 KiB: as long as the copy).
    """
    return np.frombuffer(pa.allocate_buffer(n_rows * dtype.itemsize), dtype=dtype)


class TableBuilder:
    """The element table being filled, one partition file at a time (from any thread)."""

    def __init__(self, place: Placement, categories: dict[str, CategorySpec]) -> None:
        self.place = place
        n = place.n_rows
        self.arrays: dict[str, np.ndarray] = {}
        self.dtypes: dict[str, pd.CategoricalDtype] = {}
        self.code_of: dict[str, dict[str, int]] = {}
        self.texts: dict[str, list[pa.Array | None]] = {}
        self.joined: dict[str, pd.arrays.ArrowStringArray] = {}
        for name in DECODED:
            dtype = ELEMENT_COLUMNS[name]
            if dtype == "category":
                spec = categories.get(name)
                if spec is None and name != "regime":
                    where = place.files[0].path.parent.parent
                    raise StoreError(f"{where}: the store lists no categories of {name!r}")
                self.dtypes[name] = REGIME_DTYPE if spec is None else spec.dtype()
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

    def fill_constant(self, k: int, columns: dict[str, ConstantColumn]) -> None:
        """Fill partition ``k``'s rows of ``columns``, each holding one value throughout."""
        file = self.place.files[k]
        for name, column in columns.items():
            if column.n_values != file.n_rows:
                raise StoreError(f"{file.path}: {column.n_values} {name}, not {file.n_rows}")
            value = self._constant(file.path, name, column.value)
            if name == "norad_id":
                self._check_ids(k, np.array([value, value]) if file.n_rows else np.array([]))
            self.place.fill_value(self.arrays[name], k, value)

    def fill_missing(self, k: int, texts: Iterable[str]) -> None:
        """Fill partition ``k``'s rows of the text columns ``texts`` with missing values."""
        for name in texts:
            self.texts[name][k] = pa.nulls(self.place.files[k].n_rows, pa.large_string())

    def _constant(self, path: Path, name: str, value: bytes) -> object:
        """Return the table's value of a column's one value (a code for a categorical)."""
        dtype = ELEMENT_COLUMNS[name]
        if dtype == "category":
            word = value.decode("utf-8", errors="replace")
            code = self.code_of[name].get(word)
            if code is None:
                raise StoreError(f"{path}: {name!r} holds {word!r}, not in the store's list")
            return code
        kind = _PLAIN_TYPES[dtype]
        if len(value) != kind.itemsize:
            raise StoreError(f"{path}: {name!r} has a {len(value)}-byte value; expected {dtype}")
        number = np.frombuffer(value, dtype=kind)[0]
        if dtype == "int8" and not -128 <= number <= 127:
            raise StoreError(f"{path}: {name!r} holds {number}; expected an 8-bit integer")
        return number

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
                values = sorted_ids(path, array)
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

    def finish_decoded(self) -> None:
        """Put the values kept for interleaved partitions, and join each text column.

        Called once every file's decoded columns are filled (see :meth:`Placement.finish`).
        """
        self.place.finish()
        self.joined = {name: self._text(name) for name in self.texts}

    def frame(self) -> pd.DataFrame:
        """Return the filled table as a DataFrame with ``ELEMENT_COLUMNS``."""
        if not self.joined:
            self.finish_decoded()
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
                columns[name] = self.joined[name]
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
