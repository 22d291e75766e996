"""Loading speed: ssaviewer's TLE reader and ``load()`` against skyfield, in one run.

Run as ``.venv/bin/python benchmarks/bench_load.py [--sets N]``. It loads the real catalogue
``../shared/data/catalog/active.txt`` (when present), then generates a synthetic history of
``N`` element sets (default 1,000,000: 1,000 objects x 1,000 daily epochs, 3-line form, valid
checksums, epoch-major order like concatenated daily catalogues) in a temporary folder, and
times on the same files:

- ``parse_tle`` alone (bytes in memory -> element table + rejections, checksums verified);
- the whole ``ssaviewer.load()`` (read, sniff, parse, merge, sort, de-duplicate, derive);
- skyfield's ``iokit.parse_tle_file`` (one ``EarthSatellite`` per set; consumed, not kept).

It prints element sets per second, the ratios to skyfield, the bytes per element set of the
final ``elements`` table (``memory_usage(deep=True)``) and the peak RSS.

Finally, with ``--folder`` (default ``/tmp/b10k`` when it exists: the 10-file, 3.6 M-set
history of ``ssaviewer.core.simulate.large``), it times ``load()`` on that multi-file folder
with the default number of reading threads and with one, and skyfield on the folder's first
file (skyfield needs minutes for the whole folder; rates per set are compared).
"""

from __future__ import annotations

import os

# As the program does (ssaviewer/__main__.py): numpy's documented huge-page switch off, set
# before numpy is imported. Run with NUMPY_MADVISE_HUGEPAGE=1 to measure without it.
os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")

import argparse
import datetime as dt
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from skyfield.api import load as skyfield_load
from skyfield.iokit import parse_tle_file

import ssaviewer
from ssaviewer.core.dataset import Dataset
from ssaviewer.core.formats import tle_decode
from ssaviewer.core.formats.tle import parse_tle

REPO = Path(__file__).resolve().parent.parent
ACTIVE = REPO.parent / "shared" / "data" / "catalog" / "active.txt"


