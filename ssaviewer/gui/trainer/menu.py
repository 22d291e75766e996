"""The main window's Trainer menu: present or quiz on a lesson file."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QWidget,
)

from ssaviewer.gui.i18n import translate

#: Open trainer windows (a parentless top-level window needs a reference while shown).
_open_windows: set[QMainWindow] = set()


def open_trainer(
    path: Path, mode: str, parent: QWidget | None = None, full_screen: bool = False
) -> QMainWindow | None:
    """Open ``path`` (a ``.ssas`` lesson) in ``mode`` ("present" or "quiz").

    A file that cannot be read gets a message box naming the problem; returns None then.
    """
    # Imported here, as the window is: the simulator is not needed to open the viewer.
    from ssaviewer.core.simulate.spec import SpecError
    from ssaviewer.core.training import LessonError, read_training_scenario
    from ssaviewer.core.training.scenario_file import ScenarioFileError
    from ssaviewer.gui.trainer.window import TrainerWindow

    try:
        scenario = read_training_scenario(path)
        window = TrainerWindow(scenario, mode)
    except (ScenarioFileError, LessonError, SpecError, ValueError, OSError) as exc:
        QMessageBox.warning(
            parent, translate("TrainerMenu", "Cannot open the lesson"), f"{path}: {exc}"
        )
        return None
    _open_windows.add(window)
    window.destroyed.connect(lambda _obj=None: _open_windows.discard(window))
    if full_screen:
        window.showFullScreen()
    else:
        window.show()
    return window


def _choose_and_open(window: QMainWindow, mode: str) -> None:
    from ssaviewer.core.training import SUFFIX

    name, _ = QFileDialog.getOpenFileName(
        window,
        translate("TrainerMenu", "Open a lesson"),
        "",
        translate("TrainerMenu", "Training scenarios (*%1);;All files (*)").replace("%1", SUFFIX),
    )
    if name:
        open_trainer(Path(name), mode, window, full_screen=mode == "present")


def open_builder(parent: QWidget | None = None) -> QDialog:
    """Open the scenario builder (non-modal)."""
    from ssaviewer.gui.trainer.builder_dialog import ScenarioBuilderDialog

    session = getattr(parent, "session", None)  # the main window's loaded data, if any
    dataset = getattr(session, "dataset", None)
    dialog = ScenarioBuilderDialog(
        parent,
        loaded=dataset.elements if dataset is not None else None,
        selected_norad=int(getattr(session, "selected_norad", -1)),
    )
    dialog.show()
    return dialog


def add_trainer_menu(bar: QMenuBar, window: QMainWindow) -> None:
    """Add the Trainer menu: Scenario builder…, Present lesson…, Quiz on lesson…."""
    menu = bar.addMenu(translate("TrainerMenu", "&Trainer"))
    menu.setObjectName("menu_trainer")
    builder = menu.addAction(translate("TrainerMenu", "Scenario builder…"))
    builder.triggered.connect(lambda _checked=False: open_builder(window))
    present = menu.addAction(translate("TrainerMenu", "Present lesson…"))
    present.triggered.connect(lambda _checked=False: _choose_and_open(window, "present"))
    quiz = menu.addAction(translate("TrainerMenu", "Quiz on lesson…"))
    quiz.triggered.connect(partial(lambda _checked=False: _choose_and_open(window, "quiz")))
