"""Propagate 1,000 objects × 1,440 times: ssaviewer vs raw SatrecArray vs a skyfield loop.

Run: ``.venv/bin/python benchmarks/bench_propagate.py`` (needs ../shared/data).
Targets: ssaviewer ≥ 90% of raw ``SatrecArray.sgp4`` throughput and ≥ 1.5× skyfield's
``EarthSatellite.at()`` loop over the same work.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from sgp4.api import Satrec, SatrecArray
from skyfield.api import EarthSatellite

from ssaviewer.core.dataset import load
from ssaviewer.core.orbits.batch import propagate_many
from ssaviewer.core.orbits.frames import skyfield_times, teme_to_gcrs
from ssaviewer.core.orbits.ground import subpoints
from ssaviewer.core.orbits.satrecs import build_satrecs
from ssaviewer.core.orbits.times import julian_split

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
N_OBJECTS = 1_000
N_TIMES = 1_440


def best_of(repeats: int, work: Callable[[], object]) -> float:
    """Shortest wall time of ``repeats`` runs, seconds."""
    return min(interleaved(repeats, work)[0])


def interleaved(repeats: int, *works: Callable[[], object]) -> list[list[float]]:
    """Wall times of each work, run in turn ``repeats`` times (shares the machine's noise)."""
    times: list[list[float]] = [[] for _ in works]
    for _ in range(repeats):
        for k, work in enumerate(works):
            start = time.perf_counter()
            work()
            times[k].append(time.perf_counter() - start)
    return times


def tle_pairs(path: Path, records: pd.Series) -> list[tuple[str, str]]:
    """Return the TLE line pairs of the element sets named by ``file:line`` records."""
    lines = path.read_text().splitlines()
    pairs = []
    for record in records:
        k = int(str(record).rsplit(":", 1)[1]) - 1
        pairs.append((lines[k], lines[k + 1]))
    return pairs


def main() -> int:
    catalog_path = DATA / "catalog" / "active.txt"
    if not catalog_path.exists():
        print(f"skipped: {catalog_path} is absent")
        return 0
    print(f"bench_propagate {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    catalog = load(catalog_path)
    elements = catalog.elements.loc[catalog.elements["sgp4_propagatable"]].iloc[:N_OBJECTS]
    times = pd.date_range("2025-10-03", periods=N_TIMES, freq="1min", tz="UTC")
    work = N_OBJECTS * N_TIMES
    pairs = tle_pairs(catalog_path, elements["record"])

    jd, fraction = julian_split(times)
    raw_array = SatrecArray([Satrec.twoline2rv(a, b) for a, b in pairs])
    satrecs = build_satrecs(elements)
    raw, api, api_prebuilt = (
        min(t)
        for t in interleaved(
            9,
            lambda: raw_array.sgp4(jd, fraction),
            lambda: propagate_many(elements, times),
            lambda: propagate_many(elements, times, satrecs=satrecs),
        )
    )

    t = skyfield_times(times)
    satellites = [EarthSatellite(a, b) for a, b in pairs]
    satellites[0].at(t)  # the time vector caches its rotation matrices on first use

    def skyfield_loop() -> None:
        for sat in satellites:
            sat.at(t)

    sky = best_of(2, skyfield_loop)

    def api_gcrs() -> None:
        batch = propagate_many(elements, times, satrecs=satrecs)
        teme_to_gcrs(batch.position_teme_km, batch.velocity_teme_kmps, t)

    gcrs = best_of(3, api_gcrs)
    rate = work / 1e6
    print(f"{N_OBJECTS} objects x {N_TIMES} times = {work:,} propagations")
    print(f"  raw SatrecArray.sgp4          {raw:7.3f} s  {rate / raw:6.2f} M/s")
    print(f"  ssaviewer propagate_many      {api:7.3f} s  {rate / api:6.2f} M/s"
          f"  ({raw / api:.0%} of raw, building Satrecs from the table included)")  # fmt: skip
    print(f"  ssaviewer, Satrecs prebuilt   {api_prebuilt:7.3f} s  {rate / api_prebuilt:6.2f} M/s"
          f"  ({raw / api_prebuilt:.0%} of raw)")  # fmt: skip
    print(f"  ssaviewer + GCRS              {gcrs:7.3f} s  {rate / gcrs:6.2f} M/s")
    print(f"  skyfield EarthSatellite.at()  {sky:7.3f} s  {rate / sky:6.2f} M/s (GCRS)")
    print(f"  ratio ssaviewer / skyfield: {sky / api:.1f}x TEME, {sky / gcrs:.1f}x GCRS")

    when = pd.Timestamp("2025-10-03T12:00Z")
    whole = catalog.elements
    sub = best_of(3, lambda: subpoints(whole, when))
    print(f"subpoints of {whole['norad_id'].nunique():,} objects at one time: {sub:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
