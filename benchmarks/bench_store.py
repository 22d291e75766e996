"""Reading a store against parsing the same TLE text, in one run.

Run as ``.venv/bin/python benchmarks/bench_store.py [N_OBJECTS] [DAYS] [--interleaved]``
(default 2,000 × 500 = 1 M element sets). It simulates a history
(``ssaviewer.core.simulate.large``), writes it as 3-line TLE files, loads them with
``ssaviewer.load()`` (read, parse, merge, derive), writes the result as a store
(``ssaviewer store``, not timed) and loads the store with the same ``ssaviewer.load()``.
Each load runs five times; the best is kept. It prints the rates, the ratio (the issue asks
at least 10×) in wall-clock and in CPU time (all threads; the machine is shared, and CPU
time is what other jobs disturb least), and checks that both loads give the same table:
``DataFrame.equals`` and the same dtypes, categories included.

On a machine other jobs share, the store read (tens of milliseconds on two threads) is
disturbed most. Linux divides the CPU between sessions, so ``nice`` alone does not help; the
README's figures ran the benchmark in its own session at a higher priority (as root):
``setsid sh -c 'echo -15 > /proc/self/autogroup; exec .venv/bin/python
benchmarks/bench_store.py'``.

The simulated objects are numbered in launch order, so each partition holds a range of
NORAD ids; ``--interleaved`` gives them launches whose NORAD ids interleave across
partitions (as a real catalogue's do: debris catalogued years after its launch), so the
read must put object runs in order, not whole partitions.
"""

from __future__ import annotations

import os

# As the program does (ssaviewer/__main__.py): numpy's documented huge-page switch off, set
# before numpy is imported. Run with NUMPY_MADVISE_HUGEPAGE=1 to measure without it.
os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")

import gc
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from ssaviewer.core.dataset import Dataset, load
from ssaviewer.core.simulate.large import large_history, write_large_history
from ssaviewer.core.store import write_store

#: Runs of each load; the best is kept (the machine is shared: other jobs slow single runs).
REPEATS = 5


def best_of(call: Callable[[], Dataset]) -> tuple[float, float, Dataset]:
    """Return the best wall-clock and the best CPU seconds (all threads) of ``REPEATS`` runs."""
    times, cpu_times = [], []
    result = None
    for _ in range(REPEATS):
        result = None
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        result = call()
        times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - cpu)
    assert result is not None
    return min(times), min(cpu_times), result


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    interleaved = "--interleaved" in sys.argv
    n_objects = int(args[0]) if args else 2_000
    days = int(args[1]) if len(args) > 1 else 500
    print(
        f"measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average "
        f"{os.getloadavg()[0]:.1f}, {n_objects:,} objects × {days} days"
        + (", NORAD ids interleaved across partitions" if interleaved else "")
    )
    with tempfile.TemporaryDirectory() as folder:
        tle = Path(folder) / "tle"
        store = Path(folder) / "store"
        history = large_history(n_objects, days, seed=0)
        if interleaved:
            history["object_id"] = interleaved_launches(history["norad_id"])
        write_large_history(history, tle)
        size_mb = sum(p.stat().st_size for p in tle.iterdir()) / 1e6
        t_tle, cpu_tle, from_tle = best_of(lambda: load(tle))
        n = len(from_tle.elements)
        write_store(from_tle, store)
        store_mb = sum(p.stat().st_size for p in store.rglob("*") if p.is_file()) / 1e6
        partitions = len(list(store.glob("part=*")))
        del from_tle
        t_store, cpu_store, from_store = best_of(lambda: load(store))
        again = load(tle)
        same = identical(again.elements, from_store.elements) and identical(
            again.objects, from_store.objects
        )
    print(
        f"TLE text  ({size_mb:,.0f} MB):  {n / t_tle:>12,.0f} sets/s  ({t_tle:.3f} s, "
        f"{cpu_tle:.3f} CPU s)"
    )
    print(
        f"store ({store_mb:,.0f} MB, {partitions} partitions): "
        f"{n / t_store:>12,.0f} sets/s  ({t_store:.3f} s, {cpu_store:.3f} CPU s)"
    )
    ratio = t_tle / t_store
    verdict = "met" if ratio >= 10 else "NOT met"
    print(
        f"store read / TLE parse: {ratio:.1f}× wall-clock (target ≥ 10×: {verdict}), "
        f"{cpu_tle / cpu_store:.1f}× CPU time; same table: {'yes' if same else 'NO'}"
    )
    return 0 if same else 1


def interleaved_launches(norad_id: pd.Series) -> pd.Categorical[str]:
    """Designators sending consecutive NORAD ids to 20 launches of 20 partitions in turn."""
    ids = norad_id.to_numpy()
    launch = (ids % 20) * 50 + 1
    return pd.Categorical([f"2000-{n:03d}A" for n in launch])


def identical(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    """Return whether two tables are equal with the same dtypes (categories in order)."""
    if not a.equals(b) or a.dtypes.to_dict() != b.dtypes.to_dict():
        return False
    return all(
        list(a[c].cat.categories) == list(b[c].cat.categories)
        for c in a.columns
        if isinstance(a[c].dtype, pd.CategoricalDtype)
    )


if __name__ == "__main__":
    sys.exit(main())
