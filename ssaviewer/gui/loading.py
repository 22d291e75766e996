"""Loading that never raises for bad content, whatever the readers do (runs in a worker)."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from typing import Any

import pandas as pd

from ssaviewer.core.dataset import FILE_COLUMNS, Dataset, LoadCancelled, LoadReport, load
from ssaviewer.core.dataset_merge import merged_dataset
from ssaviewer.core.schema import ELEMENT_COLUMNS, OBJECT_COLUMNS, empty_frame, rejected_frame

log = logging.getLogger(__name__)


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
            }
        ]
    ).astype(FILE_COLUMNS)
    report = LoadReport(files=files, rejected=rejected_frame(name, [0], [reason]))
    return Dataset(empty_frame(ELEMENT_COLUMNS), empty_frame(OBJECT_COLUMNS), report)


def load_robustly(paths: Sequence[str], progress: Any = None, should_stop: Any = None) -> Dataset:
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
