"""``load()``: files, folders and archives in; one validated element-set table out."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from ssaviewer.core.derive import derived_columns
from ssaviewer.core.duplicates import collapse_duplicates, shared_epoch
from ssaviewer.core.element_concat import concat_elements
from ssaviewer.core.element_take import ROWS_PER_THREAD, kept_arrays, take_columns
from ssaviewer.core.formats.registry import FormatSpec, format_names, sniff
from ssaviewer.core.schema import (
    BASE_COLUMNS,
    ELEMENT_COLUMNS,
    OBJECT_COLUMNS,
    REJECTED_COLUMNS,
    WARNING_COLUMNS,
    empty_frame,
    rejected_frame,
)
from ssaviewer.core.sources import Source, SourceError, iter_sources
from ssaviewer.core.table_order import epoch_ns, is_sorted_by_object

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
    "n_warnings": "int64",  # records loaded with an assumption (never counted as rejected)
}


class LoadCancelled(Exception):
    """Raised by :func:`load` when ``should_stop`` returned True."""


@dataclass
class LoadReport:
    """What happened to every file, every rejected record and every assumption made.

    ``files`` has ``FILE_COLUMNS`` (one row per file or archive member); ``rejected`` has
    ``schema.REJECTED_COLUMNS`` (one row per rejected record, file-level errors included with
    ``line == 0``); ``warnings`` has ``schema.WARNING_COLUMNS`` (one row per field read with
    an assumption, or line skipped on purpose such as a comment; those records are loaded and
    are not rejections).
    """

    files: pd.DataFrame = field(default_factory=lambda: empty_frame(FILE_COLUMNS))
    rejected: pd.DataFrame = field(default_factory=lambda: empty_frame(REJECTED_COLUMNS))
    warnings: pd.DataFrame = field(default_factory=lambda: empty_frame(WARNING_COLUMNS))

    @property
    def n_rejected(self) -> int:
        """Number of rejected records (file-level errors included)."""
        return len(self.rejected)

    @property
    def n_warnings(self) -> int:
        """Number of warnings (records loaded with an assumption)."""
        return len(self.warnings)


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
    if any(os.path.isdir(p) for p in paths):  # only a folder can be a store
        from ssaviewer.core.store import is_store  # (Parquet: imported only when needed)

        if any(is_store(p) for p in paths):
            return _load_with_stores(list(paths), progress, should_stop)
    return load_sources(iter_sources(list(paths)), progress=progress, should_stop=should_stop)


def _load_with_stores(
    paths: list[str | os.PathLike[str]],
    progress: ProgressCallback | None,
    should_stop: StopCallback | None,
) -> Dataset:
    """Load paths of which some are stores (``ssaviewer store``): read them, add the rest.

    One store alone is returned as stored; with other paths, the tables are merged as files
    are (duplicates of earlier loads then lose their ``duplicate_records`` notes).
    """
    from ssaviewer.core.store import StoreError, is_store, read_store

    parts: list[Dataset] = []
    rows: list[dict[str, object]] = []
    others = [p for p in paths if not is_store(p)]
    for path in paths:
        if not is_store(path):
            continue
        _check_stop(should_stop)
        if progress is not None:
            progress(0.1, f"reading store {path}")
        try:
            elements, satcat = read_store(path)
        except StoreError as exc:
            rows.append(_file_row(str(path), str(path), "store", "error", 0, 0, str(exc)))
            continue
        rows.append(
            _file_row(os.path.basename(path), str(path), "store", "loaded", len(elements), 0, "")
        )
        parts.append(Dataset(elements, summarise_objects(elements, [satcat]), LoadReport()))
    if others:
        parts.append(load_sources(iter_sources(others), progress=progress, should_stop=should_stop))
    files = pd.DataFrame(rows, columns=list(FILE_COLUMNS)).astype(FILE_COLUMNS)
    if len(parts) == 1 and not others:
        return Dataset(parts[0].elements, parts[0].objects, LoadReport(files=files))
    elements = merge_elements([p.elements[list(BASE_COLUMNS)] for p in parts])
    reports = [p.report for p in parts]
    report = LoadReport(
        files=pd.concat([files, *(r.files for r in reports)], ignore_index=True),
        rejected=_concat_rejected([r.rejected for r in reports]),
    )
    return Dataset(elements, summarise_objects(elements, [p.objects for p in parts]), report)


def load_sources(
    sources: Iterable[Source | SourceError],
    *,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> Dataset:
    """Load already-opened sources; see :func:`load`.

    Files are parsed by ``READ_WORKERS`` threads (the readers spend most of their time in
    numpy, which releases the GIL), at most that many at a time beyond the one being read,
    so memory stays bounded; results are taken in source order, so the tables and the report
    are the same as a one-by-one load. ``should_stop`` is checked before each file and while
    waiting for one; a reader's exception propagates as it would without threads.
    """
    return _load_sources(sources, progress, should_stop)


def _load_sources(
    sources: Iterable[Source | SourceError],
    progress: ProgressCallback | None,
    should_stop: StopCallback | None,
) -> Dataset:
    with _LazyPool() as pool:
        slots: list[_Outcome | Future[_Outcome]] = []
        try:
            # Each file is handed to the pool once the next one has been read: the last (or
            # only) file, when small, is parsed on this thread, so a one-file load starts no
            # thread and waits for none (a thread costs more than parsing a small file).
            items = _with_last(sources)
            for k, (item, last) in enumerate(items):
                _check_stop(should_stop)
                if isinstance(item, SourceError):
                    slots.append(_failed(item.path, item.path, item.reason, listed_only=False))
                    continue
                if progress is not None:
                    progress(min(0.9, 0.05 * k), f"reading {item.name}")
                spec = sniff(item.data)
                if spec is None:
                    message = (
                        f"not in a known format (tried {format_names()})"
                        if item.data.strip()
                        else "empty file (no data in it)"
                    )
                    slots.append(_failed(item.name, item.path, message, item.from_folder))
                    continue
                if last and len(item.data) < INLINE_BYTES:
                    slots.append(_parsed_here(spec, item))
                    continue
                slots.append(pool.submit(_parse, spec, item))
                # The worker holds the only reference to the file's bytes now: they are
                # freed on it as soon as they are parsed, not after the merge on this thread.
                del item
                _wait_for_room(slots, should_stop)
            outcomes = [_result(slot, should_stop) for slot in slots]
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    if progress is not None:
        progress(0.95, "merging")
    tables = [o.table for o in outcomes if o.kind == "elements"]
    # Nothing else holds these tables; their columns are fresh arrays when the TLE reader
    # made them or a concatenation of several will (other readers may share arrays).
    filled = [o for o in outcomes if o.kind == "elements" and len(o.table)]
    owned = len(filled) > 1 or all(o.row["format"] == "tle" for o in filled)
    # Only the merged table keeps the readers' tables alive from here: each column's memory
    # is reused once the merge has taken it (see merge_into).
    outcomes = [o if o.kind != "elements" else _without_table(o) for o in outcomes]
    del slots
    elements = merge_into(tables, owned=owned)
    report = LoadReport(
        files=_files_frame([o.row for o in outcomes]),
        rejected=_concat_rejected([o.rejected for o in outcomes]),
        warnings=_concat_frames([o.warnings for o in outcomes], WARNING_COLUMNS),
    )
    objects = summarise_objects(elements, [o.table for o in outcomes if o.kind == "objects"])
    if progress is not None:
        progress(1.0, "done")
    return Dataset(elements=elements, objects=objects, report=report)


#: Threads parsing files at once (two cores are enough to halve a multi-file load).
READ_WORKERS = max(1, min(4, os.cpu_count() or 1))

#: The last file of a load is parsed on the calling thread when smaller than this (a larger
#: one goes to the pool, so that ``should_stop`` is still checked while it parses).
INLINE_BYTES = 8 * 1024**2


def _with_last(
    sources: Iterable[Source | SourceError],
) -> Iterator[tuple[Source | SourceError, bool]]:
    """Yield each source and whether it is the last (the next one is read first)."""
    items = iter(sources)
    current = next(items, None)
    while current is not None:
        following = next(items, None)
        yield current, following is None
        current = following


class _LazyPool:
    """A ``ThreadPoolExecutor`` of ``READ_WORKERS`` threads, started by its first ``submit``."""

    def __init__(self) -> None:
        self._pool: ThreadPoolExecutor | None = None

    def __enter__(self) -> _LazyPool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)

    def submit(self, fn: Callable[[FormatSpec, Source], _Outcome], *args: Any) -> Future[_Outcome]:
        """Run ``fn(*args)`` on a pool thread (the pool is started on the first call)."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(READ_WORKERS, thread_name_prefix="ssaviewer-load")
        return self._pool.submit(fn, *args)

    def shutdown(self, wait: bool, cancel_futures: bool) -> None:
        """Shut the pool down, if it was started."""
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)


