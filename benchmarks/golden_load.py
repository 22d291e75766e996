"""Golden check for loading: every table ``load()`` returns, bit for bit, before and after.

Speed work on the readers and the merge must not change one value. Run once on the commit to
compare against (``--write``), then after each change (``--check``)::

    .venv/bin/python benchmarks/golden_load.py --write /tmp/golden
    .venv/bin/python benchmarks/golden_load.py --check /tmp/golden

Inputs are written once to ``INPUTS`` (a fixed folder, so the paths in the reports are the same
on every run): the real histories of ``../shared/data`` replicated to 1 M sets (as
``bench_real_history.py`` does), the same history split over several files with copies and
overlaps (duplicates, epoch conflicts), the synthetic history of ``bench_load.py``, a
simulated multi-file history (``bench_store.py``), and a corrupted copy of the real files
(random bytes changed, lines dropped and repeated). ``sample_data``, ``tests/data`` and
``../shared/data`` are loaded as they are, and each OMM, SATCAT or CSV file of the first two
alone; so is every OMM file of ``golden_omm_inputs.py`` (every form, good and damaged). Also
checked: a store written from one load and read back, and two loads merged as the viewer
merges them.

For each case the element table, the object table and the files, rejected and warnings
tables are compared column by column: the same names and dtypes, categoricals with the same
categories in the same order and the same codes, floats bitwise, everything else with
``Series.equals``; and ``DataFrame.equals`` on the whole. Not a test: the real data is not
redistributable and the inputs are large.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import pickle
import random
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.bench_load import synthetic_history  # noqa: E402
from benchmarks.bench_real_history import DATA, replicated_file  # noqa: E402
from benchmarks.golden_omm_inputs import OMM_INPUTS, write_omm_inputs  # noqa: E402
from ssaviewer.core.dataset import Dataset, load  # noqa: E402
from ssaviewer.core.loading import merged_dataset  # noqa: E402

INPUTS = Path(os.environ.get("SSAVIEWER_GOLDEN_INPUTS", "/tmp/ssaviewer-golden-inputs"))
SHARED = REPO.parent / "shared" / "data"


def _make_inputs() -> None:
    """Write the generated inputs once (kept between runs: the reports name their paths)."""
    if not (INPUTS / "corrupt_1m").exists() and (INPUTS / "replicated.tle").exists():
        _corrupted(INPUTS / "corrupt_1m", [INPUTS / "replicated.tle"])
    if (INPUTS / "done").exists():
        return
    shutil.rmtree(INPUTS, ignore_errors=True)
    INPUTS.mkdir(parents=True)
    replicated_file(INPUTS, 1_000_000)
    (INPUTS / "synthetic.tle").write_bytes(synthetic_history(1000, 300))
    _split_with_copies(INPUTS / "replicated.tle", INPUTS / "split")
    _corrupted(INPUTS / "corrupt")
    _corrupted(INPUTS / "corrupt_1m", [INPUTS / "replicated.tle"])
    from ssaviewer.core.simulate.large import large_history, write_large_history

    write_large_history(large_history(300, 200, seed=0), INPUTS / "simulated")
    (INPUTS / "done").write_text("")


def _split_with_copies(path: Path, folder: Path) -> None:
    """Split a history into 5 files that overlap (exact copies) and disagree (conflicts)."""
    folder.mkdir()
    lines = path.read_bytes().splitlines(keepends=True)
    sets = [lines[k] + lines[k + 1] for k in range(0, len(lines) - 1, 2)][:300_000]
    rng = random.Random(7)
    n = len(sets)
    for k in range(5):
        low, high = n * k // 5, n * (k + 1) // 5
        part = sets[low:high]
        part += rng.sample(sets, 20_000)  # exact copies of sets in other files (and this one)
        if k == 2:  # the same object and epoch, one element changed: an epoch conflict
            changed = []
            for s in rng.sample(sets, 2_000):
                line2 = bytearray(s[s.index(b"\n") + 1 :])
                line2[40] = ord("7") if line2[40] != ord("7") else ord("3")
                changed.append(s[: s.index(b"\n") + 1] + bytes(line2))
            part += changed
        rng.shuffle(part)
        (folder / f"part{k}.tle").write_bytes(b"".join(part))


def _corrupted(folder: Path, paths: list[Path] | None = None) -> None:
    """Copy TLE files (the real histories) with damage: bytes changed, lines dropped or repeated."""
    folder.mkdir()
    rng = random.Random(13)
    alphabet = b"0123456789 -+.AZaz#\t\x00\xe9"
    for path in paths or sorted(DATA.glob("*.tle")):
        lines = path.read_bytes().splitlines(keepends=True)
        out = []
        for line in lines:
            roll = rng.random()
            if roll < 0.01:
                continue
            if roll < 0.02:
                out.append(line)
            if roll < 0.05 and len(line) > 2:
                b = bytearray(line)
                b[rng.randrange(len(b) - 1)] = rng.choice(alphabet)
                line = bytes(b)
            out.append(line)
        (folder / path.name).write_bytes(b"".join(out))


def _store_round_trip() -> Dataset:
    from ssaviewer.core.store import write_store

    store = INPUTS / "store"
    shutil.rmtree(store, ignore_errors=True)
    write_store(load(INPUTS / "split"), store)
    write_store(load(DATA), store)  # appended: partitions merged, notes kept
    return load(store)


CASES: dict[str, Callable[[], Dataset]] = {
    "sample_data": lambda: load(REPO / "sample_data"),
    "tests_data": lambda: load(REPO / "tests" / "data"),
    "shared_data": lambda: load(SHARED),
    **{
        f"tle_{p.stem}": (lambda p=p: load(p))  # type: ignore[misc]
        for p in sorted(DATA.glob("*.tle"))
    },
    "replicated_1m": lambda: load(INPUTS / "replicated.tle"),
    "synthetic": lambda: load(INPUTS / "synthetic.tle"),
    "split_copies": lambda: load(INPUTS / "split"),
    "corrupt": lambda: load(INPUTS / "corrupt"),
    "corrupt_1m": lambda: load(INPUTS / "corrupt_1m"),
    "simulated": lambda: load(INPUTS / "simulated"),
    "merged_twice": lambda: merged_dataset(load(INPUTS / "split"), load(INPUTS / "split")),
    "merged_sample": lambda: merged_dataset(load(REPO / "sample_data"), load(DATA)),
    "store": _store_round_trip,
    "store_and_file": lambda: load(INPUTS / "store", DATA / "QZS-2.tle"),
    **{
        f"file_{p.parent.name}_{p.name}": (lambda p=p: load(p))  # type: ignore[misc]
        for p in sorted([*(REPO / "sample_data").iterdir(), *(REPO / "tests" / "data").iterdir()])
        if p.suffix.lower() in (".json", ".xml", ".txt", ".csv", ".kvn")
    },
    **{
        f"omm_{name}": (lambda name=name: load(OMM_INPUTS / name))  # type: ignore[misc]
        for name in (write_omm_inputs() if DATA.is_dir() else [])
    },
}


def _tables(dataset: Dataset) -> dict[str, pd.DataFrame]:
    report = dataset.report
    files = report.files.copy()  # the same for a checkout elsewhere
    for folder, name in ((SHARED, "<shared>"), (REPO, "<repo>")):
        files["path"] = files["path"].str.replace(str(folder), name, regex=False)
    return {
        "elements": dataset.elements,
        "objects": dataset.objects,
        "files": files,
        "rejected": report.rejected,
        "warnings": report.warnings,
    }


def _column_differences(name: str, a: pd.Series, b: pd.Series) -> list[str]:
    if str(a.dtype) != str(b.dtype):
        return [f"{name}: dtype {a.dtype} != {b.dtype}"]
    if isinstance(a.dtype, pd.CategoricalDtype):
        if not a.cat.categories.equals(b.cat.categories) or (
            a.cat.categories.dtype != b.cat.categories.dtype
        ):
            return [f"{name}: categories differ"]
        if not np.array_equal(a.cat.codes.to_numpy(), b.cat.codes.to_numpy()):
            return [f"{name}: codes differ"]
        return []
    if a.dtype == np.float64:
        if not np.array_equal(a.to_numpy().view(np.int64), b.to_numpy().view(np.int64)):
            return [f"{name}: float bits differ"]
        return []
    if not a.equals(b):
        return [f"{name}: values differ"]
    return []


def differences(golden: dict[str, pd.DataFrame], now: dict[str, pd.DataFrame]) -> list[str]:
    """Return what differs between two sets of tables (empty when identical)."""
    found = []
    for table, expected in golden.items():
        got = now[table]
        if list(expected.columns) != list(got.columns) or not expected.index.equals(got.index):
            found.append(f"{table}: columns or index differ")
            continue
        for column in expected.columns:
            found += [
                f"{table}.{d}" for d in _column_differences(column, expected[column], got[column])
            ]
        if not found and not expected.equals(got):
            found.append(f"{table}: DataFrame.equals is False")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, metavar="DIR")
    mode.add_argument("--check", type=Path, metavar="DIR")
    parser.add_argument(
        "cases", nargs="*", help="only these cases, shell patterns allowed (default: all)"
    )
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} is absent")
        return 0
    _make_inputs()
    folder: Path = args.write or args.check
    folder.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name, case in CASES.items():
        if args.cases and not any(fnmatch.fnmatchcase(name, c) for c in args.cases):
            continue
        start = time.perf_counter()
        tables = _tables(case())
        seconds = time.perf_counter() - start
        path = folder / f"{name}.pkl"
        if args.write:
            path.write_bytes(pickle.dumps(tables, protocol=5))
            print(f"{name:<24} written ({seconds:.2f} s, {len(tables['elements']):,} sets)")
            continue
        found = differences(pickle.loads(path.read_bytes()), tables)
        failed += bool(found)
        verdict = "IDENTICAL" if not found else "DIFFERENT: " + "; ".join(found[:6])
        print(f"{name:<24} {verdict} ({seconds:.2f} s, {len(tables['elements']):,} sets)")
    if args.check:
        print("all identical" if not failed else f"{failed} case(s) differ")
    return 1 if failed else 0


if __name__ == "__main__":
    os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")
    sys.exit(main())
