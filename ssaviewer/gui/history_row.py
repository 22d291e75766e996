"""One row of the element-history plots: element sets, event markers, cursor, hover read-out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ssaviewer.gui.i18n import translate
from ssaviewer.gui.palette import RECORD_COLOUR
from ssaviewer.gui.plot_common import (
    RECEDING_LABELS,
    cursor_line,
    event_labels,
    format_utc,
    label_scatter,
    plot_colours,
    style_axes,
    style_cursor,
)

#: Element sets are drawn as dots only when at most this many are in view (dots are slow).
MAX_DOTS_IN_VIEW = 3000
#: How close (pixels) the pointer must be to an element set for the read-out to show it.
HOVER_RADIUS_PX = 12.0


class HistoryRow:
    """A plot item showing one series of one object against time.

    The element sets are ONE ``PlotDataItem`` (peak downsampling, clip to view), so a history
    of a million element sets costs no more items than one of ten. Events are one
    ``ScatterPlotItem`` per label whose point data is the ``event_id``.
    """

    def __init__(
        self, plot: pg.PlotItem, title: str, on_event_clicked: Callable[[str], None]
    ) -> None:
        self.plot = plot
        self.title = title
        self.on_event_clicked = on_event_clicked
        plot.setLabel("left", title)
        # Grid lines at the labelled ticks only: the fine levels cost most of a repaint.
        plot.showGrid(x=False, y=True, alpha=0.2)
        for name in ("left", "bottom"):
            plot.getAxis(name).setStyle(maxTickLevel=0)
        self.data_item = pg.PlotDataItem(symbol="o", symbolSize=4, symbolPen=None)
        # PlotItem pushes its own downsampling and clipping modes onto the items it holds.
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
        plot.addItem(self.data_item)
        # Peak mode keeps each bin's minimum and maximum, so one bin per pixel column draws
        # the same envelope as every point (pyqtgraph's default is five bins per pixel).
        self.data_item.opts["autoDownsampleFactor"] = 1.0
        plot.sigXRangeChanged.connect(lambda *_: self.update_dots())
        self.markers: dict[str, pg.ScatterPlotItem] = {}
        #: Operator records: a dashed line at each start and a band to each end.
        self.record_items: list[pg.GraphicsObject] = []
        self.cursor = cursor_line()
        plot.addItem(self.cursor, ignoreBounds=True)
        self.readout = pg.TextItem()
        self.readout.setZValue(100)
        self.readout.hide()
        plot.addItem(self.readout, ignoreBounds=True)
        self.x_s = np.empty(0)
        self.y = np.empty(0)
        self.irregular_only = False
        self.apply_theme()

    def apply_theme(self) -> None:
        """Draw axes, element sets, cursor and read-out in the current theme's colours."""
        colours = plot_colours()
        style_axes(self.plot)
        self.data_item.setPen(pg.mkPen(colours.element, width=1))
        self.data_item.setSymbolBrush(pg.mkBrush(colours.element))
        style_cursor(self.cursor)
        self.readout.setColor(colours.text)
        self.readout.fill = pg.mkBrush(*colours.panel_fill)

    def show_receding(self, shown: bool) -> None:
        """Show or hide the regular and undetermined markers (irregular ones always show)."""
        self.irregular_only = not shown
        for label, item in self.markers.items():
            item.setVisible(shown or label not in RECEDING_LABELS)

    def set_series(self, x_s: np.ndarray, y: np.ndarray) -> None:
        """Show element sets at times ``x_s`` (seconds since 1970, sorted) with values ``y``."""
        self.x_s, self.y = x_s, y
        self.data_item.setData(x_s, y)
        self.update_dots()
        self.readout.hide()

    def update_dots(self) -> None:
        """Show dots for element sets when few are in view; a line alone otherwise."""
        left, right = self.plot.getViewBox().viewRange()[0]
        lo, hi = np.searchsorted(self.x_s, [left, right])
        want = "o" if hi - lo <= MAX_DOTS_IN_VIEW else None
        if self.data_item.opts["symbol"] != want:
            self.data_item.setSymbol(want)

    def set_events(self, events: pd.DataFrame, x_s: np.ndarray) -> None:
        """Mark ``events`` (one object's) at times ``x_s``, on the series, one item per label."""
        for item in self.markers.values():
            self.plot.removeItem(item)
        self.markers = {}
        if not len(self.x_s):
            return
        y = np.interp(x_s, self.x_s, self.y)
        labels = events["label"].astype(str).to_numpy()
        ids = events["event_id"].astype(str).to_numpy()
        for label in event_labels(events):
            keep = labels == label
            item = label_scatter(label)
            item.opts["tip"] = self._marker_tip
            item.setData(x=x_s[keep], y=y[keep], data=ids[keep])
            item.sigClicked.connect(self._marker_clicked)
            item.setVisible(not (self.irregular_only and label in RECEDING_LABELS))
            self.plot.addItem(item)
            self.markers[label] = item

    def set_records(self, start_s: np.ndarray, end_s: np.ndarray, tips: Sequence[str]) -> None:
        """Mark operator records from ``start_s`` to ``end_s`` (seconds since 1970).

        A dashed line at each start (seen at any zoom) and a translucent band to the end;
        neither changes the plot's range.
        """
        for item in self.record_items:
            self.plot.removeItem(item)
        self.record_items = []
        pen = pg.mkPen(RECORD_COLOUR, width=1.5, style=Qt.PenStyle.DashLine)
        brush = pg.mkBrush(
            QColor(RECORD_COLOUR).red(),
            QColor(RECORD_COLOUR).green(),
            QColor(RECORD_COLOUR).blue(),
            60,
        )
        for start, end, tip in zip(start_s, end_s, tips, strict=True):
            line = pg.InfiniteLine(pos=float(start), angle=90, movable=False, pen=pen)
            line.setToolTip(tip)
            line.setZValue(5)
            self.plot.addItem(line, ignoreBounds=True)
            self.record_items.append(line)
            if end > start:
                band = pg.LinearRegionItem(
                    (float(start), float(end)), movable=False, brush=brush, pen=pg.mkPen(None)
                )
                band.setZValue(4)
                band.setToolTip(tip)
                self.plot.addItem(band, ignoreBounds=True)
                self.record_items.append(band)

    def _marker_clicked(self, _item: object, points: Sequence[Any], *_: object) -> None:
        if len(points):
            self.on_event_clicked(str(points[0].data()))

    def _marker_tip(self, x: float, y: float, data: object) -> str:
        event = translate("HistoryRow", "event %1").replace("%1", str(data))
        return f"{event}\n{self.title}: {y:.6g}\n{format_utc(x)}"

    def hover(self, scene_pos: object) -> None:
        """Show the value and epoch of the element set nearest ``scene_pos``, or hide."""
        view = self.plot.getViewBox()
        if not len(self.x_s) or not self.plot.sceneBoundingRect().contains(scene_pos):
            self.readout.hide()
            return
        point = view.mapSceneToView(scene_pos)
        k = self.nearest(point.x(), point.y())
        if k < 0:
            self.readout.hide()
            return
        self.readout.setText(f"{self.y[k]:.6g}\n{format_utc(self.x_s[k])}")
        self.readout.setPos(self.x_s[k], self.y[k])
        self.readout.show()

    def nearest(self, x_s: float, y: float) -> int:
        """Return the index of the element set within the hover radius of a view point, or -1."""
        px_w, px_h = self.plot.getViewBox().viewPixelSize()
        lo, hi = np.searchsorted(
            self.x_s, [x_s - HOVER_RADIUS_PX * px_w, x_s + HOVER_RADIUS_PX * px_w]
        )
        if hi <= lo:
            return -1
        dx = (self.x_s[lo:hi] - x_s) / px_w
        dy = (self.y[lo:hi] - y) / px_h
        distance = np.hypot(dx, dy)
        distance[~np.isfinite(distance)] = np.inf
        best = int(np.argmin(distance))
        return lo + best if distance[best] <= HOVER_RADIUS_PX else -1
