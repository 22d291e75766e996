"""The GEO belt: sub-satellite longitude against time for every geostationary object."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ssaviewer.gui.formatting import format_count
from ssaviewer.gui.history_series import with_geo_columns
from ssaviewer.gui.i18n import translate
from ssaviewer.gui.plot_common import (
    RECEDING_LABELS,
    SELECTED_COLOUR,
    CoalescedCall,
    check_box,
    cursor_line,
    empty_message,
    epoch_seconds,
    event_labels,
    export_widget_png,
    label_scatter,
    legend_html,
    plot_colours,
    style_axes,
    style_cursor,
    timestamp_seconds,
    utc_axis,
)
from ssaviewer.gui.session import NO_SELECTION, Session

#: Element sets further apart than this are not joined by a line (days).
MAX_GAP_DAYS = 20.0
#: How close (pixels) a click must be to an element set to select its object.
CLICK_RADIUS_PX = 10.0
#: Tracks named at most (with "Names" checked): beyond this the names would cover the belt.
MAX_NAMES = 300
#: Names of tracks closer than this in longitude are stacked instead of overlapping (°).
NAME_GAP_DEG = 25.0


def nearest_values(
    norad: np.ndarray, t_s: np.ndarray, values: np.ndarray, at_norad: np.ndarray, at_t_s: np.ndarray
) -> np.ndarray:
    """Return, per query, the value of the same object's row nearest in time (NaN if none).

    ``norad``, ``t_s`` are sorted by object, then time (as the belt is). Vectorised: one
    search over all rows, so 20,000 events over a million element sets take milliseconds
    (a loop over events took minutes and froze the window).
    """
    result = np.full(len(at_norad), np.nan)
    if not len(norad) or not len(at_norad):
        return result
    lo = np.searchsorted(norad, at_norad, side="left")
    hi = np.searchsorted(norad, at_norad, side="right")
    found = hi > lo
    # Within each object's rows, times are sorted: search them all at once on a key that
    # orders by object first (the object's rank), then time.
    rank = np.searchsorted(np.unique(norad), norad)
    span = float(np.nanmax(t_s) - np.nanmin(t_s)) + 1.0 if len(t_s) else 1.0
    base = float(np.nanmin(t_s))
    key = rank * span + (t_s - base)
    query_rank = np.searchsorted(np.unique(norad), at_norad)
    query = query_rank * span + (np.clip(at_t_s, base, base + span - 1.0) - base)
    after = np.clip(np.searchsorted(key, query), lo, np.maximum(hi - 1, lo))
    before = np.clip(after - 1, lo, np.maximum(hi - 1, lo))
    pick = np.where(np.abs(t_s[before] - at_t_s) <= np.abs(t_s[after] - at_t_s), before, after)
    result[found] = values[pick[found]]
    return result


def stagger_levels(x: np.ndarray, min_gap: float) -> np.ndarray:
    """Return a text row per label at ``x`` so labels closer than ``min_gap`` do not overlap.

    Labels are placed left to right, each in the lowest row whose last label is at least
    ``min_gap`` to its left.
    """
    levels = np.zeros(len(x), dtype=np.int64)
    row_ends: list[float] = []
    for k in np.argsort(x, kind="stable"):
        if not np.isfinite(x[k]):
            continue
        free = [r for r, end in enumerate(row_ends) if x[k] - end >= min_gap]
        row = free[0] if free else len(row_ends)
        if row == len(row_ends):
            row_ends.append(float(x[k]))
        row_ends[row] = float(x[k])
        levels[k] = row
    return levels


class GeoBeltPanel(QWidget):
    """Longitude (x) against time (y) of every GEO object: slots, drifts and relocations.

    All objects are ONE line item (breaks where an object ends, wraps at ±180° or has a
    gap); the selected object is drawn again on top, thicker. Click near a track to select
    its object; click an event marker to select the event.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.belt = pd.DataFrame()
        self.lon_deg = np.empty(0)
        self.t_s = np.empty(0)
        self.norad = np.empty(0, dtype=np.int64)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.legend = QLabel()
        self.names_box = check_box(
            translate("GeoBeltPanel", "Names"),
            translate("GeoBeltPanel", "Label each track with its object's name"),
        )
        self.irregular_box = check_box(
            translate("GeoBeltPanel", "Irregular only"),
            translate("GeoBeltPanel", "Hide the regular and undetermined event markers"),
        )
        self.plot_widget = pg.PlotWidget(axisItems={"left": utc_axis("left")})
        self.plot = self.plot_widget.getPlotItem()
        self.empty = empty_message(translate("GeoBeltPanel", "No GEO objects loaded."))
        self.name_items: list[pg.TextItem] = []
        self._setup_plot()
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        for widget in (self.legend, self.irregular_box, self.names_box):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.empty, 1)
        self.names_box.toggled.connect(lambda _: self._draw_names())
        self.irregular_box.toggled.connect(lambda _: self._draw_events())
        self.apply_theme()
        self.reload_later = CoalescedCall(self.reload, self, delay_ms=50)
        session.datasetChanged.connect(self.reload_later)
        session.eventsChanged.connect(self._draw_events)
        session.selectionChanged.connect(lambda _: self._draw_selection())
        session.timeChanged.connect(self._move_cursor)
        self.reload()

    def _setup_plot(self) -> None:
        style_axes(self.plot)
        self.plot.setLabel("bottom", translate("GeoBeltPanel", "Sub-satellite longitude (°E)"))
        self.plot.setLabel("left", translate("GeoBeltPanel", "Epoch (UTC)"))
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.getAxis("bottom").setTickSpacing(30, 10)
        self.tracks = pg.PlotDataItem()
        self.selected = pg.PlotDataItem(
            pen=pg.mkPen(SELECTED_COLOUR, width=3),
            symbol="o",
            symbolSize=4,
            symbolPen=None,
            symbolBrush=pg.mkBrush(SELECTED_COLOUR),
        )
        self.time_line = cursor_line(angle=0.0)
        self.time_line.sigPositionChangeFinished.connect(self._cursor_dragged)
        for item in (self.tracks, self.selected):
            self.plot.addItem(item)
        self.plot.addItem(self.time_line, ignoreBounds=True)
        self.markers: list[pg.ScatterPlotItem] = []
        self.plot.scene().sigMouseClicked.connect(self._clicked)

    def apply_theme(self) -> None:
        """Redraw in the current theme (View → Theme)."""
        colours = plot_colours()
        self.plot_widget.setBackground(colours.background)
        style_axes(self.plot)
        style_cursor(self.time_line)
        self.tracks.setPen(pg.mkPen(colours.belt, width=1.5))
        self.legend.setText(legend_html())
        self._draw_events()
        self._draw_names()

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Recompute the belt from the session's dataset and redraw everything."""
        elements = self.session.dataset.elements
        belt = elements.loc[elements["regime"].astype(str) == "GEO"]
        self.belt = with_geo_columns(belt)
        self.lon_deg = (
            self.belt["geo_longitude_deg"].to_numpy(dtype=np.float64) if len(belt) else np.empty(0)
        )
        self.t_s = epoch_seconds(self.belt["epoch_utc"]) if len(belt) else np.empty(0)
        self.norad = (
            self.belt["norad_id"].to_numpy(dtype=np.int64)
            if len(belt)
            else np.empty(0, dtype=np.int64)
        )
        self.tracks.setData(self.lon_deg, self.t_s, connect=self._connect(slice(None)))
        n_objects = len(np.unique(self.norad))
        caption = translate(
            "GeoBeltPanel", "%1 GEO objects, %2 element sets — click a track to select its object"
        )
        self.caption.setText(
            caption.replace("%1", format_count(n_objects)).replace(
                "%2", format_count(len(self.belt))
            )
        )
        self.plot.setXRange(-180.0, 180.0, padding=0.01)
        self.empty.setVisible(not len(self.belt))
        self.plot_widget.setVisible(bool(len(self.belt)))
        self._draw_selection()
        self._draw_events()
        self._draw_names()
        self._move_cursor(self.session.current_time_utc)

    def _connect(self, keep: np.ndarray | slice) -> np.ndarray:
        """Join consecutive points of one object unless they wrap at ±180° or a gap."""
        norad, lon, t_s = self.norad[keep], self.lon_deg[keep], self.t_s[keep]
        if len(norad) < 2:
            return np.zeros(len(norad), dtype=bool)
        same = norad[1:] == norad[:-1]
        no_wrap = np.abs(np.diff(lon)) < 180.0
        no_gap = np.diff(t_s) < MAX_GAP_DAYS * 86_400.0
        return np.append(same & no_wrap & no_gap, False)

    def _draw_selection(self) -> None:
        keep = self.norad == self.session.selected_norad
        self.selected.setData(self.lon_deg[keep], self.t_s[keep], connect=self._connect(keep))

    def _draw_events(self) -> None:
        for item in self.markers:
            self.plot.removeItem(item)
        self.markers = []
        events = self.session.events
        if not len(events) or not len(self.belt):
            return
        events = events.loc[events["norad_id"].astype("int64").isin(np.unique(self.norad))]
        lon = self._longitude_at(events)
        t_s = epoch_seconds(events["epoch_utc"]) if len(events) else np.empty(0)
        labels = events["label"].astype(str).to_numpy()
        ids = events["event_id"].astype(str).to_numpy()
        for label in event_labels(events):
            if self.irregular_box.isChecked() and label in RECEDING_LABELS:
                continue
            keep = labels == label
            item = label_scatter(label, size=10.0)
            item.setData(x=lon[keep], y=t_s[keep], data=ids[keep])
            item.sigClicked.connect(self._marker_clicked)
            self.plot.addItem(item)
            self.markers.append(item)

    def _draw_names(self) -> None:
        """Name each object at the last point of its track (with "Names" checked)."""
        for item in self.name_items:
            self.plot.removeItem(item)
        self.name_items = []
        if not self.names_box.isChecked() or not len(self.norad):
            return
        last = np.flatnonzero(np.append(self.norad[1:] != self.norad[:-1], True))[:MAX_NAMES]
        levels = stagger_levels(self.lon_deg[last], NAME_GAP_DEG)
        colour = plot_colours().text
        for k, level in zip(last, levels, strict=True):
            item = pg.TextItem(self.session.object_name(int(self.norad[k])), color=colour)
            item.setAnchor((0.0, 1.0 - level))  # stacked downwards, inside the view
            item.setPos(self.lon_deg[k], self.t_s[k])
            self.plot.addItem(item, ignoreBounds=True)
            self.name_items.append(item)

    def _longitude_at(self, events: pd.DataFrame) -> np.ndarray:
        """Longitude of each event's object at the event epoch (its nearest element set)."""
        t_s = epoch_seconds(events["epoch_utc"]) if len(events) else np.empty(0)
        norad = events["norad_id"].to_numpy(dtype=np.int64)
        return nearest_values(self.norad, self.t_s, self.lon_deg, norad, t_s)

    # -- interaction -----------------------------------------------------------------------
    def _move_cursor(self, time_utc: pd.Timestamp) -> None:
        self.time_line.setValue(timestamp_seconds(time_utc))

    def _cursor_dragged(self, line: pg.InfiniteLine) -> None:
        self.session.set_time(pd.Timestamp(float(line.value()), unit="s", tz="UTC"))

    def _marker_clicked(self, _item: object, points: list[pg.SpotItem], *_: object) -> None:
        if len(points):
            self.session.select_event(str(points[0].data()))

    def _clicked(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.isAccepted():  # type: ignore[attr-defined]
            return
        norad_id = self.object_near(self.plot.vb.mapSceneToView(event.scenePos()))  # type: ignore[attr-defined]
        if norad_id != NO_SELECTION:
            self.session.select_object(norad_id)

    def object_near(self, view_point: object) -> int:
        """Return the NORAD id of the track point within the click radius, or NO_SELECTION."""
        if not len(self.norad):
            return NO_SELECTION
        px_w, px_h = self.plot.vb.viewPixelSize()
        dx = (self.lon_deg - view_point.x()) / px_w  # type: ignore[attr-defined]
        dy = (self.t_s - view_point.y()) / px_h  # type: ignore[attr-defined]
        distance = np.hypot(dx, dy)
        distance[~np.isfinite(distance)] = np.inf
        best = int(np.argmin(distance))
        return int(self.norad[best]) if distance[best] <= CLICK_RADIUS_PX else NO_SELECTION

    def export_png(self, path: str | Path) -> None:
        """Write the panel, as shown, to a PNG file."""
        self.reload_later.flush()
        export_widget_png(self, path, [self.names_box, self.irregular_box])
