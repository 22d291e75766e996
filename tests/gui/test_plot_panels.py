from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ssaviewer.gui.geo_belt_panel import GeoBeltPanel
from ssaviewer.gui.history_panel import HistoryPanel
from ssaviewer.gui.map_panel import GroundTrackPanel, break_at_antimeridian
from ssaviewer.gui.session import Session
from ssaviewer.gui.view3d_panel import View3DPanel
from tests.gui import plot_data as synthetic

LEO, LEO2, GEO = 90001, 90002, 90003


@pytest.fixture
def session(qtbot: QtBot) -> Session:
    leo = synthetic.history(LEO, 200, name="LEO-A")
    leo2 = synthetic.history(
        LEO2, 150, mean_motion=15.2, inclination=51.6, step_days=1.33, name="LEO-B"
    )
    geo = synthetic.history(
        GEO, 120, mean_motion=1.0027, inclination=0.05, step_days=1.66, name="GEO-A"
    )
    session = Session()
    session.set_dataset(synthetic.dataset(leo, leo2, geo))
    epochs = leo["epoch_utc"]
    session.set_events(
        synthetic.events(
            [
                ("E1", LEO, "irregular", epochs.iloc[50]),
                ("E2", LEO, "regular", epochs.iloc[120]),
                ("E3", LEO2, "undetermined", epochs.iloc[30]),
                ("E4", GEO, "irregular", epochs.iloc[60]),
            ]
        )
    )
    return session


def click_view_point(
    widget: pg.GraphicsView, plot: pg.PlotItem, x: float, y: float, qtbot: QtBot
) -> None:
    """Left-click where the view coordinates (x, y) of ``plot`` are drawn."""
    scene_point = plot.vb.mapViewToScene(QPointF(x, y))
    position = widget.mapFromScene(scene_point)
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=position)  # type: ignore[no-untyped-call]


def settle(qtbot: QtBot) -> None:
    """Let the panels run the redraws the session's signals scheduled."""
    qtbot.wait(120)


def show(qtbot: QtBot, panel: QWidget, width: int = 900, height: int = 700) -> None:
    qtbot.addWidget(panel)
    panel.resize(width, height)
    panel.show()
    qtbot.waitExposed(panel)
    settle(qtbot)


# -- history -----------------------------------------------------------------------------
def test_history_follows_the_selected_object(qtbot: QtBot, session: Session) -> None:
    panel = HistoryPanel(session)
    show(qtbot, panel)
    for norad_id in (LEO, LEO2):
        session.select_object(norad_id)
        settle(qtbot)
        rows = session.dataset.elements.loc[session.dataset.elements["norad_id"] == norad_id]
        np.testing.assert_allclose(panel.rows["a"].y, rows["semi_major_axis_km"])
        np.testing.assert_allclose(panel.rows["i"].y, rows["inclination_deg"])
        assert f"NORAD {norad_id}" in panel.title.text()
        own = session.events.loc[session.events["norad_id"] == norad_id, "event_id"]
        shown = [pt.data() for item in panel.rows["e"].markers.values() for pt in item.points()]
        assert sorted(shown) == sorted(own)
    assert not panel.rows["lon"].plot.isVisible()


def test_history_shows_geo_rows_for_a_geo_object(qtbot: QtBot, session: Session) -> None:
    panel = HistoryPanel(session)
    show(qtbot, panel)
    session.select_object(GEO)
    settle(qtbot)
    assert panel.rows["lon"].plot.isVisible()
    assert panel.rows["drift"].plot.isVisible()
    lon = panel.rows["lon"].y
    assert len(lon) == 120
    assert np.isfinite(lon).all()
    assert ((lon >= -180) & (lon < 180)).all()


def test_clicking_an_event_marker_selects_the_event(qtbot: QtBot, session: Session) -> None:
    panel = HistoryPanel(session)
    show(qtbot, panel)
    session.select_object(LEO)
    settle(qtbot)
    qtbot.wait(50)
    marker = panel.rows["a"].markers["irregular"].points()[0]
    with qtbot.waitSignal(session.eventSelected, timeout=2000) as blocker:
        click_view_point(
            panel.graphics, panel.rows["a"].plot, marker.pos().x(), marker.pos().y(), qtbot
        )
    assert blocker.args == ["E1"]
    assert session.selected_event == "E1"
    event_time = session.events.loc[session.events["event_id"] == "E1", "epoch_utc"].iloc[0]
    assert session.current_time_utc == event_time


