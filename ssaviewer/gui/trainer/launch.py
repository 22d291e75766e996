"""``ssaviewer LESSON.ssas [--quiz] [--screenshot OUT.png]``: a lesson from the command line."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication

from ssaviewer.core.simulate.spec import SpecError
from ssaviewer.core.training import LessonError, read_training_scenario
from ssaviewer.core.training.scenario_file import ScenarioFileError
from ssaviewer.gui import settings


def lesson_main(app: QApplication, args: argparse.Namespace, path: Path) -> int:
    """Present (or with ``--quiz`` quiz on) ``path``; with ``--screenshot`` render and exit."""
    from ssaviewer.gui.trainer.menu import open_trainer
    from ssaviewer.gui.trainer.window import TrainerWindow

    mode = "quiz" if args.quiz else "present"
    if not args.screenshot:
        window = open_trainer(path, mode, full_screen=False)
        return int(app.exec()) if window is not None else 1
    settings.use_ini_file(Path(tempfile.mkdtemp(prefix="ssaviewer-")) / "settings.ini")
    try:
        shown = TrainerWindow(read_training_scenario(path), mode)
    except (ScenarioFileError, LessonError, SpecError, ValueError, OSError) as exc:
        print(f"ssaviewer: {path}: {exc}", file=sys.stderr)
        return 1
    shown.resize(*args.size)
    shown.show()
    if args.select is not None:
        shown.session.select_object(args.select)
    for _ in range(8):  # let the plots draw, then style them
        QCoreApplication.processEvents()
        QThread.msleep(30)
    shown.restyle()
    QCoreApplication.processEvents()
    if not shown.grab().save(str(args.screenshot)):
        print(f"ssaviewer: --screenshot: could not write {args.screenshot}", file=sys.stderr)
        return 1
    shown.close()
    return 0
