"""Catalogue table with 50,000 objects: ssaviewer's DataFrame model against QStandardItemModel.

Run as ``.venv/bin/python benchmarks/bench_catalogue.py [--rows N]`` (offscreen unless a display
is set). For the same synthetic objects it times, for each model:

- filling it (``DataFrameModel.set_frame`` vs. one ``QStandardItem`` per cell, the peer: what a
  ``QTableWidget`` filled cell by cell costs);
- scrolling: 50 jumps through the table, each followed by a synchronous repaint of the view
  (the median is the frame time; 16.7 ms is 60 frames per second);
- for ssaviewer, a catalogue search over all rows (vectorised ``str.contains``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time

import numpy as np
import pandas as pd

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from ssaviewer.gui.catalogue_panel import CATALOGUE_COLUMNS
from ssaviewer.gui.table_model import DataFrameModel, text_mask


def synthetic_objects(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(5)
    norad = np.arange(1, n + 1, dtype=np.int64)
    return pd.DataFrame(
        {
            "object_name": pd.array([f"SAT {k}" for k in norad], dtype="string"),
            "norad_id": norad,
            "object_id": pd.array([f"2000-{k % 999:03d}A" for k in norad], dtype="string"),
            "object_type": pd.Categorical(rng.choice(["PAY", "R/B", "DEB"], n)),
            "owner": pd.array(rng.choice(["US", "PRC", "CIS", "ESA"], n), dtype="string"),
            "regime": pd.Categorical(rng.choice(["LEO", "MEO", "GEO"], n)),
            "n_element_sets": rng.integers(1, 500, n),
            "n_irregular": rng.integers(0, 3, n),
        }
    )


def fill_standard_model(frame: pd.DataFrame) -> QStandardItemModel:
    model = QStandardItemModel(len(frame), len(CATALOGUE_COLUMNS))
    for column, (name, _) in enumerate(CATALOGUE_COLUMNS):
        for row, value in enumerate(frame[name].to_numpy()):
            model.setItem(row, column, QStandardItem(str(value)))
    return model


def frame_times_ms(view: QTableView, rows: int) -> list[float]:
    times = []
    bar = view.verticalScrollBar()
    for k in range(50):
        start = time.perf_counter()
        bar.setValue((k * 997) % max(rows - 40, 1))
        view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    return times


def timed_view(model: object) -> tuple[QTableView, list[float]]:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.resize(700, 800)
    view.show()
    QApplication.processEvents()
    return view, frame_times_ms(view, view.model().rowCount())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000, help="objects (default 50,000)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    frame = synthetic_objects(args.rows)
    print(f"bench_catalogue {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {args.rows:,} objects")

    start = time.perf_counter()
    ours = DataFrameModel(CATALOGUE_COLUMNS)
    ours.set_frame(frame)
    fill_ours = time.perf_counter() - start
    start = time.perf_counter()
    peer = fill_standard_model(frame)
    fill_peer = time.perf_counter() - start
    _view_ours, ours_ms = timed_view(ours)
    _view_peer, peer_ms = timed_view(peer)
    start = time.perf_counter()
    rows = np.flatnonzero(text_mask([frame["object_name"]], "SAT 123"))
    ours.set_rows(rows)
    search_ms = (time.perf_counter() - start) * 1000

    print(
        f"fill:  DataFrameModel {fill_ours * 1000:8.1f} ms | QStandardItemModel "
        f"{fill_peer * 1000:8.1f} ms | ratio {fill_peer / fill_ours:,.0f}x faster"
    )
    print(
        f"frame: DataFrameModel {statistics.median(ours_ms):8.1f} ms | QStandardItemModel "
        f"{statistics.median(peer_ms):8.1f} ms (median of 50 scroll + repaint)"
    )
    print(f"search 'SAT 123' over all rows: {search_ms:.1f} ms, {len(rows)} matches")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