def test_time_change_moves_every_cursor_line(qtbot: QtBot, session: Session) -> None:
    panel = HistoryPanel(session)
    show(qtbot, panel)
    session.select_object(LEO)
    settle(qtbot)
    when = pd.Timestamp("2024-03-01T12:00:00Z")
    session.set_time(when)
    settle(qtbot)
    for row in panel.rows.values():
        assert row.cursor.value() == pytest.approx(when.timestamp())


def test_history_hover_reads_out_the_nearest_element_set(qtbot: QtBot, session: Session) -> None:
    panel = HistoryPanel(session)
    show(qtbot, panel)
    session.select_object(LEO)
    settle(qtbot)
    qtbot.wait(50)
    row = panel.rows["i"]
    k = 77
    panel._hover(row.plot.vb.mapViewToScene(QPointF(row.x_s[k], row.y[k])))
    assert row.readout.isVisible()
    assert f"{row.y[k]:.6g}" in row.readout.toPlainText()
    assert pd.Timestamp(row.x_s[k], unit="s").strftime("%Y-%m-%d") in row.readout.toPlainText()


def test_a_million_point_history_is_one_downsampled_item_per_row(qtbot: QtBot) -> None:
    big = synthetic.history(LEO, 1_000_000, step_days=0.001)
    session = Session()
    session.set_dataset(synthetic.dataset(big))
    panel = HistoryPanel(session)
    show(qtbot, panel)
    session.select_object(LEO)
    settle(qtbot)
    qtbot.wait(100)
    row = panel.rows["a"]
    assert len(row.data_item.xData) == 1_000_000
    data_items = row.plot.listDataItems()
    assert data_items == [row.data_item]  # no markers (no events), no per-point items
    assert len(row.plot.vb.addedItems) < 10
    shown_x, _ = row.data_item.getData()
    assert len(shown_x) < 20_000  # peak downsampling to the pixel width
    row.plot.setXRange(row.x_s[1000], row.x_s[2000], padding=0)
    qtbot.wait(50)
    shown_x, _ = row.data_item.getData()
    assert len(shown_x) < 2_000  # clipped to the view
    assert shown_x.min() >= row.x_s[990]


# -- ground track map --------------------------------------------------------------------
def test_map_places_every_object_and_follows_time(qtbot: QtBot, session: Session) -> None:
    panel = GroundTrackPanel(session)
    show(qtbot, panel, 1000, 560)
    session.select_object(LEO)
    settle(qtbot)
    before = panel.objects.getData()
    assert len(before[0]) == 3
    track_before = panel.track.getData()[0].copy()
    here_before = panel.here.getData()
    session.set_time(session.current_time_utc - pd.Timedelta(minutes=20))
    settle(qtbot)
    after = panel.objects.getData()
    assert len(after[0]) == 3
    assert not np.allclose(before[0], after[0])
    assert not np.allclose(here_before[0], panel.here.getData()[0])
    assert not np.array_equal(track_before, panel.track.getData()[0], equal_nan=True)


def test_map_leaves_out_objects_without_recent_element_sets(qtbot: QtBot, session: Session) -> None:
    panel = GroundTrackPanel(session)
    show(qtbot, panel, 1000, 560)
    session.set_time(pd.Timestamp("2024-02-01T00:00:00Z"))
    settle(qtbot)
    assert len(panel.objects.getData()[0]) == 3
    session.set_time(session.dataset.elements["epoch_utc"].max() + pd.Timedelta(days=45))
    settle(qtbot)
    assert len(panel.objects.getData()[0]) == 0
    assert "3 without an element set within 30 days" in panel.caption.text()


def test_map_track_belongs_to_the_selected_object(qtbot: QtBot, session: Session) -> None:
    panel = GroundTrackPanel(session)
    show(qtbot, panel, 1000, 560)
    session.select_object(LEO)
    settle(qtbot)
    sso_lat = panel.track.getData()[1]
    session.select_object(LEO2)
    settle(qtbot)
    iss_lat = panel.track.getData()[1]
    # A 98.6° orbit reaches 81.4° of latitude; a 51.6° orbit stays within 51.6°.
    assert np.nanmax(np.abs(sso_lat)) == pytest.approx(81.4, abs=1.0)
    assert np.nanmax(np.abs(iss_lat)) == pytest.approx(51.6, abs=1.0)


