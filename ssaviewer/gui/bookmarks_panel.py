"""Bookmarks of moments (a time, an object, an event) kept in the open workspace.

Navigate → Bookmark this moment (Ctrl+B) stores the time cursor, the selected object and the
selected event with a label; double-clicking a bookmark in the list goes back to it (selects
the object or event and moves the time cursor). Each bookmark is written to the workspace at
once (:meth:`ssaviewer.core.workspace.Workspace.add_bookmark`).
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssaviewer.core.workspace import Bookmark
from ssaviewer.gui.i18n import translate
from ssaviewer.gui.session import NO_SELECTION, Session
from ssaviewer.gui.workspace_controller import WorkspaceController

#: Item role holding the bookmark id.
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def time_text(time_utc: pd.Timestamp) -> str:
    """Return a time as stored in a bookmark: ISO 8601 UTC to the millisecond with a ``Z``."""
    return time_utc.tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def item_text(mark: Bookmark) -> str:
    """Return the list's line for a bookmark: its label, with the time when it lacks it."""
    label = mark.label or "bookmark"
    when = (mark.time_utc or "").replace("T", " ")[:16]
    return label if not when or when in label else f"{label} · {when}"


class BookmarksPanel(QWidget):
    """The open workspace's bookmarks; double-click one to go back to it."""

    def __init__(self, session: Session, workspaces: WorkspaceController) -> None:
        super().__init__()
        self.session, self.workspaces = session, workspaces
        self.list = QListWidget()
        self.list.setToolTip(
            translate("BookmarksPanel", "Double-click to go back to a bookmark; Delete removes it")
        )
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.itemActivated.connect(lambda item: self.jump(int(item.data(ID_ROLE))))
        self.delete = QPushButton(translate("BookmarksPanel", "Delete bookmark"))
        self.delete.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        title = QLabel(translate("BookmarksPanel", "Bookmarks (Ctrl+B adds this moment)"))
        title.setWordWrap(True)  # longer in some languages than the dock is wide
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete)
        layout.addLayout(buttons)
        workspaces.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """List the workspace's bookmarks (none without a workspace)."""
        self.list.clear()
        workspace = self.workspaces.workspace
        for mark in workspace.bookmarks() if workspace is not None else []:
            item = QListWidgetItem(item_text(mark))
            item.setData(ID_ROLE, mark.bookmark_id)
            item.setToolTip(_tooltip(mark))
            self.list.addItem(item)
        self.setEnabled(workspace is not None)

    def default_label(self) -> str:
        """Return the label offered for this moment: the object's name and the time."""
        session = self.session
        when = session.current_time_utc.strftime("%Y-%m-%d %H:%M")
        if session.selected_norad == NO_SELECTION:
            return when
        return f"{session.object_name(session.selected_norad)} {when}"

    def add_current(self, label: str | None = None) -> int | None:
        """Bookmark the time cursor, object and event; ask for a label when ``label`` is None.

        Returns the bookmark id, or None (no workspace, or the analyst cancelled).
        """
        if self.workspaces.workspace is None:
            self._say(
                translate("BookmarksPanel", "No workspace: File → New workspace keeps bookmarks.")
            )
            return None
        if label is None:
            label, accepted = QInputDialog.getText(
                self.window(),
                translate("BookmarksPanel", "Bookmark this moment"),
                translate("BookmarksPanel", "Label:"),
                text=self.default_label(),
            )
            if not accepted:
                return None
        session = self.session
        norad = session.selected_norad if session.selected_norad != NO_SELECTION else None
        found: list[int] = []
        self.workspaces.write(
            lambda ws: found.append(
                ws.add_bookmark(
                    time_text(session.current_time_utc),
                    norad,
                    label.strip() or self.default_label(),
                    event_id=session.selected_event or None,
                )
            )
        )
        return found[0] if found else None

    def jump(self, bookmark_id: int) -> bool:
        """Go back to a bookmark: select its event (or object), move the time cursor."""
        workspace = self.workspaces.workspace
        marks = {m.bookmark_id: m for m in workspace.bookmarks()} if workspace else {}
        mark = marks.get(bookmark_id)
        if mark is None:
            return False
        session = self.session
        if mark.event_id and session.event_norad(mark.event_id) != NO_SELECTION:
            session.select_event(mark.event_id)
        elif mark.norad_id is not None:
            session.select_object(int(mark.norad_id))
        if mark.time_utc:
            try:
                session.set_time(pd.Timestamp(mark.time_utc))
            except ValueError:
                text = translate("BookmarksPanel", "bookmark %1: time %2 cannot be read")
                self._say(text.replace("%1", repr(mark.label)).replace("%2", repr(mark.time_utc)))
        return True

    def delete_selected(self) -> None:
        """Remove the bookmark selected in the list from the workspace."""
        item = self.list.currentItem()
        if item is not None:
            bookmark_id = int(item.data(ID_ROLE))
            self.workspaces.write(lambda ws: ws.remove_bookmark(bookmark_id))

    def _say(self, message: str) -> None:
        status = getattr(self.window(), "statusBar", None)
        if callable(status):
            status().showMessage(message, 10000)


def _tooltip(mark: Bookmark) -> str:
    """Return everything a bookmark holds, one item a line."""
    time_text = translate("BookmarksPanel", "time: %1 UTC").replace(
        "%1", mark.time_utc or translate("BookmarksPanel", "none")
    )
    lines = [mark.label or translate("BookmarksPanel", "bookmark"), time_text]
    if mark.norad_id is not None:
        lines.append(
            translate("BookmarksPanel", "object: NORAD %1").replace("%1", str(mark.norad_id))
        )
    if mark.event_id:
        lines.append(translate("BookmarksPanel", "event: %1").replace("%1", mark.event_id))
    return "\n".join(lines)
