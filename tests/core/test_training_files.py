"""Lesson files, .ssas scenario files, the shipped lesson and ``ssaviewer lesson``."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import ssaviewer
from ssaviewer.__main__ import main
from ssaviewer.core.training import (
    LessonError,
    build_training_scenario,
    parse_lesson,
    read_training_scenario,
    write_training_scenario,
)
from ssaviewer.core.training.scenario_file import ScenarioFileError

ROOT = Path(__file__).resolve().parents[2]
LESSON_DIR = ROOT / "sample_data" / "lessons" / "five_anomalies"
LESSON_FILE = ROOT / "sample_data" / "lessons" / "five_anomalies.ssas"


def test_lesson_defaults_and_notes_in_time_order() -> None:
    lesson = parse_lesson(
        '[lesson]\ntitle = "T"\n'
        '[[note]]\nnorad_id = 2\ntime_utc = 2025-01-02T00:00:00Z\ntext = "second"\n'
        '[[note]]\nnorad_id = 1\ntime_utc = 2025-01-01T00:00:00Z\ntext = "first"\n'
    )
    assert (lesson.title, lesson.quiz, lesson.tolerance_hours) == ("T", "all", 24.0)
    assert lesson.notes["text"].tolist() == ["first", "second"]
    assert lesson.notes["time_utc"].iloc[0] == pd.Timestamp("2025-01-01T00:00:00Z")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[lesson]\ntitle = "T"\nquiz = "some"', "quiz = 'some'; expected one of all, irregular"),
        ('[lesson]\ntitle = "T"\ntolerance_hours = -1', "tolerance_hours = -1.0"),
        ('[lesson]\ntitel = "T"', "unknown key 'titel'"),
        ("[lesson]\n", "key 'title' is missing"),
        (
            '[lesson]\ntitle = "T"\n[[note]]\nnorad_id = "x"',
            "key 'norad_id' = 'x'; expected an integer",
        ),
        (
            '[lesson]\ntitle = "T"\n[[note]]\nnorad_id = 1\ntime_utc = 5',
            "= 5; expected a TOML date-time",
        ),
        ("[lesson", "not valid TOML"),
    ],
)
def test_bad_lessons_are_named(text: str, message: str) -> None:
    with pytest.raises(LessonError, match=re.escape(message)):
        parse_lesson(text, "my.toml")


def test_shipped_lesson_is_built_from_its_sources() -> None:
    built = build_training_scenario(
        (LESSON_DIR / "scenario.toml").read_text("utf-8"),
        (LESSON_DIR / "lesson.toml").read_text("utf-8"),
    )
    shipped = read_training_scenario(LESSON_FILE)
    assert shipped.files == built.files
    assert shipped.spec_text == built.spec_text
    key = shipped.key()
    assert key["norad_id"].nunique() == 8  # of ten catalogued objects, two are quiet
    assert key.loc[key["scored"], "expected_label"].eq("irregular").all()
    assert set(key.loc[key["scored"], "behaviour"]) == {
        "orbit-raising",
        "orbit-lowering",
        "inclination-change",
        "geo-relocation",
        "fragmentation",
    }
    assert (key["narration"] != "").sum() == 8
    assert key.loc[key["scored"], "narration"].ne("").all()


def test_round_trip_is_byte_identical(tmp_path: Path) -> None:
    shipped = read_training_scenario(LESSON_FILE)
    write_training_scenario(shipped, tmp_path / "again.ssas")
    assert (tmp_path / "again.ssas").read_bytes() == LESSON_FILE.read_bytes()


def test_written_data_loads(tmp_path: Path) -> None:
    paths = read_training_scenario(LESSON_FILE).write_data(tmp_path / "data")
    dataset = ssaviewer.load(*paths)
    assert dataset.objects["norad_id"].nunique() == 13  # with the three debris pieces


def test_missing_member_and_non_zip_are_named(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ssas"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("scenario.toml", "")
    with pytest.raises(ScenarioFileError, match=r"member 'lesson\.toml' is missing"):
        read_training_scenario(broken)
    text = tmp_path / "text.ssas"
    text.write_text("hello")
    with pytest.raises(ScenarioFileError, match=r"text\.ssas: cannot open"):
        read_training_scenario(text)


def test_folder_walk_skips_training_scenarios(tmp_path: Path) -> None:
    read_training_scenario(LESSON_FILE).write_data(tmp_path)
    only_data = ssaviewer.load(tmp_path)
    (tmp_path / "lesson.ssas").write_bytes(LESSON_FILE.read_bytes())
    with_lesson = ssaviewer.load(tmp_path)
    assert len(with_lesson.elements) == len(only_data.elements)
    assert not with_lesson.report.rejected.shape[0]


def test_cli_builds_and_scores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "lesson.ssas"
    assert main(["lesson", "build", str(LESSON_DIR), "-o", str(out)]) == 0
    assert out.read_bytes() == LESSON_FILE.read_bytes()
    marks = tmp_path / "marks.csv"
    marks.write_text(
        "trainee,norad_id,time_utc,label\n"
        "ann,91001,2025-03-25T12:00:00Z,irregular\n"
        "ann,91004,2025-05-10T00:00:00Z,regular\n"
        "ann,91006,2025-04-01T00:00:00Z,irregular\n"
    )
    results = tmp_path / "results.csv"
    assert main(["lesson", "score", str(out), str(marks), "-o", str(results)]) == 0
    printed = capsys.readouterr().out
    assert "ann: found 2 of 6, missed 4, false marks 1, correct labels 1" in printed
    assert len(results.read_text().splitlines()) == 1 + 6 + 1


def test_cli_names_a_bad_marks_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    marks = tmp_path / "marks.csv"
    marks.write_text("trainee,norad_id,time_utc\nann,1,2025-01-01T00:00:00Z\n")
    assert main(["lesson", "score", str(LESSON_FILE), str(marks)]) == 2
    assert "missing columns ['label']" in capsys.readouterr().err
