"""With a workspace open, the events table shows verdicts and the Verdict dock the orphans."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from ssaviewer.gui.controller import DataController
from ssaviewer.gui.events_panel import TAGS_COLUMN_INDEX, VERDICT_COLUMN_INDEX, EventsPanel
from ssaviewer.gui.session import Session
from ssaviewer.gui.verdict_panel import VerdictPanel
from ssaviewer.gui.workspace_controller import WorkspaceController


def build(qtbot: QtBot, session: Session) -> tuple[WorkspaceController, VerdictPanel, EventsPanel]:
    window = QMainWindow()
    qtbot.addWidget(window)
    workspaces = WorkspaceController(window, session, DataController(session, window))
    verdicts = VerdictPanel(session, workspaces)
    events = EventsPanel(session)
    qtbot.addWidget(events)
    window.setCentralWidget(verdicts)
    return workspaces, verdicts, events


def _shown_verdict(events: EventsPanel, event_id: str, column: int = VERDICT_COLUMN_INDEX) -> str:
    row = events.model.find_row("event_id", event_id)
    index = events.model.index(row, column)
    return str(events.model.data(index))


def test_tags_column_shows_the_tags_only_with_a_workspace(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    workspaces, verdicts, events = build(qtbot, session)
    assert events.table.isColumnHidden(TAGS_COLUMN_INDEX)
    assert workspaces.new_workspace(str(tmp_path / "w.ssaw"))
    assert not events.table.isColumnHidden(TAGS_COLUMN_INDEX)
    session.select_event("E3")
    verdicts.tags.setText("too short, ask")
    verdicts.tags.editingFinished.emit()  # as leaving the field does
    assert _shown_verdict(events, "E3", TAGS_COLUMN_INDEX) == "ask, too short"
    assert _shown_verdict(events, "E1", TAGS_COLUMN_INDEX) == ""
    workspaces.undo_stack.undo()
    assert _shown_verdict(events, "E3", TAGS_COLUMN_INDEX) == ""
    assert verdicts.tags.text() == ""
    workspaces.close()
    assert events.table.isColumnHidden(TAGS_COLUMN_INDEX)


def test_verdict_column_shows_only_with_a_workspace(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    workspaces, _verdicts, events = build(qtbot, session)
    assert events.table.isColumnHidden(VERDICT_COLUMN_INDEX)
    assert workspaces.new_workspace(str(tmp_path / "w.ssaw"))
    assert not events.table.isColumnHidden(VERDICT_COLUMN_INDEX)
    workspaces.set_verdict("E2", "rejected", "a cross-tag")
    assert _shown_verdict(events, "E2") == "rejected"
    assert _shown_verdict(events, "E1") == ""
    workspaces.undo_stack.undo()
    assert _shown_verdict(events, "E2") == ""
    workspaces.close()
    assert events.table.isColumnHidden(VERDICT_COLUMN_INDEX)


def test_orphaned_verdicts_are_listed(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    workspaces, verdicts, _events = build(qtbot, session)
    assert workspaces.new_workspace(str(tmp_path / "w.ssaw"))
    workspaces.set_verdict("E2", "confirmed", "")
    assert verdicts.orphans.text() == ""
    # Re-detection no longer finds E2: its verdict stays, shown as orphaned.
    session.set_events(session.events[session.events["event_id"] != "E2"])
    assert "E2: confirmed" in verdicts.orphans.text()
    assert "1 events no longer detected" in verdicts.orphans.text()
    workspaces.close()
