"""A whole catalogue with a year of history in the window: browsable while it loads (target 10 s).

Run as ``.venv/bin/python benchmarks/bench_catalogue_load.py [--runs N] [--data DIR]``.

The data: as many objects as the active-catalogue snapshot ``../shared/data/catalog/active.txt``
has (12,801; 13,000 without it), each with a year of simulated history at two element sets a
day (about 9.3 M sets), from :func:`ssaviewer.core.simulate.large_history` (the orbits are
synthetic, four LEO objects to one GEO). It is written once, in 3-line TLE files of 1,000
objects each, to ``DIR`` (default ``$TMPDIR/ssaviewer-catalogue-year``, never the repository),
and reused by later runs.

Each run starts ``ssaviewer DIR`` in a fresh process, as the program starts
(:func:`ssaviewer.gui.app.open_main_window`, offscreen unless a display is set), and measures
from the moment the process is spawned until:

- ``shown``: the window is painted;
- ``listed``: the catalogue lists objects (the first step of the load is on screen);
- ``browsable`` (the target): the first object, picked in the catalogue as a user would
  as soon as it is listed, has its element history drawn;
- ``complete``: every element set is loaded (the same object is still picked).

Detection, which follows a load, is switched off here: this measures loading only. The peer
is the same launch with the load in one step (what the window did before it loaded in
steps): there the catalogue shows nothing until everything is read. The ratio is printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ACTIVE = REPO.parent / "shared" / "data" / "catalog" / "active.txt"
TARGET_S = 10.0
OBJECTS_PER_FILE = 1000
DAYS = 365
SETS_PER_DAY = 2

VIEWER = """
import sys, time
from PySide6.QtCore import QTimer
from ssaviewer.gui import settings
settings.use_ini_file(__import__("pathlib").Path(sys.argv[1]))
from ssaviewer.gui.controller import DataController
from ssaviewer.gui.lazy_panel import PendingPanel
if sys.argv[3] == "one-step":
    DataController.first_step_bytes = 1 << 62
from ssaviewer.gui.app import make_app, open_main_window
app = make_app()
window = open_main_window([sys.argv[2]])
window.controller.detect_after_load = False  # loading only (read when the load ends)
marks, picked = {}, []

def mark(name, *values):
    window.repaint()
    marks[name] = time.perf_counter()
    print(name, *values, flush=True)

def check():  # a look every 10 ms from the running event loop
    rows = window.catalogue.model.rowCount()
    if "shown" not in marks and window.isVisible():
        mark("shown")
    if rows and not picked:
        mark("listed", rows, len(window.session.dataset.elements))
        window.catalogue.table.selectRow(0)  # as a click on the first object
        picked.append(window.session.selected_norad)
    history = window.plot_panels[0]
    if picked and "browsable" not in marks and not isinstance(history, PendingPanel):
        if history.norad_id == picked[0] and history.empty.text() == "":
            mark("browsable", rows, len(window.session.dataset.elements))
    if "browsable" in marks and not window.controller.is_busy:
        assert window.session.selected_norad == picked[0], "the pick was lost"
        mark("complete", rows, len(window.session.dataset.elements))
        app.quit()

timer = QTimer()
timer.timeout.connect(check)
timer.start(10)
app.exec()
"""


def n_catalogue_objects() -> int:
    """Objects in the active-catalogue snapshot (13,000 when it is absent)."""
    if not ACTIVE.is_file():
        return 13_000
    lines = ACTIVE.read_text(encoding="ascii", errors="replace").splitlines()
    return sum(1 for line in lines if line.startswith("1 "))


def write_catalogue(folder: Path, n_objects: int) -> int:
    """Write the year of history (once; reused when complete); return the element sets."""
    from ssaviewer.core.formats.tle_write import format_tle
    from ssaviewer.core.simulate.large import FIRST_NORAD_ID, large_history

    done = folder / "COMPLETE"
    expected = f"{n_objects} {DAYS} {SETS_PER_DAY}"
    n_sets = n_objects * DAYS * SETS_PER_DAY
    if done.is_file() and done.read_text() == expected:
        return n_sets
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for k, first in enumerate(range(0, n_objects, OBJECTS_PER_FILE)):
        count = min(OBJECTS_PER_FILE, n_objects - first)
        table = large_history(
            count, DAYS, seed=k, sets_per_day=SETS_PER_DAY, first_norad_id=FIRST_NORAD_ID + first
        )
        text = format_tle(table)
        (folder / f"catalogue_{k:03d}.tle").write_text(text, encoding="ascii", newline="\n")
        print(f"  wrote {folder}/catalogue_{k:03d}.tle ({len(table):,} sets)", flush=True)
    done.write_text(expected)
    print(f"  simulated {n_sets:,} element sets in {time.perf_counter() - start:.0f} s")
    return n_sets


def launch(folder: Path, mode: str, settings_path: Path) -> dict[str, float]:
    """Seconds from spawning the viewer until each mark it prints."""
    env = {**os.environ}
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", VIEWER, str(settings_path), str(folder), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=REPO,
        env=env,
    )
    assert process.stdout is not None
    marks: dict[str, float] = {}
    for line in process.stdout:
        name, *values = line.split()
        marks[name] = time.perf_counter() - start
        if values:
            print(f"    {mode} {name}: {int(values[0]):,} objects, {int(values[1]):,} sets")
    process.wait(timeout=600)
    if "complete" not in marks:
        raise RuntimeError(f"the viewer did not finish (exit {process.returncode})")
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="launches per mode (default 1)")
    default = Path(os.environ.get("TMPDIR", "/tmp")) / "ssaviewer-catalogue-year"
    parser.add_argument("--data", type=Path, default=default, help=f"(default {default})")
    args = parser.parse_args()
    n_objects = n_catalogue_objects()
    print(f"bench_catalogue_load {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
    n_sets = write_catalogue(args.data, n_objects)
    print(f"{n_objects:,} objects, {n_sets:,} element sets in {args.data}, {args.runs} run(s)")
    settings_path = Path(os.environ.get("TMPDIR", "/tmp")) / "ssaviewer-bench-settings.ini"
    results: dict[str, list[dict[str, float]]] = {"in steps": [], "one-step": []}
    for _ in range(args.runs):
        for mode in results:
            results[mode].append(launch(args.data, mode, settings_path))
    for mode, runs in results.items():
        medians = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        print(
            f"{mode:>9}: shown {medians['shown']:.1f} s, listed {medians['listed']:.1f} s,"
            f" browsable {medians['browsable']:.1f} s, complete {medians['complete']:.1f} s"
            " (medians)"
        )
    steps = statistics.median(r["browsable"] for r in results["in steps"])
    whole = statistics.median(r["browsable"] for r in results["one-step"])
    print(f"ratio browsable, one step / in steps: {whole / steps:.1f}x")
    verdict = "meets" if steps < TARGET_S else "MISSES"
    print(f"in steps {verdict} the {TARGET_S:.0f} s browsable target (median {steps:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
