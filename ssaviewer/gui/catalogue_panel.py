"""The catalogue: every loaded object, instant search and filters; selecting one selects it."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ssaviewer.core.schema import REGIMES
from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP, translate
from ssaviewer.gui.session import Session
from ssaviewer.gui.table_model import DataFrameModel, text_mask
from ssaviewer.gui.widgets import combo_choice, fill_combo, set_column_widths, setup_table, show_row

CATALOGUE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("object_name", QT_TRANSLATE_NOOP("CataloguePanel", "Name")),
    ("norad_id", "NORAD"),
    ("object_id", "COSPAR"),
    ("object_type", QT_TRANSLATE_NOOP("CataloguePanel", "Type")),
    ("owner", QT_TRANSLATE_NOOP("CataloguePanel", "Owner")),
    ("regime", QT_TRANSLATE_NOOP("CataloguePanel", "Regime")),
    ("n_element_sets", QT_TRANSLATE_NOOP("CataloguePanel", "Sets")),
    ("n_irregular", QT_TRANSLATE_NOOP("CataloguePanel", "Irreg.")),
)


def catalogue_frame(objects: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Return the objects table plus ``n_irregular`` (irregular events) and ``norad_text``."""
    frame = objects.copy()
    irregular = events.loc[events["label"] == "irregular", "norad_id"]
    counts = pd.Series(irregular.to_numpy(), dtype="int64").value_counts()
    frame["n_irregular"] = (
        frame["norad_id"].map(counts).fillna(0).astype("int64") if len(frame) else 0
    )
    frame["norad_text"] = frame["norad_id"].astype("string")
    return frame


class CataloguePanel(QWidget):
    """Objects table with search (name, NORAD or COSPAR id) and regime/type/owner filters."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = DataFrameModel(CATALOGUE_COLUMNS, parent=self, context="CataloguePanel")
        self.search = QLineEdit(
            placeholderText=translate("CataloguePanel", "Search name, NORAD or COSPAR id")
        )
        self.search.setClearButtonEnabled(True)
        self.regime = QComboBox()
        self.object_type = QComboBox()
        self.owner = QComboBox()
        self.irregular_only = QCheckBox(translate("CataloguePanel", "Has irregular events"))
        self.table = QTableView()
        self._build()
        session.datasetChanged.connect(self._reload)
        session.eventsChanged.connect(self._reload)
        session.selectionChanged.connect(self._show_selection)
        self._reload()

    def _build(self) -> None:
        self.regime.setToolTip(translate("CataloguePanel", "Regime"))
        self.object_type.setToolTip(translate("CataloguePanel", "Object type"))
        self.owner.setToolTip(translate("CataloguePanel", "Owner"))
        filters = QHBoxLayout()
        for widget in (self.regime, self.object_type, self.owner, self.irregular_only):
            filters.addWidget(widget)
        filters.addStretch(1)
        table = self.table
        setup_table(table, self.model)
        set_column_widths(table, [92, 52, 82, 38, 50, 52, 50, 46])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(table)
        self.search.textChanged.connect(self._apply_filter)
        for combo in (self.regime, self.object_type, self.owner):
            combo.currentTextChanged.connect(self._apply_filter)
        self.irregular_only.toggled.connect(self._apply_filter)
        table.selectionModel().currentRowChanged.connect(self._on_current)

    # -- session → panel ----------------------------------------------------------------
    def _reload(self) -> None:
        frame = catalogue_frame(self.session.dataset.objects, self.session.events)
        regimes = [r for r in REGIMES if (frame["regime"] == r).any()]
        fill_combo(self.regime, regimes, translate("CataloguePanel", "All regimes"))
        types = _choices(frame["object_type"])
        fill_combo(self.object_type, types, translate("CataloguePanel", "All types"))
        fill_combo(self.owner, _choices(frame["owner"]), translate("CataloguePanel", "All owners"))
        self.model.set_frame(frame, self._mask(frame).nonzero()[0])
        self._show_selection(self.session.selected_norad)

    def _show_selection(self, norad_id: int) -> None:
        row = self.model.find_row("norad_id", norad_id)
        show_row(self.table, row)

    # -- filters ------------------------------------------------------------------------
    def _mask(self, frame: pd.DataFrame) -> np.ndarray:
        """Rows passing the search and every filter, computed on whole columns at once."""
        text = self.search.text()
        mask = text_mask([frame["object_name"], frame["norad_text"], frame["object_id"]], text)
        for combo, column in (
            (self.regime, "regime"),
            (self.object_type, "object_type"),
            (self.owner, "owner"),
        ):
            if combo_choice(combo) is not None:
                equal = frame[column].astype("string") == combo_choice(combo)
                mask &= equal.fillna(False).to_numpy(dtype=bool)
        if self.irregular_only.isChecked():
            mask &= frame["n_irregular"].to_numpy() > 0
        return np.asarray(mask, dtype=bool)

    def _apply_filter(self) -> None:
        self.model.set_rows(self._mask(self.model.frame).nonzero()[0])
        self._show_selection(self.session.selected_norad)

    # -- panel → session ----------------------------------------------------------------
    def _on_current(self, current: object, _previous: object) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.session.select_object(int(self.model.value(row, "norad_id")))


def _choices(column: pd.Series) -> list[str]:
    values = column.astype("string").dropna().unique()
    return sorted(str(v) for v in values if str(v))
