"""Start-up: from launch to an interactive window showing the demo scenario (target < 1 s).

Run as ``.venv/bin/python benchmarks/bench_startup.py [--runs N]``. Each run starts a fresh
Python process (offscreen Qt unless a display is set) and measures, from the moment the process
is spawned, until the process reports that:

- ``ssaviewer``: the main window is shown, ``sample_data/`` is loaded and painted (the user
  can click; this is the target), started as ``ssaviewer`` starts it
  (:func:`ssaviewer.gui.app.open_main_window`) — and, reported alongside, when the element
  history plot (built after the first paint) is drawn, when the first detection pass has put
  the events on screen and when the close-approach screening has finished too;
- ``bare Qt`` (the peer, the floor any PySide6 application pays): an empty ``QMainWindow`` is
  shown and painted;
- ``Qt + pandas``: the same after importing pandas (the floor for a pandas-based viewer).

It prints the median and best of N runs for each and the ratio ssaviewer / bare Qt, and the
median processor time the child had used by then (all its threads): on a machine shared with
other work the elapsed time varies from minute to minute, the processor time much less, so it
is the steadier figure to compare two versions by.
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
TARGET_S = 1.0

VIEWER = """
import sys, time
from PySide6.QtCore import QTimer
from ssaviewer.gui import settings
settings.use_ini_file(__import__("pathlib").Path(sys.argv[1]))
from ssaviewer.gui.app import demo_paths, make_app, open_main_window
from ssaviewer.gui.lazy_panel import PendingPanel
app = make_app()
window = open_main_window(demo_paths())  # what `ssaviewer` does; then its event loop runs
marks = {}

def mark(name):
    window.repaint()  # what is in the window now is on screen
    marks[name] = time.perf_counter()

def check():  # a look every 5 ms from the running event loop (a busy loop would take the GIL)
    if "ready" not in marks and window.catalogue.model.rowCount():
        mark("ready")
        print("ready", window.catalogue.model.rowCount(), time.process_time(), flush=True)
    if "ready" in marks and "plotted" not in marks:
        if not isinstance(window.plot_panels[0], PendingPanel):
            mark("plotted")
    if "ready" in marks and "events" not in marks and len(window.session.events):
        mark("events")
    if len(marks) == 3 and not window.controller.is_busy:
        after = [marks[k] - marks["ready"] for k in ("plotted", "events")]
        print("after", *after, time.perf_counter() - marks["ready"], flush=True)
        app.quit()

timer = QTimer()
timer.timeout.connect(check)
timer.start(5)
app.exec()
"""

QT_AND_PANDAS = """
import pandas
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1500, 950)
window.show()
window.repaint()
app.processEvents()
print("ready", 0, __import__("time").process_time(), flush=True)
"""

BARE_QT = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1500, 950)
window.show()
window.repaint()
app.processEvents()
print("ready", 0, __import__("time").process_time(), flush=True)
"""


def time_launch(code: str, settings_path: Path, bytecode: bool = True) -> tuple[float, str, float]:
    """Seconds from spawning ``python -c code`` until it prints its "ready" line.

    Returns the seconds, the objects listed and the processor seconds the child reported.
    With ``bytecode``, the child may read and write ``__pycache__`` whatever the caller's
    ``PYTHONDONTWRITEBYTECODE`` says.
    """
    env = {**os.environ}
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(settings_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=REPO,
        env=env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    after = process.stdout.readline().split()  # ssaviewer only: events, screening done
    process.wait(timeout=120)
    if not line.startswith("ready"):
        raise RuntimeError(f"the child did not start (exit {process.returncode})")
    AFTER.append(tuple(float(x) for x in after[1:]))
    _, rows, cpu_s = line.split()
    return elapsed, rows, float(cpu_s)


#: Seconds after the data was on screen until events showed and until screening finished.
AFTER: list[tuple[float, ...]] = []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="launches per contender (default 5)")
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE as set (default: children use bytecode, as users do)",
    )
    args = parser.parse_args()
    bytecode = not args.no_bytecode
    settings_path = Path(os.environ.get("TMPDIR", "/tmp")) / "ssaviewer-bench-settings.ini"
    print(
        f"bench_startup {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {args.runs} runs each"
        f" after one untimed launch, bytecode {'used' if bytecode else 'as the environment says'}"
    )
    results: dict[str, list[float]] = {}
    contenders = (("bare Qt", BARE_QT), ("Qt + pandas", QT_AND_PANDAS), ("ssaviewer", VIEWER))
    for name, code in contenders:
        times, cpu = [], []
        time_launch(code, settings_path, bytecode)  # untimed: writes bytecode, warms caches
        AFTER.clear()  # not the untimed launch's
        for _ in range(args.runs):
            elapsed, rows, cpu_s = time_launch(code, settings_path, bytecode)
            times.append(elapsed)
            cpu.append(cpu_s)
        results[name] = times
        extra = f", {rows} objects in the catalogue" if name == "ssaviewer" else ""
        print(
            f"{name:>12}: median {statistics.median(times):.2f} s, best {min(times):.2f} s"
            f" (processor {statistics.median(cpu):.2f} s){extra}"
        )
    later = [a for a in AFTER if a]
    if later:
        plotted_s, events_s, screened_s = (statistics.median(a[k] for a in later) for k in range(3))
        print(
            f"   ssaviewer, after the data is shown: element-history plot drawn +{plotted_s:.2f} s,"
            f" events on screen +{events_s:.2f} s,"
            f" close-approach screening done +{screened_s:.2f} s (medians)"
        )
    viewer = statistics.median(results["ssaviewer"])
    for peer in ("bare Qt", "Qt + pandas"):
        print(f"ratio ssaviewer / {peer}: {viewer / statistics.median(results[peer]):.1f}x")
    verdict = "meets" if viewer < TARGET_S else "MISSES"
    print(f"ssaviewer {verdict} the {TARGET_S:.0f} s target (median {viewer:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
