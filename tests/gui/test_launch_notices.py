"""Launch notifications in the window: File → Load launch notifications…, as detect reads them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from ssaviewer.gui.app import demo_paths
from ssaviewer.gui.launch_notices import demo_notices
from ssaviewer.gui.main_window import MainWindow

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def _launches(window: MainWindow) -> dict[str, str]:
    events = window.session.events
    launches = events[events["event_type"] == "launch"]
    return dict(zip(launches["object_name"].astype(str), launches["reasons"], strict=True))


def test_loading_the_demo_notifications_labels_each_launch(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(SAMPLE / "leo.tle", data / "leo.tle")  # the demo's three launches are LEO
    window.commands.open_paths([str(data)])
    qtbot.waitUntil(lambda: not window.controller.is_busy, timeout=180_000)
    before = _launches(window)
    assert set(before.values()) == {"new-launch"}
    assert len(before) == 3
    assert window.launch_notices.open_path(SAMPLE / "launch_notifications.csv")
    qtbot.waitUntil(lambda: not window.controller.is_busy, timeout=180_000)
    qtbot.waitUntil(lambda: set(_launches(window).values()) != {"new-launch"}, timeout=60_000)
    assert _launches(window) == {
        "NEWSAT-1": "notified",
        "WATCHER-4": "unannounced",
        "CORAL-1": "notified",
    }


def test_a_bad_file_is_refused_with_its_line_and_keeps_what_was_loaded(
    window: MainWindow, tmp_path: Path
) -> None:
    assert window.launch_notices.open_path(SAMPLE / "launch_notifications.csv")
    kept = window.session.launch_notifications
    bad = tmp_path / "bad.csv"
    bad.write_text("cospar_launch,notified_utc\n2025-041,someday\n", encoding="utf-8")
    assert not window.launch_notices.open_path(bad)
    dialog = window.launch_notices.dialog
    assert dialog is not None
    assert "line 2: notified_utc 'someday'" in dialog.detailedText()
    assert window.session.launch_notifications is kept
    assert not window.launch_notices.open_path(tmp_path / "missing.csv")


def test_the_file_menu_offers_it_and_the_demo_brings_its_own(window: MainWindow) -> None:
    menus = window.menuBar().findChildren(QMenu)
    file_menu = next(m for m in menus if m.title().replace("&", "") == "File")
    assert "Load launch notifications…" in [a.text() for a in file_menu.actions()]
    folder = demo_paths()[0]
    assert demo_notices(folder) == folder / "launch_notifications.csv"
