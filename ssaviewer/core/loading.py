"""Loading for an interactive session: merge into what is loaded, never raise for bad content.

A viewer loads files one batch at a time into the data already loaded
(:func:`merged_dataset`), and a reader that raises must cost only its own file
(:func:`load_robustly`). Both are pure functions, safe to run in a worker thread.

The viewer and ``ssaviewer detect`` must see the same element sets for the same files, or they
report different events: merging keeps every row's ``duplicate_records`` (the copies found when
each file was loaded; :func:`ssaviewer.core.dataset.merge_elements`), so the ``duplicate``
data-quality events of files opened in the viewer are those ``detect`` reports.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Sequence

import pandas as pd

from ssaviewer.core.dataset import (
    FILE_COLUMNS,
    Dataset,
    LoadCancelled,
    LoadReport,
    ProgressCallback,
    StopCallback,
    load,
    load_sources,
    merge_elements,
    summarise_objects,
)
from ssaviewer.core.element_concat import concat_column
from ssaviewer.core.schema import ELEMENT_COLUMNS, OBJECT_COLUMNS, empty_frame, rejected_frame
from ssaviewer.core.sources import Source, SourceError, iter_sources

log = logging.getLogger(__name__)

#: Object columns only a SATCAT provides (element sets alone leave them empty).
SATCAT_ONLY = ("object_type", "owner", "launch_date", "decay_date", "rcs_size")


def merged_dataset(old: Dataset, new: Dataset) -> Dataset:
    """Return ``old`` and ``new`` merged (pure: safe to call in a worker thread).

    When ``new`` brought no element sets and no objects, only its report is added, so a file
    that failed to load never costs the data already loaded.
    """
    # A file loaded again replaces its earlier report rows: its rejected records are counted
    # once, not once per load.
    again = set(new.report.files["file"].astype(str))
    old_files, old_rejected = old.report.files, old.report.rejected
    old_warnings = old.report.warnings
    report = LoadReport(
        files=_concat(old_files.loc[~old_files["file"].astype(str).isin(again)], new.report.files),
        rejected=_concat(
            old_rejected.loc[~old_rejected["file"].astype(str).isin(again)], new.report.rejected
        ),
        warnings=_concat(
            old_warnings.loc[~old_warnings["file"].astype(str).isin(again)], new.report.warnings
        ),
    )
    if not len(new.elements) and not len(new.objects):
        return Dataset(old.elements, old.objects, report)
    elements = merge_elements([old.elements, new.elements])
    # Per object and column, the last non-missing value wins: a SATCAT loaded earlier keeps
    # its owner and type when a later file brings only element sets for the same object.
    metadata = _concat(old.objects, new.objects)
    metadata = metadata.loc[metadata[list(SATCAT_ONLY)].notna().any(axis=1)]
    satcat = [metadata.groupby("norad_id", as_index=False).last()] if len(metadata) else []
    return Dataset(elements, summarise_objects(elements, satcat), report)


def _concat(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    if not len(first):
        return second
    if not len(second):
        return first
    return pd.concat([first, second], ignore_index=True)


def empty_dataset() -> Dataset:
    """Return a dataset with no element sets, no objects and an empty report."""
    return Dataset(empty_frame(ELEMENT_COLUMNS), empty_frame(OBJECT_COLUMNS), LoadReport())


def failed_dataset(path: str, exc: Exception) -> Dataset:
    """Return an empty dataset whose report says ``path`` could not be read, and why."""
    reason = f"could not be read ({type(exc).__name__}: {exc})"
    name = os.path.basename(path) or path
    files = pd.DataFrame(
        [
            {
                "file": name,
                "path": path,
                "format": "",
                "status": "error",
                "n_loaded": 0,
                "n_rejected": 1,
                "message": reason,
                "n_warnings": 0,
            }
        ]
    ).astype(FILE_COLUMNS)
    report = LoadReport(files=files, rejected=rejected_frame(name, [0], [reason]))
    return Dataset(empty_frame(ELEMENT_COLUMNS), empty_frame(OBJECT_COLUMNS), report)


def load_robustly(
    paths: Sequence[str],
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> Dataset:
    """Load ``paths`` like :func:`ssaviewer.core.dataset.load`, never raising for bad content.

    ``load`` reports bad files itself; should a reader still raise, the paths are loaded one
    at a time, so the path that breaks it costs only itself and is named in the report.
    """
    try:
        return load(*paths, progress=progress, should_stop=should_stop)
    except LoadCancelled:
        raise
    except Exception:
        log.exception("loading %s raised; loading the paths one at a time", paths)
    result = empty_dataset()
    for path in paths:
        try:
            part = load(path, should_stop=should_stop)
        except LoadCancelled:
            raise
        except Exception as exc:
            part = failed_dataset(path, exc)
        result = merged_dataset(result, part)
    return result


#: The first step of :func:`load_in_steps` reads at least this many bytes of files.
FIRST_STEP_BYTES = 48 * 1024**2

#: Each later step of :func:`load_in_steps` reads this many times what the steps before read
#: (at 4, a 9 M-set catalogue in 13 files is shown after 1, 5 and 13 files).
STEP_GROWTH = 4

#: ``on_step(dataset)``: everything a load in steps has read so far.
StepCallback = Callable[[Dataset], None]


def load_in_steps(
    paths: Sequence[str],
    on_step: StepCallback,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
    first_step_bytes: int = FIRST_STEP_BYTES,
) -> Dataset:
    """Load ``paths`` as :func:`load_robustly` does, handing over the data as it arrives.

    The files are read in steps. The first step reads files until it has at least
    ``first_step_bytes``, each later step at least ``STEP_GROWTH`` times as much as all the
    steps before it. After each step but the last, ``on_step`` gets a :class:`Dataset` of
    everything read so far, merged, sorted and derived like a finished load, so a viewer can
    show it while the rest loads. A step is joined to what the earlier ones read (a copy of
    all the rows so far), so the growth keeps the copying to a fraction of one load; a load
    that fits in one step (a demo, a day's download) calls ``on_step`` never and costs
    what :func:`load_robustly` costs.

    Parameters
    ----------
    paths
        Files, folders and archives, as for :func:`ssaviewer.core.dataset.load`. With a
        store among them, everything is loaded in one step.
    on_step
        Called in the caller's thread with each partial dataset.
    progress, should_stop
        As for :func:`ssaviewer.core.dataset.load`; the fraction is of the bytes to read.

    Returns
    -------
    Dataset
        The same element, object and file tables as :func:`load_robustly` gives for
        ``paths`` (the report lists every file once, in the order read).
    """
    from ssaviewer.core.store import is_store  # the store imports the loader

    if any(is_store(p) for p in paths):
        return load_robustly(paths, progress, should_stop)
    reader = _StepReader(paths, progress)
    loaded = empty_dataset()
    reports: list[LoadReport] = []
    while reader.upcoming is not None:
        if should_stop is not None and should_stop():
            raise LoadCancelled("loading cancelled")
        if len(loaded.elements) or len(loaded.objects):
            on_step(loaded)  # more is coming: show what the steps so far read
        taken: list[Source | SourceError] = []
        step = reader.step(max(first_step_bytes, STEP_GROWTH * reader.done_bytes), taken)
        loaded = _add_step(loaded, reports, _load_batch(step, taken, should_stop))
        if progress is not None:
            progress(min(0.99, reader.done_bytes / reader.total_bytes), _step_message(loaded))
    if progress is not None:
        progress(1.0, "done")
    return loaded


class _StepReader:
    """The files of a load in steps, read one ahead: the next is read while the last parses."""

    def __init__(self, paths: Sequence[str], progress: ProgressCallback | None) -> None:
        self._items = iter_sources(list(paths))
        self._progress = progress
        self.total_bytes = max(1, _size_bytes(paths))
        self.done_bytes = 0
        self.upcoming = next(self._items, None)

    def step(
        self, min_bytes: int, taken: list[Source | SourceError]
    ) -> Iterator[Source | SourceError]:
        """Yield the files of one step (at least ``min_bytes``), each also put in ``taken``."""
        size = 0
        while self.upcoming is not None:
            item = self.upcoming
            taken.append(item)
            if self._progress is not None:
                self._progress(
                    min(0.99, self.done_bytes / self.total_bytes), f"reading {_name(item)}"
                )
            yield item
            n_bytes = len(item.data) if isinstance(item, Source) else 0
            size += n_bytes
            self.done_bytes += n_bytes
            self.upcoming = next(self._items, None)
            if size >= min_bytes:
                return


def _name(item: Source | SourceError) -> str:
    return item.name if isinstance(item, Source) else os.path.basename(item.path)


def _add_step(loaded: Dataset, reports: list[LoadReport], part: Dataset) -> Dataset:
    """Merge ``part`` into ``loaded``; the report lists every file of every step.

    (:func:`merged_dataset` would drop the rows of an earlier file of the same name, as a
    file loaded again in the window replaces its rows; in one load both are kept.)
    """
    reports.append(part.report)
    empty = not len(loaded.elements) and not len(loaded.objects)
    merged = part if empty else _appended(loaded, part) or merged_dataset(loaded, part)
    return Dataset(merged.elements, merged.objects, _joined_reports(reports))


def _appended(loaded: Dataset, part: Dataset) -> Dataset | None:
    """Return ``part`` appended to ``loaded`` when merging them could only append; else None.

    That is when every object of ``part`` comes after every object of ``loaded`` (a catalogue
    written object by object, in files) and every object has element sets (a SATCAT row
    could be about an object of the other side). No row can then be a copy of another, and
    the derived columns and per-object summaries already computed stay right, so the
    tables are joined column by column instead of merged (sorted, compared and derived
    again, which made a load in steps cost a fifth more than a whole load).
    """
    before, after = loaded.elements, part.elements
    if not len(before) or not len(after):
        return None
    if after["norad_id"].to_numpy()[0] <= before["norad_id"].to_numpy()[-1]:
        return None
    if not all((d.objects["n_element_sets"] > 0).all() for d in (loaded, part)):
        return None
    return Dataset(
        _joined(before, after, ELEMENT_COLUMNS),
        _joined(loaded.objects, part.objects, OBJECT_COLUMNS),
        part.report,
    )


def _joined(first: pd.DataFrame, second: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    joined = {
        name: concat_column([first[name], second[name]], dtype) for name, dtype in columns.items()
    }
    return pd.DataFrame(joined, copy=False)


def _load_batch(
    step: Iterator[Source | SourceError],
    taken: list[Source | SourceError],
    should_stop: StopCallback | None,
) -> Dataset:
    """Load the files of one step; a reader that raises costs only its own file."""
    try:
        return load_sources(step, should_stop=should_stop)
    except LoadCancelled:
        raise
    except Exception:
        log.exception("loading a step raised; loading its files one at a time")
    for _rest in step:  # read the rest of the step (the reader puts each file in taken)
        pass
    result = empty_dataset()
    for item in taken:
        try:
            part = load_sources([item], should_stop=should_stop)
        except LoadCancelled:
            raise
        except Exception as exc:
            part = failed_dataset(item.path, exc)
        result = merged_dataset(result, part)
    return result


def _joined_reports(reports: list[LoadReport]) -> LoadReport:
    if len(reports) == 1:
        return reports[0]
    return LoadReport(
        files=pd.concat([r.files for r in reports], ignore_index=True),
        rejected=_concat_all([r.rejected for r in reports]),
        warnings=_concat_all([r.warnings for r in reports]),
    )


def _concat_all(frames: list[pd.DataFrame]) -> pd.DataFrame:
    kept = [f for f in frames if len(f)]
    if not kept:
        return frames[0]
    return kept[0] if len(kept) == 1 else pd.concat(kept, ignore_index=True)


def _step_message(loaded: Dataset) -> str:
    return f"loading: {len(loaded.objects):,} objects, {len(loaded.elements):,} element sets so far"


def _size_bytes(paths: Sequence[str]) -> int:
    """Return the size of the files named or found below ``paths`` (for progress only)."""
    size = 0
    for raw in paths:
        if os.path.isdir(raw):
            for folder, _dirs, files in os.walk(raw):
                size += sum(_file_size(os.path.join(folder, name)) for name in files)
        else:
            size += _file_size(raw)
    return size


def _file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