def _digits(values: np.ndarray, width: int) -> np.ndarray:
    """Zero-padded decimal digits of non-negative integers, as a (n, width) byte matrix."""
    powers = 10 ** np.arange(width - 1, -1, -1, dtype=np.int64)
    return ((values[:, None] // powers) % 10 + 48).astype(np.uint8)


def _fixed(values: np.ndarray, int_digits: int, frac_digits: int) -> np.ndarray:
    """Fixed-point text such as ' 51.6416': leading zeros of the integer part blanked."""
    scaled = np.round(values * 10**frac_digits).astype(np.int64)
    digits = _digits(scaled, int_digits + frac_digits)
    point = np.full((len(values), 1), ord("."), dtype=np.uint8)
    text = np.hstack([digits[:, :int_digits], point, digits[:, int_digits:]])
    for column in range(int_digits - 1):
        leading = (text[:, : column + 1] == ord("0")).all(axis=1)
        text[leading, column] = ord(" ")
    return text


def _checksum(line: np.ndarray) -> np.ndarray:
    digit = line[:, :68].astype(np.int64) - 48
    value = np.where((digit >= 0) & (digit <= 9), digit, 0) + (line[:, :68] == ord("-"))
    result: np.ndarray = (value.sum(axis=1) % 10 + 48).astype(np.uint8)[:, None]
    return result


def _text(value: str, n: int) -> np.ndarray:
    return np.tile(np.frombuffer(value.encode(), dtype=np.uint8), (n, 1))


def synthetic_history(n_objects: int, n_epochs: int, seed: int = 1) -> bytes:
    """Return a 3-line TLE history: every object at every daily epoch, epoch-major order."""
    rng = np.random.default_rng(seed)
    obj = np.tile(np.arange(n_objects), n_epochs)
    day = np.repeat(np.arange(n_epochs), n_objects)
    n = len(obj)
    epoch = np.datetime64("2023-01-01", "ns") + (day * 86400 + obj * 37) * np.timedelta64(1, "s")
    year = epoch.astype("datetime64[Y]").astype(np.int64) + 1970
    year_start = (year - 1970).astype("datetime64[Y]").astype("datetime64[ns]")
    doy = (epoch - year_start) / np.timedelta64(1, "D") + 1.0
    incl = rng.uniform(0, 180, n_objects)[obj]
    mean_motion = rng.uniform(1.0, 16.0, n_objects)[obj] + rng.normal(0, 1e-5, n)
    norad = 10000 + obj
    line1 = np.hstack(
        [
            _text("1 ", n),
            _digits(norad, 5),
            _text("U ", n),
            _digits(90 + obj // 100, 2),
            _digits(obj % 1000, 3),
            _text("A   ", n),
            _digits(year % 100, 2),
            _fixed(doy, 3, 8),
            _text(" ", n),
            np.where(rng.random(n) < 0.5, ord("-"), ord(" ")).astype(np.uint8)[:, None],
            _fixed(rng.uniform(0, 1e-4, n), 0, 8),
            _text("  00000-0 ", n),
            _text(" ", n),
            _digits(rng.integers(10000, 99999, n), 5),
            _text("-", n),
            _digits(rng.integers(3, 6, n), 1),
            _text(" 0 ", n),
            _digits(day % 1000 + 1, 4),
        ]
    )
    line2 = np.hstack(
        [
            _text("2 ", n),
            _digits(norad, 5),
            _text(" ", n),
            _fixed(incl, 3, 4),
            _text(" ", n),
            _fixed(rng.uniform(0, 359.9999, n), 3, 4),
            _text(" ", n),
            _digits(rng.integers(0, 200000, n), 7),
            _text(" ", n),
            _fixed(rng.uniform(0, 359.9999, n), 3, 4),
            _text(" ", n),
            _fixed(rng.uniform(0, 359.9999, n), 3, 4),
            _text(" ", n),
            _fixed(mean_motion, 2, 8),
            _digits((day * 15 + obj) % 100000, 5),
        ]
    )
    names = np.array([f"SAT-{k:05d}".ljust(24) for k in range(n_objects)], dtype="S24")
    name = names[obj].view(np.uint8).reshape(n, 24)
    newline = _text("\n", n)
    body = [name, newline, line1, _checksum(line1), newline, line2, _checksum(line2), newline]
    return np.hstack(body).tobytes()


def _timed(label: str, n_sets: int, call: Callable[[], object]) -> tuple[Rates, object]:
    """Time ``call`` once; print wall-clock and CPU seconds and sets per (wall) second."""
    cpu = time.process_time()
    start = time.perf_counter()
    result = call()
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu
    print(
        f"  {label:<34} {seconds:7.3f} s wall {cpu_seconds:7.3f} s CPU "
        f"{n_sets / seconds:>11,.0f} sets/s ({n_sets / cpu_seconds:>11,.0f} per CPU s)"
    )
    return Rates(n_sets / seconds, n_sets / cpu_seconds), result


@dataclass(frozen=True)
class Rates:
    """Element sets per wall-clock second and per CPU second of this process."""

    wall: float
    cpu: float

    def ratio(self, other: Rates) -> str:
        """Both ratios to ``other``, for printing."""
        return f"{self.wall / other.wall:6.1f}x wall-clock, {self.cpu / other.cpu:6.1f}x CPU time"


def _skyfield(path: Path) -> int:
    ts = skyfield_load.timescale(builtin=True)
    with path.open("rb") as f:
        return sum(1 for _ in parse_tle_file(f, ts))


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_file(path: Path, label: str) -> None:
    data = path.read_bytes()
    elements, rejected = parse_tle(data, path.name)
    n = len(elements)
    n_rejected = len(rejected)
    del elements, rejected
    print(
        f"{label}: {path.name}, {len(data) / 1e6:.1f} MB, {n:,} element sets, {n_rejected} rejected"
    )
    print(f"  TLE decoder: {tle_decode.decoder()}")
    parse_rate, _ = _timed("ssaviewer parse_tle (bytes in RAM)", n, lambda: parse_tle(data, "x"))
    load_rate, dataset = _timed(
        "ssaviewer.load() (whole pipeline)", n, lambda: ssaviewer.load(path)
    )
    rss = _peak_rss_mib()
    table = dataset.elements  # type: ignore[attr-defined]
    per_set = table.memory_usage(deep=True).sum() / max(len(table), 1)
    sky_rate, count = _timed("skyfield parse_tle_file", n, lambda: _skyfield(path))
    assert count == n, (count, n)
    print(f"  ratio parse_tle / skyfield: {parse_rate.ratio(sky_rate)}")
    print(f"  ratio load()    / skyfield: {load_rate.ratio(sky_rate)}")
    print(f"  elements table: {per_set:.1f} bytes per element set ({len(table):,} rows)")
    record_bytes = table["record"].memory_usage(deep=True) / max(len(table), 1)
    print(f"    of which record column: {record_bytes:.1f} bytes per set")
    print(f"  peak RSS after ssaviewer (before skyfield): {rss:,.0f} MiB")


def bench_folder(folder: Path) -> None:
    """Time load() on a multi-file folder (threads and one thread) and skyfield on one file."""
    from ssaviewer.core import dataset

    files = sorted(p for p in folder.iterdir() if p.is_file())
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    threads = dataset.READ_WORKERS
    rate, loaded = _timed_load(folder, f"ssaviewer.load() ({threads} threads)")
    n = len(loaded.elements)
    print(f"multi-file folder: {folder}, {len(files)} files, {size_mb:.0f} MB, {n:,} element sets")
    print(rate.line)
    del loaded
    dataset.READ_WORKERS = 1
    try:
        one, _ = _timed_load(folder, "ssaviewer.load() (1 thread)")
    finally:
        dataset.READ_WORKERS = threads
    print(one.line)
    first = files[0]
    count = _skyfield(first)
    sky_rate, _ = _timed(f"skyfield parse_tle_file ({first.name})", count, lambda: _skyfield(first))
    print(f"  ratio load() / skyfield: {rate.rates.ratio(sky_rate)}")
    print(f"  {threads} threads / 1 thread: {one.seconds / rate.seconds:.2f}x wall-clock")


@dataclass(frozen=True)
class _Load:
    line: str
    seconds: float
    rates: Rates


def _timed_load(folder: Path, label: str) -> tuple[_Load, Dataset]:
    cpu = time.process_time()
    start = time.perf_counter()
    dataset = ssaviewer.load(folder)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu
    n = len(dataset.elements)
    line = (
        f"  {label:<34} {seconds:7.3f} s wall {cpu_seconds:7.3f} s CPU "
        f"{n / seconds:>11,.0f} sets/s ({n / cpu_seconds:>11,.0f} per CPU s)"
    )
    return _Load(line, seconds, Rates(n / seconds, n / cpu_seconds)), dataset


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=1_000_000, help="synthetic history size")
    parser.add_argument("--write-history", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument(
        "--folder",
        type=Path,
        default=Path("/tmp/b10k"),
        help="multi-file TLE folder to load (default /tmp/b10k; skipped when absent)",
    )
    args = parser.parse_args(argv)
    n_objects = 1000
    if args.write_history:  # the child process that generates the file (see below)
        Path(args.write_history).write_bytes(
            synthetic_history(n_objects, max(1, args.sets // n_objects))
        )
        return 0
    load1, load5, _ = os.getloadavg()
    print(
        f"bench_load, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, Python "
        f"{sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load1:.1f} / {load5:.1f}"
    )
    if ACTIVE.exists():
        bench_file(ACTIVE, "real catalogue")
    else:
        print(f"real catalogue skipped: {ACTIVE} is absent")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.tle"
        start = time.perf_counter()
        # generated in a child process, so that the peak RSS below is the loaders' own
        command = [sys.executable, __file__, "--sets", str(args.sets), "--write-history", str(path)]
        subprocess.run(command, check=True)
        print(f"(generated the synthetic history in {time.perf_counter() - start:.1f} s)")
        bench_file(path, "synthetic history")
    if args.folder.is_dir():
        bench_folder(args.folder)
    else:
        print(f"multi-file folder skipped: {args.folder} is absent")
    print(f"peak RSS of the whole run: {_peak_rss_mib():,.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
