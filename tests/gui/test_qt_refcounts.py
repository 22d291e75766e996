"""The installed Qt binding must not leak references to None or True while painting.

PySide6 6.12.0 under Python 3.11 decrements None's reference count on every widget repaint
(and True's on every pyqtgraph repaint); a viewer left running aborts with "none_dealloc".
pyproject.toml excludes it; this test fails if such a binding is installed again.
"""

from __future__ import annotations

import sys

import pyqtgraph as pg
import pytest
from pytestqt.qtbot import QtBot

REPAINTS = 200


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal from 3.12")
def test_repainting_keeps_the_reference_counts_of_none_and_true(qtbot: QtBot) -> None:
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(300, 200)
    widget.show()
    qtbot.waitExposed(widget)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(REPAINTS):
        widget.viewport().repaint()
    # A handful of references may come and go; a leak loses one or more per repaint.
    assert sys.getrefcount(None) - none_before > -REPAINTS // 4
    assert sys.getrefcount(True) - true_before > -REPAINTS // 4
