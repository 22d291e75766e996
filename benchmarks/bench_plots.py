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


def pan_fps(widget: pg.GraphicsView, plot: pg.PlotItem, x0: float, x1: float) -> float:
    width = (x1 - x0) / 20.0
    times = []
    for k in range(PAN_FRAMES):
        left = x0 + (x1 - x0 - width) * k / (PAN_FRAMES - 1)
        start = time.perf_counter()
        plot.setXRange(left, left + width, padding=0)
        widget.viewport().repaint()
        times.append(time.perf_counter() - start)
    return 1.0 / float(np.median(times))


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
    fps = pan_fps(panel.graphics, row.plot, row.x_s[0], row.x_s[-1])
    print(
        f"pan, history panel (6 linked rows, 1,000,000 points each): {fps:.1f} fps (target >= 30)"
    )
    naive = pg.PlotWidget()
    naive.resize(1200, 300)
    naive.show()
    naive.plot(row.x_s, row.y, pen="k", symbol="o", symbolSize=4)
    app.processEvents()
    naive_fps = pan_fps(naive, naive.getPlotItem(), row.x_s[0], row.x_s[-1])
    print(
        f"pan, plain pyqtgraph plot (1 row, no downsampling/clipping): {naive_fps:.2f} fps; "
        f"ratio {fps / naive_fps:.0f}x"
    )


def main() -> None:
    app = QApplication.instance() or QApplication([])
    print(time.strftime("measured %Y-%m-%d %H:%M UTC", time.gmtime()))
    if CATALOGUE.exists():
        bench_map(app)
    else:
        print(f"map: skipped, {CATALOGUE} is absent")
    bench_pan(app)


if __name__ == "__main__":
    main()
