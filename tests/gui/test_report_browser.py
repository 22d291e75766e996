"""The HTML report renders in a real browser, and the window exports one."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from ssaviewer.core.report import write_report
from ssaviewer.gui import main_window
from ssaviewer.gui.main_window import MainWindow
from tests.core.test_report import HOSTILE, hostile_events

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip(f"no headless Chromium on PATH (tried {', '.join(BROWSERS)}; .ci/run installs it)")


def _grey(path: Path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
    assert not image.isNull(), f"{path} is not a readable PNG"
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    return data.reshape(height, stride)[:, :width].astype(np.float64)


def test_the_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    browser = _browser()
    events, history = hostile_events()
    page = tmp_path / "report.html"
    write_report(page, events, history)
    shot = tmp_path / "shot.png"
    command = [
        browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--window-size=1000,900", f"--screenshot={shot}", page.as_uri(),
    ]  # fmt: skip
    try:
        subprocess.run(command, capture_output=True, timeout=120, check=False)
    except subprocess.TimeoutExpired:
        pytest.skip(f"{browser} did not finish a screenshot within 120 s")
    if not shot.exists():
        pytest.skip(f"{browser} wrote no screenshot (it may lack a usable sandbox or display)")
    grey = _grey(shot)
    assert grey.std() > 10.0  # text, labels and plots: not a blank page
    assert (grey < 100).mean() > 0.005  # some dark text
    assert (grey > 240).mean() > 0.3  # on a light background


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(
        main_window, "PLOT_PANELS", (("Missing plot", "ssaviewer.gui.no_such_panel:NoSuchPanel"),)
    )
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def test_the_window_exports_a_report_of_the_flagged_and_selected_events(
    window: MainWindow, tmp_path: Path
) -> None:
    events, _ = hostile_events()
    window.session.set_events(events)
    report = tmp_path / "report.html"
    window.commands.export_report(str(report))
    page = report.read_text(encoding="utf-8")
    assert page.count("<section class='event'") == 1  # the irregular one only
    assert HOSTILE not in page
    window.session.select_event("e2")
    window.commands.export_report(str(report))
    assert report.read_text(encoding="utf-8").count("<section class='event'") == 2


def test_the_file_menu_has_the_report_action(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [a.text() for a in file_menu.actions()]
    assert "Export report…" in texts


def test_the_window_report_has_the_open_workspace_verdicts(
    window: MainWindow, tmp_path: Path
) -> None:
    events, _ = hostile_events()
    events = events.drop(columns=["analyst_verdict", "analyst_note"])
    window.session.set_events(events)
    assert window.workspaces.new_workspace(str(tmp_path / "w.ssaw"))
    window.workspaces.set_verdict("e1", "confirmed", HOSTILE)
    report = tmp_path / "report.html"
    window.commands.export_report(str(report))
    page = report.read_text(encoding="utf-8")
    assert "<dt>analyst verdict</dt><dd>confirmed</dd>" in page
    assert "<dt>analyst note</dt><dd>&lt;img src=x onerror=f()&gt;</dd>" in page
    window.workspaces.close()