def test_clicking_an_object_on_the_map_selects_it(qtbot: QtBot, session: Session) -> None:
    panel = GroundTrackPanel(session)
    show(qtbot, panel, 1000, 560)
    qtbot.wait(50)
    x, y = panel.objects.getData()
    k = int(np.flatnonzero(panel.objects.data["data"] == LEO2)[0])
    with qtbot.waitSignal(session.selectionChanged, timeout=2000):
        click_view_point(panel.plot_widget, panel.plot, x[k], y[k], qtbot)
    assert session.selected_norad == LEO2


def test_antimeridian_crossings_are_broken() -> None:
    lon, _lat = break_at_antimeridian(np.array([170.0, 179.0, -179.0, -170.0]), np.arange(4.0))
    assert np.isnan(lon[2])
    assert len(lon) == 5


# -- GEO belt ----------------------------------------------------------------------------
def test_geo_belt_shows_only_geo_objects_and_highlights_the_selection(
    qtbot: QtBot, session: Session
) -> None:
    panel = GeoBeltPanel(session)
    show(qtbot, panel)
    assert set(np.unique(panel.norad)) == {GEO}
    assert len(panel.tracks.xData) == 120
    assert panel.selected.xData is None or len(panel.selected.xData) == 0
    session.select_object(GEO)
    settle(qtbot)
    np.testing.assert_allclose(panel.selected.xData, panel.lon_deg)
    irregular = [pt.data() for item in panel.markers for pt in item.points()]
    assert irregular == ["E4"]


def test_clicking_a_geo_track_selects_its_object(qtbot: QtBot, session: Session) -> None:
    panel = GeoBeltPanel(session)
    show(qtbot, panel)
    panel.plot.setXRange(panel.lon_deg.min() - 5, panel.lon_deg.max() + 5)
    qtbot.wait(50)
    k = 40
    with qtbot.waitSignal(session.selectionChanged, timeout=2000):
        click_view_point(panel.plot_widget, panel.plot, panel.lon_deg[k], panel.t_s[k], qtbot)
    assert session.selected_norad == GEO


# -- 3D view -----------------------------------------------------------------------------
def test_3d_view_says_why_where_opengl_is_unavailable(qtbot: QtBot, session: Session) -> None:
    panel = View3DPanel(session)
    show(qtbot, panel)
    if panel.unavailable_reason:
        assert panel.scene is None
        labels = [label.text() for label in panel.findChildren(QLabel)]
        assert any("3D view unavailable" in text for text in labels)
    else:
        assert panel.scene is not None


@pytest.mark.gl
def test_3d_view_draws_positions_and_the_selected_orbit(
    qtbot: QtBot, session: Session, gl_available: None
) -> None:
    panel = View3DPanel(session)
    show(qtbot, panel)
    assert panel.scene is not None
    session.select_object(LEO)
    settle(qtbot)
    assert len(panel.scene.objects.pos) == 3
    orbit = panel.scene.orbit.pos
    radius = np.linalg.norm(orbit, axis=1)
    assert len(orbit) > 300
    assert radius.min() > 6378 + 600
    assert radius.max() < 6378 + 1000
    positions_before = panel.scene.objects.pos.copy()
    session.set_time(session.current_time_utc + pd.Timedelta(minutes=10))
    settle(qtbot)
    assert not np.allclose(positions_before, panel.scene.objects.pos)


# -- export ------------------------------------------------------------------------------
@pytest.mark.parametrize("panel_class", [HistoryPanel, GroundTrackPanel, GeoBeltPanel, View3DPanel])
def test_export_png_writes_an_image(
    qtbot: QtBot, session: Session, tmp_path: Path, panel_class: Any
) -> None:
    panel = panel_class(session)
    show(qtbot, panel, 640, 480)
    session.select_object(LEO)
    settle(qtbot)
    path = tmp_path / "panel.png"
    panel.export_png(path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    assert image.width() >= 600
    assert image.height() >= 400
