"""The label stage: ``assemble_events`` (labels and the other events, no screening).

Everything the pipeline does after the manoeuvre detectors, except the close-approach
screening: pattern-of-life labels, decay, fragmentation, data-quality events, names, rule
thresholds, stable ids. Run on the 10,000-object × 1-year history in ``/tmp/b10k`` when it
exists (``ssaviewer.core.simulate.large``, seed 0), else on a freshly simulated history of
N_OBJECTS objects (loading and detection are not timed). There is no peer for this stage: the
reference is the figure measured on main before the speed work (4.71 s on /tmp/b10k, quoted,
not re-run) and the budget of the speed campaign (0.9 s).

Run: ``.venv/bin/python benchmarks/bench_label.py [FOLDER | N_OBJECTS] [REPEATS]``
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

BEFORE_S = 4.71  # main at 02:56 UTC on /tmp/b10k (quoted)
BUDGET_S = 0.9


def _history(argument: str, folder: str) -> str:
    """Return the folder of TLE files to use (simulating one into ``folder`` if asked to)."""
    if not argument.isdigit():
        return argument
    from ssaviewer.core.simulate.large import large_history, write_large_history

    write_large_history(large_history(int(argument), 365, seed=0), Path(folder))
    return folder


def main() -> int:
    from ssaviewer.core.dataset import load
    from ssaviewer.core.detect import default_rules
    from ssaviewer.core.detect.assemble import assemble_events
    from ssaviewer.core.detect.manoeuvres.detector import MANOEUVRE_SECTIONS
    from ssaviewer.core.detect.pipeline import detect_in_chunks

    argument = sys.argv[1] if len(sys.argv) > 1 else "/tmp/b10k"
    if not argument.isdigit() and not Path(argument).is_dir():
        argument = "2000"
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    print(
        f"measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average"
        f" {os.getloadavg()[0]:.1f}, history {argument}"
    )
    rules = default_rules()
    with tempfile.TemporaryDirectory() as scratch:
        dataset = load(_history(argument, scratch))
    manoeuvres, outliers = detect_in_chunks(dataset.elements, rules)
    sections = tuple(s.name for s in MANOEUVRE_SECTIONS)
    walls, cpus = [], []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        events = assemble_events(
            dataset, manoeuvres, outliers, rules, manoeuvre_sections=sections, screen=None
        )
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    n = len(dataset.elements)
    print(
        f"{n:,} element sets, {len(manoeuvres):,} manoeuvres, {len(outliers):,} outlier rows"
        f" -> {len(events):,} events"
    )
    best = min(walls)
    print(f"  assemble_events   wall {best:6.3f} s (best of {repeats}), CPU {min(cpus):6.3f} s")
    print(f"  element sets per second (wall): {n / best:,.0f}")
    print(f"  main before the speed work (quoted, /tmp/b10k): {BEFORE_S:.2f} s")
    if argument.rstrip("/") == "/tmp/b10k":
        print(f"  ratio: {BEFORE_S / best:.1f}x faster; budget {BUDGET_S} s")
    else:  # another history: the quoted figure is not the same workload
        print(f"  no ratio: the quoted figure is for /tmp/b10k, not {argument}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
