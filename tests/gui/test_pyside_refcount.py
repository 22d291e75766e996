"""Qt bindings must not leak references to None.

PySide6 6.12.0 decrements None's reference count on every call to a void method (QTimer.start,
QStandardItemModel.setItem, ...). On Python 3.11, where None is not immortal, the viewer then
aborts with "Fatal Python error: none_dealloc" after a few tens of thousands of such calls:
within seconds of pressing Play. pyproject.toml excludes that release; this test catches any
other release with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

CALLS = 2_000


def test_void_qt_calls_do_not_consume_references_to_none(qtbot: QtBot) -> None:
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        timer.start(1000)
        timer.stop()
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10, f"{lost} references to None lost in {2 * CALLS} Qt calls"
