"""The assembled window: loading, bad files, drag and drop, export, plots, detection hook."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ssaviewer.core.dataset import Dataset
from ssaviewer.core.detect.rules import Rules
from ssaviewer.gui import main_window, settings
from ssaviewer.gui.dialogs import RejectedDialog
from ssaviewer.gui.main_window import MainWindow
from ssaviewer.gui.session import Session
from ssaviewer.gui.theme import apply_theme
from tests.gui.synthetic import daily, events_frame, tle_text, write_large_catalogue


class FakePlotPanel(QWidget):
    """Stands in for a plot panel: records where it was asked to export."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exported: list[str] = []

    def export_png(self, path: str) -> None:
        self.exported.append(path)


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(
        main_window,
        "PLOT_PANELS",
        (
            ("Fake plot", "tests.gui.test_main_window:FakePlotPanel"),
            ("Missing plot", "ssaviewer.gui.no_such_panel:NoSuchPanel"),
        ),
    )
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def load_and_wait(qtbot: QtBot, window: MainWindow, *paths: Path) -> None:
    window.commands.open_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: not window.controller.is_busy, timeout=20000)


def test_load_fills_the_session_and_status_bar(
    qtbot: QtBot, window: MainWindow, scenario: Path
) -> None:
    load_and_wait(qtbot, window, scenario)
    assert len(window.session.dataset.elements) == 20
    assert window.catalogue.model.rowCount() == 2
    assert window.status.loaded.text() == "2 objects · 20 element sets"


def test_missing_panel_shows_why_and_the_rest_works(window: MainWindow) -> None:
    window.docks["Missing plot"].raise_()  # a tab behind another is built when first shown
    placeholder = window.docks["Missing plot"].widget()
    assert isinstance(placeholder, QLabel)
    assert placeholder.text().startswith("panel not available: No module named")
    assert isinstance(window.docks["Fake plot"].widget(), FakePlotPanel)


def test_malformed_file_shows_dialog_naming_it_and_keeps_data(
    qtbot: QtBot, window: MainWindow, scenario: Path, tmp_path: Path
) -> None:
    load_and_wait(qtbot, window, scenario)
    bad = tmp_path / "broken.tle"
    bad.write_text("this is not an element set\n\x00\x01garbage\n")
    missing = tmp_path / "missing.tle"
    load_and_wait(qtbot, window, bad, missing)
    dialog = window.commands.dialog
    assert isinstance(dialog, QMessageBox)
    assert "broken.tle" in dialog.detailedText()
    assert "missing.tle: no such file or folder" in dialog.detailedText()
    assert len(window.session.dataset.elements) == 20
    assert window.catalogue.model.rowCount() == 2
    dialog.close()


def test_rejected_records_are_listed_from_the_status_bar(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    good = tle_text(90003, "MIXED", daily("2024-01-01", 3)).splitlines()
    good[5] = good[5][:-1] + str((int(good[5][-1]) + 1) % 10)  # break one checksum
    path = tmp_path / "mixed.tle"
    path.write_text("\n".join(good) + "\n")
    load_and_wait(qtbot, window, path)
    assert window.status.rejected.text() == "1 rejected"
    window.status.rejected.click()
    dialog = window.commands.dialog
    assert isinstance(dialog, RejectedDialog)
    assert dialog.model.value(0, "file") == "mixed.tle"
    assert dialog.model.value(0, "location") == "line 6"  # the line whose checksum broke
    assert "checksum" in dialog.model.value(0, "reason")
    dialog.close()


def test_drop_of_a_file_loads_it(qtbot: QtBot, window: MainWindow, scenario: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scenario))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: not window.controller.is_busy, timeout=20000)
    assert sorted(window.session.dataset.objects["norad_id"]) == [90001, 90002]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("all", ["E1", "E2", "E3"]), ("flagged", ["E2"]), ("filtered", ["E1", "E2"])],
)
def test_export_writes_the_rows_asked_for(
    qtbot: QtBot, window: MainWindow, scenario: Path, tmp_path: Path, kind: str, expected: list[str]
) -> None:
    load_and_wait(qtbot, window, scenario)
    window.session.set_events(events_frame())
    window.events.object_text.setText("LEO")  # the current filter: E1 and E2
    out = tmp_path / f"{kind}.csv"
    window.commands.export_events(kind, str(out))
    written = pd.read_csv(out)
    assert sorted(written["event_id"]) == expected
    assert list(written.columns[:3]) == ["event_id", "norad_id", "object_name"]


