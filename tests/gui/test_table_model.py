"""The DataFrame model does no per-row work when a frame is set; Qt only asks for what it shows."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ssaviewer.gui import table_model
from ssaviewer.gui.catalogue_panel import CATALOGUE_COLUMNS, CataloguePanel
from ssaviewer.gui.session import Session

N_OBJECTS = 50_000


def synthetic_objects(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(5)
    norad = np.arange(1, n + 1, dtype=np.int64)
    return pd.DataFrame(
        {
            "object_name": pd.array([f"SAT {k}" for k in norad], dtype="string"),
            "norad_id": norad,
            "object_id": pd.array([f"2000-{k % 999:03d}A" for k in norad], dtype="string"),
            "object_type": pd.Categorical(rng.choice(["PAY", "R/B", "DEB"], n)),
            "owner": pd.array(rng.choice(["US", "PRC", "CIS", "ESA"], n), dtype="string"),
            "regime": pd.Categorical(rng.choice(["LEO", "MEO", "GEO"], n)),
            "n_element_sets": rng.integers(1, 500, n),
            "n_irregular": rng.integers(0, 3, n),
        }
    )


@pytest.fixture
def counted_format(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    original = table_model.format_value

    def counting(value: object, column: str = "") -> str:
        calls[0] += 1
        return original(value, column)

    monkeypatch.setattr(table_model, "format_value", counting)
    return calls


def test_50k_rows_load_without_per_row_work_and_paint_only_visible(
    qtbot: QtBot, counted_format: list[int]
) -> None:
    model = table_model.DataFrameModel(CATALOGUE_COLUMNS)
    model.set_frame(synthetic_objects(N_OBJECTS))
    assert counted_format[0] == 0
    assert model.rowCount() == N_OBJECTS
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    view.scrollToBottom()
    view.grab()
    assert model.data(model.index(N_OBJECTS - 1, 1)) == str(N_OBJECTS)
    # Only cells on screen (a few dozen rows × 8 columns, a few passes) were formatted.
    assert 0 < counted_format[0] < 5_000


def test_sort_and_filter_are_vectorised_over_50k_rows(
    qtbot: QtBot, counted_format: list[int]
) -> None:
    frame = synthetic_objects(N_OBJECTS)
    model = table_model.DataFrameModel(CATALOGUE_COLUMNS)
    model.set_frame(frame)
    model.sort(6, Qt.SortOrder.DescendingOrder)  # element sets
    values = [model.value(r, "n_element_sets") for r in range(100)]
    assert values == sorted(values, reverse=True)
    assert values[0] == frame["n_element_sets"].max()
    model.set_rows(np.flatnonzero(frame["owner"].to_numpy() == "ESA"))
    assert model.rowCount() == int((frame["owner"] == "ESA").sum())
    assert (
        model.value(0, "n_element_sets")
        == frame.loc[frame["owner"] == "ESA", "n_element_sets"].max()
    )
    assert counted_format[0] == 0


def test_catalogue_search_over_50k_objects(qtbot: QtBot) -> None:
    session = Session()
    panel = CataloguePanel(session)
    qtbot.addWidget(panel)
    frame = synthetic_objects(N_OBJECTS)
    panel.model.set_frame(frame.assign(norad_text=frame["norad_id"].astype("string")))
    panel.search.setText("SAT 4999")
    names = {panel.model.value(r, "object_name") for r in range(panel.model.rowCount())}
    assert names == {"SAT 4999", *(f"SAT 4999{d}" for d in range(10))}


def test_format_value_units_and_missing() -> None:
    assert table_model.format_value(pd.Timestamp("2024-01-02 03:04:05.6", tz="UTC")) == (
        "2024-01-02 03:04:05"
    )
    assert table_model.format_value(pd.NA) == ""
    assert table_model.format_value(float("nan")) == ""
    assert table_model.format_value(1.23456789) == "1.23457"
