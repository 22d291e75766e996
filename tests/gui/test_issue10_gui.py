"""Regression tests for the rough edges of issue 10 in the window (defects 2, 3, 6, 7, ...)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import ssaviewer
from ssaviewer.gui import main_window
from ssaviewer.gui.app import select_with_event
from ssaviewer.gui.events_panel import EVENT_TABLE_COLUMNS, EventsPanel
from ssaviewer.gui.formatting import format_duration, format_value
from ssaviewer.gui.history_panel import HistoryPanel
from ssaviewer.gui.inspector_panel import EMPTY_TEXT, InspectorPanel, event_html
from ssaviewer.gui.main_window import MainWindow
from ssaviewer.gui.session import Session
from ssaviewer.gui.status_bar import StatusBar
from ssaviewer.gui.time_bar import TimeBar
from tests.gui.synthetic import daily, events_frame, tle_text


class BlankPanel(QWidget):
    """A plot panel stand-in (the layout, not the plots, is under test)."""

    def __init__(self, session: Session) -> None:
        super().__init__()


@pytest.fixture
def window(qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(
        main_window, "PLOT_PANELS", (("Fake plot", "tests.gui.test_issue10_gui:BlankPanel"),)
    )
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    window.apply_default_layout()
    qtbot.wait(20)
    return window


def test_left_dock_keeps_its_width_while_events_are_stepped(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Defect 2: every relayout (a new time readout) used to widen the left dock by 6 px."""
    catalogue = window.docks["Catalogue"]
    before = catalogue.width()
    start = window.session.current_time_utc
    for k in range(12):
        window.session.set_time(start - pd.Timedelta(hours=k + 1))
        window.time_bar.step_event(+1 if k % 2 else -1)
        qtbot.wait(5)
    assert catalogue.width() == before


def test_view_reset_layout_restores_the_default_split(qtbot: QtBot, window: MainWindow) -> None:
    """Defect 2: View → Reset layout puts a squeezed or hidden panel back."""
    catalogue, plots = window.docks["Catalogue"], window.docks["Fake plot"]
    default = catalogue.width()
    window.resizeDocks([catalogue, plots], [1000, 500], Qt.Orientation.Horizontal)
    window.docks["Event inspector"].hide()
    qtbot.wait(10)
    assert catalogue.width() > default + 100
    actions = [a for a in window.menuBar().findChildren(QAction) if a.text() == "Reset layout"]
    assert actions, "no View → Reset layout"
    actions[0].trigger()
    qtbot.wait(10)
    assert abs(catalogue.width() - default) <= 8
    assert window.docks["Event inspector"].isVisible()


def test_picking_another_object_clears_the_event_of_the_old_one(
    qtbot: QtBot, session: Session
) -> None:
    """Defect 6: the inspector must not describe an object other than the one selected."""
    inspector = InspectorPanel(session)
    qtbot.addWidget(inspector)
    session.select_event("E3")  # TEST GEO, 90002
    assert "TEST GEO" in inspector.browser.toPlainText()
    session.select_object(90001)
    assert session.selected_event == ""
    assert inspector.browser.toPlainText() == EMPTY_TEXT
    session.select_event("E1")
    session.select_object(90001)  # the same object: its event stays
    assert session.selected_event == "E1"


def test_select_option_picks_an_event_of_that_object_and_moves_the_cursor(
    qtbot: QtBot, session: Session
) -> None:
    """Defect 6: ``--screenshot --select N`` shows N's event and time, not another's."""
    session.select_event("E3")
    select_with_event(session, 90001)
    assert session.selected_norad == 90001
    assert session.selected_event == "E2"  # its irregular event
    assert session.current_time_utc == pd.Timestamp("2024-03-08 12:00", tz="UTC")


def test_cancel_button_stays_put_while_counts_and_progress_change(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Defect 3: the Cancel button moved when the text beside it changed."""
    status = window.status
    status.job_started("detecting")
    qtbot.wait(10)
    before = status.cancel.mapTo(window, status.cancel.rect().topLeft()).x()
    many = pd.concat([events_frame()] * 400, ignore_index=True)
    many["event_id"] = [f"E{k}" for k in range(len(many))]
    window.session.set_events(many)
    status.job_progress(0.5, "screening after manoeuvre 1 of 2")
    status.job_started("screening close approaches")
    qtbot.wait(10)
    assert status.cancel.mapTo(window, status.cancel.rect().topLeft()).x() == before


def test_detection_runs_once_per_request_and_cancel_stops_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Architecture and defect 3: one detector run per request; Cancel ends the whole job."""
    from ssaviewer.core.detect import pipeline

    calls: list[int] = []
    real = pipeline.detect_in_chunks

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "detect_in_chunks", counted)
    window.controller.detect()
    qtbot.waitUntil(lambda: not window.controller.is_busy, timeout=30000)
    assert calls == [1]

    release = threading.Event()

    def blocked(*args: object, **kwargs: object) -> object:
        release.wait(10)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "detect_in_chunks", blocked)
    window.session.set_events(events_frame().iloc[:0])
    messages: list[str] = []
    window.controller.idle.connect(messages.append)
    window.controller.detect()
    window.status.cancel.click()
    release.set()
    qtbot.waitUntil(lambda: not window.controller.is_busy, timeout=30000)
    assert messages == ["detecting cancelled"]
    assert len(window.session.events) == 0


