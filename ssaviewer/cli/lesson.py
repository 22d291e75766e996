"""``ssaviewer lesson build|score``: make a training scenario file, score trainees' marks.

``ssaviewer lesson build FOLDER -o LESSON.ssas`` simulates ``FOLDER/scenario.toml`` and bundles
it with ``FOLDER/lesson.toml`` (see ``sample_data/lessons/``); ``ssaviewer lesson score
LESSON.ssas MARKS.csv [-o RESULTS.csv]`` scores a marks table (columns trainee, norad_id,
time_utc, label) against the answer key and prints each trainee's totals.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import pandas as pd

from ssaviewer.core.simulate.spec import SpecError
from ssaviewer.core.training import (
    LessonError,
    build_training_scenario,
    read_training_scenario,
    results_csv,
    score_marks,
    summarise,
    write_training_scenario,
)
from ssaviewer.core.training.scenario_file import ScenarioFileError


def add_parser(subparsers: Any) -> None:
    """Register the ``lesson`` sub-command."""
    parser = subparsers.add_parser(
        "lesson",
        help="build a training scenario (.ssas) or score trainees' quiz marks",
        description="Trainer mode without the viewer. Exit status 2 for bad input.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    build = actions.add_parser(
        "build", help="simulate FOLDER/scenario.toml and bundle it with FOLDER/lesson.toml"
    )
    build.add_argument("folder", metavar="FOLDER", help="holds scenario.toml and lesson.toml")
    build.add_argument("-o", "--output", required=True, metavar="LESSON.ssas")
    score = actions.add_parser("score", help="score MARKS.csv against the scenario's answer key")
    score.add_argument("scenario", metavar="LESSON.ssas")
    score.add_argument("marks", metavar="MARKS.csv", help="columns trainee,norad_id,time_utc,label")
    score.add_argument(
        "-o", "--output", metavar="RESULTS.csv", help="one row per trainee and event"
    )


def _error(message: str) -> int:
    sys.stderr.write(f"ssaviewer lesson: error: {message}\n")
    return 2


def _build(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    try:
        spec_text = (folder / "scenario.toml").read_text(encoding="utf-8")
        lesson_text = (folder / "lesson.toml").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _error(f"FOLDER: {exc}; expected scenario.toml and lesson.toml in {folder}")
    try:
        scenario = build_training_scenario(spec_text, lesson_text)
        write_training_scenario(scenario, Path(args.output))
    except (SpecError, LessonError, ValueError, OSError) as exc:
        return _error(str(exc))
    key = scenario.key()
    sys.stdout.write(
        f"wrote {args.output}: {len(key)} events ({int(key['scored'].sum())} scored), "
        f"{int(key['narration'].ne('').sum())} narration notes\n"
    )
    return 0


def _score(args: argparse.Namespace) -> int:
    try:
        scenario = read_training_scenario(Path(args.scenario))
        marks = pd.read_csv(args.marks, dtype={"trainee": str, "label": str})
        results = score_marks(scenario.key(), marks, scenario.lesson.tolerance_hours)
    except (ScenarioFileError, LessonError, ValueError, OSError) as exc:
        return _error(str(exc))
    for row in summarise(results).itertuples(index=False):
        sys.stdout.write(
            f"{row.trainee}: found {row.found} of {row.events}, missed {row.missed}, "
            f"false marks {row.false_marks}, correct labels {row.correct_labels}\n"
        )
    if args.output:
        try:
            Path(args.output).write_text(results_csv(results), encoding="utf-8")
        except OSError as exc:
            return _error(f"-o/--output: {exc}")
    return 0


def run(args: argparse.Namespace) -> int:
    """Build or score; see the module docstring."""
    return _build(args) if args.action == "build" else _score(args)
