"""One deferred call for many requests, without pyqtgraph (panels that draw no plot use it too)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class CoalescedCall:
    """Run ``function`` once on the next event-loop turn, however often it was requested.

    One session change emits several signals (data, selection, time); a panel that redraws on
    each would redo the same work three times and stall the window. The call waits
    ``delay_ms`` (not 0: Qt runs zero timers before anything else that is due), so input,
    repaints and the other panels get a turn of the event loop in between.
    """

    def __init__(self, function: Callable[[], None], parent: QObject, delay_ms: int = 5) -> None:
        self.function = function
        self.timer = QTimer(parent)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(function)

    def __call__(self, *_: object) -> None:
        """Schedule the call (arguments from the signal are ignored)."""
        self.timer.start()

    def flush(self) -> None:
        """Run a pending call now."""
        if self.timer.isActive():
            self.timer.stop()
            self.function()