def test_loading_a_file_again_does_not_add_up_its_rejected_records(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Defect 12: the rejected count grew with every load of the same file."""
    text = tle_text(90001, "TEST", daily("2024-03-01", 5))
    lines = text.splitlines()
    lines[2] = lines[2][:-1] + str((int(lines[2][-1]) + 1) % 10)  # a bad checksum
    path = tmp_path / "bad.tle"
    path.write_text("\n".join(lines) + "\n")
    session = Session()
    status = StatusBar(session)
    qtbot.addWidget(status)
    session.add_dataset(ssaviewer.load(path))
    first = session.dataset.report.n_rejected
    assert first >= 1
    session.add_dataset(ssaviewer.load(path))
    assert session.dataset.report.n_rejected == first
    assert status.rejected.text() == f"{first} rejected"


def test_an_empty_file_is_called_empty(tmp_path: Path) -> None:
    """Defect 12: an empty file was reported as "not in a known format"."""
    path = tmp_path / "nothing.tle"
    path.write_bytes(b"")
    message = str(ssaviewer.load(path).report.files["message"].iloc[0])
    assert message.startswith("empty file")


def test_next_and_previous_irregular_and_within_the_object(qtbot: QtBot, session: Session) -> None:
    """Defect 13: `[` / `]` stepped through every event; now also irregular, and per object."""
    bar = TimeBar(session)
    qtbot.addWidget(bar)
    session.set_time(pd.Timestamp("2024-03-01", tz="UTC"))
    assert bar.step_event(+1, irregular_only=True)
    assert session.selected_event == "E2"  # skipping E1 (regular) and E3 (undetermined)
    assert not bar.step_event(+1, irregular_only=True)
    assert bar.step_event(-1, same_object=True)
    assert session.selected_event == "E1"  # E3 (2024-03-06) is another object's
    assert not bar.step_event(-1, same_object=True)


def test_navigate_menu_has_the_shortcuts_and_zooms_to_the_event(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Defect 13: the new steps are in a menu with shortcuts; Z zooms to the event window."""
    actions = {a.text(): a for a in window.menuBar().findChildren(QAction)}
    assert actions["Next irregular event"].shortcut().toString() == "}"
    assert actions["Previous event of this object"].shortcut().toString() == "Ctrl+["
    history = HistoryPanel(window.session)
    qtbot.addWidget(history)
    history.resize(800, 600)
    history.show()
    window.session.select_event("E2")
    assert history.zoom_to_event("E2")
    left, right = history.rows["a"].plot.getViewBox().viewRange()[0]
    start = pd.Timestamp("2024-03-07 12:00", tz="UTC").timestamp()
    end = pd.Timestamp("2024-03-09 12:00", tz="UTC").timestamp()
    assert left == pytest.approx(start - (end - start))
    assert right == pytest.approx(end + (end - start))


def test_durations_and_numbers_read_as_people_write_them() -> None:
    """Defect 9: "0 days 21:03:55.874592" and "-0.00169975" in the inspector."""
    assert format_duration(pd.Timedelta("0 days 21:03:55.874592")) == "21 h 04 min"
    assert format_duration(pd.Timedelta(days=8, hours=15, minutes=46)) == "8 d 16 h"
    assert format_duration(pd.Timedelta(minutes=-3, seconds=-5)) == "−3 min 05 s"
    assert format_value(-0.00169975, "delta_i_deg") == "-0.0017"
    assert format_value(0.0841357, "delta_v_mps") == "0.084"
    assert format_value(False) == "no"


def test_inspector_shows_formatted_changes_and_a_thresholds_table(
    qtbot: QtBot, session: Session
) -> None:
    """Defect 9: the inspector shows durations, rounded numbers and thresholds as a table."""
    event = session.events.iloc[1].copy()
    event["rules"] = "inplane.step"
    event["rule_thresholds"] = json.dumps({"inplane": {"use_node": False, "min_sigma": 6.0}})
    page = event_html(event, session.dataset.elements)
    assert "<td>use node</td><td>no</td>" in page
    assert "use_node = False" not in page
    assert "2 d 00 h" in page  # the epoch change, not "2 days 00:00:00"
    assert "days" not in page


def test_event_table_columns_fit_delta_v_and_type(qtbot: QtBot, session: Session) -> None:
    """Defect 9: the Δv and type columns cut their values."""
    panel = EventsPanel(session)
    qtbot.addWidget(panel)
    metrics = panel.table.fontMetrics()
    names = [c for c, _ in EVENT_TABLE_COLUMNS]
    for column, widest in (("delta_v_mps", "-12345.678"), ("event_type", "close-approach")):
        width = panel.table.columnWidth(names.index(column))
        assert width >= metrics.horizontalAdvance(widest) + 12


def test_time_bar_buttons_step_through_irregular_events(qtbot: QtBot, session: Session) -> None:
    """Defect 13: the next irregular event is one click away."""
    bar = TimeBar(session)
    qtbot.addWidget(bar)
    session.set_time(pd.Timestamp("2024-03-01", tz="UTC"))
    bar.next_irregular.click()
    assert session.selected_event == "E2"
    bar.previous_irregular.click()
    assert session.selected_event == "E2"  # no irregular event before it


def test_verdict_buttons_keep_their_height_beside_the_events(window: MainWindow) -> None:
    """The verdict dock shares the bottom with the events: its buttons must not be squeezed
    to slivers (a word-wrapped status line let the layout take their height)."""
    from PySide6.QtWidgets import QPushButton

    window.resize(1600, 1000)
    window.show()
    window.apply_default_layout()
    QCoreApplication.processEvents()
    buttons = window.docks["Verdict"].findChildren(QPushButton)
    assert buttons
    for button in buttons:
        assert button.height() >= button.sizeHint().height(), button.text()
