"""Settings have one default each and come back with the default's type."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ssaviewer.gui import settings


def test_defaults_when_nothing_stored() -> None:
    assert settings.get("theme") == "light"
    assert settings.get("recent_files") == []
    assert settings.get("play_speed") == 86400.0


def test_round_trip_keeps_types(temp_settings: Path) -> None:
    settings.put("theme", "dark")
    settings.put("play_speed", 86400)
    settings.put("recent_files", ["/a", "/b"])
    settings.put("window_state", QByteArray(b"\x00\x01layout"))
    assert settings.get("theme") == "dark"
    assert settings.get("play_speed") == 86400.0
    assert isinstance(settings.get("play_speed"), float)
    assert settings.get("recent_files") == ["/a", "/b"]
    assert bytes(settings.get("window_state")) == b"\x00\x01layout"
    assert temp_settings.exists()


def test_strings_in_the_file_are_coerced(temp_settings: Path) -> None:
    raw = QSettings(str(temp_settings), QSettings.Format.IniFormat)
    raw.setValue("play_speed", "60")
    raw.setValue("max_recent", "not a number")
    raw.setValue("recent_files", "/only/one")
    raw.sync()
    assert settings.get("play_speed") == 60.0
    assert settings.get("max_recent") == 8
    assert settings.get("recent_files") == ["/only/one"]


def test_recent_files_most_recent_first_without_duplicates() -> None:
    for path in ("/a", "/b", "/a", "/c"):
        settings.add_recent(path)
    assert settings.get("recent_files") == ["/c", "/a", "/b"]
