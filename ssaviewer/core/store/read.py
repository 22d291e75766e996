"""Reading a store: every partition, or some of them, back into the element table."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ssaviewer.core.schema import ELEMENT_COLUMNS, OBJECT_COLUMNS, REGIMES, empty_frame
from ssaviewer.core.store.keys import object_runs
from ssaviewer.core.store.marker import StoreError, partition_file, read_index

#: SATCAT metadata kept with the store (the element-set summaries are recomputed on read).
OBJECTS_FILE = "objects.parquet"

_REGIME = pd.CategoricalDtype(list(REGIMES))


def read_partitions(
    store: str | os.PathLike[str], keys: Iterable[str] | None = None
) -> pd.DataFrame:
    """Return the element table (``ELEMENT_COLUMNS``) of partitions ``keys`` (all when None).

    Rows are sorted by object and epoch, as :func:`ssaviewer.core.dataset.load` returns them.
    Raises :class:`~ssaviewer.core.store.marker.StoreError` for a missing or corrupt file.
    """
    root = Path(store)
    index = read_index(root)
    wanted = sorted(index.partitions) if keys is None else list(keys)
    unknown = [k for k in wanted if k not in index.partitions]
    if unknown:
        raise StoreError(f"{root}: no partition {unknown[0]!r} in this store")
    files = [str(partition_file(root, k)) for k in wanted]
    if not files:
        return empty_frame(ELEMENT_COLUMNS)
    try:
        table = pq.read_table(files[0]) if len(files) == 1 else _read_many(files)
    except (OSError, pa.ArrowException) as exc:
        raise StoreError(f"{root}: a partition cannot be read ({exc})") from exc
    return _to_elements(_by_object(table))


def _read_many(files: list[str]) -> pa.Table:
    """Read and concatenate ``files`` (Arrow reads them on its own threads)."""
    import pyarrow.dataset as ds

    return _wide_dictionaries(ds.dataset(files, format="parquet").to_table())


def _wide_dictionaries(table: pa.Table) -> pa.Table:
    """Give dictionary columns 32-bit indices.

    Each file's categoricals have indices as narrow as its own categories allow (int8 for
    up to 127 names); the categories of many files together may not fit them, and Arrow then
    refuses to combine the dictionaries when rows are reordered.
    """
    fields = []
    for item in table.schema:
        kind = item.type
        if pa.types.is_dictionary(kind) and kind.index_type.bit_width < 32:
            item = item.with_type(pa.dictionary(pa.int32(), kind.value_type, kind.ordered))
        fields.append(item)
    wide = pa.schema(fields, metadata=table.schema.metadata)
    return table if wide.equals(table.schema) else table.cast(wide)


def _by_object(table: pa.Table) -> pa.Table:
    """Reorder whole-object runs (each partition is sorted) so rows are sorted by object.

    Each object lies in one partition, so a row order is a permutation of runs: no sort of
    the rows is needed, only of the runs.
    """
    norad = table.column("norad_id").to_numpy()
    first, stop = object_runs(norad)
    order = np.argsort(norad[first], kind="stable")
    if np.all(order[1:] > order[:-1]):
        return table
    lengths = (stop - first)[order]
    starts = first[order]
    # positions: for each run in the new order, starts[k] .. starts[k] + lengths[k]
    offsets = np.repeat(starts - np.r_[0, np.cumsum(lengths)[:-1]], lengths)
    rows = np.arange(len(norad), dtype=np.int64) + offsets
    return table.take(pa.array(rows))


def _to_elements(table: pa.Table) -> pd.DataFrame:
    frame = table.to_pandas(split_blocks=True)
    wrong = {c: t for c, t in ELEMENT_COLUMNS.items() if str(frame[c].dtype) != t}
    if wrong:
        frame = frame.astype(wrong)
    if list(frame["regime"].cat.categories) != list(REGIMES):
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
