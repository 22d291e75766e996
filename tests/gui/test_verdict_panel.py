"""The verdict dock: each click is written to the workspace file; undo writes the old verdict."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from ssaviewer.core.workspace import Analysis, open_workspace
from ssaviewer.gui.controller import DataController
from ssaviewer.gui.main_window import MainWindow
from ssaviewer.gui.session import Session
from ssaviewer.gui.verdict_panel import VerdictPanel
from ssaviewer.gui.workspace_controller import WorkspaceController


def stored(path: Path, event_id: str) -> Analysis | None:
    """Read an event's analysis from the file with a separate, read-only connection."""
    with open_workspace(path, read_only=True) as workspace:
        return workspace.analysis(event_id)


def build(qtbot: QtBot, session: Session) -> tuple[WorkspaceController, VerdictPanel]:
    window = QMainWindow()
    qtbot.addWidget(window)
    workspaces = WorkspaceController(window, session, DataController(session, window))
    panel = VerdictPanel(session, workspaces)
    window.setCentralWidget(panel)
    return workspaces, panel


def test_verdict_click_is_in_the_file_and_undo_restores_it(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "w.ssaw"
    workspaces, panel = build(qtbot, session)
    assert not panel.buttons["Confirm"].isEnabled()  # no workspace yet
    assert workspaces.new_workspace(str(path))
    session.select_event("E2")
    panel.note.setText("announced <b>late</b>")
    panel.buttons["Confirm"].click()
    confirmed = stored(path, "E2")
    assert confirmed is not None
    assert (confirmed.verdict, confirmed.note) == ("confirmed", "announced <b>late</b>")
    panel.buttons["Regular"].click()
    assert stored(path, "E2").verdict == "regular"  # type: ignore[union-attr]
    workspaces.undo_stack.undo()
    assert stored(path, "E2") == confirmed  # exactly as before, time included
    workspaces.undo_stack.undo()
    assert stored(path, "E2") is None
    workspaces.undo_stack.redo()
    assert stored(path, "E2").verdict == "confirmed"  # type: ignore[union-attr]
    workspaces.close()

    # Reopened (a new window), the verdict is there and shown.
    again, panel = build(qtbot, session)
    assert again.open_workspace(str(path))
    qtbot.waitUntil(lambda: len(session.events) == 3, timeout=20000)  # the stored events
    assert len(session.dataset.elements) > 0  # and the data, from the recorded source
    session.select_event("E2")
    assert "verdict confirmed" in panel.status.text()
    assert panel.note.text() == "announced <b>late</b>"
    again.close()


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def test_menus_and_a_bad_or_locked_workspace_leave_the_window_working(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:2] == ["&File", "&Edit"]
    file_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&File")
    texts = [a.text() for a in file_menu.actions()]
    assert texts[:3] == ["New workspace…", "Open workspace…", "Save workspace as…"]
    assert "Verdict" in window.docks

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()), raising=True)
    text = tmp_path / "notes.ssaw"
    text.write_text("not a workspace\n")
    assert not window.workspaces.open_workspace(str(text))
    assert "not an ssaviewer workspace" in shown[-1]
    assert text.read_text() == "not a workspace\n"

    path = tmp_path / "w.ssaw"
    assert window.workspaces.new_workspace(str(path))
    second = MainWindow()
    qtbot.addWidget(second)
    assert not second.workspaces.open_workspace(str(path))
    assert "already open for writing" in shown[-1]
    copy = tmp_path / "copy.ssaw"
    assert window.workspaces.save_as(str(copy))
    assert second.workspaces.open_workspace(str(path))  # the first window moved to the copy
    second.workspaces.close()
    window.workspaces.close()


def test_files_loaded_after_new_workspace_become_its_sources(
    qtbot: QtBot, tmp_path: Path, scenario: Path
) -> None:
    from ssaviewer.core.workspace.sources import sources

    session = Session()
    workspaces, _panel = build(qtbot, session)
    path = tmp_path / "w.ssaw"
    assert workspaces.new_workspace(str(path))
    assert workspaces.data.load([str(scenario)])
    qtbot.waitUntil(lambda: len(session.events) > 0 and not workspaces.data.is_busy, timeout=30000)
    qtbot.waitUntil(lambda: not workspaces.data.is_busy, timeout=30000)
    workspaces.close()
    with open_workspace(path, read_only=True) as workspace:
        assert [Path(s.path).name for s in sources(workspace)] == [scenario.name]
        assert set(workspace.event_ids()) == set(session.events["event_id"])
