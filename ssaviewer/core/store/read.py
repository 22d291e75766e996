"""Reading a store: every partition, or some of them, back into the element table.

No ``to_pandas`` conversion, no sort: a partition is sorted by object and epoch, and each
object lies in one partition, so the table's order is a placement of whole partitions (or,
when their NORAD ids interleave, of whole object runs; :mod:`~ssaviewer.core.store.placement`).
The table's columns are filled by :class:`~ssaviewer.core.store.table.TableBuilder`: the
plain number columns read raw by this thread, file after file, while a second thread has
Arrow decode the other columns of each file (Arrow releases the GIL while it decodes).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ssaviewer.core.schema import ELEMENT_COLUMNS, OBJECT_COLUMNS, empty_frame
from ssaviewer.core.store.categories import CategorySpec
from ssaviewer.core.store.marker import (
    LEGACY_VERSIONS,
    StoreError,
    partition_file,
    read_index,
)
from ssaviewer.core.store.partition import PartitionFile, ReadPlan
from ssaviewer.core.store.placement import Placement
from ssaviewer.core.store.table import DECODED, REGIME_DTYPE, TableBuilder

#: SATCAT metadata kept with the store (the element-set summaries are recomputed on read).
OBJECTS_FILE = "objects.parquet"


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
    index = read_index(root, objects=False)
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

    First every file's footer and how each of its columns is read from its pages
    (:meth:`PartitionFile.plan`); as soon as a file is planned, a decoder thread has Arrow
    decode the columns that need it. Where each file's rows go comes from the NORAD range
    in its metadata (or, when ranges overlap, from its NORAD ids). Then this thread reads
    the raw number columns straight into their rows and fills the columns of one value,
    while the decoder thread copies the decoded columns to their rows (and, when files
    interleave, puts them in object order and joins the texts). The planning,
    Python work, is done on this thread while the decoder runs in Arrow (without the GIL).
    """
    with ThreadPoolExecutor(1, thread_name_prefix="ssaviewer-store") as decoder:
        opened: list[PartitionFile] = []
        plans: list[ReadPlan] = []
        decoded: list[Future[dict[str, pa.Array]]] = []
        threads = len(files) == 1  # one file: Arrow decodes its columns in parallel
        for path in files:
            opened.append(PartitionFile.open(path))
            plans.append(opened[-1].plan(DECODED))
            decoded.append(decoder.submit(opened[-1].decode, plans[-1].decoded, threads))
        place = Placement(opened)
        table = TableBuilder(place, categories)
        filled = [
            decoder.submit(_fill, table, k, plans[k].missing, columns)
            for k, columns in enumerate(decoded)
        ]
        filled.append(decoder.submit(table.finish_decoded))
        for k, plan in enumerate(plans):
            table.fill_constant(k, plan.constant)
            fd = opened[k].open_fd()
            try:
                table.fill_raw(k, fd, plan.raw)
            finally:
                os.close(fd)
        for future in filled:
            future.result()
    return table.frame()


def _fill(
    table: TableBuilder, k: int, missing: frozenset[str], columns: Future[dict[str, pa.Array]]
) -> None:
    """Copy partition ``k``'s decoded columns (once decoded) to their rows.

    The text columns ``missing`` (without a value in the file) are filled as missing.
    """
    table.fill_missing(k, missing)
    table.fill(k, columns.result())


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
    frame["regime"] = frame["regime"].astype(REGIME_DTYPE)
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