def test_export_plot_delegates_to_the_plot_panel(window: MainWindow, tmp_path: Path) -> None:
    out = str(tmp_path / "plot.png")
    window.commands.export_plot(out)
    panel = window.docks["Fake plot"].widget()
    assert isinstance(panel, FakePlotPanel)
    assert panel.exported == [out]


def test_real_detection_runs_after_load_and_reports_its_counts(
    qtbot: QtBot, window: MainWindow, scenario: Path
) -> None:
    with qtbot.waitSignal(window.session.eventsChanged, timeout=30000):
        window.commands.open_paths([str(scenario)])
    qtbot.waitUntil(lambda: not window.controller.is_busy, timeout=30000)
    events = window.session.events
    irregular = int((events["label"] == "irregular").sum())
    assert window.status.currentMessage() == f"{len(events)} events, {irregular} irregular"
    assert set(events["norad_id"]) <= {90001, 90002}


def test_detection_runs_after_load_first_quickly_then_with_screening(
    qtbot: QtBot, window: MainWindow, scenario: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ssaviewer.core.detect import pipeline

    calls: list[tuple[int, bool]] = []

    def label_events(dataset: Dataset, found: Any, rules: Any, **kwargs: Any) -> pd.DataFrame:
        calls.append((len(dataset.elements), kwargs["screen"] is not None))
        kwargs["progress"](0.5, "half")
        events = events_frame()
        if kwargs["screen"] is None:  # the first pass: no close-approach events yet
            return events[events["event_id"] != "E3"].reset_index(drop=True)
        return events

    monkeypatch.setattr(pipeline, "label_events", label_events)
    with qtbot.waitSignal(window.session.eventsChanged, timeout=20000):
        window.commands.open_paths([str(scenario)])
    qtbot.waitUntil(lambda: not window.controller.is_busy, timeout=20000)
    assert calls == [(20, False), (20, True)]
    assert list(window.session.events["event_id"]) == ["E1", "E2", "E3"]
    assert window.status.events.text() == "3 events (1 irregular)"
    assert window.session.selected_event == "E2"  # the first irregular one, kept
    leo = window.catalogue.model.find_row("norad_id", 90001)
    assert window.catalogue.model.value(leo, "n_irregular") == 1


def test_layout_is_saved_and_restored(qtbot: QtBot, window: MainWindow) -> None:
    window.docks["Catalogue"].hide()
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert not again.docks["Catalogue"].isVisible()
    assert again.docks["Events"].isVisible()


@pytest.fixture
def light_afterwards(qtbot: QtBot) -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")


@pytest.mark.usefixtures("light_afterwards")
def test_dark_theme_is_remembered_and_keeps_labels_readable(window: MainWindow) -> None:
    window.session.set_events(events_frame())
    model = window.events.model
    row = model.find_row("event_id", "E1")  # a regular event
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole).name() == "#0072b2"
    window.commands.set_theme("dark")
    assert settings.get("theme") == "dark"
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole).name() == "#56b4e9"
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightness() < 80


def test_opened_paths_become_recent_files(qtbot: QtBot, window: MainWindow, scenario: Path) -> None:
    load_and_wait(qtbot, window, scenario)
    assert settings.get("recent_files") == [str(scenario.resolve())]


def test_cancel_keeps_the_data_already_loaded(
    qtbot: QtBot, window: MainWindow, scenario: Path, tmp_path: Path
) -> None:
    load_and_wait(qtbot, window, scenario)
    big = write_large_catalogue(tmp_path, n_objects=200, n_sets=20)
    window.commands.open_paths([str(big)])
    assert window.status.cancel.isVisibleTo(window)
    window.status.cancel.click()
    qtbot.waitUntil(lambda: not window.controller.is_busy, timeout=60000)
    assert window.status.currentMessage() == "loading cancelled"
    assert not window.status.cancel.isVisibleTo(window)
    assert sorted(window.session.dataset.objects["norad_id"]) == [90001, 90002]


