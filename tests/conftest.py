"""Shared fixtures. Qt runs offscreen unless a test run chose a platform (Xvfb: xcb)."""

from __future__ import annotations

import os
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
