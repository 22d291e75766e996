"""The cluster path on a large simulated history: time, memory per worker, a projection.

Run as ``.venv/bin/python benchmarks/bench_cluster.py [MILLION_SETS ...] [--workers N]``
(default ``1 4``: one run with 1 M element sets, one with 4 M; the issue asks for 20 M).
For each size it simulates daily histories (``ssaviewer.core.simulate.large``, 365 days
per object, written to a store chunk by chunk so the simulation never holds the whole
history), then runs ``detect_store`` on a ``LocalCluster`` of N worker processes and prints:

- the first stage (per-object detectors, on the workers) and the second stage (labels and
  cross-object events, in this process) in seconds and sets per second;
- each worker process's peak resident memory (bounded by the largest task: whole partitions
  of at most ``TASK_ELEMENT_SETS`` sets) and this process's;
- from the two largest sizes, the exponent of time against sets, and the projected time of
  150 M sets on N workers (the first stage divides by workers, the second does not).
"""

from __future__ import annotations

import os

# As the program does (ssaviewer/__main__.py): numpy's documented huge-page switch off, set
# before numpy is imported. Run with NUMPY_MADVISE_HUGEPAGE=1 to measure without it.
os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")

import argparse
import gc
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
from distributed import Client, LocalCluster

from ssaviewer.core.dataset import Dataset, LoadReport, merge_elements, summarise_objects
from ssaviewer.core.distributed.run import TASK_ELEMENT_SETS, detect_store
from ssaviewer.core.distributed.stage import peak_rss_mb
from ssaviewer.core.simulate.large import large_history
from ssaviewer.core.store import write_store

DAYS = 365
#: Objects simulated at once (bounds the simulation's memory).
CHUNK_OBJECTS = 2_000
TARGET_SETS = 150_000_000


def make_store(n_sets: int, folder: Path) -> int:
    """Write ``n_sets`` simulated sets (rounded to whole objects) to a store; return rows."""
    n_objects = max(1, n_sets // DAYS)
    written = 0
    for start in range(0, n_objects, CHUNK_OBJECTS):
        count = min(CHUNK_OBJECTS, n_objects - start)
        table = large_history(count, DAYS, seed=start)
        table["norad_id"] = table["norad_id"] + start
        ids = table["norad_id"].to_numpy()
        first = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
        designators = [f"{1990 + (n // 1000) % 35}-{n % 1000 + 1:03d}A" for n in ids[first]]
        codes = np.repeat(np.arange(len(first)), np.diff(np.r_[first, len(ids)]))
        table["object_id"] = pd.Categorical.from_codes(codes, pd.Index(designators))
        elements = merge_elements([table])
        write_store(Dataset(elements, summarise_objects(elements, []), LoadReport()), folder)
        written += len(elements)
        del table, elements
        gc.collect()
    return written


def one_size(n_sets: int, client: Client, root: Path) -> dict[str, float]:
    store = root / f"store-{n_sets}"
    start = time.perf_counter()
    rows = make_store(n_sets, store)
    print(
        f"\n{rows:,} element sets simulated into {store.name} in "
        f"{time.perf_counter() - start:.0f} s (not timed)"
    )
    client.restart()  # fresh workers: their peak memory is this run's
    marks: dict[str, float] = {}

    def progress(fraction: float, message: str) -> None:
        if message.startswith("second stage") and "stage1" not in marks:
            marks["stage1"] = time.perf_counter()

    start = time.perf_counter()
    run = detect_store(store, client, progress=progress)
    end = time.perf_counter()
    stage1 = marks.get("stage1", end) - start
    stage2 = end - marks.get("stage1", end)
    per_worker = run.tasks.groupby("pid")["peak_rss_mb"].max()
    print(
        f"  events: {len(run.events):,}; tasks: {len(run.tasks)} "
        f"(largest {run.tasks['rows'].max():,} sets)"
    )
    print(f"  first stage (workers):  {stage1:8.1f} s  {rows / stage1:>12,.0f} sets/s")
    print(f"  second stage (driver):  {stage2:8.1f} s  {rows / stage2:>12,.0f} sets/s")
    print(f"  total:                  {end - start:8.1f} s  {rows / (end - start):>12,.0f} sets/s")
    for pid, mb in per_worker.items():
        print(f"  worker pid {pid}: peak RSS {mb:,.0f} MiB")
    driver = peak_rss_mb()
    print(f"  this process (driver, second stage): peak RSS {driver:,.0f} MiB so far")
    del run
    gc.collect()
    return {"rows": rows, "stage1": stage1, "stage2": stage2, "worker_mb": per_worker.max()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("millions", nargs="*", type=float, default=[1.0, 4.0])
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    print(
        f"measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average "
        f"{os.getloadavg()[0]:.1f}, {args.workers} worker processes, "
        f"tasks of at most {TASK_ELEMENT_SETS:,} sets"
    )
    results = []
    with (
        tempfile.TemporaryDirectory() as folder,
        LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        for millions in args.millions:
            results.append(one_size(int(millions * 1e6), client, Path(folder)))
    if len(results) >= 2:
        a, b = results[-2], results[-1]
        scale = np.log(b["rows"] / a["rows"])
        e1 = np.log(b["stage1"] / a["stage1"]) / scale
        e2 = np.log(b["stage2"] / a["stage2"]) / scale
        grow = TARGET_SETS / b["rows"]
        print(
            f"\nscaling from {a['rows']:,} to {b['rows']:,} sets: time ∝ sets^{e1:.2f} "
            f"(first stage), sets^{e2:.2f} (second stage); the projections are linear in "
            f"sets from the largest run (with the fitted exponent in brackets)"
        )
        for n in (args.workers, 8, 32, 128):
            t1 = b["stage1"] * grow * args.workers / n
            t1_fit = b["stage1"] * grow**e1 * args.workers / n
            t2 = b["stage2"] * grow
            t2_fit = b["stage2"] * grow**e2
            print(
                f"  150 M sets on {n:>3} workers: first stage {t1 / 60:7.1f} min "
                f"({t1_fit / 60:.1f}), second stage {t2 / 60:7.1f} min ({t2_fit / 60:.1f}), "
                f"total {(t1 + t2) / 60:7.1f} min"
            )
        print(
            f"  peak memory per worker stays ~{b['worker_mb']:,.0f} MiB (bounded by the "
            f"task size, not the history); the second stage holds the whole table "
            f"in one process"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
