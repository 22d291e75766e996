"""``load()``: files, folders and archives in; one validated element-set table out."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa

from ssaviewer.core.derive import add_derived_columns
from ssaviewer.core.formats.registry import format_names, sniff
from ssaviewer.core.schema import (
    BASE_COLUMNS,
    ELEMENT_COLUMNS,
    OBJECT_COLUMNS,
    REJECTED_COLUMNS,
    empty_frame,
    rejected_frame,
)
from ssaviewer.core.sources import Source, SourceError, iter_sources

#: ``progress(fraction_done, message)``; called a few times per file.
ProgressCallback = Callable[[float, str], None]
#: ``should_stop() -> True`` cancels the load between files.
StopCallback = Callable[[], bool]

FILE_COLUMNS: dict[str, str] = {
    "file": "string",
    "path": "string",
    "format": "string",
    "status": "string",  # loaded, skipped (unknown format inside a folder), error
    "n_loaded": "int64",
    "n_rejected": "int64",
    "message": "string",
}

#: The element fields that make two rows the same element set.
_IDENTITY = [
    "norad_id",
    "epoch_utc",
    "mean_motion_rev_per_day",
    "eccentricity",
    "inclination_deg",
    "ra_of_asc_node_deg",
    "arg_of_pericenter_deg",
    "mean_anomaly_deg",
    "bstar",
    "mean_motion_dot",
    "mean_motion_ddot",
]


class LoadCancelled(Exception):
    """Raised by :func:`load` when ``should_stop`` returned True."""


@dataclass
class LoadReport:
    """What happened to every file and every rejected record.

    ``files`` has ``FILE_COLUMNS`` (one row per file or archive member); ``rejected`` has
    ``schema.REJECTED_COLUMNS`` (one row per rejected record, file-level errors included with
    ``line == 0``).
    """

    files: pd.DataFrame = field(default_factory=lambda: empty_frame(FILE_COLUMNS))
    rejected: pd.DataFrame = field(default_factory=lambda: empty_frame(REJECTED_COLUMNS))

    @property
    def n_rejected(self) -> int:
        """Number of rejected records (file-level errors included)."""
        return len(self.rejected)


@dataclass
class Dataset:
    """Loaded data, ready for the orbit layer, the detectors and the viewer.

    ``elements`` has ``schema.ELEMENT_COLUMNS``, sorted by object and epoch; ``objects`` has
    ``schema.OBJECT_COLUMNS``; ``report`` is a :class:`LoadReport`.
    """

    elements: pd.DataFrame
    objects: pd.DataFrame
    report: LoadReport


def load(
    *paths: str | os.PathLike[str],
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> Dataset:
    """Load element sets and SATCAT metadata from files, folders and archives.

    Parameters
    ----------
    *paths
        Files (any supported format, optionally .gz/.bz2/.xz/.zip) or folders (every file
        below them; files in no known format there are skipped and listed in the report).
    progress, should_stop
        Optional callbacks for a GUI worker: progress in [0, 1] with a message, and a
        cancellation check between files (raises :class:`LoadCancelled`).

    Returns
    -------
    Dataset
        Never raises for bad content: unreadable files, unknown formats and bad records end
        up in ``report``. An empty ``elements`` table means nothing could be loaded.
    """
    return load_sources(iter_sources(list(paths)), progress=progress, should_stop=should_stop)


def load_sources(
    sources: Iterable[Source | SourceError],
    *,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> Dataset:
    """Load already-opened sources; see :func:`load`."""
    element_frames: list[pd.DataFrame] = []
    object_frames: list[pd.DataFrame] = []
    rejected: list[pd.DataFrame] = []
    files: list[dict[str, object]] = []
    for k, item in enumerate(sources):
        if should_stop is not None and should_stop():
            raise LoadCancelled("loading cancelled")
        if isinstance(item, SourceError):
            files.append(_file_row(item.path, item.path, "", "error", 0, 0, item.reason))
            rejected.append(rejected_frame(item.path, [0], [item.reason]))
            continue
        if progress is not None:
            progress(min(0.9, 0.05 * k), f"reading {item.name}")
        spec = sniff(item.data)
        if spec is None:
            message = f"not in a known format (tried {format_names()})"
            if item.from_folder:
                files.append(_file_row(item.name, item.path, "", "skipped", 0, 0, message))
            else:
                files.append(_file_row(item.name, item.path, "", "error", 0, 0, message))
                rejected.append(rejected_frame(item.name, [0], [message]))
            continue
        table, bad = spec.parse(item.data, item.name)
        (element_frames if spec.kind == "elements" else object_frames).append(table)
        rejected.append(bad)
        files.append(_file_row(item.name, item.path, spec.name, "loaded", len(table), len(bad), ""))
    if progress is not None:
        progress(0.95, "merging")
    elements = merge_elements(element_frames)
    report = LoadReport(
        files=pd.DataFrame(files, columns=list(FILE_COLUMNS)).astype(FILE_COLUMNS),
        rejected=_concat_rejected(rejected),
    )
    objects = summarise_objects(elements, object_frames)
    if progress is not None:
        progress(1.0, "done")
    return Dataset(elements=elements, objects=objects, report=report)


def _file_row(
    name: str, path: str, fmt: str, status: str, n_loaded: int, n_rejected: int, message: str
) -> dict[str, object]:
    return {
        "file": name,
        "path": path,
        "format": fmt,
        "status": status,
        "n_loaded": n_loaded,
        "n_rejected": n_rejected,
        "message": message,
    }


def _concat_rejected(frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty_frame(REJECTED_COLUMNS)
    return pd.concat(frames, ignore_index=True).astype(REJECTED_COLUMNS)


def merge_elements(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate reader outputs into one sorted, de-duplicated, derived element table.

    Rows are sorted by object and epoch (stable: ties keep the order read). Exact duplicates
    (same object, epoch and elements) collapse into the first row read; the records of the
    others go into ``duplicate_records``. Rows with the same object and epoch but different
    elements are all kept and flagged ``epoch_conflict``. Only rows that share an object and
    epoch with another row are compared field by field, so the usual table costs one sort.
    """
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty_frame(ELEMENT_COLUMNS)
    elements = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    elements = _with_dtypes(elements, BASE_COLUMNS)
    norad = elements["norad_id"].to_numpy()
    epoch = _epoch_ns(elements)
    order = np.lexsort((epoch, norad))  # stable
    if not np.array_equal(order, np.arange(len(order))):
        elements = elements.take(order).reset_index(drop=True)
        norad, epoch = norad[order], epoch[order]
    elements, kept = _collapse_duplicates(elements, _shared_epoch(norad, epoch))
    elements["sgp4_propagatable"] = elements["ephemeris_type"].to_numpy() != 4
    elements["epoch_conflict"] = _shared_epoch(norad[kept], epoch[kept])
    add_derived_columns(elements)
    return elements[list(ELEMENT_COLUMNS)]


