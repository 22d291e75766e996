"""Where the first ``load()`` of a large TLE file spends its time, phase by phase.

Run: ``.venv/bin/python benchmarks/bench_load_phases.py [--sets N] [FILE]``. Loads FILE (by
default the real histories of ``../shared/data/tle`` replicated to ``--sets`` element sets, as
``bench_real_history.py`` does) once, in this fresh process, as a command line would, with
the reader's and the merge's steps wrapped to record, each: wall seconds, the CPU seconds of
its thread and of the whole process while it ran (the decode, the line split and the merge
run threads; the names and the records run beside the decode, so process CPU overlaps there)
and the page faults (each a new page of memory to zero). Then the whole load's wall, user,
system and faults. The wrappers cost a few microseconds per call; nothing here is a test.
"""

from __future__ import annotations

import os

os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")  # as the program does

import argparse
import functools
import importlib
import pathlib
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import ssaviewer  # noqa: E402
import ssaviewer.core.dataset  # noqa: E402  (imported before the clock starts, as in a CLI)
from benchmarks.bench_real_history import DATA, replicated_file  # noqa: E402
from ssaviewer.core.formats import tle_decode, tle_kernel  # noqa: E402

#: The steps measured: module, then its functions (looked up there when called).
STEPS: dict[str, tuple[str, ...]] = {
    "ssaviewer.core.formats.tle": ("split_lines", "pair_lines", "decode", "_table"),
    "ssaviewer.core.formats.tle_strings": ("names", "records", "object_ids"),
    "ssaviewer.core.formats.tle_warn": ("lenient_sets", "designators", "comments"),
    "ssaviewer.core.formats.tle_reject": ("stray_lines", "bad_sets"),
    "ssaviewer.core.dataset": (
        "merge_into",
        "collapse_duplicates",
        "kept_arrays",
        "take_columns",
        "derived_columns",
        "summarise_objects",
    ),
}
#: The compiled kernel's own steps (methods of ``tle_kernel.Kernel``).
KERNEL_STEPS = ("split_lines", "pair_lines", "records", "keep_strings")

Figures = list[float]
FIGURES: dict[str, Figures] = {}


def measured(label: str, call: Callable[..., Any]) -> Callable[..., Any]:
    """Return ``call`` adding its wall, thread CPU, process CPU and faults to ``FIGURES``."""

    @functools.wraps(call)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        wall, thread, process = time.perf_counter(), time.thread_time(), time.process_time()
        try:
            return call(*args, **kwargs)
        finally:
            row = FIGURES.setdefault(label, [0.0, 0.0, 0.0, 0.0, 0.0])
            row[0] += time.perf_counter() - wall
            row[1] += time.thread_time() - thread
            row[2] += time.process_time() - process
            row[3] += resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults
            row[4] += 1

    return wrapper


def instrument() -> None:
    """Wrap every step of ``STEPS`` and ``KERNEL_STEPS``, and the file's read."""
    for module_name, names in STEPS.items():
        module = importlib.import_module(module_name)
        for name in names:
            if hasattr(module, name):  # (so that older code can be measured too)
                setattr(module, name, measured(name, getattr(module, name)))
    for name in filter(functools.partial(hasattr, tle_kernel.Kernel), KERNEL_STEPS):
        setattr(
            tle_kernel.Kernel, name, measured(f"kernel {name}", getattr(tle_kernel.Kernel, name))
        )
    pathlib.Path.read_bytes = measured("read the file", pathlib.Path.read_bytes)  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, help="a TLE file (default: replicated)")
    parser.add_argument("--sets", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ssaviewer-phases-") as folder:
        path = args.file
        if path is None:
            if not DATA.is_dir():
                print(f"skipped: {DATA} is absent (the real data is not redistributable)")
                return 0
            path = replicated_file(Path(folder), args.sets)[0]
        print(f"load average {os.getloadavg()}; TLE decoder: {tle_decode.decoder()}")
        instrument()
        before = resource.getrusage(resource.RUSAGE_SELF)
        started = time.perf_counter()
        dataset = ssaviewer.load(str(path))
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_SELF)
    user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
    n = len(dataset.elements)
    print(
        f"first load(): {wall:.3f} s wall ({n / wall:,.0f} sets/s), CPU {user + system:.3f} s ="
        f" {user:.3f} user + {system:.3f} system, {after.ru_minflt - before.ru_minflt:,} faults"
    )
    print(f"  {'step':<26}{'wall s':>8}{'thread CPU':>12}{'process CPU':>13}{'faults':>10}")
    for label, (seconds, thread, process, faults, calls) in FIGURES.items():
        times = f" x{calls:.0f}" if calls > 1 else ""
        print(f"  {label + times:<26}{seconds:8.3f}{thread:12.3f}{process:13.3f}{faults:10,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
