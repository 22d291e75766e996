"""Simulate 10,000 objects × 1 year of daily element sets and write them as TLE files.

Run: ``.venv/bin/python benchmarks/bench_simulate.py [N_OBJECTS] [DAYS]``. Times
``ssaviewer.core.simulate.large_history`` (target: under 60 s for 10,000 × 365), the
vectorised TLE writer on its output, and, as the peer for writing, sgp4's own
``exporter.export_tle`` called once per element set (on a sample, extrapolated), and prints
element sets per second and the ratio. Files go to a temporary folder, deleted at the end.
"""

from __future__ import annotations

import datetime as dt
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from sgp4.api import Satrec
from sgp4.exporter import export_tle

from ssaviewer.core.formats.tle_write import format_tle
from ssaviewer.core.simulate.large import large_history, write_large_history

PEER_SAMPLE = 20_000


def peer_rate(lines: list[str]) -> float:
    """Element sets per second for sgp4's ``export_tle``, one Satrec per element set."""
    sats = [Satrec.twoline2rv(lines[k + 1], lines[k + 2]) for k in range(0, len(lines), 3)]
    start = time.perf_counter()
    for sat in sats:
        export_tle(sat)
    return len(sats) / (time.perf_counter() - start)


def main() -> int:
    n_objects = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    days = int(sys.argv[2]) if len(sys.argv) > 2 else 365
    print(
        f"measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {n_objects} objects × {days} days"
    )
    start = time.perf_counter()
    elements = large_history(n_objects, days, seed=0)
    simulate_s = time.perf_counter() - start
    n = len(elements)
    print(f"simulate: {simulate_s:6.2f} s  {n / simulate_s:12,.0f} element sets/s  ({n:,} sets)")
    table_mb = elements.memory_usage(deep=True).sum() / 1e6
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    print(f"element table: {table_mb:,.0f} MB; peak memory so far {peak_mb:,.0f} MB")
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        paths = write_large_history(elements, Path(folder))
        write_s = time.perf_counter() - start
        size_mb = sum(p.stat().st_size for p in paths) / 1e6
    ours = n / write_s
    print(f"write TLE: {write_s:6.2f} s  {ours:12,.0f} element sets/s  ({size_mb:,.0f} MB)")
    sample = elements.iloc[np.linspace(0, n - 1, min(PEER_SAMPLE, n)).astype(int)]
    peer = peer_rate(format_tle(sample).splitlines())
    print(f"peer sgp4 export_tle loop: {peer:12,.0f} element sets/s (sample of {len(sample):,})")
    print(f"ratio writer / peer: {ours / peer:.1f}×")
    total = simulate_s + write_s
    verdict = "meets" if simulate_s < 60 else "MISSES"
    print(f"simulate + write: {total:.1f} s; simulation {verdict} the 60 s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
