"""Issue 10 defect 4: the window's events (and its "All events" export) are ``detect``'s."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssaviewer.__main__ import main
from ssaviewer.core.export.events_csv import read_events_csv
from ssaviewer.gui import main_window
from ssaviewer.gui.main_window import MainWindow

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(
        main_window, "PLOT_PANELS", (("Missing plot", "ssaviewer.gui.no_such_panel:NoSuchPanel"),)
    )
    window = MainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def data_with_copies(tmp_path: Path) -> Path:
    """The demo's LEO and GEO files, and a file repeating one object's records (copies)."""
    folder = tmp_path / "data"
    folder.mkdir()
    for name in ("leo.tle", "geo.tle"):
        shutil.copy(SAMPLE / name, folder / name)
    lines = (SAMPLE / "leo.tle").read_text(encoding="ascii").splitlines()
    first = [lines[k : k + 3] for k in range(0, 60, 3)]
    copies = "\n".join(line for record in first for line in record) + "\n"
    (folder / "copies.tle").write_text(copies, encoding="ascii")
    return folder


def test_window_events_and_export_are_those_of_detect(
    qtbot: QtBot, window: MainWindow, data_with_copies: Path, tmp_path: Path
) -> None:
    cli_out = tmp_path / "cli.csv"
    assert main(["detect", str(data_with_copies), "-o", str(cli_out)]) == 0
    expected = read_events_csv(cli_out)
    assert (expected["reasons"] == "duplicate").sum() == 20  # the case the window lost

    window.commands.open_paths([str(data_with_copies)])
    qtbot.waitUntil(lambda: not window.controller.is_busy, timeout=120_000)
    shown = window.session.events
    assert sorted(shown["event_id"]) == sorted(expected["event_id"])

    exported = tmp_path / "all.csv"
    window.commands.export_events("all", str(exported))
    assert sorted(read_events_csv(exported)["event_id"]) == sorted(expected["event_id"])
    assert exported.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM from the window
