"""Detecting again after the session changes (records, launch notifications): once, when idle."""

from __future__ import annotations

from pathlib import Path

import pytest

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
