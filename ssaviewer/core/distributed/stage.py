"""The first stage, run in a worker: the per-object detectors on a batch of partitions."""

from __future__ import annotations

import os
import resource
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.detect.pipeline import detect_in_chunks
from ssaviewer.core.detect.rules import Rules
from ssaviewer.core.store.keys import object_runs
from ssaviewer.core.store.read import read_partitions


@dataclass(frozen=True)
class StageResult:
    """What one batch gave.

    ``manoeuvres`` and ``outliers`` are :func:`~ssaviewer.core.detect.pipeline.detect_in_chunks`'
    tables, with ``index_before`` / ``index_after`` positions in the batch's own table;
    ``run_norad`` / ``run_first`` say where each object starts there, so the second stage can
    move them to the whole table. ``n_rows`` is the batch's size and ``peak_rss_mb`` the
    worker process's peak memory after it.
    """

    keys: tuple[str, ...]
    manoeuvres: pd.DataFrame
    outliers: pd.DataFrame
    run_norad: np.ndarray
    run_first: np.ndarray
    n_rows: int
    peak_rss_mb: float
    pid: int


def scan_partitions(store: str, keys: tuple[str, ...], rules: Rules) -> StageResult:
    """Read partitions ``keys`` of ``store`` and run the manoeuvre and outlier detectors."""
    elements = read_partitions(store, keys)
    manoeuvres, outliers = detect_in_chunks(elements, rules)
    norad = elements["norad_id"].to_numpy()
    first, _ = object_runs(norad)
    return StageResult(
        keys=keys,
        manoeuvres=manoeuvres,
        outliers=outliers,
        run_norad=norad[first],
        run_first=first,
        n_rows=len(elements),
        peak_rss_mb=peak_rss_mb(),
        pid=os.getpid(),
    )


def peak_rss_mb() -> float:
    """Return this process's peak resident memory in MiB.

    On Linux ``VmHWM`` of ``/proc/self/status``: ``ru_maxrss`` would also count the memory
    of the process that started this one (the kernel keeps the larger across ``exec``).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def batches(partitions: dict[str, int], max_rows: int) -> list[tuple[str, ...]]:
    """Group partitions (key → rows) into batches of at most ``max_rows`` rows.

    A partition larger than ``max_rows`` is a batch of its own (a partition is never split:
    it holds whole launches). Keys are taken in sorted order, so batches are reproducible.
    """
    out: list[tuple[str, ...]] = []
    current: list[str] = []
    rows = 0
    for key in sorted(partitions):
        if current and rows + partitions[key] > max_rows:
            out.append(tuple(current))
            current, rows = [], 0
        current.append(key)
        rows += partitions[key]
    if current:
        out.append(tuple(current))
    return out
