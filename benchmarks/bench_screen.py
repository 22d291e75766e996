"""Screen one target against the whole active catalogue over 7 days at 50 km.

Run: ``.venv/bin/python benchmarks/bench_screen.py [NORAD]`` (needs ../shared/data; the
default target is the ISS, 25544, in the crowded 400-500 km shell). Target: under 10 s.
The peer is raw ``SatrecArray`` propagation of the same objects on a 60-second grid (what a
plain fixed-step screen would have to do, before any refinement). The screening is timed
again without its phasing filter (``ssaviewer.core.screening.phasing``), results compared.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
from sgp4.api import SatrecArray

from ssaviewer.core.dataset import load
from ssaviewer.core.orbits.propagate import latest_elements
from ssaviewer.core.orbits.satrecs import build_satrecs
from ssaviewer.core.orbits.times import julian_split
from ssaviewer.core.screening.screener import screen
from ssaviewer.core.screening.shells import shell_filter

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
START = pd.Timestamp("2025-10-03T00:00Z")
DAYS = 7.0
THRESHOLD_KM = 50.0


def main() -> int:
    path = DATA / "catalog" / "active.txt"
    if not path.exists():
        print(f"skipped: {path} is absent")
        return 0
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 25544
    print(f"bench_screen {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    elements = load(path).elements
    began = time.perf_counter()
    found = screen(elements, target, START, DAYS, THRESHOLD_KM)
    elapsed = time.perf_counter() - began
    serving = latest_elements(elements, START + pd.Timedelta(days=DAYS / 2))
    is_target = serving["norad_id"].to_numpy() == target
    shell = shell_filter(
        serving.loc[is_target], serving.loc[~is_target], THRESHOLD_KM, START, DAYS * 86_400.0
    )
    print(f"target {target}, {len(serving):,} objects, {int(shell.sum()):,} in its shell, "
          f"{DAYS:g} days, {THRESHOLD_KM:g} km")  # fmt: skip
    objects = found["norad_id"].nunique()
    print(f"  ssaviewer screen: {elapsed:6.2f} s, {len(found)} approaches by {objects} objects")
    began = time.perf_counter()
    plain = screen(elements, target, START, DAYS, THRESHOLD_KM, phasing=False)
    plain_s = time.perf_counter() - began
    same = "identical" if plain.equals(found) else "DIFFERENT"
    print(f"  without the phasing filter: {plain_s:6.2f} s ({plain_s / elapsed:.1f}x; {same})")

    # Peer: only propagating the shell on a fixed 60 s grid, one chunk timed and scaled.
    others = serving.loc[~is_target].loc[shell]
    grid = pd.date_range(START, periods=int(DAYS * 1440) + 1, freq="1min", tz="UTC")
    jd, fraction = julian_split(grid)
    chunk = SatrecArray(build_satrecs(others.iloc[:200]))
    began = time.perf_counter()
    chunk.sgp4(jd, fraction)
    per_object = (time.perf_counter() - began) / 200
    fixed_step = per_object * len(others)
    print(f"  fixed 60 s grid, propagation alone (extrapolated from 200 objects): "
          f"{fixed_step:6.2f} s; ratio {fixed_step / elapsed:.1f}x")  # fmt: skip
    closest = found.nsmallest(5, "miss_km")
    print(closest.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    return 0 if np.isfinite(elapsed) else 1


if __name__ == "__main__":
    sys.exit(main())
