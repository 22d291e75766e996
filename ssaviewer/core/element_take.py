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


def _memory(series: pd.Series) -> np.ndarray | None:
    """Return the array a numpy, categorical or datetime column keeps its values in."""
    values = series.array
    if isinstance(values, pd.arrays.NumpyExtensionArray):
        return series.to_numpy()
    if isinstance(values, pd.Categorical):
        return np.asarray(values.codes)
    if isinstance(values, pd.arrays.DatetimeArray):
        return _nanoseconds(values)
    return None


def _nanoseconds(values: Any) -> np.ndarray:
    """Return the int64 view of a datetime array's memory (``asi8``, not in pandas' stubs)."""
    return np.asarray(values.asi8)


def _unshared(columns: dict[str, pd.Series]) -> set[str]:
    """Return the columns whose memory may overlap no other column's.

    A guard: moving the rows of one memory twice would garble both columns.
    """
    memory = {name: _memory(series) for name, series in columns.items()}
    arrays = [(name, values) for name, values in memory.items() if values is not None]
    # ``np.may_share_memory`` compares the arrays' byte ranges: the same test, on the ranges
    # sorted by start, compares each with its neighbours only (not every pair).
    ranges = sorted((*byte_bounds(values), name) for name, values in arrays if values.size)
    alone = {name for name, values in arrays if not values.size}
    reach = -1  # the furthest end of the ranges before
    for k, (low, high, name) in enumerate(ranges):
        overlaps_next = k + 1 < len(ranges) and ranges[k + 1][0] < high
        if low >= reach and not overlaps_next:
            alone.add(name)
        reach = max(reach, high)
    return alone


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
