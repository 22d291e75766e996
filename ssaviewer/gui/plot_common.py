"""Helpers the plot panels share: time conversion, UTC axes, event markers, PNG export."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPen
from PySide6.QtWidgets import QCheckBox, QGraphicsItem, QLabel, QWidget

from ssaviewer.core.schema import LABELS
from ssaviewer.gui.coalesce import CoalescedCall as CoalescedCall  # where panels found it
from ssaviewer.gui.formatting import display_locale
from ssaviewer.gui.i18n import translate
from ssaviewer.gui.palette import SELECTION_COLOUR, current_theme, label_colour
from ssaviewer.gui.vocabulary import shown

#: Colour of element-set points and lines (light theme; see ``PLOT_THEMES``).
ELEMENT_COLOUR = "#444444"
#: Colour of axes and their labels (light theme).
AXIS_COLOUR = "#222222"
#: Colour of the time cursor (light theme).
CURSOR_COLOUR = "#000000"
#: Colour that highlights the selected object.
SELECTED_COLOUR = SELECTION_COLOUR


@dataclass(frozen=True)
class PlotColours:
    """The colours of a plot that follow the theme (hex, or RGBA tuples where translucent)."""

    background: str
    axis: str
    element: str
    cursor: str
    belt: tuple[int, int, int, int]
    panel_fill: tuple[int, int, int, int]
    text: str
    #: Where there is no data: what the "no data" message is written in.
    muted: str


#: Theme name → plot colours ("light" for any other name).
PLOT_THEMES: dict[str, PlotColours] = {
    "light": PlotColours(
        "#FFFFFF", AXIS_COLOUR, ELEMENT_COLOUR, CURSOR_COLOUR,
        (60, 60, 60, 210), (255, 255, 255, 220), "#000000", "#777777",
    ),
    "dark": PlotColours(
        "#1E1E1E", "#CFCFCF", "#B8B8B8", "#FFFFFF",
        (200, 200, 200, 190), (45, 45, 45, 225), "#E6E6E6", "#9A9A9A",
    ),
}  # fmt: skip


def plot_colours() -> PlotColours:
    """Return the plot colours of the current theme (``palette.set_theme``)."""
    return PLOT_THEMES.get(current_theme(), PLOT_THEMES["light"])


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


class UtcDateAxis(pg.DateAxisItem):  # type: ignore[misc]  # pyqtgraph has no types
    """pyqtgraph's date axis, in UTC, naming months and weekdays in the window's language.

    pyqtgraph writes them with ``strftime`` (English whatever the window's language); with a
    display locale (``formatting.set_display_locale``) they come from the locale instead,
    without their abbreviation dots; the month row may then fill a little more of the axis
    before pyqtgraph leaves it out (names such as "févr" are longer than "Feb").
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if display_locale() is not None:
            self.setStyle(textFillLimits=[(0, 0.8), (2, 0.9), (4, 0.4), (6, 0.2)])

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """Return the tick labels; month and weekday names in the display locale."""
        texts: list[str] = super().tickStrings(values, scale, spacing)
        locale = display_locale()
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if locale is None or spec is None or spec.format not in ("%b", "%a %d"):
            return texts
        short = QLocale.FormatType.ShortFormat
        named: list[str] = []
        for value, text in zip(values, texts, strict=True):
            if not text:
                named.append(text)
                continue
            when = pd.Timestamp(value, unit="s", tz="UTC")
            if spec.format == "%b":
                named.append(locale.standaloneMonthName(when.month, short).rstrip("."))
            else:
                day = locale.toString(when.day).rjust(2, locale.zeroDigit())
                named.append(f"{locale.dayName(when.isoweekday(), short)} {day}")
        return named


def utc_axis(orientation: str = "bottom") -> pg.DateAxisItem:
    """Return a date axis that labels ticks in UTC whatever the local time zone."""
    return UtcDateAxis(orientation=orientation, utcOffset=0)


def style_axes(plot: pg.PlotItem) -> None:
    """Draw ``plot``'s axes, ticks, grid and labels in the theme's axis colour."""
    colour = plot_colours().axis
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(colour))
        axis.setTextPen(pg.mkPen(colour))


def cursor_pen() -> QPen:
    """Return the pen of the time cursor in the current theme."""
    pen: QPen = pg.mkPen(plot_colours().cursor, width=1.5, style=Qt.PenStyle.DashLine)
    return pen