@dataclass(frozen=True)
class _Outcome:
    """What one source gave: its report row, its table (kind "elements", "objects" or "")."""

    row: dict[str, object]
    kind: str
    table: pd.DataFrame
    rejected: pd.DataFrame
    warnings: pd.DataFrame


def _parse(spec: FormatSpec, item: Source) -> _Outcome:
    table, bad, warned = spec.read(item.data, item.name)
    row = _file_row(item.name, item.path, spec.name, "loaded", len(table), len(bad), "")
    row["n_warnings"] = len(warned)
    return _Outcome(row, spec.kind, table, bad, warned)


def _parsed_here(spec: FormatSpec, item: Source) -> Future[_Outcome]:
    """Parse ``item`` on this thread; the outcome, or the reader's exception, in a future.

    (An exception is raised when the outcomes are taken, in source order, as from the pool:
    an earlier file's exception still comes first.)
    """
    done: Future[_Outcome] = Future()
    try:
        done.set_result(_parse(spec, item))
    except Exception as exc:
        done.set_exception(exc)
    return done


def _without_table(outcome: _Outcome) -> _Outcome:
    return _Outcome(outcome.row, outcome.kind, _NO_TABLE, outcome.rejected, outcome.warnings)


_NO_TABLE = pd.DataFrame()


