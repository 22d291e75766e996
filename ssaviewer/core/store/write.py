"""Writing a store: new element sets go to their object's partition, duplicates collapse."""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ssaviewer.core.dataset import Dataset, merge_elements
from ssaviewer.core.schema import BASE_COLUMNS, ELEMENT_COLUMNS
from ssaviewer.core.store.categories import CategorySpec, combined, spec_of
from ssaviewer.core.store.keys import object_keys, object_runs
from ssaviewer.core.store.marker import (
    LEGACY_VERSIONS,
    MARKER,
    VERSION,
    StoreError,
    StoreIndex,
    partition_file,
    read_index,
    write_index,
)
from ssaviewer.core.store.read import OBJECTS_FILE, read_objects, read_partitions

ProgressCallback = Callable[[float, str], None]
_NAT = np.iinfo(np.int64).min

#: Parquet compression: none. Reading is what a store is for, and uncompressed pages with
#: dictionaries only for the categorical columns read 1.5-2× faster than LZ4 or Snappy
#: (benchmarks/bench_store.py), for 1.6× the size.
COMPRESSION = "none"
#: Columns dictionary-encoded (the categoricals); numbers are stored plain.
_DICTIONARY = [name for name, dtype in ELEMENT_COLUMNS.items() if dtype == "category"]
#: Categoricals whose categories the marker keeps (``regime`` always has ``schema.REGIMES``).
_LISTED = [name for name in _DICTIONARY if name != "regime"]
#: One data page per column of a partition (up to 64 Mi rows): a plain number column is then
#: its page header and its values, which the reader copies straight into the table
#: (:mod:`ssaviewer.core.store.pages`).
_PAGE_ROWS = 1 << 26
_PAGE_BYTES = 8 * _PAGE_ROWS
#: Recent pyarrow also ends a page at 20,000 rows unless told otherwise; older versions
#: neither have the limit nor take the argument.
_PAGE_ROW_LIMIT = (
    {"max_rows_per_page": _PAGE_ROWS}
    if "max_rows_per_page" in inspect.signature(pq.write_table).parameters
    else {}
)
#: Columns with statistics: min/max (what another tool filters a dataset on), and the count
#: of missing values of the duplicate notes (none in most rows: the reader then skips them).
_STATISTICS = ["norad_id", "epoch_utc", "duplicate_records"]
#: The SATCAT fields kept with the store (the others are recomputed from the element sets).
_SATCAT_COLUMNS = (
    "norad_id",
    "object_name",
    "object_id",
    "object_type",
    "owner",
    "launch_date",
    "decay_date",
    "rcs_size",
)


@dataclass(frozen=True)
class StoreSummary:
    """What :func:`write_store` did: rows in the input, rows in the store after, partitions."""

    rows_in: int
    rows_after: int
    partitions_written: int
    partitions_total: int


def write_store(
    dataset: Dataset, store: str | os.PathLike[str], progress: ProgressCallback | None = None
) -> StoreSummary:
    """Add ``dataset`` to the store at ``store`` (created when missing).

    An object already in the store keeps its partition. Each partition the new rows fall in
    is merged with them as :func:`ssaviewer.core.dataset.merge_elements` merges files (exact
    duplicates collapse into the first row, their records listed in ``duplicate_records``)
    and rewritten atomically; the marker is rewritten last, so an interrupted write leaves
    the previous store readable. SATCAT metadata in ``dataset.objects`` is kept too.
    """
    root = Path(store)
    if root.exists() and not root.is_dir():
        raise StoreError(f"{root}: exists and is not a folder")
    if root.is_dir() and any(root.iterdir()) and not (root / MARKER).is_file():
        raise StoreError(f"{root}: a folder that is not empty and not a store; refused")
    root.mkdir(parents=True, exist_ok=True)
    index = read_index(root) if (root / MARKER).is_file() else StoreIndex()
    if index.version in LEGACY_VERSIONS:
        index = _upgraded(root, index)
    elements = dataset.elements
    index.categories = _categories_after(index.categories, elements)
    if index.partitions:  # the rows already stored read with the new categories meanwhile
        write_index(root, index)
    keys = object_keys(elements, index.objects)
    groups = _rows_by_key(elements, keys)
    for k, (key, rows) in enumerate(sorted(groups.items())):
        if progress is not None:
            progress(k / max(1, len(groups)), f"writing partition {key}")
        part = elements.take(rows)
        if key in index.partitions:
            part = _merged(read_partitions(root, [key]), part)
        _write_partition(root, key, part)
        index.partitions[key] = len(part)
    index.objects.update(keys)
    _write_objects(root, dataset.objects)
    write_index(root, index)
    return StoreSummary(
        rows_in=len(elements),
        rows_after=sum(index.partitions.values()),
        partitions_written=len(groups),
        partitions_total=len(index.partitions),
    )


def _categories_after(
    stored: dict[str, CategorySpec], elements: pd.DataFrame
) -> dict[str, CategorySpec]:
    """Return the store's categories once ``elements`` are added (see ``combined``).

    A table without rows (a load of no element sets) adds nothing.
    """
    if len(elements) == 0:
        return stored
    result = dict(stored)
    for name in _LISTED:
        added = spec_of(elements[name])
        result[name] = combined(stored[name], added) if name in stored else added
    return result


