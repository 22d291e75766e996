"""Golden check for screening: every detection event and screening result, before and after.

Speed work on close-approach screening must not change one event. Run once on the commit to
compare against (``--write``), then after each change (``--check``)::

    .venv/bin/python benchmarks/golden_screen.py --write /tmp/golden-screen
    .venv/bin/python benchmarks/golden_screen.py --check /tmp/golden-screen

Cases: ``run_detection`` on ``sample_data``, on ``../shared/data/tle`` (the folder, and each
file alone) and on the real-history benchmark's 1 M-set history (``bench_real_history.py``),
each with the default rules and with the close-approach threshold raised to 100 km (so that
the real histories, where nothing comes within 5 km, have approaches to lose); and
:meth:`Screener.screen` of a few targets against the active catalogue
(``../shared/data/catalog/active.txt``), every approach. Tables
are compared with ``DataFrame.equals`` (floats bitwise, the same columns and dtypes); a
difference prints the first rows that differ. Not a test: the real data is not
redistributable and the inputs are large.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "data"
WIDE = "[approach]\nthreshold_km = 100.0\n[approach.GEO]\nthreshold_km = 100.0\n"
TARGETS = (25544, 48274, 20580)
START = pd.Timestamp("2025-10-03T00:00Z")


def cases(folder: Path) -> dict[str, Callable[[], pd.DataFrame]]:
    """Return the tables to compare, by name (each computed when called)."""
    import ssaviewer
    from benchmarks.bench_real_history import replicated_file
    from ssaviewer.core.detect import run_detection
    from ssaviewer.core.detect.pipeline import load_rules
    from ssaviewer.core.screening.screener import Screener

    wide = load_rules(WIDE, "golden_screen")
    out: dict[str, Callable[[], pd.DataFrame]] = {}
    inputs = {"sample": REPO / "sample_data", "tle": DATA / "tle"}
    if (DATA / "tle").is_dir():
        for one in sorted((DATA / "tle").glob("*.tle")):
            inputs[f"file-{one.stem}"] = one
        inputs["real1M"] = replicated_file(folder, 1_000_000)[0]
    for name, path in inputs.items():
        dataset = ssaviewer.load(str(path))
        out[f"{name}-default"] = partial(run_detection, dataset)
        out[f"{name}-100km"] = partial(run_detection, dataset, wide)
    active = DATA / "catalog" / "active.txt"
    if active.exists():
        screener = Screener(ssaviewer.load(str(active)).elements)
        for target in TARGETS:
            out[f"active-{target}"] = partial(screener.screen, target, START, 3.0, 50.0)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path)
    mode.add_argument("--check", type=Path)
    args = parser.parse_args(argv)
    folder: Path = args.write or args.check
    folder.mkdir(parents=True, exist_ok=True)
    failed = 0
    with tempfile.TemporaryDirectory(prefix="ssaviewer-golden-screen-") as tmp:
        for name, compute in cases(Path(tmp)).items():
            began = time.perf_counter()
            table = compute()
            seconds = time.perf_counter() - began
            saved = folder / f"{name}.pkl"
            approaches = (
                table["event_type"].eq("close-approach").sum()
                if ("event_type" in table)
                else len(table)
            )
            if args.write:
                saved.write_bytes(pickle.dumps(table))
                print(f"{name}: wrote {len(table)} rows ({approaches} approaches), {seconds:.2f} s")
                continue
            expected = pickle.loads(saved.read_bytes())
            same = expected.equals(table) and list(expected.columns) == list(table.columns)
            failed += not same
            print(f"{name}: {'same' if same else 'DIFFERENT'} ({len(table)} rows, "
                  f"{approaches} approaches; golden {len(expected)}), {seconds:.2f} s")  # fmt: skip
            if not same:
                _show(expected, table)
    return 1 if failed else 0


def _show(expected: pd.DataFrame, found: pd.DataFrame) -> None:
    """Print the first rows that differ."""
    if len(expected) != len(found):
        print("  golden:\n", expected.tail(5).to_string())
        print("  now:\n", found.tail(5).to_string())
        return
    for column in expected.columns:
        a, b = expected[column], found[column]
        if not a.equals(b):
            rows = (a.astype(str) != b.astype(str)).to_numpy().nonzero()[0][:5]
            print(f"  {column} differs at rows {rows.tolist()}:")
            print("   ", a.iloc[rows].tolist(), "\n   ", b.iloc[rows].tolist())


if __name__ == "__main__":
    os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")
    sys.exit(main())
