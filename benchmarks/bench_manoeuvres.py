"""Speed of manoeuvre detection on a synthetic 10,000-object × 1-year history.

Times ``detect_manoeuvres`` on the whole table at once, and the pipeline's
``detect_in_chunks`` (manoeuvres and outliers, chunks of whole objects) on one thread and on
``pipeline.DETECT_THREADS`` threads, with wall and CPU time.

Each object has one element set a day with drag decay, Gaussian noise and a burn about every
100 days. The open-source TLE manoeuvre detector quoted in issue 4 manages about 17,000
element sets per second on this machine (quoted, not re-run: it is not installed here).
The machine has 2 cores shared with other jobs, so figures are noisy; the load average is
printed with them.

Run: ``.venv/bin/python benchmarks/bench_manoeuvres.py [N_OBJECTS]``
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

import numpy as np
import pandas as pd

from ssaviewer.core.detect import pipeline
from ssaviewer.core.detect.manoeuvres.detector import default_rules, detect_manoeuvres

PEER_SETS_PER_S = 17_000
MU = 398600.8
T = TypeVar("T")


def history(n_objects: int, days: int = 365, seed: int = 0) -> pd.DataFrame:
    """Synthetic LEO histories (vectorised), sorted by object then epoch."""
    rng = np.random.default_rng(seed)
    n = n_objects * days
    day = np.tile(np.arange(days), n_objects)
    a = np.repeat(rng.uniform(6800.0, 7500.0, n_objects), days) - 0.002 * day
    a += rng.normal(0.0, 0.001, n)
    burns = np.where(rng.random(n) < 0.01, 0.05, 0.0).reshape(n_objects, days)
    a += np.cumsum(burns, axis=1).ravel()
    epoch = pd.Timestamp("2024-01-01", tz="UTC") + pd.to_timedelta(
        day + rng.uniform(0.0, 0.3, n), unit="D"
    )
    return pd.DataFrame(
        {
            "norad_id": np.repeat(np.arange(1, n_objects + 1), days),
            "epoch_utc": epoch,
            "mean_motion_rev_per_day": np.sqrt(MU / a**3) * 86400.0 / (2.0 * np.pi),
            "eccentricity": 0.001,
            "inclination_deg": 98.0 + rng.normal(0.0, 2e-5, n),
            "ra_of_asc_node_deg": np.mod(day * 0.9856, 360.0),
            "arg_of_pericenter_deg": 90.0,
            "mean_anomaly_deg": np.mod(day * 37.0, 360.0),
            "mean_motion_dot": 0.0,
            "regime": pd.Categorical(["LEO"] * n),
        }
    )


def timed(run: Callable[[], T]) -> tuple[T, float, float]:
    """Return ``run()``'s result, its wall and its CPU seconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    n_objects = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    elements = history(n_objects)
    rules = default_rules()
    found, seconds, cpu = timed(lambda: detect_manoeuvres(elements, rules))
    rate = len(elements) / seconds
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average {os.getloadavg()[0]:.1f}")
    print(f"{len(elements):,} element sets, {n_objects:,} objects, {len(found):,} manoeuvres")
    print(f"ssaviewer detect_manoeuvres: {seconds:.2f} s (CPU {cpu:.2f} s), {rate:,.0f} sets/s")
    print(
        f"open-source detector (quoted): {PEER_SETS_PER_S:,} sets/s; "
        f"ratio {rate / PEER_SETS_PER_S:.0f}x"
    )
    print(f"peak memory (process, whole table at once): {peak_mb:,.0f} MB")
    threads = pipeline.DETECT_THREADS
    for n_threads in sorted({1, threads}):
        pipeline.DETECT_THREADS = n_threads
        _, seconds, cpu = timed(lambda: pipeline.detect_in_chunks(elements, rules))
        print(
            f"ssaviewer detect_in_chunks (manoeuvres + outliers), {n_threads} thread(s): "
            f"{seconds:.2f} s (CPU {cpu:.2f} s), {len(elements) / seconds:,.0f} sets/s"
        )
    pipeline.DETECT_THREADS = threads
    return 0


if __name__ == "__main__":
    sys.exit(main())
