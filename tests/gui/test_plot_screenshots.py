"""Screenshots of every plot panel with real element sets, for people to look at.

Written to ``$SSAVIEWER_SCREENSHOT_DIR`` when set (else a temporary folder). The events are
the operator manoeuvre records of ../shared/data/labels, labelled by kind only so that all
three label colours show; the assertions check that what should be drawn was drawn.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import ssaviewer
from ssaviewer.gui.geo_belt_panel import GeoBeltPanel
from ssaviewer.gui.history_panel import HistoryPanel
from ssaviewer.gui.map_panel import GroundTrackPanel
from ssaviewer.gui.palette import LABEL_COLOURS
from ssaviewer.gui.session import Session
from ssaviewer.gui.view3d_panel import View3DPanel

pytestmark = pytest.mark.realdata

OBJECTS = ("Jason-3", "Fengyun-2F", "Fengyun-2H", "QZS-2", "Sentinel-3A")
KIND_LABEL = {"in-plane": "regular", "out-of-plane": "irregular"}
FENGYUN_2F = 38049


def label_events(shared_data: Path) -> pd.DataFrame:
    frames = [pd.read_csv(shared_data / "labels" / f"{name}.csv") for name in OBJECTS]
    records = pd.concat(frames, ignore_index=True)
    return pd.DataFrame(
        {
            "event_id": [f"L{k}" for k in range(len(records))],
            "norad_id": records["norad_id"].astype("int64"),
            "label": records["kind"].map(KIND_LABEL).fillna("undetermined"),
            "epoch_utc": pd.to_datetime(records["start_utc"], utc=True),
        }
    )


@pytest.fixture
def real_session(shared_data: Path) -> Session:
    session = Session()
    paths = [shared_data / "tle" / f"{name}.tle" for name in OBJECTS]
    session.set_dataset(ssaviewer.load(*paths))
    session.set_events(label_events(shared_data))
    return session


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SSAVIEWER_SCREENSHOT_DIR", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def colour_pixels(path: Path, colour: str) -> int:
    """Number of pixels within a small distance of ``colour``."""
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    buffer = np.frombuffer(image.constBits(), dtype=np.uint8)
    bgra = buffer.reshape(height, image.bytesPerLine() // 4, 4)[:, :width]
    target = QColor(colour)
    rgb = np.array([target.blue(), target.green(), target.red()])
    return int((np.abs(bgra[..., :3].astype(int) - rgb).sum(axis=2) < 30).sum())


def shoot(qtbot: QtBot, panel: QWidget, path: Path, size: tuple[int, int]) -> None:
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.wait(150)
    panel.export_png(path)  # type: ignore[attr-defined]


def test_history_screenshot_shows_all_three_label_colours(
    qtbot: QtBot, real_session: Session, out_dir: Path
) -> None:
    panel = HistoryPanel(real_session)
    real_session.select_object(FENGYUN_2F)
    path = out_dir / "history_fengyun2f.png"
    shoot(qtbot, panel, path, (1100, 900))
    for colour in LABEL_COLOURS.values():
        assert colour_pixels(path, colour) > 50, colour


def test_map_screenshot(qtbot: QtBot, real_session: Session, out_dir: Path) -> None:
    panel = GroundTrackPanel(real_session)
    real_session.select_object(41240)  # Jason-3
    path = out_dir / "map_jason3.png"
    shoot(qtbot, panel, path, (1100, 620))
    assert colour_pixels(path, LABEL_COLOURS["regular"]) > 0  # the object dots
    assert len(panel.track.getData()[0]) > 300


def test_geo_belt_screenshot(qtbot: QtBot, real_session: Session, out_dir: Path) -> None:
    panel = GeoBeltPanel(real_session)
    real_session.select_object(FENGYUN_2F)
    path = out_dir / "geo_belt.png"
    shoot(qtbot, panel, path, (900, 700))
    assert set(np.unique(panel.norad)) == {38049, 43491}  # the two Fengyun (QZS-2 is IGSO)
    assert colour_pixels(path, LABEL_COLOURS["irregular"]) > 20


def test_view3d_screenshot(qtbot: QtBot, real_session: Session, out_dir: Path) -> None:
    panel = View3DPanel(real_session)
    real_session.select_object(41240)
    path = out_dir / "view3d.png"
    shoot(qtbot, panel, path, (800, 700))
    assert QImage(str(path)).width() >= 700
