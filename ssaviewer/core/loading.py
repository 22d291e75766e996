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
from collections.abc import Sequence

import pandas as pd

from ssaviewer.core.dataset import (
    FILE_COLUMNS,
    Dataset,
    LoadCancelled,
    LoadReport,
    ProgressCallback,
    StopCallback,
    load,
    merge_elements,
    summarise_objects,
)
from ssaviewer.core.schema import ELEMENT_COLUMNS, OBJECT_COLUMNS, empty_frame, rejected_frame

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
