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

import numpy as np
import numpy.typing as npt
import pandas as pd

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
        taken = source.take(rows)
        return taken.reset_index(drop=True)

    with ThreadPoolExecutor(workers, thread_name_prefix="ssaviewer-take") as pool:
        parts = list(pool.map(take, names))
    return pd.DataFrame(dict(zip(names, parts, strict=True)), copy=False)


#: Tables shorter than this are taken on the calling thread.
ROWS_PER_THREAD = 1 << 16