def _upgraded(root: Path, index: StoreIndex) -> StoreIndex:
    """Rewrite a version-1 store's partitions in this version's layout; return its index.

    Until the new marker is written, the version-1 reader reads both layouts.
    """
    elements = read_partitions(root)
    groups = _rows_by_key(elements, index.objects)
    for key, rows in groups.items():
        _write_partition(root, key, elements.take(rows))
    categories = {name: spec_of(elements[name]) for name in _LISTED} if len(elements) else {}
    upgraded = StoreIndex(dict(index.partitions), dict(index.objects), categories, VERSION)
    write_index(root, upgraded)
    return upgraded


def _rows_by_key(elements: pd.DataFrame, keys: dict[int, str]) -> dict[str, np.ndarray]:
    """Row positions of each partition's rows (in table order: sorted by object and epoch)."""
    norad = elements["norad_id"].to_numpy()
    first, stop = object_runs(norad)
    run_keys = np.array([keys[int(n)] for n in norad[first]], dtype=object)
    codes, uniques = pd.factorize(run_keys)
    row_codes = np.repeat(codes, stop - first)
    order = np.argsort(row_codes, kind="stable")
    bounds = np.searchsorted(row_codes[order], np.arange(len(uniques) + 1))
    return {str(u): order[bounds[i] : bounds[i + 1]] for i, u in enumerate(uniques)}


def _merged(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """Merge a partition with new rows; earlier duplicate notes of both sides are kept."""
    merged = merge_elements([old[list(BASE_COLUMNS)], new[list(BASE_COLUMNS)]])
    earlier = pd.concat([old, new], ignore_index=True)
    earlier = earlier[earlier["duplicate_records"].notna()]
    if len(earlier) == 0:
        return merged
    keys = ["norad_id", "epoch_utc", "record"]
    prior = earlier.drop_duplicates(keys).set_index(keys)["duplicate_records"]
    found = pd.MultiIndex.from_frame(merged[keys])
    before = prior.reindex(found).to_numpy(dtype=object)
    now = merged["duplicate_records"].to_numpy(dtype=object)
    notes = [
        "; ".join(str(x) for x in (b, n) if isinstance(x, str)) or None
        for b, n in zip(before, now, strict=True)
    ]
    merged["duplicate_records"] = pd.Series(notes, dtype="string", index=merged.index)
    return merged


def _write_partition(root: Path, key: str, part: pd.DataFrame) -> None:
    path = partition_file(root, key)
    path.parent.mkdir(exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(
        _arrow_table(part),
        tmp,
        compression=COMPRESSION,
        use_dictionary=_DICTIONARY + _constant_numbers(part),
        write_statistics=_STATISTICS,
        data_page_version="1.0",
        data_page_size=_PAGE_BYTES,
        **_PAGE_ROW_LIMIT,
    )
    os.replace(tmp, path)


def _constant_numbers(part: pd.DataFrame) -> list[str]:
    """Return the number columns holding one value throughout (the NaN of a column TLEs lack).

    Dictionary-encoded, such a column is a few bytes instead of 8 a row, and reads as fast.
    """
    found = []
    for name, dtype in ELEMENT_COLUMNS.items():
        if dtype in ("float64", "int64", "int32", "int8") and len(part):
            values = part[name].to_numpy()
            first = values[:1]
            if np.array_equal(values, np.broadcast_to(first, values.shape), equal_nan=True):
                found.append(name)
    return found


def _arrow_table(part: pd.DataFrame) -> pa.Table:
    """Return the Arrow table of a partition, in the layout the reader expects.

    Numbers are required columns, NaN stored as a value (not as a missing value), and so is
    any other column without a missing value: required columns decode without definition
    levels. Epochs are UTC nanoseconds. Each categorical keeps only the names, designators
    and sources its rows use (a table taken from a whole catalogue still lists every
    category), with 32-bit indices (Arrow reads them without a cast).
    """
    arrays, fields = [], []
    for name, dtype in ELEMENT_COLUMNS.items():
        column = part[name]
        if dtype == "category":
            used = column.cat.remove_unused_categories()
            codes = used.cat.codes.to_numpy().astype(np.int32)
            words = pa.array([str(c) for c in used.cat.categories], type=pa.string())
            array: pa.Array = pa.DictionaryArray.from_arrays(pa.array(codes, mask=codes < 0), words)
        elif dtype == "string":
            array = pa.array(column.astype("string").array, type=pa.large_string())
        elif dtype == "datetime64[ns, UTC]":
            ns = column.to_numpy(dtype="datetime64[ns]").view(np.int64)
            array = pa.array(ns, type=pa.timestamp("ns", tz="UTC"), mask=ns == _NAT)
        else:
            array = pa.array(column.to_numpy(dtype=dtype))  # NaN stays NaN, not null
        arrays.append(array)
        fields.append(pa.field(name, array.type, nullable=array.null_count > 0))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def _write_objects(root: Path, objects: pd.DataFrame) -> None:
    """Keep the SATCAT rows of ``objects`` (new rows win over the store's for one NORAD id)."""
    meta = objects[list(_SATCAT_COLUMNS)]
    has_satcat = (
        meta["object_type"].astype("string").fillna("").ne("")
        | meta["owner"].notna()
        | meta["launch_date"].notna()
        | meta["decay_date"].notna()
        | meta["rcs_size"].notna()
    )
    meta = meta[has_satcat.to_numpy()]
    old = read_objects(root)
    if len(old):
        meta = pd.concat([old[list(_SATCAT_COLUMNS)], meta], ignore_index=True)
        meta = meta.drop_duplicates("norad_id", keep="last")
    if len(meta) == 0:
        return
    tmp = root / f".{OBJECTS_FILE}.tmp"
    pq.write_table(pa.Table.from_pandas(meta, preserve_index=False), tmp)
    os.replace(tmp, root / OBJECTS_FILE)
