"""The window opens a findings bundle and says whether it verifies."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ssaviewer.__main__ import main
from ssaviewer.gui.bundle_check import open_bundle


def _bundle(tmp_path: Path, scenario: Path) -> Path:
    bundle = tmp_path / "findings.zip"
    assert (
        main(["detect", str(scenario), "-o", str(tmp_path / "e.csv"), "--bundle", str(bundle)]) == 0
    )
    return bundle


def _message(qtbot: QtBot, widget: QWidget, path: Path) -> str:
    worker = open_bundle(widget, str(path))
    assert worker is not None
    qtbot.waitUntil(lambda: widget.property("bundle_message") is not None, timeout=60_000)
    boxes = widget.findChildren(QMessageBox)
    assert boxes
    assert boxes[-1].isVisible()
    text = str(widget.property("bundle_message"))
    for box in boxes:
        box.close()
    return text


def test_a_bundle_verifies_in_the_window(qtbot: QtBot, tmp_path: Path, scenario: Path) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    bundle = _bundle(tmp_path, scenario)
    assert "findings.zip verifies" in _message(qtbot, widget, bundle)


def test_a_tampered_bundle_does_not(qtbot: QtBot, tmp_path: Path, scenario: Path) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    bundle = _bundle(tmp_path, scenario)
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(bad, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, data + b"x,y\n" if name == "events.csv" else data)
    assert "does NOT verify" in _message(qtbot, widget, bad)


def test_an_unreadable_bundle_is_a_message_not_a_crash(qtbot: QtBot, tmp_path: Path) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    assert "cannot be read as a findings bundle" in _message(qtbot, widget, junk)
