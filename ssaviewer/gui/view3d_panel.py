"""The 3D view: the Earth, the selected object's orbit and every object now (TEME frame)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ssaviewer.core.constants import EARTH_RADIUS_KM
from ssaviewer.core.orbits.batch import propagate_many
from ssaviewer.core.orbits.frames import skyfield_times
from ssaviewer.core.orbits.ground import time_grid
from ssaviewer.core.orbits.propagate import latest_elements, propagate_history
from ssaviewer.gui.coastline import coastline_lon_lat_deg
from ssaviewer.gui.formatting import format_time
from ssaviewer.gui.gl_support import opengl_unavailable_reason
from ssaviewer.gui.history_series import object_rows
from ssaviewer.gui.i18n import translate
from ssaviewer.gui.plot_common import CoalescedCall, export_widget_png
from ssaviewer.gui.session import NO_SELECTION, Session

#: Orbit samples per revolution.
ORBIT_STEPS = 360


class View3DPanel(QWidget):
    """Earth (rotated to the current sidereal time), the selected orbit and all positions.

    Where OpenGL is unavailable (the offscreen platform, no GL driver), the panel shows a
    label saying why and does nothing else; the rest of the viewer is unaffected.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.unavailable_reason = opengl_unavailable_reason()
        self.scene: Earth3DScene | None = None
        self.redraw_later = CoalescedCall(self.redraw, self, delay_ms=55)
        if self.unavailable_reason:
            message = QLabel(
                translate("View3DPanel", "3D view unavailable: %1.").replace(
                    "%1", self.unavailable_reason
                )
            )
            message.setAlignment(Qt.AlignmentFlag.AlignCenter)
            message.setWordWrap(True)
            layout.addWidget(message)
            return
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.scene = Earth3DScene()
        layout.addWidget(self.scene.view, 1)
        session.datasetChanged.connect(self.redraw_later)
        session.selectionChanged.connect(self.redraw_later)
        session.timeChanged.connect(self.redraw_later)
        self.redraw()

    def redraw(self) -> None:
        """Rotate the Earth, place every object and draw the selected orbit at the current time."""
        if self.scene is None:
            return
        time_utc = self.session.current_time_utc
        elements = self.session.dataset.elements
        self.scene.rotate_earth(gmst_deg(time_utc))
        serving = latest_elements(elements, time_utc)
        positions = propagate_many(serving, pd.DatetimeIndex([time_utc])).position_teme_km[:, 0]
        self.scene.set_positions(positions[np.isfinite(positions).all(axis=1)])
        norad_id = self.session.selected_norad
        history = object_rows(elements, norad_id) if norad_id != NO_SELECTION else elements.iloc[:0]
        orbit = one_orbit_teme_km(history, time_utc)
        self.scene.set_orbit(orbit, orbit[len(orbit) // 2 : len(orbit) // 2 + 1])
        caption = translate("View3DPanel", "%1 UTC — TEME frame; drag to rotate, wheel to zoom")
        self.caption.setText(caption.replace("%1", format_time(time_utc)))

    def export_png(self, path: str | Path) -> None:
        """Write the panel, as shown (the GL image included), to a PNG file."""
        self.redraw_later.flush()
        if self.scene is not None and not self.scene.view.grabFramebuffer().save(str(path), "PNG"):
            raise OSError(f"could not write PNG image {path}")
        if self.scene is None:
            export_widget_png(self, path)


def gmst_deg(time_utc: pd.Timestamp) -> float:
    """Greenwich mean sidereal time at ``time_utc``, degrees."""
    return float(skyfield_times(pd.DatetimeIndex([time_utc])).gmst[0]) * 15.0


def one_orbit_teme_km(history: pd.DataFrame, time_utc: pd.Timestamp) -> np.ndarray:
    """TEME positions (km), ``(n, 3)``, from half an orbit before to half after ``time_utc``."""
    if not len(history):
        return np.empty((0, 3))
    nearest = int(np.argmin((history["epoch_utc"] - time_utc).abs().to_numpy()))
    period = pd.Timedelta(minutes=float(history["period_min"].iloc[nearest]))
    times = time_grid(
        time_utc - period / 2, time_utc + period / 2, period.total_seconds() / ORBIT_STEPS
    )
    states = propagate_history(history, times)
    return states[["x_km", "y_km", "z_km"]].to_numpy()


def coastline_xyz_km(radius_km: float) -> np.ndarray:
    """Coastline segments on a sphere, ``(2m, 3)`` Earth-fixed vertex pairs for GL "lines"."""
    lon, lat = (np.radians(a.astype(np.float64)) for a in coastline_lon_lat_deg())
    xyz = radius_km * np.column_stack(
        (np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat))
    )
    joined = np.isfinite(lon[1:]) & np.isfinite(lon[:-1])
    pairs = np.empty((2 * int(joined.sum()), 3))
    pairs[0::2] = xyz[:-1][joined]
    pairs[1::2] = xyz[1:][joined]
    return pairs


class Earth3DScene:
    """The pyqtgraph.opengl items; created only where OpenGL works."""

    def __init__(self) -> None:
        import pyqtgraph.opengl as gl  # PyOpenGL is imported only where GL works

        self.view = gl.GLViewWidget()
        self.view.setBackgroundColor("#101418")
        self.view.setCameraPosition(distance=9.0 * EARTH_RADIUS_KM, elevation=20, azimuth=30)
        sphere = gl.MeshData.sphere(rows=36, cols=72, radius=EARTH_RADIUS_KM * 0.995)
        self.earth = gl.GLMeshItem(
            meshdata=sphere, color=(0.16, 0.33, 0.55, 1.0), shader="shaded", smooth=True
        )
        self.coast = gl.GLLinePlotItem(
            pos=coastline_xyz_km(EARTH_RADIUS_KM),
            mode="lines",
            color=(0.85, 0.9, 0.8, 1.0),
            width=1.0,
            antialias=True,
        )
        self.objects = gl.GLScatterPlotItem(
            pos=np.zeros((0, 3)), size=2.0, color=(0.95, 0.85, 0.4, 0.6), pxMode=True
        )
        self.orbit = gl.GLLinePlotItem(
            pos=np.zeros((0, 3)), color=(0.0, 0.62, 0.45, 1.0), width=2.0, antialias=True
        )
        self.here = gl.GLScatterPlotItem(
            pos=np.zeros((0, 3)), size=12.0, color=(0.0, 0.62, 0.45, 1.0), pxMode=True
        )
        for item in (self.earth, self.coast, self.objects, self.orbit, self.here):
            self.view.addItem(item)

    def rotate_earth(self, angle_deg: float) -> None:
        """Turn the Earth-fixed items to sidereal angle ``angle_deg`` about the z axis."""
        for item in (self.earth, self.coast):
            item.resetTransform()
            item.rotate(angle_deg, 0, 0, 1)

    def set_positions(self, positions_km: np.ndarray) -> None:
        """Show every object's TEME position (km), ``(n, 3)``."""
        self.objects.setData(pos=positions_km)

    def set_orbit(self, orbit_km: np.ndarray, here_km: np.ndarray) -> None:
        """Show the selected orbit (NaN-free rows kept) and the object's position now."""
        self.orbit.setData(pos=orbit_km[np.isfinite(orbit_km).all(axis=1)])
        self.here.setData(pos=here_km[np.isfinite(here_km).all(axis=1)])
