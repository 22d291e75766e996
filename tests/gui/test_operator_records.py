"""Operator records in the window: matched, listed, scored, and ``unannounced`` as in detect."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from ssaviewer.__main__ import main
from ssaviewer.core.export.events_csv import read_events_csv
from ssaviewer.core.truth.matching import NO_DETECTION
from ssaviewer.gui.main_window import MainWindow
from ssaviewer.gui.palette import RECORD_COLOUR

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
#: The demo object whose manoeuvres the operator "announced".
NORAD = 90012


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The demo's LEO objects only (detection in seconds)."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(SAMPLE / "leo.tle", data / "leo.tle")
    return data


def _burns() -> pd.DataFrame:
    key = pd.read_csv(SAMPLE / "answer_key.csv")
    burns = key[(key["event_type"] == "manoeuvre") & (key["norad_id"] == NORAD)]
    return burns.assign(time_utc=pd.to_datetime(burns["time_utc"], utc=True)).reset_index()


@pytest.fixture
def burns() -> pd.DataFrame:
    """The injected manoeuvres of ``NORAD`` (the answer key's rows)."""
    return _burns()


@pytest.fixture
def notes(tmp_path: Path, burns: pd.DataFrame) -> tuple[Path, pd.Timestamp, pd.Timestamp]:
    """A notifications CSV: every burn but the 10th, and one burn that never happened.

    Returns the file, the time of the burn left out, the time of the invented one.
    """
    left_out = burns["time_utc"].iloc[10]
    invented = (
        burns["time_utc"].iloc[14] + (burns["time_utc"].iloc[15] - burns["time_utc"].iloc[14]) / 2
    )
    rows = [
        (NORAD, t, t + pd.Timedelta(minutes=20), "in-plane", "drag make-up")
        for t in burns["time_utc"]
        if t != left_out
    ]
    rows.append((NORAD, invented, invented + pd.Timedelta(minutes=20), "in-plane", "cancelled?"))
    lines = ["norad_id,start_utc,end_utc,kind,note"] + [
        f"{n},{a:%Y-%m-%dT%H:%M:%SZ},{b:%Y-%m-%dT%H:%M:%SZ},{k},{note}" for n, a, b, k, note in rows
    ]
    path = tmp_path / "notices.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, left_out, invented


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def _wait(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.controller.is_busy, timeout=180_000)
    window.records.session  # noqa: B018  (the opener is built)
    panel = window.docks["Records"].widget()
    panel.refresh_later.flush()  # type: ignore[attr-defined]


def _event_at(events: pd.DataFrame, time_utc: pd.Timestamp) -> pd.Series:
    """The manoeuvre of ``NORAD`` whose window holds ``time_utc``."""
    start = pd.to_datetime(events["window_start_utc"], utc=True)
    end = pd.to_datetime(events["window_end_utc"], utc=True)
    hit = events[
        (events["norad_id"].astype(int) == NORAD)
        & (events["event_type"] == "manoeuvre")
        & (start <= time_utc)
        & (end >= time_utc)
    ]
    assert len(hit) == 1, f"no single manoeuvre around {time_utc}"
    return hit.iloc[0]


def test_records_in_the_window_match_detect_and_evaluate(
    qtbot: QtBot,
    window: MainWindow,
    folder: Path,
    notes: tuple[Path, pd.Timestamp, pd.Timestamp],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, left_out, invented = notes
    cli_csv = tmp_path / "cli.csv"
    assert main(["detect", str(folder), "--notifications", str(path), "-o", str(cli_csv)]) == 0
    expected = read_events_csv(cli_csv)
    capsys.readouterr()
    assert (
        main(
            [
                "evaluate",
                "--events",
                str(cli_csv),
                "--truth",
                str(path),
                "--json",
                "--",
                str(folder),
            ]
        )
        == 0
    )
    cli_scores = pd.DataFrame(json.loads(capsys.readouterr().out))

    window.commands.open_paths([str(folder)])
    _wait(qtbot, window)
    session = window.session
    before = _event_at(session.events, left_out)
    assert "unannounced" not in str(before["reasons"])  # no records yet: nothing unannounced

    assert window.records.open_paths([str(path)])
    _wait(qtbot, window)

    # The window's events (as its "All events" export writes them) are detect's, with the
    # same labels and reasons.
    exported = tmp_path / "window.csv"
    window.commands.export_events("all", str(exported))
    shown = read_events_csv(exported).set_index("event_id").sort_index()
    cli = expected.set_index("event_id").sort_index()
    assert list(shown.index) == list(cli.index)
    assert list(shown["label"]) == list(cli["label"])
    assert list(shown["reasons"].fillna("")) == list(cli["reasons"].fillna(""))
    unannounced = _event_at(session.events, left_out)
    assert "unannounced" in str(unannounced["reasons"])
    assert unannounced["label"] == "irregular"
    flagged = shown[shown["reasons"].fillna("").str.contains("unannounced")]
    assert list(flagged.index) == [unannounced["event_id"]]

    # Every record is listed: the real burns with their event, the invented one without.
    panel = window.docks["Records"].widget()
    listed = panel.model.frame  # type: ignore[attr-defined]
    assert len(listed) == len(_burns())  # 27 announced burns + the invented one
    invented_row = listed[pd.to_datetime(listed["start_utc"], utc=True) == invented]
    assert list(invented_row["matched"]) == [NO_DETECTION]
    real = listed.drop(invented_row.index)
    for row in real.itertuples():
        assert row.event_id == _event_at(session.events, row.start_utc)["event_id"]
    announced = panel.match.manoeuvres.set_index("event_id")["announced"]  # type: ignore[attr-defined]
    assert not announced[unannounced["event_id"]]
    assert announced.drop(unannounced["event_id"]).all()

    # The evaluation panel's numbers are ssaviewer evaluate's for this object.
    scores = panel.scores_model.frame  # type: ignore[attr-defined]
    columns = [
        "truth_events",
        "detections",
        "tp",
        "fp",
        "fn",
        "precision",
        "recall",
        "false_alarms_per_year",
    ]
    for mode, name in (("gap", "element-set gap"), ("12h", "±12 h")):
        ours = scores[(scores["norad_id"] == NORAD) & (scores["mode"] == name)][columns]
        theirs = cli_scores[(cli_scores["scope"] == "object") & (cli_scores["mode"] == mode)]
        theirs = theirs[theirs["name"] == ours.index.map(lambda _: scores.loc[_, "name"])[0]]
        np.testing.assert_allclose(
            ours.to_numpy(dtype=float), theirs[columns].to_numpy(dtype=float), rtol=1e-12
        )
    assert scores["fn"].sum() > 0  # the left-out burn's record is not there, the invented one is


def test_selecting_a_record_selects_its_object_and_time(
    qtbot: QtBot, window: MainWindow, folder: Path, notes: tuple[Path, pd.Timestamp, pd.Timestamp]
) -> None:
    path, _left_out, invented = notes
    window.commands.open_paths([str(folder)])
    _wait(qtbot, window)
    window.records.open_paths([str(path)])
    _wait(qtbot, window)
    panel = window.docks["Records"].widget()
    row = panel.model.find_row("start_utc", invented)  # type: ignore[attr-defined]
    assert row >= 0
    panel.table.selectRow(row)  # type: ignore[attr-defined]
    assert window.session.selected_norad == NORAD
    assert window.session.current_time_utc == invented


def _record_pixels(path: Path) -> int:
    """Count the pixels drawn in the records' colour in a PNG."""
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8)
    rows = pixels.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 3]
    rgb = rows.reshape(image.height(), image.width(), 3).astype(int)
    colour = QColor(RECORD_COLOUR)
    target = np.array([colour.red(), colour.green(), colour.blue()])
    return int((np.abs(rgb - target).sum(axis=2) < 40).sum())