def _failed(name: str, path: str, message: str, listed_only: bool) -> _Outcome:
    """Return the outcome of a source that gave nothing: skipped (``listed_only``) or an error."""
    status = "skipped" if listed_only else "error"
    bad = empty_frame(REJECTED_COLUMNS) if listed_only else rejected_frame(name, [0], [message])
    nothing = empty_frame(WARNING_COLUMNS)
    return _Outcome(_file_row(name, path, "", status, 0, 0, message), "", bad, bad, nothing)


def _check_stop(should_stop: StopCallback | None) -> None:
    if should_stop is not None and should_stop():
        raise LoadCancelled("loading cancelled")


def _wait_for_room(
    slots: list[_Outcome | Future[_Outcome]], should_stop: StopCallback | None
) -> None:
    """Wait until at most ``READ_WORKERS`` files are being parsed."""
    while sum(isinstance(s, Future) and not s.done() for s in slots) > READ_WORKERS:
        oldest = next(s for s in slots if isinstance(s, Future) and not s.done())
        wait([oldest], timeout=_POLL_SECONDS)
        _check_stop(should_stop)


def _result(slot: _Outcome | Future[_Outcome], should_stop: StopCallback | None) -> _Outcome:
    if not isinstance(slot, Future):
        return slot
    while not slot.done():
        wait([slot], timeout=_POLL_SECONDS)
        _check_stop(should_stop)
    return slot.result()


#: How often a wait for a file being parsed checks ``should_stop``.
_POLL_SECONDS = 0.1


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
        "n_warnings": 0,
    }


def _concat_rejected(frames: list[pd.DataFrame]) -> pd.DataFrame:
    return _concat_frames(frames, REJECTED_COLUMNS)


