"""``detect_store``: the two stages of detection over a store on a Dask cluster."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from distributed import Client, as_completed

from ssaviewer.core.dataset import Dataset, load
from ssaviewer.core.detect.events import close_approach
from ssaviewer.core.detect.manoeuvres.detector import MANOEUVRE_COLUMNS
from ssaviewer.core.detect.manoeuvres.outliers import OUTLIER_COLUMNS
from ssaviewer.core.detect.pipeline import default_rules, label_events
from ssaviewer.core.detect.rules import Rules
from ssaviewer.core.distributed.stage import StageResult, batches, scan_partitions
from ssaviewer.core.store.keys import object_runs
from ssaviewer.core.store.marker import StoreError, is_store, read_index

ProgressCallback = Callable[[float, str], None]

#: Element sets per first-stage task at most (whole partitions; bounds a worker's memory).
TASK_ELEMENT_SETS = 500_000


@dataclass
class ClusterRun:
    """What :func:`detect_store` did, for the benchmark and the CLI summary.

    ``tasks`` has one row per first-stage task: ``partitions, rows, peak_rss_mb, pid``.
    """

    events: pd.DataFrame
    dataset: Dataset
    tasks: pd.DataFrame = field(default_factory=pd.DataFrame)


def detect_store(
    store: str | os.PathLike[str],
    client: Client,
    rules: Rules | None = None,
    *,
    notifications: pd.DataFrame | None = None,
    screen: close_approach.ScreenFunction | None = close_approach.default_screen,
    task_element_sets: int = TASK_ELEMENT_SETS,
    dataset: Dataset | None = None,
    launch_notifications: pd.DataFrame | None = None,
    progress: ProgressCallback | None = None,
) -> ClusterRun:
    """Detect every event of the store at ``store``, the per-object work on ``client``'s workers.

    The result's ``events`` are those :func:`ssaviewer.core.detect.run_detection` gives on
    ``ssaviewer.load(store)`` with the same arguments, row for row and id for id. The workers
    must see ``store`` at the same path (a shared file system on a real cluster).
    ``dataset`` is ``ssaviewer.load(store)`` when the caller has it already; the other
    arguments are :func:`~ssaviewer.core.detect.run_detection`'s.
    """
    root = Path(store).resolve()
    if not is_store(root):
        raise StoreError(f"{root}: not a store (no marker file; make one with ssaviewer store)")
    rules = rules if rules is not None else default_rules()
    groups = batches(read_index(root).partitions, task_element_sets)
    futures = client.map(
        scan_partitions, [str(root)] * len(groups), groups, rules=rules, pure=False
    )
    results: list[StageResult] = []
    for done, future in enumerate(as_completed(futures), start=1):
        results.append(future.result())
        if progress is not None:
            progress(0.6 * done / max(1, len(groups)), f"first stage: {done} of {len(groups)}")
    results.sort(key=lambda r: r.keys)
    if progress is not None:
        progress(0.6, "second stage: labels and events across objects")
    dataset = dataset if dataset is not None else load(root)
    manoeuvres, outliers = _joined(results, dataset.elements)
    events = label_events(
        dataset,
        (manoeuvres, outliers),
        rules,
        notifications=notifications,
        screen=screen,
        launch_notifications=launch_notifications,
    )
    if progress is not None:
        progress(1.0, f"{len(events)} events")
    tasks = pd.DataFrame(
        {
            "partitions": [len(r.keys) for r in results],
            "rows": [r.n_rows for r in results],
            "peak_rss_mb": [r.peak_rss_mb for r in results],
            "pid": [r.pid for r in results],
        }
    )
    return ClusterRun(events=events, dataset=dataset, tasks=tasks)


def _joined(
    results: list[StageResult], elements: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One manoeuvre and one outlier table, as ``detect_in_chunks`` gives on ``elements``.

    Row positions move from each batch's table to ``elements`` (an object's rows are
    consecutive in both); rows are ordered by object, then epoch (missing epochs last),
    keeping each object's own order, as ``manoeuvre_table`` and ``outlier_table`` do.
    """
    norad = elements["norad_id"].to_numpy()
    first, _ = object_runs(norad)
    global_first = pd.Series(first, index=norad[first])
    parts = []
    for r in results:
        if len(r.manoeuvres) == 0:
            continue
        local_first = pd.Series(r.run_first, index=r.run_norad)
        ids = r.manoeuvres["norad_id"].to_numpy()
        shift = global_first.reindex(ids).to_numpy() - local_first.reindex(ids).to_numpy()
        parts.append(
            r.manoeuvres.assign(
                index_before=r.manoeuvres["index_before"].to_numpy() + shift,
                index_after=r.manoeuvres["index_after"].to_numpy() + shift,
            )
        )
    if parts:
        manoeuvres = pd.concat(parts, ignore_index=True)
        epoch = manoeuvres["epoch_utc"]
        key = np.where(epoch.isna().to_numpy(), np.iinfo(np.int64).max, epoch.array.asi8)
        order = np.lexsort((key, manoeuvres["norad_id"].to_numpy()))
        manoeuvres = manoeuvres.take(order).reset_index(drop=True)
    else:
        manoeuvres = pd.DataFrame({c: pd.Series(dtype=t) for c, t in MANOEUVRE_COLUMNS.items()})
    found = [r.outliers for r in results if len(r.outliers)]
    if found:
        outliers = pd.concat(found, ignore_index=True)
        outliers = outliers.sort_values(["norad_id", "epoch_utc"], kind="stable", ignore_index=True)
    else:
        outliers = pd.DataFrame({c: pd.Series(dtype=t) for c, t in OUTLIER_COLUMNS.items()})
    return (
        manoeuvres.astype(MANOEUVRE_COLUMNS)[list(MANOEUVRE_COLUMNS)],
        outliers.astype(OUTLIER_COLUMNS),
    )
