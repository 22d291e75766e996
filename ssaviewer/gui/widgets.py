"""Small helpers shared by the table panels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableView

from ssaviewer.gui.table_model import DataFrameModel

#: The first entry of every filter combo: no filtering.
ALL = "All"


def fill_combo(
    combo: QComboBox,
    items: list[str],
    all_text: str = ALL,
    shown: Callable[[str], str] = str,
) -> None:
    """Replace the items of a filter combo, keeping the current choice when still offered.

    The first item (``all_text``, e.g. "All regimes") means no filtering. Each item is shown
    as ``shown(item)`` (its name in the window's language) and keeps ``item`` as its data.
    """
    current = combo_choice(combo)
    with QSignalBlocker(combo):
        combo.clear()
        combo.addItem(all_text, None)
        for item in items:
            combo.addItem(shown(item), item)
        combo.setCurrentIndex(items.index(current) + 1 if current in items else 0)


def combo_choice(combo: QComboBox) -> str | None:
    """Return the chosen value of a filter combo, or None for its first item ("All …")."""
    if combo.currentIndex() <= 0:
        return None
    data = combo.currentData()
    return str(data) if data is not None else combo.currentText()


def set_column_widths(table: QTableView, widths: list[int]) -> None:
    """Set fixed initial column widths (measuring contents would visit every row)."""
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)


def setup_table(table: QTableView, model: DataFrameModel, sort_column: int = 0) -> None:
    """Sortable (initially ascending by ``sort_column``), single-row-selection, compact rows."""
    table.setModel(model)
    table.horizontalHeader().setSortIndicator(sort_column, Qt.SortOrder.AscendingOrder)
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
