"""Panels built when first shown: a plot tab behind another costs nothing at start-up.

The ground track needs skyfield, the 3D view OpenGL, the GEO belt a pass over the catalogue;
none of that is on screen when the window opens with the element history in front. A dock
gets a :class:`PendingPanel` instead, and the real panel replaces it the first time the dock
is on screen (its tab raised, the dock floated, or restored in front by a saved layout).

Qt keeps the docks of a tab group that are not in front "visible" but outside the window, so
"on screen" means a non-empty visible region, not ``isVisible()``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget


class PendingPanel(QLabel):
    """What a dock holds until its panel is built; painted at most once or twice, if at all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("…", parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        #: Builds the panel into the dock (set by :func:`build_when_shown`; None: held back).
        self.fill: Callable[[], None] | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        """Being painted means being on screen: build the panel on the next turn of the loop.

        This catches what the dock's ``visibilityChanged`` does not say (a dock floated out of
        a tab group reports "hidden" as it appears).
        """
        super().paintEvent(event)
        if self.fill is not None:
            QTimer.singleShot(0, self.fill)


def build_when_shown(
    dock: QDockWidget, build: Callable[[], QWidget], *, after_paint: bool = False
) -> None:
    """Replace ``dock``'s :class:`PendingPanel` by ``build()`` once the dock is on screen.

    At once if it is on screen now (with ``after_paint``, once the window's next paint is
    done, so what changed on screen meanwhile shows first), else the first time it comes on
    screen. ``build`` runs once, on the GUI thread; on a tab raised, inside the visibility
    change, so the panel is in place before the dock is painted.
    """
    pending = dock.widget()
    if not isinstance(pending, PendingPanel):
        return

    def fill() -> None:
        if dock.widget() is pending:
            pending.fill = None
            dock.setWidget(build())
            pending.deleteLater()

    def shown(visible: bool) -> None:
        if visible and on_screen(dock):
            fill()

    pending.fill = fill
    dock.visibilityChanged.connect(shown)
    if on_screen(dock) and after_paint:
        pending.update()  # painted with the rest, then built (see PendingPanel.paintEvent)
    elif on_screen(dock):
        fill()


def on_screen(dock: QDockWidget) -> bool:
    """Return True when some of ``dock`` can be seen (not a tab behind another, not hidden)."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()