def _with_dtypes(frame: pd.DataFrame, dtypes: dict[str, str]) -> pd.DataFrame:
    """Cast only the columns whose dtype differs (a no-op for a reader's own output)."""
    wrong = {c: t for c, t in dtypes.items() if str(frame[c].dtype) != t}
    return frame.astype(wrong) if wrong else frame


def _epoch_ns(elements: pd.DataFrame) -> np.ndarray:
    return elements["epoch_utc"].to_numpy(dtype="datetime64[ns]").view(np.int64)


def _shared_epoch(norad: np.ndarray, epoch: np.ndarray) -> np.ndarray:
    """Return, per row of a table sorted by object and epoch, whether a neighbour shares both."""
    same_as_next = (norad[1:] == norad[:-1]) & (epoch[1:] == epoch[:-1])
    shared = np.zeros(len(norad), dtype=bool)
    shared[:-1] |= same_as_next
    shared[1:] |= same_as_next
    return shared


def _collapse_duplicates(
    elements: pd.DataFrame, shared: np.ndarray
) -> tuple[pd.DataFrame, np.ndarray]:
    """Drop exact duplicates among ``shared`` rows; return the table and the kept positions."""
    n = len(elements)
    candidates = np.flatnonzero(shared)
    dup = np.zeros(n, dtype=bool)
    notes = np.full(n, None, dtype=object)
    if len(candidates):
        subset = elements.iloc[candidates]
        dup_sub = subset.duplicated(_IDENTITY, keep="first").to_numpy()
        if dup_sub.any():
            group = subset.groupby(_IDENTITY, sort=False, observed=True).ngroup().to_numpy()
            first_row = pd.Series(candidates[~dup_sub], index=group[~dup_sub])
            keeper = first_row.loc[group[dup_sub]].to_numpy()
            records = subset["record"].to_numpy()[dup_sub]
            joined = pd.Series(records).groupby(keeper).agg("; ".join)
            notes[joined.index.to_numpy()] = joined.to_numpy()
            dup[candidates[dup_sub]] = True
    kept = np.flatnonzero(~dup)
    if dup.any():
        elements = elements.take(kept).reset_index(drop=True)
        notes = notes[kept]
    if len(candidates):
        column = pd.arrays.ArrowStringArray(pa.array(notes, type=pa.string(), from_pandas=True))
    else:
        column = pd.arrays.ArrowStringArray(pa.nulls(len(kept), type=pa.string()))
    elements["duplicate_records"] = column
    return elements, kept