def style_cursor(line: pg.InfiniteLine) -> None:
    """Give a time-cursor line the current theme's colour."""
    pen = cursor_pen()
    line.setPen(pen)
    line.setHoverPen(pg.mkPen(pen, width=4))


def cursor_line(angle: float = 90.0) -> pg.InfiniteLine:
    """Return the time-cursor line (vertical for time on x, horizontal for time on y)."""
    pen = cursor_pen()
    return pg.InfiniteLine(angle=angle, movable=True, pen=pen, hoverPen=pg.mkPen(pen, width=4))


#: How each label's markers are drawn: (symbol, size factor, opacity 0-255, z value).
#: Irregular events stand out; regular and undetermined (data-quality) ones recede, drawn
#: smaller, fainter and underneath, so a few irregular events are not buried by hundreds.
MARKER_STYLES: dict[str, tuple[str, float, int, float]] = {
    "irregular": ("t", 1.0, 255, 30.0),
    "regular": ("o", 0.55, 130, 20.0),
    "undetermined": ("s", 0.5, 150, 10.0),
}

#: Labels whose markers the "Irregular only" toggles hide.
RECEDING_LABELS = ("regular", "undetermined")


def label_scatter(label: str, size: float = 11.0) -> pg.ScatterPlotItem:
    """Return an empty, clickable marker item for events with ``label`` (see ``MARKER_STYLES``)."""
    symbol, factor, alpha, z = MARKER_STYLES.get(label, MARKER_STYLES["undetermined"])
    colour = QColor(label_colour(label))
    colour.setAlpha(alpha)
    outline = pg.mkPen(plot_colours().text, width=0.9) if label == "irregular" else pg.mkPen(None)
    item = pg.ScatterPlotItem(
        size=size * factor,
        symbol=symbol,
        brush=pg.mkBrush(colour),
        pen=outline,
        hoverable=True,
        hoverSize=size * 1.5,
        name=label,
    )
    item.setZValue(z)
    return item


def legend_html(labels: tuple[str, ...] = ("irregular", "regular", "undetermined")) -> str:
    """Return a one-line legend of the event markers, in the current theme's colours."""
    symbols = {"regular": "●", "irregular": "▼", "undetermined": "■"}
    parts = [
        f'<span style="color:{label_colour(label)}">{symbols.get(label, "■")}</span> '
        + shown(label)
        for label in labels
    ]
    return translate("PlotCommon", "Events:") + " " + " &nbsp; ".join(parts)


def check_box(text: str, tip: str) -> QCheckBox:
    """Return a plot option check box that keeps its place when hidden (for exports)."""
    box = QCheckBox(text)
    box.setToolTip(tip)
    policy = box.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    box.setSizePolicy(policy)
    return box


def empty_message(text: str) -> QLabel:
    """Return the centred message a plot panel shows instead of empty axes."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setObjectName("empty_message")
    label.hide()
    return label


def event_labels(events: pd.DataFrame) -> list[str]:
    """Return the labels present in ``events``, in ``schema.LABELS`` order, others last."""
    present = list(dict.fromkeys(events["label"].astype(str))) if len(events) else []
    return [x for x in LABELS if x in present] + [x for x in present if x not in LABELS]


#: Exported plot images are at least this wide (pixels) and at least twice the screen size.
EXPORT_MIN_WIDTH_PX = 1920


def export_widget_png(
    widget: QWidget, path: str | Path, hidden: Sequence[QWidget | QGraphicsItem] = ()
) -> QSize:
    """Render ``widget`` into a PNG file at a print-friendly size; return the image size.

    The image is at least ``EXPORT_MIN_WIDTH_PX`` wide and twice the on-screen size (the
    plots are drawn again at that resolution, not scaled up). ``hidden`` (the hover read-out,
    check boxes: things that belong to the screen, not to a figure) are left out.

    Raises
    ------
    OSError
        When the image cannot be written (the message names the path).
    """
    scale = max(2.0, EXPORT_MIN_WIDTH_PX / max(1, widget.width()))
    size = QSize(round(widget.width() * scale), round(widget.height() * scale))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor(plot_colours().background))
    shown = [item for item in hidden if item.isVisible()]
    for item in shown:
        item.setVisible(False)
    try:
        widget.render(image)
    finally:
        for item in shown:
            item.setVisible(True)
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(f"could not write PNG image {path}")
    return size
