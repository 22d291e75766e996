"""A Qt table model over a pandas DataFrame (STYLE.md point 13).

Nothing is done per row when a frame is set: cells are formatted when Qt asks for them (only
the visible ones), and filtering and sorting are vectorised pandas/numpy operations that
produce the array of frame positions the model shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ssaviewer.gui.formatting import format_value
from ssaviewer.gui.palette import label_colour
from ssaviewer.gui.vocabulary import explained, shown

__all__ = ["RAW_ROLE", "DataFrameModel", "format_value", "text_mask"]

Index = QModelIndex | QPersistentModelIndex

#: Role under which a cell returns its raw (unformatted) value.
RAW_ROLE = Qt.ItemDataRole.UserRole + 1


#: Roles as plain ints: ``data()`` runs for every visible cell and role on every repaint.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)


def _cell_array(column: pd.Series) -> Any:
    """Return an array to read one column's cells from quickly, converted whole in C.

    numpy arrays answer ``array[i]`` far faster than pandas extension arrays, so strings and
    categories become numpy object arrays; times stay pandas arrays (cells are Timestamps).
    """
    if isinstance(column.dtype, pd.DatetimeTZDtype) or column.dtype.kind == "M":
        return column.array
    return column.to_numpy()


class DataFrameModel(QAbstractTableModel):
    """Read-only model over a DataFrame, showing ``columns`` (name, header) in view order.

    Parameters
    ----------
    columns
        ``(frame column, header)`` pairs; missing frame columns show as empty cells.
    label_column
        Cells of this column are drawn in the colour of their label (see ``palette``).
    shown_columns
        Columns of data values (labels, event types) shown by their name in the window's
        language (:func:`~ssaviewer.gui.vocabulary.shown`); sorting and filtering use values.
    explained_columns
        Columns of event explanations (English, as detection writes them) shown in the
        window's language (:func:`~ssaviewer.gui.vocabulary.explained`).
    context
        Translation context of the headers (marked with ``QT_TRANSLATE_NOOP(context, ...)``);
        "" shows them as given.
    """

    def __init__(
        self,
        columns: Sequence[tuple[str, str]],
        label_column: str | None = None,
        parent: Any = None,
        context: str = "",
        shown_columns: Sequence[str] = (),
        explained_columns: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._context = context
        self._shown_columns = frozenset(shown_columns)
        self._explained_columns = frozenset(explained_columns)
        self._names = [name for name, _ in self._columns]
        self._label_column = label_column
        self._frame = pd.DataFrame()
        self._arrays: dict[str, Any] = {}
        self._rows = np.zeros(0, dtype=np.int64)
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    # -- data in ------------------------------------------------------------------------
    def set_frame(self, frame: pd.DataFrame, rows: np.ndarray | None = None) -> None:
        """Show ``frame`` (all rows, or the positions ``rows``), keeping the current sort."""
        self.beginResetModel()
        self._frame = frame.reset_index(drop=True)
        self._arrays = {
            name: _cell_array(self._frame[name]) for name in self._names if name in frame
        }
        self._rows = np.arange(len(frame)) if rows is None else np.asarray(rows, np.int64)
        self._apply_sort()
        self.endResetModel()

    def set_rows(self, rows: np.ndarray) -> None:
        """Show only the frame positions ``rows`` (a filter), keeping the current sort."""
        self.beginResetModel()
        self._rows = np.asarray(rows, dtype=np.int64)
        self._apply_sort()
        self.endResetModel()

    # -- data out -----------------------------------------------------------------------
    @property
    def frame(self) -> pd.DataFrame:
        """The whole frame (unfiltered)."""
        return self._frame

    def visible_frame(self) -> pd.DataFrame:
        """Return the rows shown, in the order shown."""
        return self._frame.iloc[self._rows]

    def value(self, row: int, column: str) -> Any:
        """Return the raw value of frame column ``column`` at view row ``row``."""
        array = self._arrays.get(column)
        if array is None:
            return self._frame[column].iat[int(self._rows[row])]
        return array[int(self._rows[row])]

    def find_row(self, column: str, value: Any) -> int:
        """Return the first view row whose ``column`` equals ``value``, or -1."""
        if column not in self._frame or not len(self._rows):
            return -1
        hits = np.flatnonzero(self._frame[column].to_numpy()[self._rows] == value)
        return int(hits[0]) if len(hits) else -1

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of rows shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Return the column headers."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            header = self._columns[section][1]
            return QCoreApplication.translate(self._context, header) if self._context else header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell: formatted text, raw value, or label colour and font."""
        if role == _DISPLAY or role == _TOOLTIP:
            name = self._names[index.column()]
            array = self._arrays.get(name)
            if array is None:
                return ""
            value = array[self._rows[index.row()]]
            if name in self._shown_columns and isinstance(value, str):
                return shown(value)
            if name in self._explained_columns and isinstance(value, str):
                return explained(value)
            return format_value(value, name)
        if role == RAW_ROLE:
            return self.value(index.row(), self._names[index.column()])
        if (role == _FOREGROUND or role == _FONT) and self._names[
            index.column()
        ] == self._label_column:
            return self._label_role(str(self.value(index.row(), self._label_column)), role)
        return None

    def _label_role(self, label: str, role: int) -> Any:
        if role == _FOREGROUND:
            return QColor(label_colour(label))
        return self._bold

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the shown rows by a column (stable, missing values last)."""
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None or not len(self._rows):
            return
        name = self._columns[self._sort[0]][0]
        if name not in self._frame:
            return
        values = self._frame[name].iloc[self._rows].reset_index(drop=True)
        if isinstance(values.dtype, pd.CategoricalDtype):
            values = values.astype("string")
        ascending = self._sort[1] == Qt.SortOrder.AscendingOrder
        order = values.sort_values(ascending=ascending, kind="stable", na_position="last").index
        self._rows = self._rows[order.to_numpy()]


def text_mask(columns: Sequence[pd.Series], text: str) -> np.ndarray:
    """Rows where any of ``columns`` contains ``text`` (case-insensitive, not a regex)."""
    text = text.strip()
    if not columns:
        return np.zeros(0, dtype=bool)
    mask = np.zeros(len(columns[0]), dtype=bool)
    if not text:
        return ~mask
    for column in columns:
        hit = column.astype("string").str.contains(text, case=False, regex=False)
        mask |= hit.fillna(False).to_numpy(dtype=bool)
    return mask


Filter = Callable[[pd.DataFrame], np.ndarray]
