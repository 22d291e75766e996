"""Operator records in the window: File → Open operator records…, the Records dock.

Opening records adds them to the session's and re-runs detection with them as notifications
(as ``ssaviewer detect --notifications``); the Records dock shows what each was matched to.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMenu, QMessageBox

from ssaviewer.gui import settings
from ssaviewer.gui.controller import DataController
from ssaviewer.gui.dialogs import show_error
from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP, translate
from ssaviewer.gui.records_panel import RecordsPanel, read_record_files
from ssaviewer.gui.session import Session

_FILTER = QT_TRANSLATE_NOOP(
    "RecordsDock", "Operator records (*.csv *man.txt *.fy *.txt);;All files (*)"
)


class RecordsOpener:
    """Reads record files into the session and asks for detection with them."""

    def __init__(self, window: QMainWindow, session: Session, data: DataController) -> None:
        self.window, self.session, self.data = window, session, data
        self.dialog: QMessageBox | None = None

    def ask(self) -> None:
        """File → Open operator records…: choose files, then :meth:`open_paths`."""
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            translate("RecordsDock", "Open operator records"),
            settings.get("last_folder"),
            translate("RecordsDock", _FILTER),
        )
        if paths:
            self.open_paths(paths)

    def open_paths(self, paths: Sequence[str]) -> bool:
        """Add the records of ``paths``; re-detect with them. False when none could be used.

        Problems (unreadable files, unknown formats, bad lines) are shown in one message; the
        records already loaded stay.
        """
        new, problems = read_record_files(list(paths))
        if problems:
            shown = "\n".join(problems[:20])
            more = ""
            if len(problems) > 20:
                more = "\n" + translate("RecordsDock", "… and %1 more").replace(
                    "%1", str(len(problems) - 20)
                )
            summary = translate("RecordsDock", "Records read: %1; problems: %2.")
            self.dialog = show_error(
                self.window,
                translate("RecordsDock", "Some operator records could not be used"),
                summary.replace("%1", str(len(new))).replace("%2", str(len(problems))),
                shown + more,
            )
        if not len(new):
            return False
        old = self.session.records
        self.session.set_records(pd.concat([old, new], ignore_index=True) if len(old) else new)
        return True

    def redetect(self) -> None:
        """Label again with what the session now holds (see ``DataController.detect_again``)."""
        self.data.detect_again()


def add_records_dock(
    window: QMainWindow, session: Session, data: DataController, beside: QDockWidget | None
) -> tuple[RecordsOpener, QDockWidget]:
    """Create the Records dock (right of ``beside``, hidden until records open) and opener."""
    opener = RecordsOpener(window, session, data)
    panel = RecordsPanel(session)
    panel.open_button.clicked.connect(opener.ask)
    dock = QDockWidget(translate("RecordsDock", "Records"), window)
    dock.setObjectName("records")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    if beside is not None:
        # Beside, not tabbed: with Qt 6.11 a second tab group (the plots are the first)
        # leaves a stale copy of its tab bar drawn over the window.
        # After the events in reading order: to their left in a right-to-left language.
        first, second = (dock, beside) if window.isRightToLeft() else (beside, dock)
        window.splitDockWidget(first, second, Qt.Orientation.Horizontal)
    dock.hide()  # shown when records are opened (or from View → Panels)
    session.recordsChanged.connect(lambda: _reveal(window, session, dock, beside))
    session.recordsChanged.connect(opener.redetect)
    return opener, dock


def _reveal(
    window: QMainWindow, session: Session, dock: QDockWidget, beside: QDockWidget | None
) -> None:
    """Show the dock when records arrive, sharing the width with ``beside`` the first time."""
    if not len(session.records) or dock.isVisible():
        return
    dock.show()
    if beside is not None and beside.isVisible():
        both = beside.width() + dock.width()
        window.resizeDocks([beside, dock], [both // 2, both - both // 2], Qt.Orientation.Horizontal)


def add_records_menu(window: QMainWindow, opener: RecordsOpener) -> None:
    """Add File → Open operator records… after the File menu's open items."""
    file_menu = window.menuBar().findChild(QMenu, "menu_file")
    if file_menu is None:
        return
    action = file_menu.addAction(translate("RecordsDock", "Open operator records…"))
    action.triggered.connect(lambda _=False: opener.ask())
    recent = file_menu.findChild(QMenu, "menu_recent")
    anchor = recent.menuAction() if recent is not None else None
    if anchor is not None:
        file_menu.insertAction(anchor, action)
