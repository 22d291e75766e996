"""GUI test fixtures: settings in a temporary .ini, a loaded session, literal events."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

import ssaviewer
from ssaviewer.gui import settings
from ssaviewer.gui.session import Session
from tests.gui.synthetic import events_frame, write_scenario


@pytest.fixture(autouse=True)
def temp_settings(tmp_path: Path) -> Iterator[Path]:
    """Every GUI test reads and writes its own settings file."""
    path = tmp_path / "settings.ini"
    settings.use_ini_file(path)
    yield path
    settings.use_ini_file(None)


@pytest.fixture(autouse=True)
def collect_qt_garbage() -> Iterator[None]:
    """Collect each test's cyclic garbage on the GUI thread when the test ends.

    Python's cycle collector runs in whichever thread happens to allocate past its threshold.
    Had it run in a worker (a load's reading threads) it would destroy the Qt objects of
    earlier tests off the GUI thread, which deadlocks in PySide6: seen in CI, a reading thread
    stuck in ``QObject::~QObject`` waiting for the GIL while the test waited for the load.
    The viewer itself keeps the collector off while its workers run (``gui/workers.py``).
    """
    yield
    gc.collect()


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    """A synthetic TLE file: two objects, ten daily element sets each."""
    return write_scenario(tmp_path)


@pytest.fixture
def session(qtbot: object, scenario: Path) -> Session:
    """A session with the scenario loaded and the three literal events."""
    session = Session()
    session.set_dataset(ssaviewer.load(scenario))
    session.set_events(events_frame())
    return session
