"""Regression tests for issue 10's plot defects: 7 (dark plots), 10 (export), 11 (GEO belt,
names, node row), 12 (no-data messages) and 14 (irregular events stand out)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ssaviewer.gui import palette
from ssaviewer.gui.geo_belt_panel import GeoBeltPanel
from ssaviewer.gui.history_panel import HistoryPanel
from ssaviewer.gui.map_panel import GroundTrackPanel
from ssaviewer.gui.session import Session
from ssaviewer.gui.theme import apply_theme
from tests.gui.test_plot_panels import GEO, LEO, session, settle, show

__all__ = ["session"]  # the fixture, shared with test_plot_panels


@pytest.fixture
def dark(qtbot: QtBot) -> object:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "dark")
    yield app
    apply_theme(app, "light")


def _luminance(colour: QColor) -> float:
    return 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF()


def _background(widget: QWidget) -> QColor:
    return widget.backgroundBrush().color()  # type: ignore[attr-defined,no-any-return]


def test_dark_theme_darkens_the_plots_and_lightens_their_axes(
    qtbot: QtBot, session: Session, dark: object
) -> None:
    """Defect 7: the plots stayed white under the dark theme."""
    history, belt, world = HistoryPanel(session), GeoBeltPanel(session), GroundTrackPanel(session)
    for widget in (history.graphics, belt.plot_widget, world.plot_widget):
        assert _luminance(_background(widget)) < 0.2
    axis = history.rows["a"].plot.getAxis("left")
    assert _luminance(axis.textPen().color()) > 0.6
    assert _luminance(belt.plot.getAxis("bottom").pen().color()) > 0.6
    for widget in (history, belt, world):
        widget.deleteLater()


def test_switching_theme_restyles_open_plots(qtbot: QtBot, session: Session) -> None:
    """Defect 7: View → Theme reaches plots that are already open."""
    from ssaviewer.gui.commands import Commands

    history = HistoryPanel(session)
    qtbot.addWidget(history)
    holder = QWidget()
    holder.plot_panels = [history]  # type: ignore[attr-defined]
    commands = Commands(holder, session, None, pd.DataFrame, lambda: None)  # type: ignore[arg-type]
    commands.set_theme("dark")
    try:
        assert _luminance(_background(history.graphics)) < 0.2
    finally:
        commands.set_theme("light")
    assert _luminance(_background(history.graphics)) > 0.9


def test_plot_export_is_large_and_leaves_out_readout_and_check_boxes(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    """Defect 10: the PNG had the hover read-out and the check box, at 951x545."""
    panel = HistoryPanel(session)
    show(qtbot, panel, 951, 545)
    session.select_object(LEO)
    settle(qtbot)
    row = panel.rows["a"]
    row.readout.setText("HOVER")
    row.readout.show()
    path = tmp_path / "plot.png"
    panel.export_png(path)
    image = QImage(str(path))
    assert image.width() >= 1920
    assert image.height() >= 2 * 545 - 2
    assert row.readout.isVisible()
    assert panel.altitude_box.isVisible()


def test_export_hides_screen_only_items_while_rendering(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Defect 10: the read-out and check boxes are hidden at the moment of rendering."""
    panel = HistoryPanel(session)
    show(qtbot, panel)
    session.select_object(LEO)
    settle(qtbot)
    panel.rows["a"].readout.show()
    states: list[tuple[bool, bool]] = []
    real_render = QWidget.render

    def render(widget: QWidget, *args: Any) -> None:
        states.append((panel.rows["a"].readout.isVisible(), panel.altitude_box.isVisible()))
        real_render(widget, *args)

    monkeypatch.setattr(QWidget, "render", render)
    panel.export_png(tmp_path / "plot.png")
    assert states == [(False, False)]


def test_node_row_is_hidden_for_geo_objects(qtbot: QtBot, session: Session) -> None:
    """Defect 11: "Node − J2" of a GEO object spanned thousands of degrees."""
    panel = HistoryPanel(session)
    show(qtbot, panel)
    session.select_object(GEO)
    settle(qtbot)
    assert not panel.rows["node"].plot.isVisible()
    assert panel.rows["lon"].plot.isVisible()
    session.select_object(LEO)
    settle(qtbot)
    assert panel.rows["node"].plot.isVisible()


def test_geo_belt_legend_is_outside_the_plot_and_names_can_be_shown(
    qtbot: QtBot, session: Session
) -> None:
    """Defect 11: the legend covered tracks; nothing could label the objects."""
    panel = GeoBeltPanel(session)
    show(qtbot, panel)
    assert panel.plot.legend is None
    assert "irregular" in panel.legend.text()
    assert panel.name_items == []
    panel.names_box.setChecked(True)
    assert [item.textItem.toPlainText() for item in panel.name_items] == ["GEO-A"]


