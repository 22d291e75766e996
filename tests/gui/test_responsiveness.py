"""The window keeps repainting while a large load runs in a worker (issue 5: no stall > 200 ms)."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from ssaviewer.gui.main_window import MainWindow
from tests.gui.synthetic import write_large_catalogue

#: The longest the event loop may go without running a 10 ms timer during the load.
STALL_LIMIT_S = 0.200


def test_event_loop_never_stalls_during_a_large_load(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_large_catalogue(tmp_path, n_objects=400, n_sets=40)  # 16,000 element sets
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    ticks: list[float] = []

    def tick() -> None:
        ticks.append(time.perf_counter())
        window.update()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    qtbot.wait(50)
    window.commands.open_paths([str(path)])
    qtbot.waitUntil(lambda: not window.controller.is_busy, timeout=120_000)
    qtbot.wait(50)
    timer.stop()

    assert window.catalogue.model.rowCount() == 400
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(gaps) > 50  # the load lasted long enough for the check to mean something
    assert max(gaps) < STALL_LIMIT_S, f"event loop stalled for {max(gaps) * 1000:.0f} ms"
