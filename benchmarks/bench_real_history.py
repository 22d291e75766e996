"""Loading and detection speed on real histories: the shared element sets, replicated.

Issue 13's real-history benchmark. The histories of ``../shared/data/tle`` (real cadence, real
manoeuvres, real archival quirks) are replicated as separate objects, each copy with its own
catalogue number and its node turned by a different angle (distinct orbital planes, so that
close-approach screening meets a realistic, not a stacked, catalogue), until the file holds
``--sets`` element sets (default 1,000,000), in one TLE file. Then, in one run:

- ``ssaviewer.load()`` on the file, against skyfield's ``iokit.parse_tle_file`` on the same
  file (ratio printed);
- the whole detection pipeline, ``run_detection`` (manoeuvres, labels, norms, other events,
  close-approach screening after manoeuvres), in element sets per second, with its CPU time
  (steadier than wall time on a shared machine), and once more without the screening, so
  the screening's share shows, and once without the screening's phasing filter
  (``ssaviewer.core.screening.phasing``: what it saves, and that the events are the same);
- ``ssaviewer detect FILE -o events.csv`` in a new process, end to end (interpreter start,
  imports, load, detection, the CSV written), as a user runs it.

Run: ``.venv/bin/python benchmarks/bench_real_history.py [--sets N] [--repeat R]
[--load-only]``. With ``--repeat``, ``load()`` and skyfield are each run R times, alternating,
and the ratio is also given for the fastest run of each (the first ``load()`` of a process is
always printed on its own: it is what a command line pays). The load's CPU time is split into
user and system time (the system time is mostly the kernel zeroing the pages of new arrays)
and its page faults are printed. Skips (exit 0) when ``../shared/data`` is absent. Timings
only; nothing here is a test.
"""

from __future__ import annotations

import os

os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")  # as the program does

import argparse
import itertools
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TypeVar

from skyfield.api import load as skyfield_load
from skyfield.iokit import parse_tle_file

import ssaviewer
from ssaviewer.core.dataset import Dataset
from ssaviewer.core.detect import run_detection
from ssaviewer.core.formats import tle_decode
from ssaviewer.core.screening.screener import Screener

T = TypeVar("T")
DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "tle"
#: Targets of issue 13.
LOAD_TARGET_SETS_PER_S = 2_000_000
LOAD_TARGET_RATIO = 20.0
DETECT_TARGET_SETS_PER_S = 1_000_000


def checksum(line: str) -> str:
    """Return the TLE checksum digit of the first 68 columns."""
    total = sum(int(c) if c.isdigit() else (1 if c == "-" else 0) for c in line[:68])
    return str(total % 10)


def pairs(path: Path) -> list[tuple[str, str]]:
    """Return the (line 1, line 2) pairs of a two-line file, in order."""
    lines = [line.rstrip("\r\n") for line in path.read_text().splitlines()]
    out = []
    for first, second in itertools.pairwise(lines):
        if first.startswith("1 ") and second.startswith("2 ") and first[2:7] == second[2:7]:
            out.append((first[:69], second[:69]))
    return out


def copy_of(pair: tuple[str, str], norad: int, turn_deg: float) -> str:
    """Return one element set as a new object: catalogue number and node changed."""
    first, second = pair
    number = f"{norad:05d}"
    first = first[:2] + number + first[7:68]
    node = (float(second[17:25]) + turn_deg) % 360.0
    second = second[:2] + number + second[7:17] + f"{node:8.4f}" + second[25:68]
    return f"{first}{checksum(first)}\n{second}{checksum(second)}\n"


