"""Helpers the plot panels share: time conversion, UTC axes, event markers, PNG export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from ssaviewer.core.schema import LABELS
from ssaviewer.gui.palette import LABEL_COLOURS, SELECTION_COLOUR

#: Colour of element-set points and lines.
ELEMENT_COLOUR = "#444444"
#: Colour of axes and their labels.
AXIS_COLOUR = "#222222"
#: Colour of the time cursor.
CURSOR_COLOUR = "#000000"
#: Colour that highlights the selected object.
SELECTED_COLOUR = SELECTION_COLOUR


def epoch_seconds(times: pd.Series | pd.DatetimeIndex) -> np.ndarray:
    """Return UTC datetimes as float seconds since 1970 (what pyqtgraph's date axis reads)."""
    index = pd.DatetimeIndex(times)
    if index.tz is not None:
        index = index.tz_convert("UTC").tz_localize(None)
    nanoseconds = index.to_numpy().astype("datetime64[ns]").astype(np.int64)
    return nanoseconds.astype(np.float64) / 1e9


def timestamp_seconds(time_utc: pd.Timestamp) -> float:
    """Return one UTC timestamp as float seconds since 1970."""
    return float(pd.Timestamp(time_utc).timestamp())


def format_utc(seconds: float) -> str:
    """Format float seconds since 1970 as ``YYYY-MM-DD HH:MM:SS UTC``."""
    return pd.Timestamp(seconds, unit="s", tz="UTC").strftime("%Y-%m-%d %H:%M:%S UTC")


def utc_axis(orientation: str = "bottom") -> pg.DateAxisItem:
    """Return a date axis that labels ticks in UTC whatever the local time zone."""
    return pg.DateAxisItem(orientation=orientation, utcOffset=0)


def style_axes(plot: pg.PlotItem) -> None:
    """Draw ``plot``'s axes, ticks and labels in dark grey on the white background."""
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(AXIS_COLOUR))
        axis.setTextPen(pg.mkPen(AXIS_COLOUR))


def cursor_line(angle: float = 90.0) -> pg.InfiniteLine:
    """Return the time-cursor line (vertical for time on x, horizontal for time on y)."""
    pen = pg.mkPen(CURSOR_COLOUR, width=1.5, style=Qt.PenStyle.DashLine)
    return pg.InfiniteLine(angle=angle, movable=True, pen=pen, hoverPen=pg.mkPen(pen, width=4))


def label_scatter(label: str, size: float = 11.0) -> pg.ScatterPlotItem:
    """Return an empty, clickable marker item for events with ``label``."""
    colour = LABEL_COLOURS.get(label, LABEL_COLOURS["undetermined"])
    symbol = {"irregular": "t", "regular": "o"}.get(label, "s")
    return pg.ScatterPlotItem(
        size=size,
        symbol=symbol,
        brush=pg.mkBrush(colour),
        pen=pg.mkPen("#000000", width=0.8),
        hoverable=True,
        hoverSize=size * 1.5,
        name=label,
    )


def event_labels(events: pd.DataFrame) -> list[str]:
    """Return the labels present in ``events``, in ``schema.LABELS`` order, others last."""
    present = list(dict.fromkeys(events["label"].astype(str))) if len(events) else []
    return [x for x in LABELS if x in present] + [x for x in present if x not in LABELS]


def export_widget_png(widget: QWidget, path: str | Path) -> None:
    """Render ``widget`` as it looks on screen into a PNG file.

    Raises
    ------
    OSError
        When the image cannot be written (the message names the path).
    """
    image = widget.grab()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write PNG image {path}")


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
