"""Close-approach screening after manoeuvres, batched across manoeuvres or one at a time.

Issue 13's real-history benchmark (``bench_real_history.py``: the histories of
``../shared/data/tle`` replicated to ``--sets`` element sets in distinct planes) is loaded
once; then ``run_detection`` runs ``--repeat`` times each way, alternating: with the
screening's batches (``close_approach.BATCHED``: every chosen manoeuvre's candidates from
one pass over the index, the phasing filter's pairs of all the windows judged in one call),
one manoeuvre and piece at a time, and without the screening (``screen=None``), so that the
screening's own cost is the difference. Best CPU times of each are printed (steadier than
wall time on a shared machine), with the ratio of the screening's cost one at a time to
batched, and whether the events are identical. ``--wide`` raises the approach threshold to
100 km (approaches to find; at the default 5 km the real history has none).

Run: ``.venv/bin/python benchmarks/bench_screen_batch.py [--sets N] [--repeat R] [--wide]``.
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
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
WIDE = "[approach]\nthreshold_km = 100.0\n[approach.GEO]\nthreshold_km = 100.0\n"


def best_cpu(call: Callable[[], pd.DataFrame], runs: list[float]) -> pd.DataFrame:
    """Run ``call`` once, append its CPU seconds to ``runs``; return its result."""
    started = time.process_time()
    result = call()
    runs.append(time.process_time() - started)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--wide", action="store_true", help="approach threshold 100 km")
    args = parser.parse_args(argv)
    from benchmarks.bench_real_history import DATA, replicated_file

    if not DATA.is_dir():
        print(f"skipped: {DATA} is absent (the real data is not redistributable)")
        return 0
    import ssaviewer
    from ssaviewer.core.detect import run_detection
    from ssaviewer.core.detect.events import close_approach
    from ssaviewer.core.detect.pipeline import load_rules

    rules = load_rules(WIDE, "bench_screen_batch") if args.wide else None
    with tempfile.TemporaryDirectory(prefix="ssaviewer-batch-") as folder:
        path, n_sets, n_objects = replicated_file(Path(folder), args.sets)
        dataset = ssaviewer.load(str(path))
    print(f"{n_sets:,} real element sets as {n_objects} objects; load average {os.getloadavg()}")
    batched: list[float] = []
    alone: list[float] = []
    bare: list[float] = []
    same = True
    for _ in range(max(1, args.repeat)):
        close_approach.BATCHED = True
        events = best_cpu(lambda: run_detection(dataset, rules), batched)
        close_approach.BATCHED = False
        one_by_one = best_cpu(lambda: run_detection(dataset, rules), alone)
        close_approach.BATCHED = True
        best_cpu(lambda: run_detection(dataset, rules, screen=None), bare)
        same &= events.equals(one_by_one)
    approaches = int((events["event_type"] == "close-approach").sum())
    base = min(bare)
    print(f"  run_detection, batched:      {min(batched):.3f} s CPU (best of {len(batched)})")
    print(f"  run_detection, one at a time: {min(alone):.3f} s CPU")
    print(f"  run_detection, no screening: {base:.3f} s CPU")
    print(
        f"  screening after manoeuvres: {min(batched) - base:.3f} s batched,"
        f" {min(alone) - base:.3f} s one at a time"
        f" ({(min(alone) - base) / max(min(batched) - base, 1e-9):.1f}x);"
        f" {len(events):,} events, {approaches} close approaches;"
        f" events {'identical' if same else 'DIFFERENT'}"
    )
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
