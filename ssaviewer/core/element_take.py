"""Taking rows of a large element table column by column, each source column freed once taken.

``frame.take(rows)`` holds the whole source table and the whole result at once: for a million
element sets that is some 250 MB of new memory, every page of it first touched (and zeroed by
the kernel) during the take. Here the columns are taken one at a time, by a few threads, and
each source column is dropped as soon as its copy exists, so the memory of one column is
reused for the next: the peak is one table plus a column, and most of the result lands in
pages the process already has.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from numpy.lib.array_utils import byte_bounds

Ints = npt.NDArray[np.int64]


def take_columns(columns: dict[str, pd.Series], rows: Ints, *, workers: int = 1) -> pd.DataFrame:
    """Return the table of ``columns`` at positions ``rows``, with a fresh ``RangeIndex``.

    The result equals ``pd.DataFrame(columns).take(rows).reset_index(drop=True)`` (same
    columns in the same order, same dtypes, same values). ``columns`` is emptied: each
    column leaves it when taken, so that its memory can go as soon as nothing else holds it.
    Columns backed by numpy are taken by ``numpy.take`` (which releases the GIL: ``workers``
    threads take columns side by side); the others (categoricals, Arrow strings, datetimes
    with a time zone) by ``Series.take``. A small table (or one thread) is taken in one
    ``DataFrame.take``, cheaper below some 65,000 rows than a call per column.
    """
    names = list(columns)
    if workers <= 1 or len(rows) < ROWS_PER_THREAD:  # small: one take of the whole table
        table = pd.DataFrame(columns, copy=False)
        columns.clear()
        return table.take(rows).reset_index(drop=True)

    def take(name: str) -> pd.Series:
        source = columns.pop(name)
        values = source.array
        if isinstance(values, pd.arrays.NumpyExtensionArray):
            return pd.Series(np.take(source.to_numpy(), rows), name=name, copy=False)
        if isinstance(values, pd.arrays.ArrowStringArray):
            return pd.Series(take_strings(values, rows), name=name, copy=False)
        taken = source.take(rows)
        return taken.reset_index(drop=True)

    with ThreadPoolExecutor(workers, thread_name_prefix="ssaviewer-take") as pool:
        parts = list(pool.map(take, names))
    return pd.DataFrame(dict(zip(names, parts, strict=True)), copy=False)


#: Tables shorter than this are taken on the calling thread.
ROWS_PER_THREAD = 1 << 16


def keep_rows_in_place(
    columns: dict[str, pd.Series], kept: Ints, *, workers: int = 1
) -> pd.DataFrame:
    """Return the table of ``columns`` at positions ``kept`` (increasing), mostly in place.

    The result equals :func:`take_columns` for increasing ``kept``; the usual case is a
    sorted table without its few duplicates. The rows of each column backed by numpy (and
    the codes of each categorical, and the nanoseconds of each datetime column, time zone
    or not) are moved down in the column's own memory, block by block through a small
    temporary (a kept row is never before its new position, so no row is overwritten before
    it is moved), and the result's columns are the first ``len(kept)`` rows of that memory:
    no new table-sized memory to fault in, zero and copy into. The others are taken (Arrow
    strings by :func:`take_strings`).

    The columns' memory is overwritten: the caller must own it (no other table may share
    it, as when the merge of ``load()`` consumes the readers' tables). ``columns`` is
    emptied.
    """
    kept_columns = kept_arrays(columns, kept, workers=workers)
    # (arrays, not Series, and the index given: no index to align per column)
    return pd.DataFrame(kept_columns, index=pd.RangeIndex(len(kept)), copy=False)


def kept_arrays(columns: dict[str, pd.Series], kept: Ints, *, workers: int = 1) -> dict[str, Any]:
    """Return the columns of :func:`keep_rows_in_place` as arrays, by name, in order.

    (For a caller that builds a table of its own from them: numpy arrays, categoricals
    and other pandas extension arrays, each ``len(kept)`` long.)
    """
    names = list(columns)
    alone = _unshared(columns)

    def keep(name: str) -> object:
        source = columns.pop(name)
        values = source.array
        if name not in alone:
            pass
        elif isinstance(values, pd.arrays.NumpyExtensionArray):
            memory = _writeable(source.to_numpy())
            if memory is not None:
                return _moved_down(memory, kept)
        elif isinstance(values, pd.Categorical):
            codes = _writeable(values.codes)
            if codes is not None:
                return pd.Categorical.from_codes(
                    _moved_down(codes, kept), dtype=values.dtype, validate=False
                )
        elif isinstance(values, pd.arrays.DatetimeArray) and values.unit == "ns":
            instants = _writeable(_nanoseconds(values))
            if instants is not None:
                moved = _moved_down(instants, kept)
                return pd.DatetimeIndex(moved, dtype=values.dtype, copy=False).array
        elif isinstance(values, pd.arrays.ArrowStringArray):
            moved_strings = _strings_kept_in_place(values, kept)
            if moved_strings is not None:
                return moved_strings
        if isinstance(values, pd.arrays.ArrowStringArray):
            return take_strings(values, kept)
        return values.take(kept)

    if workers <= 1 or len(kept) < ROWS_PER_THREAD:
        parts = [keep(name) for name in names]
    else:
        with ThreadPoolExecutor(workers, thread_name_prefix="ssaviewer-take") as pool:
            parts = list(pool.map(keep, names))
    return dict(zip(names, parts, strict=True))


def take_strings(values: pd.arrays.ArrowStringArray, rows: Ints) -> pd.arrays.ArrowStringArray:
    """Return ``values.take(rows)`` (``rows`` non-negative), its memory from ``malloc``.

    The same array as pandas' take, but not in Arrow's default memory pool (mimalloc or
    jemalloc), which asks for huge pages: on a process's first large load the kernel then
    compacts memory before it can hand them out, and taking a million records cost 50 to
    80 ms of system time there (some 25 ms here, for 1 M records of 30 bytes).
    """
    taken = pc.take(pa.array(values), pa.array(rows), memory_pool=pa.system_memory_pool())
    strings: Any = pd.arrays.ArrowStringArray  # (its ``dtype`` argument: not in the stubs)
    result: pd.arrays.ArrowStringArray = strings(taken, dtype=values.dtype)
    return result


def _strings_kept_in_place(
    values: pd.arrays.ArrowStringArray, kept: Ints
) -> pd.arrays.ArrowStringArray | None:
    """Return the strings ``kept`` moved down in the array's own buffers, or None.

    By the compiled TLE kernel (:meth:`tle_kernel.Kernel.keep_strings`), for one chunk of
    ``large_string`` without nulls whose buffers are writable (as the TLE reader's records
    are); None otherwise (no kernel, another layout), and the caller takes them.
    """
    from ssaviewer.core.formats.tle_decode import compiled_kernel  # (the merge's only use)

    kernel = compiled_kernel()
    whole = pa.array(values)
    chunks = whole.chunks if isinstance(whole, pa.ChunkedArray) else [whole]
    if kernel is None or len(chunks) != 1:
        return None
    strings = chunks[0]
    if strings.type != pa.large_string() or strings.offset or strings.null_count:
        return None
    offsets, data = strings.buffers()[1:3]
    if offsets is None or data is None or not (offsets.is_mutable and data.is_mutable):
        return None
    if offsets.size < 8 * (len(strings) + 1):
        return None
    end = kernel.keep_strings(offsets.address, len(strings), data.address, data.size, kept)
    if end < 0:
        return None
    moved = pa.Array.from_buffers(
        pa.large_string(),
        len(kept),
        [None, offsets.slice(0, 8 * (len(kept) + 1)), data.slice(0, end)],
    )
    construct: Any = pd.arrays.ArrowStringArray  # (its ``dtype`` argument: not in the stubs)
    result: pd.arrays.ArrowStringArray = construct(moved, dtype=values.dtype)
    return result


def _memory(series: pd.Series) -> list[tuple[int, int]] | None:
    """Return the byte ranges a column keeps its values in, or None (a column never moved).

    Numpy columns, categoricals' codes, datetimes' nanoseconds, Arrow strings' buffers.
    """
    values = series.array
    arrays: list[np.ndarray]
    if isinstance(values, pd.arrays.NumpyExtensionArray):
        arrays = [series.to_numpy()]
    elif isinstance(values, pd.Categorical):
        arrays = [np.asarray(values.codes)]
    elif isinstance(values, pd.arrays.DatetimeArray):
        arrays = [_nanoseconds(values)]
    elif isinstance(values, pd.arrays.ArrowStringArray):
        whole = pa.array(values)
        chunks = whole.chunks if isinstance(whole, pa.ChunkedArray) else [whole]
        return [
            (buffer.address, buffer.address + buffer.size)
            for chunk in chunks
            for buffer in chunk.buffers()
            if buffer is not None
        ]
    else:
        return None
    return [byte_bounds(array) for array in arrays if array.size]


def _nanoseconds(values: Any) -> np.ndarray:
    """Return the int64 view of a datetime array's memory (``asi8``, not in pandas' stubs)."""
    return np.asarray(values.asi8)


def _unshared(columns: dict[str, pd.Series]) -> set[str]:
    """Return the columns whose memory may overlap no other column's.

    A guard: moving the rows of one memory twice would garble both columns.
    """
    memory = {name: _memory(series) for name, series in columns.items()}
    known = {name for name, spans in memory.items() if spans is not None}
    # ``np.may_share_memory`` compares the arrays' byte ranges: the same test, on the ranges
    # sorted by start, compares each only with the ranges still open where it starts.
    ranges = sorted((low, high, name) for name in known for low, high in memory[name] or ())
    shared: set[str] = set()
    open_ranges: list[tuple[int, str]] = []  # (end, column) of the ranges begun before
    for low, high, name in ranges:
        open_ranges = [(end, other) for end, other in open_ranges if end > low]
        for _, other in open_ranges:
            if other != name:
                shared.update((name, other))
        open_ranges.append((high, name))
    return known - shared


def _writeable(values: np.ndarray) -> np.ndarray | None:
    """Return ``values`` made writeable (pandas hands out read-only views), or None."""
    if values.ndim != 1 or not values.flags.c_contiguous:
        return None
    if not values.flags.writeable:
        try:
            values.flags.writeable = True
        except ValueError:  # the memory itself is read-only
            return None
    return values


def _moved_down(values: np.ndarray, kept: Ints) -> np.ndarray:
    """Move ``values[kept]`` to the front of ``values`` and return that front (a view)."""
    if len(kept) and kept[0] == 0 and kept[-1] == len(kept) - 1:  # nothing dropped
        return values[: len(kept)]
    for start in range(_in_place(kept), len(kept), _BLOCK_ROWS):
        block = kept[start : start + _BLOCK_ROWS]
        values[start : start + len(block)] = values[block]
    return values[: len(kept)]


def _in_place(kept: Ints) -> int:
    """Return how many rows lie before the first one dropped (those need not move).

    ``kept`` increases, so ``kept[k] == k`` holds up to the first dropped row and never
    after: a binary search finds it without a table-long temporary.
    """
    low, high = 0, len(kept)
    while low < high:
        middle = (low + high) // 2
        if kept[middle] == middle:
            low = middle + 1
        else:
            high = middle
    return low


#: Rows moved through one temporary (64 KiB of float64: cache-sized, never a new mapping).
_BLOCK_ROWS = 1 << 13