def replicated_file(folder: Path, n_sets: int) -> tuple[Path, int, int]:
    """Write the replicated history; return its path, element sets and objects."""
    histories = [pairs(p) for p in sorted(DATA.glob("*.tle"))]
    per_copy = sum(len(h) for h in histories)
    copies = max(1, -(-n_sets // per_copy))
    path = folder / "replicated.tle"
    written = objects = 0
    with path.open("w") as out:
        for copy in range(copies):
            turn = 360.0 * copy / copies
            for k, history in enumerate(histories):
                norad = 10_000 + copy * len(histories) + k
                out.write("".join(copy_of(pair, norad, turn) for pair in history))
                written += len(history)
                objects += 1
    return path, written, objects


def timed(call: Callable[[], T]) -> tuple[float, T]:
    """Return (wall seconds, result) of ``call()``."""
    seconds, _, result = timed_cpu(call)
    return seconds, result


def timed_cpu(call: Callable[[], T]) -> tuple[float, float, T]:
    """Return (wall seconds, CPU seconds of this process, result) of ``call()``.

    On a shared machine the wall-clock time depends on what else runs; the CPU time less so
    (for ssaviewer it counts every thread, so it is what one core would need).
    """
    started, cpu = time.perf_counter(), time.process_time()
    result = call()
    return time.perf_counter() - started, time.process_time() - cpu, result


def load_figures(path: Path) -> tuple[float, float, float, int, Dataset]:
    """Return wall, user and system seconds, page faults and the dataset of one ``load()``."""
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    dataset = ssaviewer.load(str(path))
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    return (
        wall,
        after.ru_utime - before.ru_utime,
        after.ru_stime - before.ru_stime,
        after.ru_minflt - before.ru_minflt,
        dataset,
    )


def numpy_load_figures(path: Path) -> tuple[float, float, float, int, Dataset]:
    """Return :func:`load_figures` with the numpy TLE decoder instead of the compiled kernel."""
    compiled = tle_decode._kernel
    tle_decode._kernel = lambda: (None, "numpy (benchmark)")  # type: ignore[assignment]
    try:
        return load_figures(path)
    finally:
        tle_decode._kernel = compiled


def skyfield_count(path: Path) -> int:
    """Parse the file with skyfield, one EarthSatellite per set (consumed, not kept)."""
    ts = skyfield_load.timescale(builtin=True)
    with path.open("rb") as handle:
        return sum(1 for _ in parse_tle_file(handle, ts))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=1, help="runs of load() and skyfield")
    parser.add_argument("--load-only", action="store_true", help="skip the detection part")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} is absent (the real data is not redistributable)")
        return 0
    with tempfile.TemporaryDirectory(prefix="ssaviewer-real-") as folder:
        path, n_sets, n_objects = replicated_file(Path(folder), args.sets)
        print(f"measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average {os.getloadavg()}")
        print(f"{n_sets:,} real element sets as {n_objects} objects in one file")
        print(f"TLE decoder: {tle_decode.decoder()}")
        with_kernel = tle_decode._kernel()[0] is not None
        loads, skies, numpy_loads = [], [], []
        for run in range(max(1, args.repeat)):
            figures = load_figures(path)
            loads.append(figures[:4])
            if run == 0:
                dataset = figures[4]  # kept for the detection below
            del figures
            skies.append(timed_cpu(lambda: skyfield_count(path)))
            if with_kernel:  # the same load with the numpy decoder, alternating
                numpy_loads.append(numpy_load_figures(path)[:4])
        n_loaded = len(dataset.elements)
        for label, (wall, user, system, faults) in (
            ("load() first", loads[0]),
            (f"load() best of {len(loads)}", min(loads)),
        ):
            print(
                f"  {label + ':':<22}{wall:6.2f} s  {n_loaded / wall:12,.0f} sets/s"
                f"  (target {LOAD_TARGET_SETS_PER_S:,}); CPU {user + system:.2f} s"
                f" = {user:.2f} user + {system:.2f} system, {faults:,} page faults"
            )
            if len(loads) == 1:
                break
        if numpy_loads:
            wall, user, system, faults = min(numpy_loads)
            best = min(loads)
            print(
                f"  {'numpy decoder, best:':<22}{wall:6.2f} s  {n_loaded / wall:12,.0f} sets/s;"
                f" CPU {user + system:.2f} s = {user:.2f} user + {system:.2f} system,"
                f" {faults:,} page faults (the kernel: {wall / best[0]:.2f}x wall,"
                f" {(user + system) / (best[1] + best[2]):.2f}x CPU faster)"
            )
        sky_s, sky_cpu, counted = min(skies)
        print(
            f"  skyfield parse_tle:   {sky_s:6.2f} s  {counted / sky_s:12,.0f} sets/s;"
            f" {sky_cpu:.2f} CPU s{' (best)' if len(skies) > 1 else ''}"
        )
        for label, (wall, user, system, _) in (("first", loads[0]), ("best", min(loads))):
            ratio = (n_loaded / wall) / (counted / sky_s)
            cpu_ratio = sky_cpu / counted * n_loaded / (user + system)
            print(
                f"  ratio load() / skyfield ({label}): {ratio:.1f}x wall-clock"
                f" (target {LOAD_TARGET_RATIO:.0f}x), {cpu_ratio:.1f}x CPU time"
            )
            if len(loads) == 1:
                break
        if args.load_only:
            return 0
        load_s = loads[0][0]
        elements = dataset.elements
        detect_s, detect_cpu_s, events = timed_cpu(lambda: run_detection(dataset))
        pipeline_s = load_s + detect_s
        print(
            f"  run_detection:        {detect_s:6.2f} s  {len(elements) / detect_s:12,.0f} sets/s"
            f"  ({len(events):,} events; {detect_cpu_s:.2f} s of CPU on all threads)"
        )
        bare_s, bare_cpu_s, _ = timed_cpu(lambda: run_detection(dataset, screen=None))
        print(
            f"  without screening:    {bare_s:6.2f} s  {len(elements) / bare_s:12,.0f} sets/s"
            f"  ({bare_cpu_s:.2f} s of CPU: close-approach screening after manoeuvres is"
            f" {1 - bare_cpu_s / detect_cpu_s:.0%} of detection's CPU time)"
        )
        plain_s, plain_cpu_s, plain = timed_cpu(
            lambda: run_detection(dataset, screen=partial(Screener, phasing=False))
        )
        print(
            f"  without phasing filter: {plain_s:4.2f} s  {len(elements) / plain_s:12,.0f} sets/s"
            f"  ({plain_cpu_s:.2f} s of CPU: the screening takes"
            f" {(plain_cpu_s - bare_cpu_s) / max(detect_cpu_s - bare_cpu_s, 1e-9):.1f}x as long"
            f" without it; events {'identical' if plain.equals(events) else 'DIFFERENT'})"
        )
        print(
            f"  load + detect:        {pipeline_s:6.2f} s  {len(elements) / pipeline_s:12,.0f}"
            f" sets/s (target {DETECT_TARGET_SETS_PER_S:,})"
        )
        command_line(path, Path(folder) / "events.csv", len(elements))
    return 0


def command_line(path: Path, events_csv: Path, n_sets: int) -> None:
    """Time ``ssaviewer detect FILE -o EVENTS.csv`` as a user runs it, and print the rate.

    A new process (interpreter start, imports, load, detection, the CSV written): the
    whole pipeline end to end. CPU time is the child's, on all its threads.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "ssaviewer", "detect", str(path), "-o", str(events_csv)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    print(
        f"  ssaviewer detect -o:  {wall:6.2f} s  {n_sets / wall:12,.0f} sets/s end to end"
        f" (target {DETECT_TARGET_SETS_PER_S:,}; CPU {cpu:.2f} s; a new process: start,"
        " imports, load, detection, CSV)"
    )


if __name__ == "__main__":
    sys.exit(main())
