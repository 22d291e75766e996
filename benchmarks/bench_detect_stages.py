"""Detection's two halves on real histories: wall time, CPU time, and the calling thread's CPU.

``run_detection`` is ``detect_in_chunks`` (the manoeuvre detectors, on worker threads for
large inputs) then ``label_events`` (labels, other events, norm checks, close-approach
screening, the event table). ``label_events`` runs the element-table events and the norm
checks on a second thread while the calling thread labels and screens, so on an idle
machine its wall time follows the calling thread's CPU time (printed), not the process's.
On a shared machine wall times vary with the other load; the CPU times are steadier.

Inputs: one 16,000-set history (``../shared/data/tle/Envisat.tle``) and the real-history
benchmark of ``bench_real_history`` (the shared histories replicated to ``--sets`` element
sets). Each figure is the minimum of ``--repeats`` runs.

Run: ``.venv/bin/python benchmarks/bench_detect_stages.py [--sets N] [--repeats R]``.
Skips (exit 0) when ``../shared/data`` is absent. Timings only; nothing here is a test.
"""

from __future__ import annotations

import os

os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")  # as the program does

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import ssaviewer
from benchmarks.bench_real_history import DATA, replicated_file
from ssaviewer.core.detect.pipeline import default_rules, detect_in_chunks, label_events


def best(call: Callable[[], Any], repeats: int) -> tuple[float, float, float]:
    """Minimum wall, process CPU and calling-thread CPU seconds of ``call()``."""
    rows = []
    for _ in range(repeats):
        wall, cpu, thread = time.perf_counter(), time.process_time(), time.thread_time()
        call()
        rows.append(
            (
                time.perf_counter() - wall,
                time.process_time() - cpu,
                time.thread_time() - thread,
            )
        )
    return min(r[0] for r in rows), min(r[1] for r in rows), min(r[2] for r in rows)


def report(path: Path, repeats: int) -> None:
    """Print both halves' figures for the history in ``path``."""
    dataset = ssaviewer.load(str(path))
    rules = default_rules()
    found = detect_in_chunks(dataset.elements, rules)  # warm-up, and the input of the labels
    n = len(dataset.elements)
    print(f"{path.name}: {n:,} element sets")
    stages: list[tuple[str, Callable[[], Any]]] = [
        ("detect_in_chunks", lambda: detect_in_chunks(dataset.elements, rules)),
        ("label_events", lambda: label_events(dataset, found, rules)),
        ("  without screening", lambda: label_events(dataset, found, rules, screen=None)),
    ]
    for name, call in stages:
        call()  # warm-up
        wall, cpu, thread = best(call, repeats)
        print(
            f"  {name:<20} wall {wall * 1000:8.1f} ms   CPU {cpu * 1000:8.1f} ms"
            f"   calling thread's CPU {thread * 1000:8.1f} ms"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} is absent (the real data is not redistributable)")
        return 0
    print(f"measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average {os.getloadavg()}")
    report(DATA / "Envisat.tle", max(args.repeats, 9))
    with tempfile.TemporaryDirectory(prefix="ssaviewer-stages-") as folder:
        path, _, _ = replicated_file(Path(folder), args.sets)
        report(path, args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