def summarise_objects(elements: pd.DataFrame, satcat_frames: list[pd.DataFrame]) -> pd.DataFrame:
    """One row per NORAD id seen in ``elements`` or in SATCAT tables, ``OBJECT_COLUMNS``."""
    if len(elements):
        grouped = elements.groupby("norad_id", sort=True, observed=True)
        last = grouped.tail(1).set_index("norad_id")
        summary = pd.DataFrame(
            {
                "object_name": last["object_name"].astype("string"),
                "object_id": last["object_id"].astype("string"),
                "n_element_sets": grouped.size(),
                "first_epoch_utc": grouped["epoch_utc"].min(),
                "last_epoch_utc": grouped["epoch_utc"].max(),
                "regime": last["regime"],
            }
        )
    else:
        summary = empty_frame(OBJECT_COLUMNS).set_index("norad_id")
    satcat = [f for f in satcat_frames if len(f)]
    if satcat:
        summary = _join_satcat(summary, pd.concat(satcat, ignore_index=True))
    summary = summary.reset_index()
    for column, dtype in OBJECT_COLUMNS.items():
        if column not in summary:
            summary[column] = pd.Series(dtype=dtype, index=summary.index)
    summary["n_element_sets"] = summary["n_element_sets"].fillna(0)
    return summary[list(OBJECT_COLUMNS)].astype(OBJECT_COLUMNS)


#: Object columns that come from the element sets, never from SATCAT.
_FROM_ELEMENTS = ("n_element_sets", "first_epoch_utc", "last_epoch_utc", "regime")


def _join_satcat(summary: pd.DataFrame, satcat: pd.DataFrame) -> pd.DataFrame:
    """Join SATCAT metadata (the last row per NORAD id wins) onto the per-object summary.

    Names and COSPAR ids from the element sets win when present; the other SATCAT fields are
    taken from SATCAT.
    """
    meta = satcat.drop_duplicates("norad_id", keep="last").set_index("norad_id")
    meta = meta[[c for c in meta.columns if c in OBJECT_COLUMNS and c not in _FROM_ELEMENTS]]
    summary = summary.merge(
        meta, how="outer", left_index=True, right_index=True, suffixes=("", "_satcat")
    )
    for column in meta.columns:
        theirs = f"{column}_satcat"
        if theirs not in summary:
            continue
        if column in ("object_name", "object_id"):
            own = summary[column].astype("string")
            summary[column] = own.where(own.fillna("") != "", summary[theirs].astype("string"))
        else:
            summary[column] = summary[theirs]
        summary = summary.drop(columns=theirs)
    return summary
