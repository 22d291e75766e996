"""Small helpers shared by the table panels."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableView

from ssaviewer.gui.table_model import DataFrameModel

#: The first entry of every filter combo: no filtering.
ALL = "All"


def fill_combo(combo: QComboBox, items: list[str]) -> None:
    """Replace the items of a filter combo, keeping the current choice when still offered."""
    current = combo.currentText()
    with QSignalBlocker(combo):
        combo.clear()
        combo.addItems([ALL, *items])
        combo.setCurrentText(current if current in items else ALL)


def combo_choice(combo: QComboBox) -> str | None:
    """Return the chosen value of a filter combo, or None for "All"."""
    text = combo.currentText()
    return None if text in ("", ALL) else text


def setup_table(table: QTableView, model: DataFrameModel) -> None:
    """Sortable, single-row-selection table with compact rows."""
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(22)
    table.horizontalHeader().setStretchLastSection(True)


def show_row(table: QTableView, row: int) -> None:
    """Make view row ``row`` current without emitting selection signals (-1 clears)."""
    selection = table.selectionModel()
    with QSignalBlocker(selection):
        if row < 0:
            table.clearSelection()
            return
        index = table.model().index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(index, flags)
    table.scrollTo(index)
