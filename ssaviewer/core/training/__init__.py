"""Trainer mode's domain: lesson scenario files, narration notes and quiz scoring (no Qt).

A training scenario is one ``.ssas`` file (a zip, see :mod:`.scenario_file`) holding the
simulator SPEC, the data it generated, the answer key and the trainer's lesson (title, quiz
settings and one narration note per event). :mod:`.quiz` scores a trainee's marks against the
answer key and exports one CSV row per trainee and event.
"""

from ssaviewer.core.training.lesson import Lesson, LessonError, parse_lesson
from ssaviewer.core.training.quiz import (
    MARK_COLUMNS,
    RESULT_COLUMNS,
    quiz_key,
    results_csv,
    score_marks,
    summarise,
)
from ssaviewer.core.training.scenario_file import (
    SUFFIX,
    TrainingScenario,
    build_training_scenario,
    read_training_scenario,
    write_training_scenario,
)

__all__ = [
    "MARK_COLUMNS",
    "RESULT_COLUMNS",
    "SUFFIX",
    "Lesson",
    "LessonError",
    "TrainingScenario",
    "build_training_scenario",
    "parse_lesson",
    "quiz_key",
    "read_training_scenario",
    "results_csv",
    "score_marks",
    "summarise",
    "write_training_scenario",
]
