"""Detecting again after the session changes (records, launch notifications): once, when idle."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssaviewer.core.dataset import load
from ssaviewer.gui.controller import DataController
from ssaviewer.gui.session import Session
from tests.gui.synthetic import write_scenario


def test_requests_while_a_job_runs_make_one_detection_when_it_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = Session()
    session.set_dataset(load(write_scenario(tmp_path)))
    controller = DataController(session)
    runs: list[int] = []
    monkeypatch.setattr(controller, "detect", _counting(runs))
    controller.worker = object()  # type: ignore[assignment]  # a job is running
    controller.detect_again()
    controller.detect_again()
    assert runs == []  # not while the job runs: it read the session before the change
    controller.worker = None
    controller.idle.emit("done")
    assert runs == [1]  # one run for both requests
    controller.idle.emit("done again")
    assert runs == [1]  # and no stale connection left behind
    controller.detect_again()
    assert runs == [1, 1]  # idle: at once


def test_nothing_to_detect_without_data(monkeypatch: pytest.MonkeyPatch) -> None:
    controller = DataController(Session())
    runs: list[int] = []
    monkeypatch.setattr(controller, "detect", _counting(runs))
    controller.detect_again()
    assert runs == []


def _counting(runs: list[int]) -> object:
    def detect(rules: object = None) -> bool:
        runs.append(1)
        return True

    return detect


def test_a_request_during_a_load_makes_the_one_detection_after_it(
    tmp_path: Path, qtbot: QtBot
) -> None:
    """The demo's launch notifications arrive while its load runs: the load is followed by
    one detection, which the status bar shows, not by a second one refused as busy."""
    paths = [str(write_scenario(tmp_path))]
    session = Session()
    controller = DataController(session)
    outcomes: list[str] = []
    started: list[str] = []
    controller.idle.connect(outcomes.append)
    controller.busy.connect(started.append)
    assert controller.load(paths)
    controller.detect_again()  # e.g. launch notifications read while loading
    finished = lambda: not controller.is_busy and any(" events, " in o for o in outcomes)  # noqa: E731
    qtbot.waitUntil(finished, timeout=60_000)
    qtbot.wait(50)  # a second detection, if any, would have been asked for by now
    assert started.count("detecting") == 1
    assert not [o for o in outcomes if o.startswith("busy")]
