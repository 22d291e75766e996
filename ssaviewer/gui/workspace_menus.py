"""Workspace additions to the window: the verdict dock, File → workspace items, Edit menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from ssaviewer.gui.controller import DataController
from ssaviewer.gui.session import Session
from ssaviewer.gui.verdict_panel import VerdictPanel
from ssaviewer.gui.workspace_controller import WorkspaceController


def add_verdict_dock(
    window: QMainWindow, session: Session, data: DataController, beside: QDockWidget | None
) -> tuple[WorkspaceController, QDockWidget]:
    """Create the workspace controller and the verdict dock (to the right of ``beside``)."""
    workspaces = WorkspaceController(window, session, data)
    dock = QDockWidget("Verdict", window)
    dock.setObjectName("verdict")
    dock.setWidget(VerdictPanel(session, workspaces))
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    if beside is not None:
        window.splitDockWidget(beside, dock, Qt.Orientation.Horizontal)
    return workspaces, dock


def add_workspace_menus(window: QMainWindow, workspaces: WorkspaceController) -> None:
    """Add New / Open / Save workspace to the File menu and an Edit menu with Undo / Redo."""
    bar = window.menuBar()
    menus = bar.findChildren(QMenu)
    file_menu = next((m for m in menus if m.title().replace("&", "") == "File"), None)
    if file_menu is not None and file_menu.actions():
        first = file_menu.actions()[0]
        items = [
            ("New workspace…", lambda: workspaces.new_workspace()),
            ("Open workspace…", lambda: workspaces.open_workspace()),
            ("Save workspace as…", lambda: workspaces.save_as()),
        ]
        for text, slot in items:
            action = file_menu.addAction(text)
            action.triggered.connect(lambda _=False, s=slot: s())
            file_menu.insertAction(first, action)
        file_menu.insertSeparator(first)
    edit = QMenu("&Edit", bar)
    undo = workspaces.undo_stack.createUndoAction(edit, "Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = workspaces.undo_stack.createRedoAction(edit, "Redo")
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    edit.addActions([undo, redo])
    if len(bar.actions()) > 1:
        bar.insertMenu(bar.actions()[1], edit)
    else:
        bar.addMenu(edit)
