"""Training scenario files (``.ssas``): one zip with everything a lesson needs.

Members (all UTF-8 text):

``scenario.toml``
    The simulator SPEC (:func:`ssaviewer.core.simulate.parse_spec`).
``lesson.toml``
    The trainer's lesson: title, quiz settings, narration notes (:mod:`.lesson`).
``answer_key.csv``
    The simulator's answer key (``ANSWER_KEY_COLUMNS``).
``data/*``
    The generated element files and ``satcat.csv``, exactly as ``ssaviewer simulate`` writes
    them, so a scenario opens without simulating again.

The answer key is only for the trainer's side (presentation and scoring): a trainee's view
hides it. :func:`build_training_scenario` makes the whole file from a SPEC and a lesson.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Final

import pandas as pd

from ssaviewer.core.simulate.scenario import ANSWER_KEY_COLUMNS, simulate
from ssaviewer.core.simulate.spec import parse_spec
from ssaviewer.core.training.lesson import Lesson, parse_lesson
from ssaviewer.core.training.quiz import quiz_key

SUFFIX: Final = ".ssas"
SPEC_MEMBER: Final = "scenario.toml"
LESSON_MEMBER: Final = "lesson.toml"
KEY_MEMBER: Final = "answer_key.csv"
DATA_FOLDER: Final = "data"
_MAX_MEMBER_BYTES: Final = 200_000_000


class ScenarioFileError(ValueError):
    """A ``.ssas`` file that cannot be read: the message names the file and the member."""


@dataclass(frozen=True)
class TrainingScenario:
    """A lesson scenario in memory.

    Attributes
    ----------
    spec_text, lesson_text
        The SPEC and lesson TOML, as written.
    lesson
        The parsed lesson.
    answer_key
        The simulator's answer key (``ANSWER_KEY_COLUMNS``, times as ISO text).
    files
        Data file name → text (element files and ``satcat.csv``).
    """

    spec_text: str
    lesson_text: str
    lesson: Lesson
    answer_key: pd.DataFrame
    files: dict[str, str]

    def key(self) -> pd.DataFrame:
        """Return the quiz key: answer-key events with the lesson's notes attached."""
        return quiz_key(
            self.answer_key, self.lesson.quiz, self.lesson.notes, self.lesson.tolerance_hours
        )

    def write_data(self, folder: Path) -> list[Path]:
        """Write the data files into ``folder`` (created); return their paths."""
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for name, text in self.files.items():
            path = folder / name
            path.write_text(text, encoding="utf-8", newline="\n")
            paths.append(path)
        return paths


def build_training_scenario(spec_text: str, lesson_text: str) -> TrainingScenario:
    """Simulate a SPEC and bundle it with its lesson.

    Raises
    ------
    ssaviewer.core.simulate.SpecError
        A bad SPEC.
    LessonError
        A bad lesson.
    ValueError
        A narration note that matches no event of the answer key.
    """
    spec = parse_spec(spec_text, SPEC_MEMBER)
    lesson = parse_lesson(lesson_text, LESSON_MEMBER)
    result = simulate(spec)
    scenario = TrainingScenario(spec_text, lesson_text, lesson, result.answer_key, result.files)
    scenario.key()  # every note must find its event
    return scenario


def write_training_scenario(scenario: TrainingScenario, path: Path) -> None:
    """Write ``scenario`` to ``path`` (a zip; the suffix should be ``.ssas``), reproducibly."""
    key_text = scenario.answer_key.to_csv(index=False, float_format="%.6g", lineterminator="\n")
    members = [
        (SPEC_MEMBER, scenario.spec_text),
        (LESSON_MEMBER, scenario.lesson_text),
        (KEY_MEMBER, key_text),
        *((f"{DATA_FOLDER}/{name}", text) for name, text in sorted(scenario.files.items())),
    ]
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in members:
            # A fixed date: the same scenario gives a byte-identical file.
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def _member(archive: zipfile.ZipFile, path: Path, name: str) -> str:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise ScenarioFileError(
            f"{path}: member '{name}' is missing; a {SUFFIX} file holds {SPEC_MEMBER}, "
            f"{LESSON_MEMBER}, {KEY_MEMBER} and {DATA_FOLDER}/"
        ) from None
    if info.file_size > _MAX_MEMBER_BYTES:
        raise ScenarioFileError(f"{path}: member '{name}' is {info.file_size} bytes; too large")
    try:
        return archive.read(info).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ScenarioFileError(f"{path}: member '{name}' is not UTF-8 text ({exc})") from None


def read_training_scenario(path: Path) -> TrainingScenario:
    """Read a ``.ssas`` file.

    Raises
    ------
    ScenarioFileError
        Not a zip, a missing member, a bad answer key; the message names file and member.
    LessonError
        A bad ``lesson.toml``.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise ScenarioFileError(f"{path}: cannot open as a {SUFFIX} scenario ({exc})") from None
    with archive:
        spec_text = _member(archive, path, SPEC_MEMBER)
        lesson_text = _member(archive, path, LESSON_MEMBER)
        key_text = _member(archive, path, KEY_MEMBER)
        files = {}
        for name in archive.namelist():
            member = PurePosixPath(name)
            if member.parent == PurePosixPath(DATA_FOLDER) and member.name:
                files[member.name] = _member(archive, path, name)
    answer_key = pd.read_csv(io.StringIO(key_text), keep_default_na=False)
    missing = [c for c in ANSWER_KEY_COLUMNS if c not in answer_key.columns]
    if missing:
        raise ScenarioFileError(f"{path}: {KEY_MEMBER} lacks columns {missing}")
    lesson = parse_lesson(lesson_text, f"{path}:{LESSON_MEMBER}")
    return TrainingScenario(spec_text, lesson_text, lesson, answer_key, files)