def _concat_frames(frames: list[pd.DataFrame], columns: dict[str, str]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty_frame(columns)
    if len(frames) == 1 and _is_plain(frames[0], columns):
        return frames[0]  # (what the concatenation and the cast would copy)
    return pd.concat(frames, ignore_index=True).astype(columns)


def _is_plain(frame: pd.DataFrame, columns: dict[str, str]) -> bool:
    """Return whether ``frame`` has exactly ``columns``, their dtypes, a 0..n-1 index."""
    index = frame.index
    return (
        isinstance(index, pd.RangeIndex)
        and index.start == 0
        and index.step == 1
        and list(frame.columns) == list(columns)
        and all(str(dtype) == columns[str(name)] for name, dtype in frame.dtypes.items())
    )


def _files_frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    """Return the files table of ``rows`` (``FILE_COLUMNS``), built column by column.

    The same table as ``pd.DataFrame(rows, columns=...).astype(FILE_COLUMNS)``, without
    the object columns and the casts.
    """
    array: Any = pd.array  # (pandas-stubs know no overload for a dtype given by name)
    return pd.DataFrame(
        {name: array([r[name] for r in rows], dtype=t) for name, t in FILE_COLUMNS.items()},
        copy=False,
    )


def merge_elements(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate reader outputs into one sorted, de-duplicated, derived element table.

    See :func:`merge_into`; ``frames`` is left as it is.
    """
    return merge_into(list(frames))


def merge_into(frames: list[pd.DataFrame], *, owned: bool = False) -> pd.DataFrame:
    """Concatenate reader outputs into one sorted, de-duplicated, derived element table.

    Rows are sorted by object and epoch (stable: ties keep the order read). Exact duplicates
    (same object, epoch and elements) collapse into the first row read; the records of the
    others go into ``duplicate_records``. Rows with the same object and epoch but different
    elements are all kept and flagged ``epoch_conflict``. Only rows that share an object and
    epoch with another row are compared field by field, so the usual table costs one sort.
    ``frames`` is emptied once concatenated, so that the memory of the readers' columns can
    be reused while the merged table is built (a caller that keeps no other reference to
    them never holds two copies of a large table). With ``owned``, the caller guarantees
    that nothing else shares the frames' memory, not even one column another (``load()``
    with the TLE reader's fresh tables): a sorted table then sheds its duplicates in that
    memory instead of in a copy.
    """
    frames[:] = [f for f in frames if len(f)]
    if not frames:
        return empty_frame(ELEMENT_COLUMNS)
    earlier = _earlier_notes(frames)
    elements = concat_elements(frames, workers=READ_WORKERS)
    frames.clear()
    n_rows, index = len(elements), elements.index
    norad = elements["norad_id"].to_numpy()
    epoch = epoch_ns(elements["epoch_utc"])
    order = None
    if not is_sorted_by_object(norad, epoch):
        order = np.lexsort((epoch, norad))  # stable
        norad, epoch = norad[order], epoch[order]
    collapsed = collapse_duplicates(elements, order, norad, epoch)
    kept, notes = collapsed.kept, collapsed.notes
    # One take of the whole table: sorted and without the copies. The columns are then
    # arrays (or Series, for columns shared with a caller's table: pandas then copies them
    # on a write), and the table is built once at the end.
    rows = kept if order is None else order[kept]
    columns: dict[str, Any]
    if len(rows) < n_rows and order is None and owned:
        by_name = {str(name): series for name, series in elements.items()}
        del elements, norad, epoch  # (views of memory the kept rows move down in)
        columns = kept_arrays(by_name, rows, workers=READ_WORKERS)
        index = pd.RangeIndex(len(rows))
        # the kept rows' objects and epochs: the columns themselves, not copies
        norad = np.asarray(columns["norad_id"])
        epoch = epoch_ns(pd.Series(columns["epoch_utc"], copy=False))
    elif len(rows) < n_rows or order is not None:
        if READ_WORKERS > 1 and len(rows) >= ROWS_PER_THREAD:
            by_name = {str(name): series for name, series in elements.items()}
            del elements  # each column's memory goes once taken
            elements = take_columns(by_name, rows, workers=READ_WORKERS)
        else:
            elements = elements.take(rows).reset_index(drop=True)
        norad, epoch = norad[kept], epoch[kept]
        columns = {str(name): series.array for name, series in elements.items()}
        index = elements.index
    else:
        columns = {
            str(name): series.array if owned else series for name, series in elements.items()
        }
    if earlier is not None:  # tables merged again keep the copies found before
        notes = _with_earlier_notes(earlier.take(rows), notes)
    added: dict[str, object] = {
        "sgp4_propagatable": np.asarray(columns["ephemeris_type"]) != 4,
        "duplicate_records": notes,
        "epoch_conflict": shared_epoch(norad, epoch),
        **derived_columns(
            np.asarray(columns["mean_motion_rev_per_day"], dtype=np.float64),
            np.asarray(columns["eccentricity"], dtype=np.float64),
            np.asarray(columns["inclination_deg"], dtype=np.float64),
            workers=READ_WORKERS,
        ),
    }
    # One constructor call, no copies: assigning columns one by one would copy each.
    merged = {name: added[name] if name in added else columns[name] for name in ELEMENT_COLUMNS}
    return pd.DataFrame(merged, index=index, copy=False)


def _earlier_notes(frames: list[pd.DataFrame]) -> pd.Series | None:
    """Return the ``duplicate_records`` the frames already carry, row by row (None if none).

    Tables merged again (a second file loaded in the viewer, or a table merged with nothing)
    would otherwise lose the copies found when each was loaded, and with them the
    ``duplicate`` data-quality events ``ssaviewer detect`` reports. Vectorised: a load of a
    million sets with no copies costs one ``notna`` per frame.
    """
    if not any("duplicate_records" in f and f["duplicate_records"].notna().any() for f in frames):
        return None
    parts = [
        f["duplicate_records"].astype("string")
        if "duplicate_records" in f
        else pd.Series(pd.NA, index=f.index, dtype="string")
        for f in frames
    ]
    return pd.concat(parts, ignore_index=True)


def _with_earlier_notes(
    earlier: pd.Series, notes: pd.arrays.ArrowStringArray
) -> pd.arrays.ArrowStringArray:
    """Join the notes rows already had with those found now ("; "-separated)."""
    before = earlier.reset_index(drop=True).astype("string")
    now = pd.Series(notes).astype("string")
    both = (before.notna() & now.notna()).to_numpy()
    joined = before.where(before.notna(), now)
    joined[both] = before[both] + "; " + now[both]
    result = joined.astype("string[pyarrow]").array
    assert isinstance(result, pd.arrays.ArrowStringArray)
    return result


def summarise_objects(elements: pd.DataFrame, satcat_frames: list[pd.DataFrame]) -> pd.DataFrame:
    """One row per NORAD id seen in ``elements`` or in SATCAT tables, ``OBJECT_COLUMNS``."""
    satcat = [f for f in satcat_frames if len(f)]
    if len(elements) and not satcat:
        fast = _summary_of_sorted(elements)
        return fast if fast is not None else _summary_of_elements(elements)
    if len(elements):
        summary = _per_object(elements)
    else:
        summary = empty_frame(OBJECT_COLUMNS).set_index("norad_id")
    if satcat:
        summary = _join_satcat(summary, pd.concat(satcat, ignore_index=True))
    summary = summary.reset_index()
    for column, dtype in OBJECT_COLUMNS.items():
        if column not in summary:
            summary[column] = pd.Series(dtype=dtype, index=summary.index)
    summary["n_element_sets"] = summary["n_element_sets"].fillna(0)
    summary["object_name"], summary["name_source"] = name_every_object(
        summary["norad_id"], summary["object_name"], elements
    )
    return summary[list(OBJECT_COLUMNS)].astype(OBJECT_COLUMNS)


def _summary_of_elements(elements: pd.DataFrame) -> pd.DataFrame:
    """Return :func:`summarise_objects` of element sets alone (no SATCAT), column by column.

    The same table, each column built once in its final dtype (the general path joins,
    adds, fills and casts whole frames: most of the cost of a one-object load).
    """
    per = _per_object(elements)
    index = pd.RangeIndex(len(per))
    norad = pd.Series(per.index.to_numpy(dtype=np.int64), index=index)
    names, source = name_every_object(norad, per["object_name"].reset_index(drop=True), elements)
    made = {"norad_id": norad, "object_name": names, "name_source": source}
    columns: dict[str, pd.Series] = {}
    for column, dtype in OBJECT_COLUMNS.items():
        if column in made:
            values = made[column]
        elif column in per:
            values = per[column].reset_index(drop=True)
        else:
            values = pd.Series(dtype=dtype, index=index)
        columns[column] = values if str(values.dtype) == dtype else values.astype(dtype)  # type: ignore[call-overload]
    return pd.DataFrame(columns, copy=False)


def _summary_of_sorted(elements: pd.DataFrame) -> pd.DataFrame | None:
    """Return :func:`_summary_of_elements` of a table as ``load()`` makes it, from arrays.

    For element sets sorted by object and epoch, without a missing epoch, whose names and
    sources are categoricals of text (every reader's): each object's values are taken at
    the positions where the object changes, names are stripped once per category, and the
    table is built in one constructor call (the general path costs a few milliseconds of
    pandas calls even for one object). Returns None for any other table.
    """
    norad = elements["norad_id"].to_numpy()
    epoch = epoch_ns(elements["epoch_utc"])
    names, sources = elements["object_name"].array, elements["source"].array
    if not (
        isinstance(names, pd.Categorical)
        and isinstance(sources, pd.Categorical)
        and _text_categories(names)
        and _text_categories(sources)
        and is_sorted_by_object(norad, epoch)
        and not (epoch == _NAT).any()
        and not (np.asarray(sources.codes) < 0).any()
    ):
        return None
    first = np.flatnonzero(np.append(True, norad[1:] != norad[:-1]))
    last = np.append(first[1:], len(norad)) - 1
    n = len(last)
    published: Any = _stripped(names, last)  # (a string array: compared by Arrow)
    missing: npt.NDArray[np.bool_] = np.asarray(published == "", dtype=np.bool_)
    how = np.zeros(n, dtype=np.int64)  # 0 published, 1 file name, 2 NORAD id
    object_name = published
    if missing.any():
        stems = _alone_in_file(norad, np.asarray(sources.codes, dtype=np.int64), first, sources)
        use_file = missing & np.asarray(pd.notna(stems), dtype=np.bool_)
        how[missing] = 2
        how[use_file] = 1
        text = published.to_numpy(dtype=object)
        text[missing] = [f"NORAD {k}" for k in norad[last[missing]].tolist()]
        text[use_file] = stems[use_file]
        object_name = pd.array(text, dtype="string")
    made: dict[str, object] = {
        "norad_id": norad[last].astype(np.int64, copy=False),
        "object_name": object_name,
        "object_id": _as_text(elements["object_id"].array, last),
        "n_element_sets": last - first + 1,
        "first_epoch_utc": elements["epoch_utc"].array.take(first),
        "last_epoch_utc": elements["epoch_utc"].array.take(last),
        "regime": elements["regime"].array.take(last),
        "name_source": _NAME_SOURCES.take(how),
    }
    columns = {
        name: made[name] if name in made else _missing_values(dtype, n)
        for name, dtype in OBJECT_COLUMNS.items()
    }
    return pd.DataFrame(columns, index=pd.RangeIndex(n), copy=False)


def _text_categories(values: pd.Categorical) -> bool:
    kind = str(values.categories.dtype)
    return kind in ("str", "string") or (
        kind == "object" and pd.api.types.infer_dtype(values.categories, skipna=False) == "string"
    )


def _as_text(values: Any, rows: np.ndarray) -> Any:
    """Return ``values[rows].astype("string")``, converted once per category if categorical."""
    if not isinstance(values, pd.Categorical) or not _text_categories(values):
        return values.take(rows).astype("string")
    codes = np.asarray(values.codes, dtype=np.int64)[rows]
    return values.categories.astype("string").array.take(codes, allow_fill=True)


def _stripped(names: pd.Categorical, rows: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """Return the names at ``rows`` as ``string``, stripped, "" where missing.

    (``Series.astype("string").fillna("").str.strip()``, stripped once per category.)
    """
    categories = names.categories.astype("string").str.strip().array
    codes = np.asarray(names.codes, dtype=np.int64)[rows]
    return categories.take(codes, allow_fill=True, fill_value="")  # code -1 (missing): ""


def _alone_in_file(
    norad: np.ndarray, codes: np.ndarray, first: np.ndarray, sources: pd.Categorical
) -> np.ndarray:
    """Return, per object, its file's stem when alone in its only file, else None.

    An object is alone when all its sets come from one file holding no other object (the
    meaning of :func:`_file_names`, found on the source codes of a sorted table).
    """
    n = len(first)
    obj = np.cumsum(np.append(True, norad[1:] != norad[:-1])) - 1
    change = np.append(True, (codes[1:] != codes[:-1]) | (obj[1:] != obj[:-1]))
    width = len(sources.categories)
    pairs = np.unique(obj[change] * width + codes[change])
    pair_obj, pair_code = pairs // width, pairs % width
    files_per_object = np.bincount(pair_obj, minlength=n)
    objects_per_file = np.bincount(pair_code, minlength=width)
    code = codes[first]
    alone = (files_per_object == 1) & (objects_per_file[code] == 1)
    stems = np.full(n, None, dtype=object)
    categories = sources.categories
    stems[alone] = [_stem(str(categories[k])) for k in code[alone].tolist()]
    return stems


def _missing_values(dtype: str, n: int) -> pd.api.extensions.ExtensionArray:
    """Return ``n`` missing values of ``dtype``, as ``pd.Series(dtype=dtype, index=...)``."""
    missing: pd.api.extensions.ExtensionArray = _MISSING[dtype].take(
        np.full(n, -1), allow_fill=True
    )
    return missing


_MISSING = {
    dtype: pd.Series(dtype=dtype, index=pd.RangeIndex(1)).array
    for dtype in ("category", "string", "datetime64[ns]")
}


#: ``name_source`` values (see ``schema.OBJECT_COLUMNS``).
NAME_PUBLISHED, NAME_FROM_FILE, NAME_FROM_NORAD = "published", "file name", "NORAD id"
_NAME_SOURCES = pd.array([NAME_PUBLISHED, NAME_FROM_FILE, NAME_FROM_NORAD], dtype="string")


def name_every_object(
    norad_id: pd.Series, published: pd.Series, elements: pd.DataFrame
) -> tuple[pd.Series, pd.Series]:
    """Return a name for every object, and where each name came from.

    An object keeps its published name (element sets or SATCAT). Without one, an object whose
    element sets all come from one file that holds no other object is named after the file
    (``Jason-3.tle`` -> ``Jason-3``); any other is ``NORAD n``. Both series are aligned with
    ``norad_id``; the second holds ``NAME_PUBLISHED``, ``NAME_FROM_FILE`` or ``NAME_FROM_NORAD``.
    """
    names = published.astype("string").fillna("").str.strip()
    source = pd.Series(NAME_PUBLISHED, index=names.index, dtype="string")
    missing = (names == "").to_numpy()
    if not missing.any():
        return names, source
    from_file = _file_names(elements).reindex(norad_id.to_numpy()).to_numpy(dtype=object)
    use_file = missing & pd.notna(from_file)
    fallback = ("NORAD " + norad_id.astype("int64").astype(str)).to_numpy(dtype=object)
    names[missing] = fallback[missing]
    names[use_file] = from_file[use_file]
    source[missing] = NAME_FROM_NORAD
    source[use_file] = NAME_FROM_FILE
    return names, source


def _file_names(elements: pd.DataFrame) -> pd.Series:
    """File stem per NORAD id, for objects alone in their only source file."""
    if not len(elements) or "source" not in elements:
        return pd.Series(dtype=object)
    pairs = _object_sources(elements)
    ids, id_code = _factorized(pairs["norad_id"].to_numpy())
    texts, text_code = _factorized(pairs["source"].to_numpy(dtype=object))
    _, distinct = np.unique(id_code * len(texts) + text_code, return_index=True)
    id_code, text_code = id_code[distinct], text_code[distinct]
    objects_per_file = np.bincount(text_code, minlength=len(texts))[text_code]
    files_per_object = np.bincount(id_code, minlength=len(ids))[id_code]
    alone = (objects_per_file == 1) & (files_per_object == 1)
    stems = np.array([_stem(t) for t in texts[text_code[alone]]], dtype=object)
    return pd.Series(stems, index=ids[id_code[alone]])


def _factorized(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the distinct values and, per value, the position of its own among them."""
    codes, uniques = pd.factorize(values)
    return np.asarray(uniques, dtype=values.dtype), codes.astype(np.int64)


def _object_sources(elements: pd.DataFrame) -> pd.DataFrame:
    """Return ``norad_id`` and ``source`` (as text: a missing one is "nan") of every row.

    A categorical source (every reader's) becomes text once per category, not once per row:
    the distinct (object, category) pairs are found on the integer codes first.
    """
    source = elements["source"]
    norad = elements["norad_id"]
    if not isinstance(source.dtype, pd.CategoricalDtype):
        return pd.DataFrame({"norad_id": norad, "source": source.astype(str)})
    ids = norad.to_numpy(dtype=np.int64)
    codes = source.cat.codes.to_numpy(dtype=np.int64)
    width = len(source.cat.categories) + 1
    if len(ids) and (ids.min() < 0 or ids.max() >= np.iinfo(np.int64).max // (2 * width)):
        pairs = pd.DataFrame({"norad_id": ids, "code": codes}).drop_duplicates()
        ids, codes = pairs["norad_id"].to_numpy(), pairs["code"].to_numpy()
    else:  # one integer per pair: a hash table of integers finds the first of each
        first = pd.unique(ids * width + codes + 1)
        ids, codes = first // width, first % width - 1
    texts = np.append(source.cat.categories.astype(str).to_numpy(dtype=object), str(np.nan))
    return pd.DataFrame({"norad_id": ids, "source": texts[codes]})


def _stem(source: str) -> str:
    """``dir/Jason-3.tle.gz`` -> ``Jason-3``: the file name without folders or extensions."""
    name = os.path.basename(source.replace("\\", "/"))
    for _ in range(2):  # .tle.gz, .json.xz
        stem, dot, ext = name.rpartition(".")
        if dot and stem and ext.isalnum() and len(ext) <= 4:
            name = stem
    return name


def _per_object(elements: pd.DataFrame) -> pd.DataFrame:
    """Return the element-set columns of the object summary, indexed by ``norad_id``.

    The name, designator and regime are those of each object's last row; the epochs are its
    earliest and latest. A table sorted by object and epoch (as :func:`merge_elements` makes)
    is summarised from the positions where the object changes; any other goes through groupby.
    """
    norad = elements["norad_id"].to_numpy()
    epoch = epoch_ns(elements["epoch_utc"])
    if not is_sorted_by_object(norad, epoch) or (epoch == _NAT).any():
        return _per_object_grouped(elements)
    first = np.flatnonzero(np.append(True, norad[1:] != norad[:-1]))
    last = np.append(first[1:], len(norad)) - 1
    index = pd.Index(norad[last], name="norad_id")

    def at(column: str, rows: np.ndarray) -> pd.Series:
        return elements[column].iloc[rows].set_axis(index)

    return pd.DataFrame(
        {
            "object_name": at("object_name", last).astype("string"),
            "object_id": at("object_id", last).astype("string"),
            "n_element_sets": pd.Series(last - first + 1, index=index),
            "first_epoch_utc": at("epoch_utc", first),
            "last_epoch_utc": at("epoch_utc", last),
            "regime": at("regime", last),
        }
    )


_NAT = np.iinfo(np.int64).min


def _per_object_grouped(elements: pd.DataFrame) -> pd.DataFrame:
    grouped = elements.groupby("norad_id", sort=True, observed=True)
    last = grouped.tail(1).set_index("norad_id")
    return pd.DataFrame(
        {
            "object_name": last["object_name"].astype("string"),
            "object_id": last["object_id"].astype("string"),
            "n_element_sets": grouped.size(),
            "first_epoch_utc": grouped["epoch_utc"].min(),
            "last_epoch_utc": grouped["epoch_utc"].max(),
            "regime": last["regime"],
        }
    )


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
