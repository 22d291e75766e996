"""How long the viewer's event loop stalls while a large load runs in its worker (issue 5).

Run as ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_responsiveness.py``. It
opens the main window, keeps it repainting at 30 frames per second, loads a synthetic
catalogue (400 objects x 40 sets) through the viewer's own command, and prints the longest
gap between two runs of a 10 ms timer against the issue's 200 ms target, and the load time
(a load on the GUI thread would stall for all of it). Moved here from
``tests/gui/test_responsiveness.py``: no test asserts on elapsed time.
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ssaviewer.gui import app
from ssaviewer.gui.main_window import MainWindow
from tests.gui.synthetic import write_large_catalogue

#: The issue's target: the longest the event loop may go without running a 10 ms timer.
STALL_TARGET_S = 0.200


def main() -> int:
    qt = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        path = write_large_catalogue(Path(folder), n_objects=400, n_sets=40)
        window = MainWindow()
        window.show()
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start()
        repaint = QTimer()
        repaint.setInterval(33)
        repaint.timeout.connect(window.update)
        repaint.start()
        app.settle_heap()
        started = time.perf_counter()
        window.commands.open_paths([str(path)])
        while window.controller.is_busy:
            qt.processEvents()
            time.sleep(0.001)
        load_s = time.perf_counter() - started
        timer.stop()
        repaint.stop()
    worst = max((b - a for a, b in itertools.pairwise(ticks)), default=float("nan"))
    load1, _, _ = os.getloadavg()
    print(f"bench_responsiveness, {os.cpu_count()} CPUs, load average {load1:.1f}")
    print(f"  load of 16,000 element sets in the worker: {load_s:.2f} s")
    print(f"  longest event-loop gap during it: {worst * 1000:.0f} ms")
    print(f"  ratio to the {STALL_TARGET_S * 1000:.0f} ms target: {worst / STALL_TARGET_S:.2f}")
    print(f"  ratio load time / longest gap: {load_s / worst:.1f}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
