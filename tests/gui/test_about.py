"""Help → About names the package version."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

import ssaviewer
from ssaviewer.gui.main_window import MainWindow


def test_about_box_shows_the_package_version(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def about(_parent: Any, title: str, text: str) -> None:
        shown.append(title + "\n" + text)

    monkeypatch.setattr("ssaviewer.gui.commands.QMessageBox.about", about)
    window = MainWindow()
    qtbot.addWidget(window)
    help_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&Help"
    )
    assert isinstance(help_menu, QMenu)
    about_action = next(a for a in help_menu.actions() if a.text().startswith("About"))
    about_action.trigger()
    assert len(shown) == 1
    assert f"ssaviewer {ssaviewer.__version__}" in shown[0]
