"""The session drives the panels, and the panels change the session only through it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import ssaviewer
from ssaviewer.gui.catalogue_panel import CataloguePanel
from ssaviewer.gui.events_panel import EventsPanel
from ssaviewer.gui.inspector_panel import InspectorPanel
from ssaviewer.gui.palette import LABEL_COLOURS
from ssaviewer.gui.session import Session
from ssaviewer.gui.table_model import DataFrameModel
from ssaviewer.gui.time_bar import TimeBar


def _column(model: DataFrameModel, name: str) -> list[Any]:
    return [model.value(r, name) for r in range(model.rowCount())]


def test_catalogue_lists_objects_with_irregular_counts(qtbot: QtBot, session: Session) -> None:
    panel = CataloguePanel(session)
    qtbot.addWidget(panel)
    # Sorted by name: TEST GEO before TEST LEO.
    assert _column(panel.model, "norad_id") == [90002, 90001]
    assert _column(panel.model, "n_irregular") == [0, 1]
    assert panel.model.data(panel.model.index(1, 0)) == "TEST LEO"


def test_catalogue_follows_session_selection_and_selects_on_click(
    qtbot: QtBot, session: Session
) -> None:
    panel = CataloguePanel(session)
    qtbot.addWidget(panel)
    session.select_object(90002)
    assert panel.model.value(panel.table.currentIndex().row(), "norad_id") == 90002
    panel.table.selectRow(panel.model.find_row("norad_id", 90001))
    assert session.selected_norad == 90001


def test_catalogue_search_and_filters(qtbot: QtBot, session: Session) -> None:
    panel = CataloguePanel(session)
    qtbot.addWidget(panel)
    panel.search.setText("geo")
    assert _column(panel.model, "norad_id") == [90002]
    panel.search.setText("90001")
    assert _column(panel.model, "norad_id") == [90001]
    panel.search.clear()
    panel.regime.setCurrentText("GEO")
    assert _column(panel.model, "norad_id") == [90002]
    panel.regime.setCurrentIndex(0)
    panel.irregular_only.setChecked(True)
    assert _column(panel.model, "norad_id") == [90001]


def test_selecting_an_event_moves_time_and_shows_it(qtbot: QtBot, session: Session) -> None:
    events = EventsPanel(session)
    inspector = InspectorPanel(session)
    bar = TimeBar(session)
    for widget in (events, inspector, bar):
        qtbot.addWidget(widget)
    row = events.model.find_row("event_id", "E2")
    events.table.selectRow(row)
    assert session.selected_event == "E2"
    assert session.selected_norad == 90001
    assert session.current_time_utc == pd.Timestamp("2024-03-08 12:00", tz="UTC")
    assert bar.readout.text() == "2024-03-08 12:00:00 UTC"
    text = inspector.browser.toPlainText()
    assert "IRREGULAR" in text
    assert "Δv 5× usual size" in text
    assert "R2: dv>2; R3: off-cadence" in text
    # Before: last element set at or before 2024-03-07 12:00; after: first at or after 03-09.
    assert "2024-03-07 12:00:00" in text
    assert "2024-03-09 12:00:00" in text


def test_events_panel_follows_session_and_colours_labels(qtbot: QtBot, session: Session) -> None:
    panel = EventsPanel(session)
    qtbot.addWidget(panel)
    session.select_event("E3")
    assert panel.model.value(panel.table.currentIndex().row(), "event_id") == "E3"
    label_col = 0
    for row in range(panel.model.rowCount()):
        colour = panel.model.data(panel.model.index(row, label_col), Qt.ItemDataRole.ForegroundRole)
        assert colour.name().upper() == LABEL_COLOURS[panel.model.value(row, "label")]


def test_events_filter_by_minimum_confidence(qtbot: QtBot, session: Session) -> None:
    panel = EventsPanel(session)
    qtbot.addWidget(panel)
    assert sorted(_column(panel.model, "event_id")) == ["E1", "E2", "E3"]  # 0.9, 0.8, 0.3
    panel.min_confidence.setValue(0.85)
    assert _column(panel.model, "event_id") == ["E1"]
    panel.min_confidence.setValue(0.0)
    assert sorted(_column(panel.model, "event_id")) == ["E1", "E2", "E3"]


def test_events_filters_by_label_type_object_and_time(qtbot: QtBot, session: Session) -> None:
    panel = EventsPanel(session)
    qtbot.addWidget(panel)
    panel.label.setCurrentText("irregular")
    assert _column(panel.model, "event_id") == ["E2"]
    panel.label.setCurrentIndex(0)
    panel.event_type.setCurrentText("longitude")
    assert _column(panel.model, "event_id") == ["E3"]
    panel.event_type.setCurrentIndex(0)
    panel.object_text.setText("leo")
    assert sorted(_column(panel.model, "event_id")) == ["E1", "E2"]
    panel.object_text.clear()
    panel.time_from.setDateTime(panel.time_from.dateTime().addDays(1))
    panel.use_time.setChecked(True)
    assert sorted(_column(panel.model, "event_id")) == ["E2", "E3"]


def test_events_sort_by_delta_v(qtbot: QtBot, session: Session) -> None:
    panel = EventsPanel(session)
    qtbot.addWidget(panel)
    column = [c for c, _ in panel.model._columns].index("delta_v_mps")
    panel.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert _column(panel.model, "event_id") == ["E2", "E3", "E1"]
    assert list(panel.visible_events()["event_id"]) == ["E2", "E3", "E1"]


def test_time_bar_slider_and_event_stepping(qtbot: QtBot, session: Session) -> None:
    bar = TimeBar(session)
    qtbot.addWidget(bar)
    assert bar.slider.maximum() == 9 * 86400
    bar.slider.setValue(86400)
    assert session.current_time_utc == pd.Timestamp("2024-03-02 12:00", tz="UTC")
    bar.step_event(+1)
    assert session.selected_event == "E1"
    bar.step_event(+1)
    assert session.selected_event == "E3"
    bar.step_event(-1)
    assert session.selected_event == "E1"
    session.set_time(pd.Timestamp("2024-03-10 12:00", tz="UTC"))
    assert bar.slider.value() == 9 * 86400


def test_time_bar_plays_forward(qtbot: QtBot, session: Session) -> None:
    bar = TimeBar(session)
    qtbot.addWidget(bar)
    bar.slider.setValue(0)
    bar.play.setChecked(True)
    qtbot.waitUntil(lambda: bar.slider.value() > 0, timeout=2000)
    bar.play.setChecked(False)
    assert session.current_time_utc > pd.Timestamp("2024-03-01 12:00", tz="UTC")


def test_time_bar_remembers_the_play_speed(qtbot: QtBot, session: Session) -> None:
    bar = TimeBar(session)
    qtbot.addWidget(bar)
    assert bar.speed.currentText() == "1 day/s"
    bar.speed.setCurrentText("1 h/s")
    again = TimeBar(session)
    qtbot.addWidget(again)
    assert again.speed.currentText() == "1 h/s"


def test_inspector_lists_the_thresholds_of_the_rules_that_fired() -> None:
    import json

    import pandas as pd

    from ssaviewer.gui.inspector_panel import thresholds_html

    event = pd.Series(
        {
            "rules": "magnitude;outofplane.inclination",
            "rule_thresholds": json.dumps(
                {
                    "magnitude": {"factor": 5.0, "min_history": 3},
                    "outofplane": {"min_sigma": 6.0},
                    "cadence": {"factor": 3.0},
                    "digest": "abc123",
                }
            ),
        }
    )
    text = thresholds_html(event)
    assert "<td>factor</td><td>5</td>" in text  # a table, not "factor = 5" run-on text
    assert "<td>min sigma</td><td>6</td>" in text
    assert "cadence" not in text  # did not fire
    assert "abc123" in text
    assert thresholds_html(pd.Series({"rules": "", "rule_thresholds": ""})) == ""


def test_demo_catalogue_filters_by_type_and_owner(qtbot: QtBot, repo_root: Path) -> None:
    session = Session()
    session.set_dataset(ssaviewer.load(repo_root / "sample_data"))
    panel = CataloguePanel(session)
    qtbot.addWidget(panel)
    panel.object_type.setCurrentText("DEB")
    assert sorted(_column(panel.model, "norad_id")) == list(range(100101, 100113))
    panel.object_type.setCurrentText("R/B")
    assert _column(panel.model, "object_name") == ["ATLAS-M R/B", "VECTOR R/B"]
    panel.object_type.setCurrentIndex(0)
    panel.owner.setCurrentText("ESA")
    assert _column(panel.model, "object_name") == ["AURORA-1", "AURORA-2"]
