"""One real 16,000-set history: load and detect, against maneuver-detect's classical detector.

Issue 13's small-input target: on one object's history (``../shared/data/tle/Envisat.tle``,
16,527 element sets, 16,446 once duplicates collapse), ``ssaviewer.load()`` followed by the
whole ``run_detection`` (manoeuvres, labels, norms, other events, close-approach screening)
at least 10 times as fast as the peer on the same file, in the same run: the classical
reference detector of the ``maneuver-detect`` package (``read_tle_file``, ``build_series``,
``ClassicalDetector().detect``; its published no-download default). Both are timed in this
process after one warm-up call each (imports and first-call costs excluded), alternately,
``--repeats`` times; medians and their ratio are printed, and the minimum of each as a check
on the machine's noise.

The peer is not a dependency of ssaviewer (its own dependencies include torch); install it
for this benchmark only, without them (the classical detector needs none of them):
``.venv/bin/pip install --no-deps maneuver-detect==0.3.0 httpx platformdirs``. Without it the
benchmark prints ssaviewer's figures and says the peer is missing.

Run: ``.venv/bin/python benchmarks/bench_small_history.py [--file PATH] [--repeats N]``.
Skips (exit 0) when ``../shared/data`` is absent. Timings only; nothing here is a test.
"""

from __future__ import annotations

import os

os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")  # as the program does

import argparse
import importlib
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import ssaviewer
from ssaviewer.core.detect import run_detection

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "tle"
#: Target of issue 13: load and detect at least this many times as fast as the peer.
TARGET_RATIO = 10.0
#: The load's share of that target (issue 13's 16,000-set history): at most this many ms.
LOAD_TARGET_MS = 10.0


def ours(path: Path) -> tuple[int, int, float, float]:
    """Load and detect; return (sets, events, load seconds, detect seconds)."""
    started = time.perf_counter()
    cpu_started = time.process_time()
    dataset = ssaviewer.load(str(path))
    loaded = time.perf_counter()
    LOAD_CPU.append(time.process_time() - cpu_started)
    events = run_detection(dataset)
    return len(dataset.elements), len(events), loaded - started, time.perf_counter() - loaded


#: CPU seconds of each ``load()`` (every thread of the process): on a busy machine the
#: wall-clock time also counts the time other processes held the cores.
LOAD_CPU: list[float] = []


def peer_detector() -> Callable[[Path], int] | None:
    """maneuver-detect's classical detector on a TLE file (None when not installed)."""
    try:
        data: Any = importlib.import_module("maneuver_detect.data")
        classical: Any = importlib.import_module("maneuver_detect.detectors.classical")
    except ImportError:
        return None

    def detect(path: Path) -> int:
        history = data.build_series(data.read_tle_file(str(path)))
        return len(classical.ClassicalDetector().detect(history))

    return detect


def timed(call: Callable[[], Any]) -> float:
    """Wall seconds of ``call()``."""
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DATA / "Envisat.tle")
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args(argv)
    if not args.file.is_file():
        print(f"skipped: {args.file} is absent (the real data is not redistributable)")
        return 0
    peer = peer_detector()
    print(f"measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average {os.getloadavg()}")
    n_sets, n_events, _, _ = ours(args.file)  # warm-up
    peer_found = peer(args.file) if peer is not None else 0  # warm-up
    loads, detects, totals, peers = [], [], [], []
    for _ in range(args.repeats):
        _, _, load_s, detect_s = ours(args.file)
        loads.append(load_s)
        detects.append(detect_s)
        totals.append(load_s + detect_s)
        if peer is not None:
            peers.append(timed(lambda: peer(args.file)))
    ours_s = statistics.median(totals)
    load_cpu = statistics.median(LOAD_CPU[1:])  # (not the warm-up)
    print(f"{args.file.name}: {n_sets:,} element sets, {n_events} events")
    print(
        f"  ssaviewer load + detect: {ours_s * 1000:7.1f} ms median, {min(totals) * 1000:7.1f}"
        f" min  ({n_sets / ours_s:,.0f} sets/s; load {statistics.median(loads) * 1000:.1f} ms,"
        f" detect {statistics.median(detects) * 1000:.1f} ms)"
    )
    print(
        f"  ssaviewer load alone: {statistics.median(loads) * 1000:.1f} ms median wall,"
        f" {min(loads) * 1000:.1f} min, {load_cpu * 1000:.1f} ms CPU"
        f" (target {LOAD_TARGET_MS:.0f} ms)"
    )
    if peer is None:
        print(
            "  peer missing: .venv/bin/pip install --no-deps maneuver-detect==0.3.0 httpx"
            " platformdirs"
        )
        return 0
    peer_s = statistics.median(peers)
    print(
        f"  maneuver-detect classical: {peer_s * 1000:7.1f} ms median, {min(peers) * 1000:7.1f}"
        f" min  ({peer_found} manoeuvres)"
    )
    print(
        f"  ratio peer / ssaviewer: {peer_s / ours_s:.1f}x median, {min(peers) / min(totals):.1f}x"
        f" min (target {TARGET_RATIO:.0f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
