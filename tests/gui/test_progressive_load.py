"""The window first, then the data in steps, then the events: each usable before the next.

The workers are held at chosen points with events the test releases (no timing): what is on
screen is checked while a load or a detection is provably still running.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

import ssaviewer.core.detect.pipeline as pipeline
from ssaviewer.core.formats.tle_write import format_tle
from ssaviewer.core.simulate.large import FIRST_NORAD_ID, large_history
from ssaviewer.gui import controller
from ssaviewer.gui.app import open_main_window
from ssaviewer.gui.history_panel import HistoryPanel
from ssaviewer.gui.lazy_panel import PendingPanel
from ssaviewer.gui.main_window import MainWindow

#: A hang guard for the held workers, not a timing.
GIVE_UP_S = 60.0
N_FILES, OBJECTS_PER_FILE = 4, 3
DEMO = Path(__file__).resolve().parents[2] / "sample_data"


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    """A folder of four TLE files of three objects each (ids ascending across the files)."""
    folder = tmp_path / "catalogue"
    folder.mkdir()
    for k in range(N_FILES):
        first = FIRST_NORAD_ID + k * OBJECTS_PER_FILE
        table = large_history(OBJECTS_PER_FILE, 5, seed=k, first_norad_id=first)
        (folder / f"part_{k}.tle").write_text(format_tle(table), encoding="ascii")
    return folder


def hold_after_first_step(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Make the window's loads wait after their first step until the returned event is set."""
    release = threading.Event()
    real = controller.load_in_steps  # type: ignore[attr-defined]

    def held(names: list[str], on_step: Callable[[Any], None], *args: Any) -> Any:
        def step(part: Any) -> None:
            on_step(part)
            release.wait(GIVE_UP_S)

        return real(names, step, *args)

    monkeypatch.setattr(controller, "load_in_steps", held)
    return release


def hold_before_start(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> threading.Event:
    """Make ``module.name`` wait until the returned event is set before it runs."""
    release = threading.Event()
    real = getattr(module, name)

    def held(*args: Any, **kwargs: Any) -> Any:
        release.wait(GIVE_UP_S)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, held)
    return release


def loading_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.controller.first_step_bytes = 1  # one file per step at first
    window.controller.detect_after_load = False
    window.show()
    return window


