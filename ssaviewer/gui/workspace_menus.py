"""Workspace additions to the window: verdict dock, File and Edit items, bookmarks, view state.

The verdict dock holds the verdict, note and tags of the selected event and the bookmarks;
Navigate → Bookmark this moment (Ctrl+B) adds one; the view state is kept in the workspace.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ssaviewer.gui.bookmarks_panel import BookmarksPanel
from ssaviewer.gui.controller import DataController
from ssaviewer.gui.events_panel import EventsPanel
from ssaviewer.gui.i18n import translate
from ssaviewer.gui.session import Session
from ssaviewer.gui.verdict_panel import VerdictPanel
from ssaviewer.gui.view_state import ViewStateKeeper
from ssaviewer.gui.workspace_controller import WorkspaceController


def add_verdict_dock(
    window: QMainWindow, session: Session, data: DataController, beside: QDockWidget | None
) -> tuple[WorkspaceController, QDockWidget]:
    """Create the workspace controller and the verdict dock (to the right of ``beside``)."""
    workspaces = WorkspaceController(window, session, data)
    dock = QDockWidget(translate("WorkspaceMenus", "Verdict"), window)
    dock.setObjectName("verdict")
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    verdict = VerdictPanel(session, workspaces)
    # The buttons and fields keep their height (a word-wrapped status line made the layout
    # squeeze the buttons to slivers); the bookmarks take the rest.
    verdict.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    verdict.setMinimumHeight(verdict.sizeHint().height())
    layout.addWidget(verdict)
    bookmarks = BookmarksPanel(session, workspaces)
    bookmarks.setContentsMargins(9, 0, 9, 9)
    bookmarks.setMaximumWidth(verdict.maximumWidth())
    layout.addWidget(bookmarks, 1)
    # Scrolled when the bottom area is shorter than the panels need, never overlapped.
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    dock.setWidget(scroll)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    if beside is not None:
        # After the events in reading order: to their left in a right-to-left language.
        first, second = (dock, beside) if window.isRightToLeft() else (beside, dock)
        window.splitDockWidget(first, second, Qt.Orientation.Horizontal)
    return workspaces, dock


def add_workspace_menus(window: QMainWindow, workspaces: WorkspaceController) -> None:
    """Add New / Open / Save workspace to the File menu and an Edit menu with Undo / Redo."""
    bar = window.menuBar()
    file_menu = bar.findChild(QMenu, "menu_file")
    if file_menu is not None and file_menu.actions():
        first = file_menu.actions()[0]
        items = [
            (translate("WorkspaceMenus", "New workspace…"), lambda: workspaces.new_workspace()),
            (translate("WorkspaceMenus", "Open workspace…"), lambda: workspaces.open_workspace()),
            (translate("WorkspaceMenus", "Save workspace as…"), lambda: workspaces.save_as()),
        ]
        for text, slot in items:
            action = file_menu.addAction(text)
            action.triggered.connect(lambda _=False, s=slot: s())
            file_menu.insertAction(first, action)
        file_menu.insertSeparator(first)
    navigate = bar.findChild(QMenu, "menu_navigate")
    panel = window.findChild(BookmarksPanel)
    if navigate is not None and panel is not None:
        navigate.addSeparator()
        mark = navigate.addAction(translate("WorkspaceMenus", "Bookmark this moment…"))
        mark.setShortcut(QKeySequence("Ctrl+B"))
        mark.triggered.connect(lambda _=False: panel.add_current())
    edit = QMenu(translate("WorkspaceMenus", "&Edit"), bar)
    edit.setObjectName("menu_edit")
    undo = workspaces.undo_stack.createUndoAction(edit, translate("WorkspaceMenus", "Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = workspaces.undo_stack.createRedoAction(edit, translate("WorkspaceMenus", "Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    edit.addActions([undo, redo])
    if len(bar.actions()) > 1:
        bar.insertMenu(bar.actions()[1], edit)
    else:
        bar.addMenu(edit)


def keep_view_state(
    workspaces: WorkspaceController,
    events: EventsPanel,
    plot_docks: dict[str, QDockWidget],
) -> ViewStateKeeper:
    """Keep the window's view state in the open workspace (see :mod:`.view_state`)."""
    return ViewStateKeeper(workspaces.session, workspaces, events, plot_docks)
