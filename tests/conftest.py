"""Shared fixtures and settings.

Qt runs offscreen unless a test run chose a platform (Xvfb: xcb). Hypothesis uses the ``ci``
profile when the ``CI`` environment variable is set (derandomized: the same examples on every
run, so CI is deterministic) and ``dev`` otherwise (random examples, found failures remembered
in ``.hypothesis/``). ``--hypothesis-profile=soak`` runs many more examples locally.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_SLOW_OK = [HealthCheck.too_slow]
settings.register_profile("dev", max_examples=200, deadline=None, suppress_health_check=_SLOW_OK)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=_SLOW_OK,
)
settings.register_profile("soak", max_examples=5000, deadline=None, suppress_health_check=_SLOW_OK)
settings.load_profile("ci" if os.environ.get("CI", "").lower() not in ("", "0", "false") else "dev")

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
