"""The ground-track map: coastlines, night side, every object now, the selected track."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ssaviewer.core.orbits import ground, sun
from ssaviewer.gui.coastline import coastline_lon_lat_deg
from ssaviewer.gui.formatting import format_count, format_time
from ssaviewer.gui.history_series import object_rows
from ssaviewer.gui.i18n import translate
from ssaviewer.gui.palette import label_colour
from ssaviewer.gui.plot_common import (
    SELECTED_COLOUR,
    CoalescedCall,
    check_box,
    export_widget_png,
    plot_colours,
    style_axes,
)
from ssaviewer.gui.session import NO_SELECTION, Session

COAST_COLOUR = "#5A6B7A"
NIGHT_BRUSH = (20, 30, 60, 70)
OBJECT_COLOUR = "#0072B2"
#: Objects whose element sets all lie further than this from the current time are not placed.
STALE_AFTER = pd.Timedelta(days=30)
#: Objects named at most (with "Names" checked); beyond, only the selected one is named.
MAX_NAMES = 300
#: Ground-track samples per orbit.
TRACK_STEPS_PER_ORBIT = 360


class GroundTrackPanel(QWidget):
    """A world map (longitude, latitude) at the session's current time.

    Shows the coastlines, the night side (shaded beyond the day/night terminator), the
    sub-satellite points of ALL loaded objects (one scatter item; click one to select it)
    and the selected object's ground track from one orbit before to one orbit after now.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.positions = pd.DataFrame(columns=list(ground.SUBPOINT_COLUMNS))
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.names_box = check_box(
            translate("GroundTrackPanel", "Names"),
            translate("GroundTrackPanel", "Label the objects on the map with their names"),
        )
        self.plot_widget = pg.PlotWidget()
        self.plot = self.plot_widget.getPlotItem()
        self.name_items: list[pg.TextItem] = []
        self._setup_plot()
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.names_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.plot_widget, 1)
        self.names_box.toggled.connect(lambda _: self._draw_names())
        self.apply_theme()
        self.redraw_later = CoalescedCall(self.redraw, self, delay_ms=40)
        session.datasetChanged.connect(self.redraw_later)
        session.selectionChanged.connect(self.redraw_later)
        session.timeChanged.connect(self.redraw_later)
        self.redraw()

    def _setup_plot(self) -> None:
        plot = self.plot
        style_axes(plot)
        plot.setAspectLocked(True)
        plot.setLimits(xMin=-200, xMax=200, yMin=-100, yMax=100)
        plot.vb.sigResized.connect(self.show_world)
        plot.setLabel("bottom", translate("GroundTrackPanel", "Longitude (°E)"))
        plot.setLabel("left", translate("GroundTrackPanel", "Latitude (°N)"))
        plot.showGrid(x=True, y=True, alpha=0.2)
        for name, spacing in (("bottom", 60), ("left", 30)):
            plot.getAxis(name).setTickSpacing(spacing, spacing / 2)
        self.night_edge = pg.PlotDataItem()
        self.night_pole = pg.PlotDataItem()
        self.night = pg.FillBetweenItem(self.night_edge, self.night_pole, brush=NIGHT_BRUSH)
        lon, lat = coastline_lon_lat_deg()
        self.coast = pg.PlotDataItem(lon, lat, connect="finite", pen=pg.mkPen(COAST_COLOUR))
        self.objects = pg.ScatterPlotItem(
            size=5, pen=None, brush=pg.mkBrush(OBJECT_COLOUR), hoverable=True, tip=self._tip
        )
        self.objects.sigClicked.connect(self._object_clicked)
        self.track = pg.PlotDataItem(connect="finite", pen=pg.mkPen(SELECTED_COLOUR, width=2))
        self.here = pg.ScatterPlotItem(
            size=14, symbol="star", pen=pg.mkPen("#000000"), brush=pg.mkBrush(SELECTED_COLOUR)
        )
        for item in (self.night, self.coast, self.objects, self.track, self.here):
            plot.addItem(item)

    def apply_theme(self) -> None:
        """Redraw in the current theme (View → Theme)."""
        self.plot_widget.setBackground(plot_colours().background)
        style_axes(self.plot)
        self.objects.setBrush(pg.mkBrush(label_colour("regular")))
        self.here.setPen(pg.mkPen(plot_colours().text))
        self._draw_names()

    def show_world(self) -> None:
        """Zoom out to the whole world."""
        self.plot.setRange(xRange=(-180, 180), yRange=(-90, 90), padding=0.0)

    # -- drawing ---------------------------------------------------------------------------
    def redraw(self) -> None:
        """Recompute everything that depends on the data, the selection and the time."""
        time_utc = self.session.current_time_utc
        elements = self.session.dataset.elements
        self._draw_night(time_utc)
        self.positions = ground.subpoints(elements, time_utc) if len(elements) else self.positions
        ok = self.positions.loc[self.positions["ok"].astype(bool)]
        current = current_objects(self.session.dataset.objects, time_utc)
        n_stale = int((~ok["norad_id"].isin(current)).sum())
        ok = ok.loc[ok["norad_id"].isin(current)]
        self.objects.setData(
            x=ok["longitude_deg"].to_numpy(),
            y=ok["latitude_deg"].to_numpy(),
            data=ok["norad_id"].to_numpy(),
        )
        self._draw_selected(elements, time_utc, ok)
        self._draw_names()
        caption = translate(
            "GroundTrackPanel",
            "%1 UTC — %2 of %3 objects placed (%4 without an element set within %5 days left "
            "out); shaded: night side; click an object to select it",
        )
        values = (
            format_time(time_utc),
            format_count(len(ok)),
            format_count(len(self.positions)),
            format_count(n_stale),
            format_count(STALE_AFTER.days),
        )
        for k, value in enumerate(values, start=1):
            caption = caption.replace(f"%{k}", value)
        self.caption.setText(caption)

    def _draw_names(self) -> None:
        """Name the placed objects (all of them up to ``MAX_NAMES``, else the selected one)."""
        for item in self.name_items:
            self.plot.removeItem(item)
        self.name_items = []
        if not self.names_box.isChecked() or not len(self.positions):
            return
        placed = self.objects.data
        if len(placed) > MAX_NAMES:
            placed = placed[placed["data"] == self.session.selected_norad]
        colour = plot_colours().text
        for x, y, norad_id in zip(placed["x"], placed["y"], placed["data"], strict=True):
            item = pg.TextItem(self.session.object_name(int(norad_id)), color=colour)
            item.setAnchor((0.0, 1.0))
            item.setPos(float(x), float(y))
            self.plot.addItem(item, ignoreBounds=True)
            self.name_items.append(item)

    def _draw_night(self, time_utc: pd.Timestamp) -> None:
        lon, lat = sun.terminator(time_utc)
        lat_sun, _ = sun.subsolar_point(time_utc)
        # The night side contains the pole the Sun does not light.
        pole = -90.0 if lat_sun >= 0.0 else 90.0
        self.night_edge.setData(lon, lat)
        self.night_pole.setData(lon, np.full(len(lon), pole))

    def _draw_selected(
        self, elements: pd.DataFrame, time_utc: pd.Timestamp, ok: pd.DataFrame
    ) -> None:
        norad_id = self.session.selected_norad
        history = object_rows(elements, norad_id) if norad_id != NO_SELECTION else elements.iloc[:0]
        now = ok.loc[ok["norad_id"] == norad_id]
        self.here.setData(x=now["longitude_deg"].to_numpy(), y=now["latitude_deg"].to_numpy())
        if not len(history):
            self.track.setData([], [])
            return
        period = pd.Timedelta(minutes=float(self._period_min(history, time_utc)))
        step_s = period.total_seconds() / TRACK_STEPS_PER_ORBIT
        track = ground.ground_track(history, time_utc - period, time_utc + period, step_s)
        lon, lat = break_at_antimeridian(
            track["longitude_deg"].to_numpy(), track["latitude_deg"].to_numpy()
        )
        self.track.setData(lon, lat)

    @staticmethod
    def _period_min(history: pd.DataFrame, time_utc: pd.Timestamp) -> float:
        """Orbital period of the element set nearest ``time_utc``, minutes."""
        gap = (history["epoch_utc"] - time_utc).abs().to_numpy()
        return float(history["period_min"].to_numpy()[int(np.argmin(gap))])

    # -- interaction -----------------------------------------------------------------------
    def _tip(self, x: float, y: float, data: object) -> str:
        objects = self.session.dataset.objects
        row = objects.loc[objects["norad_id"] == int(data), "object_name"]  # type: ignore[call-overload]
        name = str(row.iloc[0]) if len(row) and pd.notna(row.iloc[0]) else ""
        return f"{name or 'NORAD'} {data}\n{y:.2f}°N {x:.2f}°E"

    def _object_clicked(self, _item: object, points: list[pg.SpotItem], *_: object) -> None:
        if len(points):
            self.session.select_object(int(points[0].data()))

    def export_png(self, path: str | Path) -> None:
        """Write the panel, as shown, to a PNG file."""
        self.redraw_later.flush()
        export_widget_png(self, path, [self.names_box])


def current_objects(objects: pd.DataFrame, time_utc: pd.Timestamp) -> pd.Series:
    """NORAD ids of the objects with element sets within ``STALE_AFTER`` of ``time_utc``."""
    fresh = (objects["first_epoch_utc"] - STALE_AFTER <= time_utc) & (
        objects["last_epoch_utc"] + STALE_AFTER >= time_utc
    )
    return objects.loc[fresh.fillna(False).astype(bool), "norad_id"]


def break_at_antimeridian(
    lon_deg: np.ndarray, lat_deg: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Insert a NaN wherever the track wraps from +180° to -180° (or back)."""
    wraps = np.flatnonzero(np.abs(np.diff(lon_deg)) > 180.0) + 1
    return np.insert(lon_deg, wraps, np.nan), np.insert(lat_deg, wraps, np.nan)