def test_run_with_rules_file_passes_the_rules_to_detection(
    qtbot: QtBot,
    window: MainWindow,
    scenario: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ssaviewer.core.detect import pipeline
    from ssaviewer.core.detect.manoeuvres import inplane

    seen: list[Rules] = []
    real = pipeline.label_events

    def spy(dataset: Dataset, found: Any, rules: Rules, **kwargs: Any) -> pd.DataFrame:
        seen.append(rules)
        return real(dataset, found, rules, **kwargs)

    load_and_wait(qtbot, window, scenario)
    monkeypatch.setattr(pipeline, "label_events", spy)
    rules = tmp_path / "strict.toml"
    rules.write_text("[inplane]\nmin_sigma = 4.5\n")
    window.commands.run_with_rules(str(rules))
    qtbot.waitUntil(lambda: not window.controller.is_busy, timeout=30000)
    assert seen[-1].source == str(rules)
    assert seen[-1].section(inplane.SECTION, "LEO").min_sigma == 4.5
    assert settings.get("rules_path") == str(rules)


def test_run_with_an_invalid_rules_file_shows_why_and_does_not_run(
    qtbot: QtBot, window: MainWindow, scenario: Path, tmp_path: Path
) -> None:
    load_and_wait(qtbot, window, scenario)
    rules = tmp_path / "typo.toml"
    rules.write_text("[inplane]\nmin_sigmaa = 4.5\n")
    window.commands.run_with_rules(str(rules))
    assert not window.controller.is_busy
    dialog = window.commands.dialog
    assert isinstance(dialog, QMessageBox)
    assert "typo.toml: inplane.min_sigmaa: unknown key" in dialog.text()


NASTY_FILES: dict[str, bytes] = {
    "empty.tle": b"",
    "binary.tle": bytes(range(256)) * 64,
    "truncated.gz": b"\x1f\x8b\x08\x00" + b"\x00" * 20,
    "broken.zip": b"PK\x03\x04" + b"\xff" * 100,
    "long-line.tle": b"1 " + b"9" * 200_000 + b"\n",
    "bad.json": b'{"OBJECT_NAME": [1, 2, {"x": null}]',
    "latin1.tle": "DÉBRIS ÀÉ\n".encode("latin-1") * 3,
}


@pytest.mark.parametrize("name", sorted(NASTY_FILES))
def test_no_input_file_crashes_the_viewer(
    qtbot: QtBot, window: MainWindow, scenario: Path, tmp_path: Path, name: str
) -> None:
    load_and_wait(qtbot, window, scenario)
    bad = tmp_path / name
    bad.write_bytes(NASTY_FILES[name])
    load_and_wait(qtbot, window, bad)
    dialog = window.commands.dialog
    assert isinstance(dialog, QMessageBox)
    assert name in dialog.detailedText()
    assert len(window.session.dataset.elements) == 20
    dialog.close()


def test_export_is_the_core_format_spreadsheet_safe_and_read_back_exactly(
    window: MainWindow, tmp_path: Path
) -> None:
    from ssaviewer.core.export.events_csv import read_events_csv

    events = events_frame()
    events.loc[events["event_id"] == "E2", "explanation"] = '=HYPERLINK("http://x")'
    window.session.set_events(events)
    out = tmp_path / "flagged.csv"
    window.commands.export_events("flagged", str(out))
    assert "'=HYPERLINK" in out.read_text(encoding="utf-8")
    back = read_events_csv(out)
    assert list(back["event_id"]) == ["E2"]
    assert back["explanation"].iloc[0] == '=HYPERLINK("http://x")'


def test_open_recent_lists_what_was_opened(
    qtbot: QtBot, window: MainWindow, scenario: Path
) -> None:
    load_and_wait(qtbot, window, scenario)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    recent = next(a.menu() for a in file_menu.actions() if a.text() == "Open recent")
    assert isinstance(recent, QMenu)
    recent.aboutToShow.emit()
    assert [a.text() for a in recent.actions()] == [str(scenario.resolve())]