def test_records_are_drawn_on_the_plots_and_the_time_bar(
    qtbot: QtBot,
    window: MainWindow,
    folder: Path,
    notes: tuple[Path, pd.Timestamp, pd.Timestamp],
    tmp_path: Path,
) -> None:
    path, _left_out, _invented = notes
    window.commands.open_paths([str(folder)])
    _wait(qtbot, window)
    window.records.open_paths([str(path)])
    _wait(qtbot, window)
    history = window.plot_panels[0]
    window.session.select_object(90001)  # no records
    history.redraw_later.flush()  # type: ignore[attr-defined]
    assert history.rows["a"].record_items == []  # type: ignore[attr-defined]
    assert "operator record" not in history.legend.text()  # type: ignore[attr-defined]
    history.export_png(tmp_path / "without.png")  # type: ignore[attr-defined]
    assert _record_pixels(tmp_path / "without.png") == 0
    window.session.select_object(NORAD)
    history.redraw_later.flush()  # type: ignore[attr-defined]
    lines = [i for i in history.rows["a"].record_items if hasattr(i, "angle")]  # type: ignore[attr-defined]
    n = len(_burns())
    assert len(lines) == n
    assert "operator record" in history.legend.text()  # type: ignore[attr-defined]
    assert len(window.time_bar.slider.marks) == n
    history.export_png(tmp_path / "with.png")  # type: ignore[attr-defined]
    assert _record_pixels(tmp_path / "with.png") > 50 * n  # a dashed line per record and row


def test_bad_records_file_is_reported_and_keeps_what_was_loaded(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, notes: tuple[Path, pd.Timestamp, pd.Timestamp]
) -> None:
    path, _left_out, _invented = notes
    assert window.records.open_paths([str(path)])
    n = len(window.session.records)
    panel = window.docks["Records"].widget()
    panel.refresh_later.flush()  # type: ignore[attr-defined]
    assert "28 records, 0 matched" in panel.summary.text()  # type: ignore[attr-defined]
    assert set(panel.model.frame["matched"]) == {"object not loaded"}  # type: ignore[attr-defined]
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00\x01 not records")
    assert not window.records.open_paths([str(junk)])
    assert len(window.session.records) == n
    assert "junk.bin" in window.records.dialog.detailedText()  # type: ignore[union-attr]


def test_records_opened_during_detection_relabel_when_it_ends(
    qtbot: QtBot, window: MainWindow, folder: Path, notes: tuple[Path, pd.Timestamp, pd.Timestamp]
) -> None:
    path, left_out, _invented = notes
    window.controller.detect_after_load = False
    window.commands.open_paths([str(folder)])
    _wait(qtbot, window)
    assert window.controller.detect()  # running: it read the session before the records came
    assert window.records.open_paths([str(path)])
    _wait(qtbot, window)
    qtbot.waitUntil(
        lambda: "unannounced" in str(_event_at(window.session.events, left_out)["reasons"]),
        timeout=180_000,
    )
    _wait(qtbot, window)
    panel = window.docks["Records"].widget()
    labels = set(panel.model.frame["event_label"])  # type: ignore[attr-defined]
    assert labels <= {"regular", "irregular", ""}
    assert "regular" in labels