def test_map_names_toggle(qtbot: QtBot, session: Session) -> None:
    """Defect 11: the map can name the objects it places."""
    panel = GroundTrackPanel(session)
    show(qtbot, panel)
    panel.names_box.setChecked(True)
    names = {item.textItem.toPlainText() for item in panel.name_items}
    assert names
    assert names <= {"LEO-A", "LEO-B", "GEO-A"}
    panel.names_box.setChecked(False)
    assert panel.name_items == []


def test_empty_plots_say_so_instead_of_blank_axes(qtbot: QtBot) -> None:
    """Defect 12: with no data the plots showed 0-1 axes with "00.100" ticks."""
    empty = Session()
    history, belt = HistoryPanel(empty), GeoBeltPanel(empty)
    show(qtbot, history)
    show(qtbot, belt)
    assert history.empty.isVisible()
    assert "No data" in history.empty.text()
    assert not history.graphics.isVisible()
    assert belt.empty.isVisible()
    assert not belt.plot_widget.isVisible()


def _marker_sizes(panel: HistoryPanel) -> dict[str, tuple[float, int]]:
    return {
        label: (item.opts["size"], item.opts["brush"].color().alpha())
        for label, item in panel.rows["a"].markers.items()
    }


def test_irregular_markers_stand_out_and_the_others_can_be_hidden(
    qtbot: QtBot, session: Session
) -> None:
    """Defect 14: regular and undetermined markers buried the irregular ones."""
    panel = HistoryPanel(session)
    show(qtbot, panel)
    session.select_object(LEO)
    settle(qtbot)
    sizes = _marker_sizes(panel)
    assert sizes["regular"][0] < sizes["irregular"][0]
    assert sizes["regular"][1] < sizes["irregular"][1]
    markers = panel.rows["a"].markers
    assert markers["irregular"].zValue() > markers["regular"].zValue()
    panel.irregular_box.setChecked(True)
    assert not markers["regular"].isVisible()
    assert markers["irregular"].isVisible()
    belt = GeoBeltPanel(session)
    show(qtbot, belt)
    belt.irregular_box.setChecked(True)
    assert {item.opts["name"] for item in belt.markers} <= {"irregular"}
    assert np.isfinite(belt.lon_deg).all()
    assert palette.current_theme() == "light"


def test_belt_names_close_in_longitude_are_stacked() -> None:
    """Defect 11: names of neighbouring tracks must not print over each other."""
    from ssaviewer.gui.geo_belt_panel import stagger_levels

    levels = stagger_levels(np.array([100.0, 10.0, 105.0, 140.0, 110.0]), 25.0)
    assert list(levels) == [0, 0, 1, 0, 2]


def test_belt_event_longitudes_equal_the_nearest_element_set() -> None:
    """Defect 3: the belt looked event longitudes up in a loop over events (minutes on a big
    catalogue, on the window's thread: Cancel and the menus could not be reached)."""
    from ssaviewer.gui.geo_belt_panel import nearest_values

    rng = np.random.default_rng(1)
    norad = np.repeat([5, 7, 9], 50)
    t_s = np.concatenate([np.sort(rng.uniform(0, 1e6, 50)) for _ in range(3)])
    lon = rng.uniform(-180, 180, len(norad))
    at_norad = rng.choice([5, 7, 8, 9], 200)
    at_t = rng.uniform(-1e5, 1.1e6, 200)
    expected = np.full(200, np.nan)
    for k in range(200):  # the obvious loop, as reference
        rows = np.flatnonzero(norad == at_norad[k])
        if len(rows):
            expected[k] = lon[rows[np.argmin(np.abs(t_s[rows] - at_t[k]))]]
    np.testing.assert_array_equal(nearest_values(norad, t_s, lon, at_norad, at_t), expected)


def test_inspector_follows_the_theme(qtbot: QtBot) -> None:
    """Defect 7: the inspector's label colour follows a theme switch without reselecting."""
    from ssaviewer.gui.inspector_panel import InspectorPanel
    from tests.gui.synthetic import events_frame

    session = Session()
    session.set_events(events_frame())
    inspector = InspectorPanel(session)
    qtbot.addWidget(inspector)
    session.select_event("E1")  # regular
    assert palette.LABEL_COLOURS["regular"].lower() in inspector.browser.toHtml().lower()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "dark")
    try:
        qtbot.waitUntil(
            lambda: (
                palette.DARK_LABEL_COLOURS["regular"].lower() in inspector.browser.toHtml().lower()
            )
        )
    finally:
        apply_theme(app, "light")
