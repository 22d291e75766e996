"""Close-approach screening after manoeuvres: its share of detection on the real history.

Issue 13's real-history benchmark (``bench_real_history.py``: the histories of
``../shared/data/tle`` replicated to ``--sets`` element sets in distinct planes) is loaded
once; then ``run_detection`` runs ``--repeat`` times each way, alternating: with the
screening (every chosen manoeuvre's candidates from one pass over the screener's index, the
phasing filter's pairs of all the windows judged in one call) and without it
(``screen=None``), so that the screening's own cost is the difference. Best CPU times of each
are printed (steadier than wall time on a shared machine). ``--wide`` raises the approach
threshold to 100 km (approaches to find; at the default 5 km the real history has none).

The windows' candidates are also found both ways on this history, all windows in one pass
(``Screener.candidates_many``, what detection uses) and one window at a time
(``Screener.candidates``), timed, and compared (they must be equal; the unit test
``test_many_windows_at_once_get_the_candidates_of_each_window_alone`` proves it on random
catalogues).

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
from typing import Any

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
WIDE = "[approach]\nthreshold_km = 100.0\n[approach.GEO]\nthreshold_km = 100.0\n"


def best_cpu(call: Callable[[], Any], runs: list[float]) -> Any:
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
    from ssaviewer.core.detect.pipeline import load_rules

    rules = load_rules(WIDE, "bench_screen_batch") if args.wide else None
    with tempfile.TemporaryDirectory(prefix="ssaviewer-batch-") as folder:
        path, n_sets, n_objects = replicated_file(Path(folder), args.sets)
        dataset = ssaviewer.load(str(path))
    print(f"{n_sets:,} real element sets as {n_objects} objects; load average {os.getloadavg()}")
    screened: list[float] = []
    bare: list[float] = []
    for _ in range(max(1, args.repeat)):
        events = best_cpu(lambda: run_detection(dataset, rules), screened)
        best_cpu(lambda: run_detection(dataset, rules, screen=None), bare)
    approaches = int((events["event_type"] == "close-approach").sum())
    base = min(bare)
    print(f"  run_detection:               {min(screened):.3f} s CPU (best of {len(screened)})")
    print(f"  run_detection, no screening: {base:.3f} s CPU")
    print(
        f"  screening after manoeuvres: {min(screened) - base:.3f} s CPU"
        f" ({(min(screened) - base) / max(min(screened), 1e-9):.0%} of detection);"
        f" {len(events):,} events, {approaches} close approaches"
    )
    return 0 if _candidates_both_ways(dataset.elements, events, args.repeat) else 1


def _candidates_both_ways(elements: pd.DataFrame, events: pd.DataFrame, repeat: int) -> bool:
    """Time the candidates of every manoeuvre's 3-day window both ways; whether they agree."""
    from ssaviewer.core.screening.screener import Screener

    manoeuvres = events[events["event_type"] == "manoeuvre"]
    targets = manoeuvres["norad_id"].to_numpy(dtype=np.int64)
    starts = manoeuvres["epoch_utc"].to_numpy(dtype="datetime64[ns]").view("i8")
    ends = starts + pd.Timedelta(days=3).value
    km, ages = np.full(len(targets), 5.0), np.full(len(targets), 30.0)
    utc = [pd.Timestamp(t, tz="UTC") for t in np.r_[starts, ends].tolist()]
    windows = list(zip(targets.tolist(), utc[: len(targets)], utc[len(targets) :], strict=True))
    screener = Screener(elements)
    screener.candidates_many(targets[:1], starts[:1], ends[:1], km[:1], ages[:1])  # the index
    many: list[float] = []
    alone: list[float] = []
    for _ in range(max(1, repeat)):
        together = best_cpu(lambda: screener.candidates_many(targets, starts, ends, km, ages), many)
        each = best_cpu(
            lambda: [screener.candidates(t, s, e, 5.0, 30.0) for t, s, e in windows],
            alone,
        )  # fmt: skip
    same = all(np.array_equal(a, b) for a, b in zip(together, each, strict=True))
    print(
        f"  candidates of {len(targets):,} manoeuvres' windows: {min(many) * 1e3:.1f} ms CPU all"
        f" at once, {min(alone) * 1e3:.1f} ms one at a time"
        f" ({min(alone) / max(min(many), 1e-9):.1f}x); {'identical' if same else 'DIFFERENT'}"
    )
    return same


if __name__ == "__main__":
    sys.exit(main())
