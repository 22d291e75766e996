"""The window keeps processing events while a large load runs in a worker (issue 5).

No clock: the load is checked to run on another thread than the GUI's, and to be unable to
finish unless the GUI thread's event loop keeps running during it (the load waits, inside the
worker, until a GUI timer has fired several times). A load on the GUI thread could never see
those ticks. How long the loop may stall is measured by ``benchmarks/bench_responsiveness.py``.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from ssaviewer.gui import app, controller
from ssaviewer.gui.main_window import MainWindow
from tests.gui.synthetic import write_large_catalogue

#: GUI timer ticks the load waits for before it starts reading (proof the loop runs).
TICKS_DURING_LOAD = 5
#: How long the worker waits for those ticks before giving up (a hang guard, not a timing).
GIVE_UP_S = 120.0


def test_the_load_runs_off_the_gui_thread_while_the_window_processes_events(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_large_catalogue(tmp_path, n_objects=400, n_sets=40)  # 16,000 element sets
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    gui_thread = threading.get_ident()
    loading = threading.Event()
    ticked = threading.Event()
    seen: dict[str, Any] = {"ticks": 0, "paints_during_load": 0}
    real_load = controller.load_in_steps  # type: ignore[attr-defined]

    def observed_load(*args: Any, **kwargs: Any) -> Any:
        seen["thread"] = threading.get_ident()
        loading.set()
        seen["gui_ran"] = ticked.wait(GIVE_UP_S)
        try:
            return real_load(*args, **kwargs)
        finally:
            loading.clear()

    def tick() -> None:
        if loading.is_set():
            seen["ticks"] += 1
            window.update()  # a repaint request handled by this same event loop
            if seen["ticks"] >= TICKS_DURING_LOAD:
                ticked.set()

    monkeypatch.setattr(controller, "load_in_steps", observed_load)
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    app.settle_heap()  # as the viewer does once its window is up
    window.commands.open_paths([str(path)])
    qtbot.waitUntil(lambda: not window.controller.is_busy, timeout=int(2 * GIVE_UP_S * 1000))
    timer.stop()

    assert seen["thread"] != gui_thread, "the load ran on the GUI thread"
    assert seen["gui_ran"], "the GUI event loop did not run while the load was in progress"
    assert seen["ticks"] >= TICKS_DURING_LOAD
    assert window.catalogue.model.rowCount() == 400
