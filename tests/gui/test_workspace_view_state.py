"""Tags, bookmarks and the view state are in the workspace file as the analyst works.

The window is closed without any save; a new window opening the same workspace finds the
tags, the bookmarks and the view (object, event, time, plot tab, filter) where they were.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QInputDialog, QMenu
from pytestqt.qtbot import QtBot

import ssaviewer
from ssaviewer.core.workspace import open_workspace
from ssaviewer.gui import settings
from ssaviewer.gui.bookmarks_panel import BookmarksPanel
from ssaviewer.gui.main_window import MainWindow
from ssaviewer.gui.verdict_panel import VerdictPanel
from tests.gui.synthetic import events_frame

E1_EPOCH = pd.Timestamp("2024-03-05 12:00", tz="UTC")
E3_EPOCH = E1_EPOCH + pd.Timedelta(days=1)


def new_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def stored_tags(path: Path, event_id: str) -> list[str]:
    with open_workspace(path, read_only=True) as workspace:
        return workspace.tags(event_id)


def stored_view(path: Path) -> dict[str, object]:
    with open_workspace(path, read_only=True) as workspace:
        return workspace.view_state()


def type_tags(panel: VerdictPanel, qtbot: QtBot, text: str) -> None:
    panel.tags.setText(text)
    qtbot.keyClick(panel.tags, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]


def navigate_action(window: MainWindow, text: str) -> object:
    menus = window.menuBar().findChildren(QMenu)
    navigate = next(m for m in menus if m.title() == "&Navigate")
    return next(a for a in navigate.actions() if a.text() == text)


def test_tags_bookmarks_and_view_come_back_in_a_new_window(
    qtbot: QtBot, scenario: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "day.ssaw"
    window = new_window(qtbot)
    session = window.session
    session.set_dataset(ssaviewer.load(scenario))
    session.set_events(events_frame())
    assert window.workspaces.new_workspace(str(path))
    verdict = window.findChild(VerdictPanel)
    marks = window.findChild(BookmarksPanel)
    assert verdict is not None
    assert marks is not None

    # Tags: typed, committed on Enter, in the file at once; undo puts the old tags back.
    session.select_event("E2")
    type_tags(verdict, qtbot, "asked operator, review,,")
    assert stored_tags(path, "E2") == ["asked operator", "review"]
    type_tags(verdict, qtbot, "review")
    assert stored_tags(path, "E2") == ["review"]
    window.workspaces.undo_stack.undo()
    assert stored_tags(path, "E2") == ["asked operator", "review"]
    assert verdict.tags.text() == "asked operator, review"

    # Bookmarks: one with a label given, one from Navigate → Bookmark this moment (Ctrl+B).
    session.select_event("E1")
    session.set_time(E1_EPOCH + pd.Timedelta(hours=6))
    assert marks.add_current("first burn") is not None
    session.select_object(90002)
    assert session.selected_event == ""
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append(str(kwargs["text"]))
        return str(kwargs["text"]), True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    action = navigate_action(window, "Bookmark this moment…")
    assert action.shortcut().toString() == "Ctrl+B"  # type: ignore[attr-defined]
    action.trigger()  # type: ignore[attr-defined]
    assert asked
    assert asked[0].startswith("TEST GEO ")
    assert [marks.list.item(k).text() for k in range(2)] == [
        "first burn · 2024-03-05 18:00",
        asked[0],
    ]

    # The view: filter, event, time, plot tab — written by the timer, no save asked for.
    window.events.object_text.setText("GEO")
    session.select_event("E3")
    session.set_time(E3_EPOCH + pd.Timedelta(hours=2))
    window.docks["Ground track"].raise_()
    qtbot.waitUntil(lambda: stored_view(path).get("plot") == "Ground track", timeout=5000)
    qtbot.waitUntil(lambda: stored_view(path).get("event_id") == "E3", timeout=5000)
    session.set_time(E3_EPOCH + pd.Timedelta(hours=3))  # pending when the window closes
    window.close()
    assert stored_view(path)["time_utc"] == "2024-03-06T15:00:00.000Z"

    # A new window with no remembered layout (the plot tab must come from the workspace).
    settings.put("window_state", QByteArray())
    again = new_window(qtbot)
    assert again.view_state.front_plot == "Element history"
    assert again.docks["Ground track"].visibleRegion().isEmpty()
    assert again.workspaces.open_workspace(str(path))
    qtbot.waitUntil(lambda: again.session.selected_event == "E3", timeout=30000)
    session = again.session
    assert session.selected_norad == 90002
    assert session.current_time_utc == E3_EPOCH + pd.Timedelta(hours=3)
    assert again.events.object_text.text() == "GEO"
    qtbot.waitUntil(lambda: not again.docks["Ground track"].visibleRegion().isEmpty())
    assert again.docks["Element history"].visibleRegion().isEmpty()
    verdict = again.findChild(VerdictPanel)
    marks = again.findChild(BookmarksPanel)
    assert verdict is not None
    assert marks is not None
    session.select_event("E2")
    assert verdict.tags.text() == "asked operator, review"
    assert marks.list.count() == 2

    # Double-clicking the first bookmark goes back to E1, six hours after its epoch.
    item = marks.list.item(0)
    rect = marks.list.visualItemRect(item)
    # A double-click starts with a click (QTest's double-click alone sends no press).
    qtbot.mouseClick(marks.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[no-untyped-call]
    assert session.selected_event == "E2"  # a single click does not jump
    qtbot.mouseDClick(marks.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[no-untyped-call]
    assert session.selected_event == "E1"
    assert session.selected_norad == 90001
    assert session.current_time_utc == E1_EPOCH + pd.Timedelta(hours=6)

    # The second bookmark (no event) selects its object; deleting it removes it from the file.
    marks.list.setCurrentRow(1)
    assert marks.jump(int(marks.list.item(1).data(Qt.ItemDataRole.UserRole + 1)))
    assert (session.selected_norad, session.selected_event) == (90002, "")
    marks.delete.click()
    assert marks.list.count() == 1
    again.close()
    with open_workspace(path, read_only=True) as workspace:
        assert [b.label for b in workspace.bookmarks()] == ["first burn"]
        assert workspace.bookmarks()[0].event_id == "E1"


def test_dragging_time_writes_the_view_state_once(
    qtbot: QtBot, scenario: Path, tmp_path: Path
) -> None:
    window = new_window(qtbot)
    session = window.session
    session.set_dataset(ssaviewer.load(scenario))
    assert window.workspaces.new_workspace(str(tmp_path / "w.ssaw"))
    keeper = window.view_state
    qtbot.waitUntil(lambda: keeper.writes >= 1, timeout=5000)  # the new workspace's state
    keeper.writes = 0
    slider = window.time_bar.slider
    for value in range(0, slider.maximum(), max(1, slider.maximum() // 200)):
        slider.setValue(value)  # as a drag does: one time change per step
    qtbot.waitUntil(lambda: keeper.writes >= 1, timeout=5000)
    qtbot.wait(2 * 500)
    assert keeper.writes == 1
    assert window.workspaces.workspace is not None
    saved = window.workspaces.workspace.view_state()["time_utc"]
    assert pd.Timestamp(saved) == session.current_time_utc
    window.close()


def test_without_a_workspace_bookmarking_says_how(qtbot: QtBot) -> None:
    window = new_window(qtbot)
    marks = window.findChild(BookmarksPanel)
    assert marks is not None
    assert not marks.isEnabled()
    assert marks.add_current("x") is None
    assert "New workspace" in window.statusBar().currentMessage()
    window.close()
