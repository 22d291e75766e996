"""Trainer mode: presentation reveals events and notes in time; the quiz hides and scores."""

from __future__ import annotations

import gc
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

import ssaviewer
from ssaviewer.core.training import read_training_scenario
from ssaviewer.gui.main_window import MainWindow
from ssaviewer.gui.session import NO_SELECTION
from ssaviewer.gui.trainer.window import TrainerWindow

LESSON = Path(__file__).resolve().parents[2] / "sample_data" / "lessons" / "five_anomalies.ssas"


@pytest.fixture(scope="module")
def scenario() -> object:
    return read_training_scenario(LESSON)


def make_window(qtbot: QtBot, scenario: object, mode: str) -> TrainerWindow:
    window = TrainerWindow(scenario, mode)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts need the active window
    return window


def test_presentation_hides_events_until_the_cursor_passes_them(
    qtbot: QtBot, scenario: object
) -> None:
    window = make_window(qtbot, scenario, "present")
    key = window.key
    first_irregular = key.loc[key["expected_label"] == "irregular"].iloc[0]
    start = window.session.current_time_utc
    assert start < key["time_utc"].min()
    assert len(window.session.events) == 0
    assert "Five anomalies" in window.narration.text()

    just_before = first_irregular["time_utc"] - pd.Timedelta(seconds=1)
    window.session.set_time(just_before)
    shown = window.session.events
    assert len(shown) == int((key["time_utc"] <= just_before).sum())
    assert "irregular" not in set(shown["label"])

    QTest.keyClick(window, Qt.Key.Key_N)
    assert window.session.current_time_utc == first_irregular["time_utc"]
    assert window.session.selected_norad == first_irregular["norad_id"]
    assert window.session.selected_event == f"K{first_irregular['event_id']}"
    assert "irregular" in set(window.session.events["label"])
    assert first_irregular["narration"] in window.narration.text()

    QTest.keyClick(window, Qt.Key.Key_P)  # no earlier anomaly: stays
    assert window.session.current_time_utc == first_irregular["time_utc"]
    QTest.keyClick(window, Qt.Key.Key_Left)
    assert window.session.current_time_utc == first_irregular["time_utc"] - pd.Timedelta(days=1)
    assert "irregular" not in set(window.session.events["label"])


@pytest.mark.parametrize("mode", ["present", "quiz"])
def test_a_lesson_opens_on_its_first_object_at_its_start(
    qtbot: QtBot, scenario: object, mode: str
) -> None:
    window = make_window(qtbot, scenario, mode)
    first = int(window.session.dataset.objects["norad_id"].min())
    assert window.session.selected_norad == first
    assert window.objects.currentRow() == 0
    assert window.session.current_time_utc == window.session.dataset.elements["epoch_utc"].min()


def test_presentation_font_control_and_escape(qtbot: QtBot, scenario: object) -> None:
    window = make_window(qtbot, scenario, "present")
    size = window.point_size()
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.point_size() > size
    assert window.font().pointSize() == window.point_size()
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_quiz_hides_events_and_scores_marks(qtbot: QtBot, scenario: object, tmp_path: Path) -> None:
    window = make_window(qtbot, scenario, "quiz")
    quiz = window.quiz
    assert quiz is not None
    key = window.key
    last = key["time_utc"].max() + pd.Timedelta(days=1)
    window.session.set_time(last)
    assert len(window.session.events) == 0  # nothing given away, even at the end

    window.session.select_object(NO_SELECTION)
    assert not quiz.add_mark("irregular")  # no object selected
    raising = key.loc[key["behaviour"] == "orbit-raising"].iloc[0]
    window.session.select_object(int(raising["norad_id"]))
    window.session.set_time(raising["time_utc"] + pd.Timedelta(hours=6))
    QTest.keyClick(window, Qt.Key.Key_I)
    window.session.select_object(91006)  # PIKA-3 never manoeuvres
    QTest.keyClick(window, Qt.Key.Key_R)
    assert quiz.marks_table.rowCount() == 2

    results = quiz.score()
    outcomes = results["outcome"].value_counts().to_dict()
    assert outcomes == {"found": 1, "missed": 5, "false mark": 1}
    assert "found 1 of 6, missed 5, false marks 1, correct labels 1" in quiz.summary.text()
    assert len(window.session.events) == len(key)  # after scoring the key is shown

    missed_row = results.index[results["outcome"] == "missed"][0]
    quiz.show_result(int(missed_row))
    missed = results.loc[missed_row]
    assert window.session.selected_norad == missed["norad_id"]
    assert window.session.current_time_utc == missed["event_time_utc"]

    out = tmp_path / "results.csv"
    quiz.export(out)
    lines = out.read_text().splitlines()
    assert len(lines) == 1 + 7
    assert lines[0].startswith("trainee,outcome,event_id")


