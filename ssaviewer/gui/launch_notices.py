"""Launch notifications in the window: File → Load launch notifications….

A launch notifications CSV (``cospar_launch, notified_utc, state, note``, as
``ssaviewer detect --launch-notifications`` reads) is kept on the session; detection then
labels each new launch ``notified`` or ``unannounced`` instead of ``new-launch``. The demo
scenario's ``sample_data/launch_notifications.csv`` is loaded with the demo.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from ssaviewer.gui import settings
from ssaviewer.gui.controller import DataController
from ssaviewer.gui.dialogs import show_error
from ssaviewer.gui.i18n import translate
from ssaviewer.gui.session import Session

#: The demo scenario's file (written by ``ssaviewer simulate``).
DEMO_FILE = "launch_notifications.csv"


class LaunchNoticeOpener:
    """Reads a launch notifications file into the session and asks for detection with it."""

    def __init__(self, window: QMainWindow, session: Session, data: DataController) -> None:
        self.window, self.session, self.data = window, session, data
        self.dialog: QMessageBox | None = None

    def ask(self) -> None:
        """File → Load launch notifications…: choose a file, then :meth:`open_path`."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("LaunchNotices", "Load launch notifications"),
            settings.get("last_folder"),
            translate("LaunchNotices", "Launch notifications (*.csv);;All files (*)"),
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        """Replace the session's launch notifications with ``path``'s and detect again.

        A file that cannot be read or parsed is shown in a message naming the line and value;
        the notifications already loaded stay. Returns whether the file was used.
        """
        # Read by a module without the detectors (the demo reads its file at start).
        from ssaviewer.core.launch_notifications import (
            LaunchNotificationError,
            read_launch_notifications,
        )

        try:
            text = Path(path).read_text(encoding="utf-8")
            notices = read_launch_notifications(text, str(path))
        except (OSError, UnicodeDecodeError, LaunchNotificationError) as exc:
            self.dialog = show_error(
                self.window,
                translate("LaunchNotices", "Launch notifications could not be used"),
                translate(
                    "LaunchNotices",
                    "{path}: expected a CSV with columns cospar_launch, notified_utc, state, note.",
                ).format(path=path),
                str(exc),
            )
            return False
        self.session.launch_notifications = notices
        self.window.statusBar().showMessage(
            translate("LaunchNotices", "{count} launch notifications from {name}").format(
                count=len(notices), name=Path(path).name
            ),
            5000,
        )
        self.redetect()
        return True

    def redetect(self) -> None:
        """Label again with what the session now holds (see ``DataController.detect_again``)."""
        self.data.detect_again()


def add_launch_notices_menu(window: QMainWindow, opener: LaunchNoticeOpener) -> None:
    """Add File → Load launch notifications… before File → Open recent."""
    file_menu = window.menuBar().findChild(QMenu, "menu_file")
    if file_menu is None:
        return
    action = file_menu.addAction(translate("LaunchNotices", "Load launch notifications…"))
    action.setObjectName("action_load_launch_notifications")
    action.triggered.connect(lambda _=False: opener.ask())
    recent = file_menu.findChild(QMenu, "menu_recent")
    if recent is not None:
        file_menu.insertAction(recent.menuAction(), action)


def demo_notices(folder: Path) -> Path | None:
    """Return the demo folder's launch notifications file, if it has one."""
    path = folder / DEMO_FILE
    return path if path.is_file() else None
