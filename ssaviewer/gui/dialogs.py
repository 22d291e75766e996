"""Dialogs: errors with copyable details, rejected records, load problems, shortcuts."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ssaviewer.core.dataset import LoadReport
from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP, translate
from ssaviewer.gui.table_model import DataFrameModel
from ssaviewer.gui.widgets import setup_table

REJECTED_HEADERS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Dialogs", "File")),
    ("location", QT_TRANSLATE_NOOP("Dialogs", "Where")),
    ("field", QT_TRANSLATE_NOOP("Dialogs", "Field")),
    ("value", QT_TRANSLATE_NOOP("Dialogs", "Value")),
    ("reason", QT_TRANSLATE_NOOP("Dialogs", "Reason")),
)

#: (keys, what they do) for Help → Keyboard shortcuts.
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+O", QT_TRANSLATE_NOOP("Dialogs", "Open files")),
    ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("Dialogs", "Open a folder")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("Dialogs", "Export events CSV (current filter)")),
    ("Ctrl+Shift+E", QT_TRANSLATE_NOOP("Dialogs", "Export flagged (irregular) events CSV")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("Dialogs", "Export the focused plot as PNG")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Dialogs", "Search the catalogue")),
    ("Ctrl+R", QT_TRANSLATE_NOOP("Dialogs", "Run detection with a rules file")),
    ("Space", QT_TRANSLATE_NOOP("Dialogs", "Play / pause the time bar")),
    ("[ / ]", QT_TRANSLATE_NOOP("Dialogs", "Previous / next event")),
    ("{ / }", QT_TRANSLATE_NOOP("Dialogs", "Previous / next irregular event")),
    (
        "Ctrl+[ / Ctrl+]",
        QT_TRANSLATE_NOOP("Dialogs", "Previous / next event of the selected object"),
    ),
    (
        "Ctrl+{ / Ctrl+}",
        QT_TRANSLATE_NOOP("Dialogs", "Previous / next irregular event of the selected object"),
    ),
    ("Z", QT_TRANSLATE_NOOP("Dialogs", "Zoom the element history to the selected event's window")),
    (
        "Ctrl+B",
        QT_TRANSLATE_NOOP("Dialogs", "Bookmark this moment (time, object, event) in the workspace"),
    ),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Dialogs", "Quit")),
)


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> QMessageBox:
    """Open an error box (window-modal, not blocking) and return it.

    ``details`` (e.g. a traceback or a list of files) can be expanded and copied; the message
    text is selectable too.
    """
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, parent=parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if details:
        box.setDetailedText(details)
    box.open()
    return box


def load_problems(report: LoadReport) -> list[str]:
    """Return one line per file that failed or gave nothing: ``"file: problem"``.

    A file is a problem when it could not be read or recognised (status ``error``), or when it
    was read but every record in it was rejected (the first reason is quoted).
    """
    problems = []
    for row in report.files.to_dict("records"):
        if row["status"] == "error":
            problems.append(f"{row['path']}: {row['message']}")
        elif row["status"] == "loaded" and row["n_loaded"] == 0 and row["n_rejected"] > 0:
            first = report.rejected.loc[report.rejected["file"] == row["file"]]
            reason = f"{first['location'].iloc[0]}: {first['reason'].iloc[0]}" if len(first) else ""
            text = translate(
                "Dialogs", "%1: no element set could be read; %2 records rejected (first, %3)"
            )
            problems.append(
                text.replace("%1", str(row["path"]))
                .replace("%2", str(row["n_rejected"]))
                .replace("%3", reason)
            )
    return problems


class RejectedDialog(QDialog):
    """Every rejected record: file, line, field, value and reason."""

    def __init__(self, rejected: pd.DataFrame, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = translate("Dialogs", "Rejected records (%1)")
        self.setWindowTitle(title.replace("%1", str(len(rejected))))
        self.resize(900, 420)
        self.model = DataFrameModel(REJECTED_HEADERS, parent=self, context="Dialogs")
        self.model.set_frame(rejected)
        table = QTableView()
        setup_table(table, self.model)
        table.setColumnWidth(0, 180)
        table.setColumnWidth(3, 160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "Keyboard shortcuts"))
        rows = "".join(
            f"<tr><td><b>{k}</b></td><td>{translate('Dialogs', v)}</td></tr>" for k, v in SHORTCUTS
        )
        label = QLabel(f"<table cellpadding='4'>{rows}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
