"""``geo.add_orbit_columns`` on a million element sets vs a skyfield per-row loop.

Run: ``.venv/bin/python benchmarks/bench_orbit_columns.py`` (needs ../shared/data). The
table is the active catalogue repeated to 1,000,000 rows. The peer computes the GEO
sub-satellite longitude at epoch row by row with skyfield (``EarthSatellite`` +
``wgs84.subpoint_of``), timed on 2,000 GEO rows and scaled to the same count.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
from skyfield.api import EarthSatellite, wgs84

from ssaviewer.core.dataset import load
from ssaviewer.core.orbits import geo
from ssaviewer.core.orbits.frames import timescale

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
ROWS = 1_000_000
PEER_SAMPLE = 2_000


def main() -> int:
    path = DATA / "catalog" / "active.txt"
    if not path.exists():
        print(f"skipped: {path} is absent")
        return 0
    print(f"bench_orbit_columns {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    catalog = load(path).elements
    repeats = int(np.ceil(ROWS / len(catalog)))
    table = pd.concat([catalog] * repeats, ignore_index=True).iloc[:ROWS]
    geosync = table["regime"].isin(geo.GEOSYNCHRONOUS).to_numpy()

    not_geo = table.loc[~geosync]
    began = time.perf_counter()
    out = geo.add_orbit_columns(not_geo)
    plain = time.perf_counter() - began
    began = time.perf_counter()
    out = geo.add_orbit_columns(table)
    whole = time.perf_counter() - began
    n_geo = int(geosync.sum())
    print(f"{len(table):,} rows ({n_geo:,} GEO/IGSO)")
    print(f"  non-geosynchronous rows only: {plain:6.3f} s ({(~geosync).sum():,} rows)")
    print(f"  all rows, GEO longitudes by SGP4 at epoch: {whole:6.3f} s")

    lines = path.read_text().splitlines()
    ts = timescale()
    sample = catalog.loc[catalog["regime"].isin(geo.GEOSYNCHRONOUS)]
    sample = pd.concat([sample] * int(np.ceil(PEER_SAMPLE / len(sample))))[:PEER_SAMPLE]
    began = time.perf_counter()
    longitudes = []
    for record in sample["record"]:
        k = int(str(record).rsplit(":", 1)[1]) - 1
        sat = EarthSatellite(lines[k], lines[k + 1], ts=ts)
        longitudes.append(wgs84.subpoint_of(sat.at(sat.epoch)).longitude.degrees)
    peer = (time.perf_counter() - began) / PEER_SAMPLE * n_geo
    ours = geo.geo_longitudes(sample)
    print(f"  skyfield per-row GEO longitudes (scaled to {n_geo:,}): {peer:6.3f} s;"
          f" ratio {peer / whole:.1f}x against all rows")  # fmt: skip
    print(f"  largest difference from skyfield: {np.max(np.abs(ours - longitudes)):.2e} deg")
    return 0 if len(out) == ROWS else 1


if __name__ == "__main__":
    sys.exit(main())
