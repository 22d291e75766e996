"""The whole detection pipeline on a synthetic 10,000-object × 1-year history.

Load (TLE files → element table, derived columns), detect manoeuvres and outliers, label every
manoeuvre against its object's pattern of life and find the other events (decay,
fragmentation, data quality), then, as a stage of its own, the close-approach screening
after manoeuvres (bounded by ``approach.max_screened`` manoeuvres and ``approach.max_pairs``
object pairs per run, not per element set): the figures are given with and without it.
Target (issue 4): at least 1,000,000 element sets per second on this 2-core machine. The
open-source TLE manoeuvre detector quoted in issue 4 manages about 17,000 element sets per
second (quoted, not re-run: it is not installed here).

The history comes from ``ssaviewer.core.simulate.large_history`` (written as TLE files to a
temporary folder first, not timed); the pipeline then runs in a fresh Python process so the
peak memory reported (its maximum resident set size) is the pipeline's own.

Run: ``.venv/bin/python benchmarks/bench_detect.py [N_OBJECTS] [DAYS]``
"""

from __future__ import annotations

import gc
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

PEER_SETS_PER_S = 17_000
TARGET_SETS_PER_S = 1_000_000


def pipeline(folder: str) -> int:
    """Run and time the pipeline on the TLE files in ``folder`` (the child process)."""
    from ssaviewer.core.dataset import load
    from ssaviewer.core.detect import default_rules
    from ssaviewer.core.detect.assemble import assemble_events
    from ssaviewer.core.detect.manoeuvres.detector import MANOEUVRE_SECTIONS
    from ssaviewer.core.detect.pipeline import detect_in_chunks

    rules = default_rules()
    times: dict[str, tuple[float, float, float]] = {}

    def timed(stage: str, started: tuple[float, float]) -> None:
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        wall, cpu = time.perf_counter() - started[0], time.process_time() - started[1]
        times[stage] = (wall, cpu, peak_mb)

    def now() -> tuple[float, float]:
        return time.perf_counter(), time.process_time()

    started = now()
    dataset = load(folder)
    timed("load + derive", started)
    started = now()
    manoeuvres, outliers = detect_in_chunks(dataset.elements, rules)
    timed("manoeuvres + outliers", started)
    started = now()
    events = assemble_events(
        dataset,
        manoeuvres,
        outliers,
        rules,
        manoeuvre_sections=tuple(s.name for s in MANOEUVRE_SECTIONS),
        screen=None,
    )
    timed("label + other events", started)
    started = now()
    from ssaviewer.core.detect.events.close_approach import approach_after_manoeuvres

    ordered = manoeuvres.sort_values(["norad_id", "epoch_utc"], kind="stable")
    approaches, _ = approach_after_manoeuvres(
        ordered.reset_index(drop=True), dataset.elements, rules
    )
    timed("close-approach screen", started)
    n = len(dataset.elements)
    total = sum(t[0] for t in times.values())
    total_cpu = sum(t[1] for t in times.values())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n:,} element sets, {dataset.elements['norad_id'].nunique():,} objects")
    print(
        f"{len(manoeuvres):,} manoeuvres, {len(events):,} events,"
        f" {len(approaches):,} close approaches after manoeuvres"
    )
    print(
        f"  {'stage':22s} {'wall':>9s}  {'sets/s':>12s}  {'CPU':>9s}  {'sets/CPU-s':>12s}"
        "  peak so far"
    )
    for stage, (wall, cpu, peak) in times.items():
        print(
            f"  {stage:22s} {wall:7.2f} s  {n / wall:12,.0f}  {cpu:7.2f} s  {n / cpu:12,.0f}"
            f"  {peak:,.0f} MB"
        )
    print(
        f"  {'whole pipeline':22s} {total:7.2f} s  {n / total:12,.0f}  {total_cpu:7.2f} s"
        f"  {n / total_cpu:12,.0f}"
    )
    rate = n / total
    without_load = total - times["load + derive"][0]
    print(f"  {'without loading':22s} {without_load:7.2f} s  {n / without_load:12,.0f} sets/s")
    unscreened = total - times["close-approach screen"][0]
    print(f"  {'without screening':22s} {unscreened:7.2f} s  {n / unscreened:12,.0f} sets/s")
    print(
        f"open-source detector (quoted): {PEER_SETS_PER_S:,} sets/s;"
        f" ratio {rate / PEER_SETS_PER_S:.1f}x"
    )
    verdict = "meets" if rate >= TARGET_SETS_PER_S else "MISSES"
    print(f"target {TARGET_SETS_PER_S:,} sets/s: {verdict} ({rate / TARGET_SETS_PER_S:.2f} of it)")
    print(f"peak memory (pipeline process, max RSS): {peak_mb:,.0f} MB")
    return 0


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--run":
        return pipeline(sys.argv[2])
    n_objects = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    days = int(sys.argv[2]) if len(sys.argv) > 2 else 365
    from ssaviewer.core.simulate.large import large_history, write_large_history

    print(
        f"measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average "
        f"{os.getloadavg()[0]:.1f}, {n_objects:,} objects × {days} days"
    )
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        elements = large_history(n_objects, days, seed=0)
        write_large_history(elements, Path(folder))
        del elements
        gc.collect()
        print(f"(simulated and written in {time.perf_counter() - start:.1f} s, not timed)")
        sys.stdout.flush()
        return subprocess.call([sys.executable, __file__, "--run", folder])


if __name__ == "__main__":
    sys.exit(main())
