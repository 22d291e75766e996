"""Element-history plots of the selected object, on linked UTC time axes."""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ssaviewer.gui.formatting import format_count
from ssaviewer.gui.history_row import HistoryRow
from ssaviewer.gui.history_series import (
    GEOSYNCHRONOUS,
    MEAN_ALTITUDE,
    SEMI_MAJOR_AXIS,
    SERIES,
    Series,
    object_rows,
    with_geo_columns,
)
from ssaviewer.gui.i18n import translate
from ssaviewer.gui.palette import RECORD_COLOUR
from ssaviewer.gui.plot_common import (
    CoalescedCall,
    empty_message,
    epoch_seconds,
    export_widget_png,
    legend_html,
    plot_colours,
    style_axes,
    timestamp_seconds,
    utc_axis,
)
from ssaviewer.gui.session import NO_SELECTION, Session


class HistoryPanel(QWidget):
    """Semi-major axis (or altitude), e, i, detrended node, and GEO longitude/drift over time.

    One zoom or pan moves every row (linked x axes). Clicking an event marker selects the
    event through the session; dragging the green cursor line moves the session's time.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.norad_id = NO_SELECTION
        self.title = QLabel(translate("HistoryPanel", "No object selected"))
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.altitude_box = QCheckBox(translate("HistoryPanel", "Mean altitude"))
        self.altitude_box.setToolTip(
            translate("HistoryPanel", "Show the mean altitude instead of the semi-major axis")
        )
        self.altitude_box.toggled.connect(lambda _: self.redraw())
        self.irregular_box = QCheckBox(translate("HistoryPanel", "Irregular only"))
        self.irregular_box.setToolTip(
            translate("HistoryPanel", "Hide the regular and undetermined event markers")
        )
        self.irregular_box.toggled.connect(self._show_receding)
        for box in (self.altitude_box, self.irregular_box):
            policy = box.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # left out of exports without a relayout
            box.setSizePolicy(policy)
        self.graphics = pg.GraphicsLayoutWidget()
        self.empty = empty_message("")
        self.rows = self._build_rows()
        self.legend = QLabel()
        self._layout(self.title, self.legend, self.graphics)
        self.apply_theme()
        self.graphics.scene().sigMouseMoved.connect(self._hover)
        self.redraw_later = CoalescedCall(self.redraw, self, delay_ms=45)
        session.datasetChanged.connect(self.redraw_later)
        session.eventsChanged.connect(self.redraw_later)
        session.selectionChanged.connect(self.redraw_later)
        session.recordsChanged.connect(self.redraw_later)
        session.timeChanged.connect(self._move_cursor)
        self.redraw()

    def _layout(self, title: QLabel, legend: QLabel, graphics: QWidget) -> None:
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(legend)
        top.addSpacing(20)
        top.addWidget(self.irregular_box)
        top.addWidget(self.altitude_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(graphics, 1)
        layout.addWidget(self.empty, 1)

    def apply_theme(self) -> None:
        """Redraw in the current theme (View → Theme)."""
        self.graphics.setBackground(plot_colours().background)
        for row in self.rows.values():
            row.apply_theme()
        self.legend.setText(legend_html())
        if hasattr(self, "redraw_later"):
            self.redraw_later()

    def _show_receding(self, irregular_only: bool) -> None:
        for row in self.rows.values():
            row.show_receding(not irregular_only)

    def _build_rows(self) -> dict[str, HistoryRow]:
        rows: dict[str, HistoryRow] = {}
        first: pg.PlotItem | None = None
        for k, series in enumerate(SERIES):
            plot = self.graphics.addPlot(row=k, col=0, axisItems={"bottom": utc_axis()})
            style_axes(plot)
            plot.getAxis("left").setWidth(80)
            plot.getAxis("left").enableAutoSIPrefix(False)
            plot.setLabel("bottom", translate("HistoryPanel", "Epoch (UTC)"))
            if first is None:
                first = plot
            else:
                plot.setXLink(first)
            title = translate("HistorySeries", series.title)
            row = HistoryRow(plot, title, self.session.select_event)
            row.cursor.sigPositionChangeFinished.connect(self._cursor_dragged)
            rows[series.key] = row
        return rows

    # -- drawing -----------------------------------------------------------------------
    def redraw(self) -> None:
        """Show the selected object's history, its events and the time cursor."""
        self.norad_id = self.session.selected_norad
        rows = object_rows(self.session.dataset.elements, self.norad_id)
        geo = bool(len(rows)) and str(rows["regime"].iloc[-1]) in GEOSYNCHRONOUS
        if geo:
            rows = with_geo_columns(rows)
        x_s = epoch_seconds(rows["epoch_utc"])
        events = self._object_events()
        event_x_s = epoch_seconds(events["epoch_utc"]) if len(events) else np.empty(0)
        if len(x_s):
            # Set the range first: downsampling and clipping then apply to the new data.
            self.rows["a"].plot.setXRange(x_s[0], x_s[-1], padding=0.02)
        self._show_empty(rows)
        for series in self._series():
            row = self.rows[series.key]
            visible = (geo or not series.geo_only) and not (geo and series.not_geo)
            row.plot.setVisible(visible)
            y = series.compute(rows) if visible and len(rows) else np.empty(0)
            row.set_series(x_s if len(y) else np.empty(0), y)
            row.set_events(events, event_x_s)
        self._show_records()
        self._dates_on_lowest_row()
        self.title.setText(self._title(rows, events))
        self._move_cursor(self.session.current_time_utc)
        for row in self.rows.values():
            row.plot.enableAutoRange(axis="y")

    def _show_records(self) -> None:
        """Draw the selected object's operator records on every row; name them in the legend."""
        records = self.session.records_of(self.norad_id)
        start_s = epoch_seconds(records["start_utc"]) if len(records) else np.empty(0)
        end_s = epoch_seconds(records["end_utc"]) if len(records) else np.empty(0)
        tip = translate("HistoryPanel", "operator record %1 (%2)\n%3 to %4 UTC")
        tips = [
            tip.replace("%1", str(s))
            .replace("%2", str(k))
            .replace("%3", f"{a:%Y-%m-%d %H:%M}")
            .replace("%4", f"{b:%Y-%m-%d %H:%M}")
            for s, k, a, b in zip(
                records["source"],
                records["kind"],
                records["start_utc"],
                records["end_utc"],
                strict=True,
            )
        ]
        for row in self.rows.values():
            row.set_records(start_s, end_s, tips)
        legend = legend_html()
        if len(records):
            legend += f' &nbsp; <span style="color:{RECORD_COLOUR}">┊▮</span> operator record'
        self.legend.setText(legend)

    def _show_empty(self, rows: pd.DataFrame) -> None:
        """Say why nothing is plotted instead of showing empty 0-1 axes."""
        if len(rows):
            message = ""
        elif not len(self.session.dataset.elements):
            message = translate(
                "HistoryPanel", "No data loaded: open element sets with File → Open."
            )
        elif self.norad_id == NO_SELECTION:
            message = translate(
                "HistoryPanel", "No object selected: pick one in the catalogue or the events table."
            )
        else:
            message = translate("HistoryPanel", "No element sets loaded for NORAD %1.").replace(
                "%1", str(self.norad_id)
            )
        self.empty.setText(message)
        self.empty.setVisible(bool(message))
        self.graphics.setVisible(not message)

    def zoom_to_event(self, event_id: str) -> bool:
        """Zoom the time axis to an event's window (padded by its length, at least a day)."""
        events = self.session.events
        rows = events.loc[events["event_id"] == event_id]
        if not len(rows):
            return False
        start = timestamp_seconds(pd.Timestamp(rows["window_start_utc"].iloc[0]))
        end = timestamp_seconds(pd.Timestamp(rows["window_end_utc"].iloc[0]))
        pad = max(end - start, 86_400.0)
        self.redraw_later.flush()
        self.rows["a"].plot.setXRange(start - pad, end + pad, padding=0.0)
        return True

    def _dates_on_lowest_row(self) -> None:
        visible = [row for row in self.rows.values() if row.plot.isVisible()]
        for row in self.rows.values():
            axis = row.plot.getAxis("bottom")
            axis.setStyle(showValues=row is visible[-1])
            axis.showLabel(row is visible[-1])

    def _series(self) -> tuple[Series, ...]:
        first = MEAN_ALTITUDE if self.altitude_box.isChecked() else SEMI_MAJOR_AXIS
        return (first, *SERIES[1:])

    def _object_events(self) -> pd.DataFrame:
        events = self.session.events
        if not len(events):
            return events
        return events.loc[events["norad_id"].astype("int64") == self.norad_id]

    def _title(self, rows: pd.DataFrame, events: pd.DataFrame) -> str:
        if not len(rows):
            if self.norad_id == NO_SELECTION:
                return translate("HistoryPanel", "No object selected")
            return translate("HistoryPanel", "No element sets")
        name = html.escape(self.session.object_name(self.norad_id))
        counts = translate("HistoryPanel", "%1 element sets, %2 events")
        counts = counts.replace("%1", format_count(len(rows))).replace(
            "%2", format_count(len(events))
        )
        return f"<b>{name}</b> — NORAD {self.norad_id} — {counts}"

    def _move_cursor(self, time_utc: pd.Timestamp) -> None:
        x_s = timestamp_seconds(time_utc)
        for row in self.rows.values():
            row.cursor.setValue(x_s)

    # -- interaction ---------------------------------------------------------------------
    def _cursor_dragged(self, line: pg.InfiniteLine) -> None:
        self.session.set_time(pd.Timestamp(float(line.value()), unit="s", tz="UTC"))

    def _hover(self, scene_pos: object) -> None:
        for row in self.rows.values():
            row.hover(scene_pos)

    def export_png(self, path: str | Path) -> None:
        """Write the panel, as shown, to a PNG file."""
        self.redraw_later.flush()
        readouts = [row.readout for row in self.rows.values()]
        export_widget_png(self, path, [*readouts, self.altitude_box, self.irregular_box])
