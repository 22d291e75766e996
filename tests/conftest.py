"""Shared fixtures. Qt runs offscreen unless a test run chose a platform (Xvfb: xcb)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real data folder ``../shared/data``; skips the test when it is absent."""
    if not (SHARED_DATA / "README.md").exists():
        pytest.skip(f"real data folder {SHARED_DATA} is absent (it is not redistributable)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository root."""
    return REPO


@pytest.fixture
def gl_available(qapp: object) -> None:
    """Skip the test unless an OpenGL context can be created (Xvfb: ``.ci/run``)."""
    from ssaviewer.gui.gl_support import opengl_unavailable_reason

    reason = opengl_unavailable_reason()
    if reason:
        pytest.skip(f"OpenGL unavailable: {reason}; .ci/run runs these under Xvfb")


_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Remember the exit status for :func:`pytest_unconfigure`."""
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without interpreter finalisation once the GUI tests have run.

    PySide6 6.12 on Python 3.11 under-counts references to ``None``/``True`` somewhere in
    the widget code the GUI tests exercise; the count reaches zero only while the
    interpreter finalises, which then aborts ("none_dealloc: deallocating None") after
    every test has passed and been reported. Exiting here, with pytest's own status and
    after its report, keeps that shutdown crash from turning a green run red.
    """
    if "PySide6.QtWidgets" in sys.modules and _EXIT_STATUS:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