def test_main_window_has_the_trainer_menu(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    trainer = menus["&Trainer"]
    assert isinstance(trainer, QMenu)
    assert [a.text() for a in trainer.actions()] == [
        "Scenario builder…",
        "Present lesson…",
        "Quiz on lesson…",
    ]


def test_builder_makes_a_lesson_that_opens(qtbot: QtBot, tmp_path: Path) -> None:
    from ssaviewer.gui.trainer.builder_dialog import ScenarioBuilderDialog

    dialog = ScenarioBuilderDialog()
    qtbot.addWidget(dialog)
    dialog.days.setValue(40)
    dialog.add_object("LEO")
    dialog.add_object("LEO")
    dialog.add_object("GEO")
    leo, geo = 93001, 93501
    dialog.add_behaviour(leo, "orbit change", 12, 15.0)
    dialog.add_behaviour(leo + 1, "inclination change", 20, 0.1)
    dialog.add_behaviour(geo, "relocation", 8, 3.0)
    assert dialog.preview()
    assert dialog.notes.rowCount() == 4  # raising, inclination, relocation start and stop
    assert len(dialog.session.dataset.objects) == 3
    assert set(dialog.session.events["label"]) == {"regular", "irregular"}  # key as markers
    first_note = dialog.notes.item(0, 4)
    assert first_note is not None
    first_note.setText("Watch this one")
    out = tmp_path / "built.ssas"
    assert dialog.save(out)
    lesson = read_training_scenario(out)
    key = lesson.key()
    assert "Watch this one" in set(key["narration"])
    assert int(key["scored"].sum()) == 4

    dialog.add_behaviour(geo, "orbit change", 5, 1.0)  # a LEO behaviour on a GEO object
    assert not dialog.preview()
    assert "expected a LEO object" in dialog.message.text()


def test_builder_starts_from_a_loaded_object(qtbot: QtBot, repo_root: Path) -> None:
    import ssaviewer
    from ssaviewer.gui.trainer.builder_dialog import ScenarioBuilderDialog

    demo = ssaviewer.load(repo_root / "sample_data" / "leo.tle")
    dialog = ScenarioBuilderDialog(loaded=demo.elements, selected_norad=90005)
    qtbot.addWidget(dialog)
    assert dialog.add_loaded_object(dialog.loaded_norad.value())
    dialog.add_behaviour(90005, "inclination change", 10, 0.1)
    assert dialog.preview()
    objects = dialog.session.dataset.objects
    assert objects["object_name"].tolist() == ["TERRAVIEW-3"]
    assert not dialog.add_loaded_object(12345)
    assert "NORAD 12345" in dialog.message.text()


def test_a_lesson_loads_with_the_collector_paused_and_restored(
    qtbot: QtBot, scenario: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Collected in a load's reading thread, Qt objects would be destroyed off the GUI thread.
    seen: list[bool] = []
    real_load = ssaviewer.load

    def load(*paths: object) -> object:
        seen.append(gc.isenabled())
        return real_load(*paths)

    monkeypatch.setattr(ssaviewer, "load", load)
    assert gc.isenabled()
    make_window(qtbot, scenario, "present")
    assert seen == [False]
    assert gc.isenabled()
