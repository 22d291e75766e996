"""The LEO proximity check (``ssaviewer.core.norms.proximity_leo``) on a large synthetic year.

The history comes from ``ssaviewer.core.simulate.large_history`` (four objects in five LEO,
spread over 450-1200 km and seven inclinations); half the objects are given one SATCAT owner
and half another, so every near pair of different owners is checked. The figure to watch is
the check's CPU time against the detection pipeline's (``bench_detect.py``): the ratio of
element sets per CPU-second it allows.

Run: ``.venv/bin/python benchmarks/bench_proximity_leo.py [N_OBJECTS] [DAYS]``
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime

import pandas as pd

from ssaviewer.core.derive import add_derived_columns
from ssaviewer.core.detect.pipeline import default_rules
from ssaviewer.core.norms.proximity_leo import daily_states, leo_proximity_events
from ssaviewer.core.simulate.large import large_history


def main() -> int:
    n_objects = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    days = int(sys.argv[2]) if len(sys.argv) > 2 else 365
    elements = large_history(n_objects, days).sort_values(["norad_id", "epoch_utc"])
    elements = add_derived_columns(elements.reset_index(drop=True))
    objects = pd.DataFrame({"norad_id": elements["norad_id"].unique(), "owner": "US"})
    objects.loc[::2, "owner"] = "PRC"
    # Every object counts as manoeuvring, so no pair is passed over for want of a burn.
    manoeuvres = pd.DataFrame(
        {
            "norad_id": objects["norad_id"],
            "epoch_utc": pd.Timestamp("2024-06-01", tz="UTC"),
            "delta_v_mps": 0.1,
        }
    )
    rules = default_rules()
    cpu = time.process_time()
    daily = daily_states(elements)
    daily_cpu = time.process_time() - cpu
    wall, cpu = time.perf_counter(), time.process_time()
    events = leo_proximity_events(elements, objects, manoeuvres, rules)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average {os.getloadavg()[0]:.1f}")
    print(f"{len(elements):,} element sets, {n_objects:,} objects, {len(daily):,} daily states")
    print(f"daily states alone: CPU {daily_cpu:.2f} s")
    print(
        f"whole LEO proximity check: {wall:.2f} s (CPU {cpu:.2f} s), "
        f"{len(elements) / cpu:,.0f} sets per CPU-second, {len(events)} events"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
