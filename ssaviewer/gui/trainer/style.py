"""Presenter styling: large fonts and thick lines, readable on a projector."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

#: Font sizes offered by the font-size control (points).
FONT_SIZES: tuple[int, ...] = (10, 12, 14, 16, 18, 20, 24, 28)
DEFAULT_FONT_PT = 16
#: Line width (pixels) of curves in presenter style.
THICK_LINE_PX = 3
#: Left axis width per font point (pixels): tick values like 0.0015 and the axis title.
AXIS_WIDTH_PER_PT = 8.0


def apply_presenter_style(root: QWidget, point_size: int) -> None:
    """Set ``point_size`` on ``root`` and on every plot axis below it; thicken curves."""
    font = QFont(root.font())
    font.setPointSize(point_size)
    root.setFont(font)
    for view in root.findChildren(pg.GraphicsView):
        scene = view.scene()
        if scene is None:
            continue
        for item in scene.items():
            if isinstance(item, pg.AxisItem):
                item.setStyle(tickFont=font)
                item.label.setFont(font)
                if item.orientation == "left":  # room for the tick values and the title
                    item.setWidth(round(point_size * AXIS_WIDTH_PER_PT))
            elif isinstance(item, pg.PlotCurveItem):
                pen = pg.mkPen(item.opts["pen"])
                if pen.widthF() < THICK_LINE_PX:
                    pen.setWidthF(THICK_LINE_PX)
                    item.setPen(pen)