def test_an_object_picked_while_loading_is_plotted_and_stays_picked(
    qtbot: QtBot, catalogue: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = hold_after_first_step(monkeypatch)
    window = loading_window(qtbot)
    window.commands.open_paths([str(catalogue)])
    qtbot.waitUntil(lambda: window.catalogue.model.rowCount() > 0, timeout=20000)
    assert window.controller.is_busy  # the load is held: the rest is not read yet
    assert window.catalogue.model.rowCount() == OBJECTS_PER_FILE
    window.catalogue.table.selectRow(1)  # as a click on the second object
    picked = FIRST_NORAD_ID + 1
    assert window.session.selected_norad == picked
    history = window.plot_panels[0]
    assert isinstance(history, HistoryPanel)
    qtbot.waitUntil(lambda: history.norad_id == picked and history.empty.text() == "")
    assert str(picked) in history.title.text()

    release.set()
    qtbot.waitUntil(lambda: not window.controller.is_busy, timeout=20000)
    assert window.catalogue.model.rowCount() == N_FILES * OBJECTS_PER_FILE
    assert window.session.selected_norad == picked
    assert window.catalogue.table.currentIndex().row() == 1


def test_closing_the_window_mid_load_stops_the_load_without_error(
    qtbot: QtBot, catalogue: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = hold_after_first_step(monkeypatch)
    window = loading_window(qtbot)
    with qtbot.waitSignal(window.controller.idle, timeout=20000) as finished:
        window.commands.open_paths([str(catalogue)])
        qtbot.waitUntil(lambda: window.catalogue.model.rowCount() > 0, timeout=20000)
        window.close()  # asks the load to stop; it notices once released
        release.set()
    assert finished.args == ["loading cancelled"]
    assert QThreadPool.globalInstance().waitForDone(int(GIVE_UP_S * 1000))
    assert window.catalogue.model.rowCount() == OBJECTS_PER_FILE  # nothing more arrived


def test_the_window_is_up_before_the_data_and_the_data_before_the_events(
    qtbot: QtBot, scenario: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads = hold_before_start(monkeypatch, controller, "load_in_steps")
    detections = hold_before_start(monkeypatch, pipeline, "detect_in_chunks")
    window = open_main_window([scenario])  # what `ssaviewer FILE` does (two manoeuvres)
    qtbot.addWidget(window)
    # First the window, without data and without its plots (pyqtgraph is not needed yet).
    qtbot.waitExposed(window)
    assert window.controller.is_busy
    assert window.catalogue.model.rowCount() == 0
    assert isinstance(window.plot_panels[0], PendingPanel)
    # Then the data, and the plot in front once the data is painted; detection still held.
    loads.set()
    qtbot.waitUntil(lambda: window.catalogue.model.rowCount() == 2)
    qtbot.waitUntil(lambda: isinstance(window.plot_panels[0], HistoryPanel), timeout=20000)
    assert all(isinstance(p, PendingPanel) for p in window.plot_panels[1:])  # tabs behind
    assert window.controller.is_busy
    assert len(window.session.events) == 0
    # Finally the events.
    detections.set()
    qtbot.waitUntil(lambda: not window.controller.is_busy, timeout=60000)
    assert len(window.session.events) == 2
    assert window.events.model.rowCount() == 2
    assert window.session.selected_event  # the window opens on the first irregular event
    window.docks["Ground track"].raise_()  # a tab behind is built when first shown
    assert not isinstance(window.plot_panels[1], PendingPanel)


def demo_with_notices(scenario: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[Any]]:
    """The scenario's folder with the demo's launch notifications, and what each labelling
    pass (``pipeline.label_events``) is given as ``launch_notifications``, in order."""
    folder = scenario.parent
    shutil.copy(DEMO / "launch_notifications.csv", folder / "launch_notifications.csv")
    seen: list[Any] = []
    real = pipeline.label_events

    def observed(*args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs.get("launch_notifications"))
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "label_events", observed)
    return folder, seen


def test_the_demo_launch_notifications_reach_the_detection_after_the_load(
    qtbot: QtBot, scenario: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, seen = demo_with_notices(scenario, monkeypatch)
    window = open_main_window([folder])  # no PATH given: the demo folder, with its notices
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(seen) and not window.controller.is_busy, timeout=60000)
    notices = window.session.launch_notifications
    assert notices is not None
    assert len(notices)
    assert all(n is notices for n in seen)  # every labelling pass had them, none ran without


def test_the_demo_notices_reach_the_detection_when_the_load_ends_before_they_are_read(
    qtbot: QtBot, scenario: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fast load and a slow first turn of the event loop: the load ends before the timer
    # that reads the demo's notices fires. The detection must still wait for them (one
    # detection, with the notices), not run without them first.
    folder, seen = demo_with_notices(scenario, monkeypatch)
    held: list[Callable[[], None]] = []

    class HeldTimer:
        """The app's timer, holding its calls until the test runs them."""

        @staticmethod
        def singleShot(msec: int, call: Callable[[], None]) -> None:
            held.append(call)  # run once the data is in, not at the first turn of the loop

    monkeypatch.setattr("ssaviewer.gui.app.QTimer", HeldTimer)
    window = open_main_window([folder])
    qtbot.addWidget(window)
    assert held  # the demo's notices are read on the timer
    # the load has ended: a detection has begun, or the window waits for the notices
    qtbot.waitUntil(
        lambda: (
            len(window.session.dataset.elements) > 0
            and (bool(seen) or not window.controller.is_busy)
        ),
        timeout=60000,
    )
    for call in held:
        call()
    qtbot.waitUntil(lambda: bool(seen) and not window.controller.is_busy, timeout=60000)
    notices = window.session.launch_notifications
    assert notices is not None
    assert len(notices)
    assert seen
    assert all(n is notices for n in seen)  # one detection, with the notices
