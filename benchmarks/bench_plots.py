"""Plot benchmarks (issue 5 targets).

1. Open ../shared/data/catalog/active.txt and show every object on the ground-track map:
   seconds from ``load()`` start to the scatter painted (target < 3 s).
2. Pan a 1,000,000-point element history: frames per second from the repaint time of a
   scripted pan (target >= 30 fps).

Peer: pyqtgraph without downsampling/clipping for the same million points (what a naive
plot costs), so the ratio shows what the panel's settings buy.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

import ssaviewer
from ssaviewer.gui.history_panel import HistoryPanel
from ssaviewer.gui.map_panel import GroundTrackPanel
from ssaviewer.gui.session import Session
from tests.gui import plot_data

CATALOGUE = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "catalog" / "active.txt"
)
PAN_FRAMES = 60


def bench_map(app: QApplication) -> None:
    session = Session()
    panel = GroundTrackPanel(session)
    panel.resize(1200, 650)
    panel.show()
    app.processEvents()
    start = time.perf_counter()
    dataset = ssaviewer.load(CATALOGUE)
    loaded = time.perf_counter()
    session.set_dataset(dataset)
    panel.redraw_later.flush()
    panel.plot_widget.viewport().repaint()
    painted = time.perf_counter()
    shown = len(panel.objects.data)
    print(
        f"map: {len(dataset.objects):,} objects, {shown:,} shown; load {loaded - start:.2f} s, "
        f"positions + paint {painted - loaded:.2f} s, total {painted - start:.2f} s (target < 3 s)"
    )


def pan_fps(
    widget: pg.GraphicsView, plot: pg.PlotItem, x0: float, x1: float
) -> tuple[float, float]:
    """Pan a window of 1/20 of the span across it; return (wall-clock fps, CPU-time fps).

    Each frame is a range change plus a synchronous repaint. The CPU-time figure counts this
    process's CPU only, so it is less disturbed by other work on a shared machine.
    """
    width = (x1 - x0) / 20.0
    wall, cpu = [], []
    for k in range(PAN_FRAMES):
        left = x0 + (x1 - x0 - width) * k / (PAN_FRAMES - 1)
        start, start_cpu = time.perf_counter(), time.process_time()
        plot.setXRange(left, left + width, padding=0)
        widget.viewport().repaint()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return 1.0 / float(np.median(wall)), 1.0 / max(float(np.median(cpu)), 1e-6)


def bench_pan(app: QApplication) -> None:
    history = plot_data.history(90001, 1_000_000, step_days=0.001)
    session = Session()
    session.set_dataset(plot_data.dataset(history))
    panel = HistoryPanel(session)
    panel.resize(1200, 900)
    panel.show()
    session.select_object(90001)
    panel.redraw_later.flush()
    app.processEvents()
    row = panel.rows["a"]
    fps, cpu_fps = pan_fps(panel.graphics, row.plot, row.x_s[0], row.x_s[-1])
    print(
        "pan, history panel (6 linked rows, 1,000,000 points each): "
        f"{fps:.1f} fps wall clock, {cpu_fps:.1f} fps by CPU time (target >= 30)"
    )
    naive = pg.PlotWidget()
    naive.resize(1200, 300)
    naive.show()
    naive.plot(row.x_s, row.y, pen="k", symbol="o", symbolSize=4)
    app.processEvents()
    naive_fps, _ = pan_fps(naive, naive.getPlotItem(), row.x_s[0], row.x_s[-1])
    print(
        f"pan, plain pyqtgraph plot (1 row, 1,000,000 dots, no downsampling/clipping): "
        f"{naive_fps:.2f} fps wall clock; ratio {fps / naive_fps:.0f}x"
    )


def main() -> None:
    app = QApplication([])
    print(time.strftime("measured %Y-%m-%d %H:%M UTC", time.gmtime()))
    if CATALOGUE.exists():
        bench_map(app)
    else:
        print(f"map: skipped, {CATALOGUE} is absent")
    bench_pan(app)


if __name__ == "__main__":
    main()
