"""Start-up: the headless screenshot, the no-display message, the error dialog, rules editing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import ssaviewer
from ssaviewer.gui import app
from ssaviewer.gui.arguments import build_parser
from ssaviewer.gui.main_window import MainWindow
from ssaviewer.gui.rules_editor import RulesEditor
from tests.gui.synthetic import events_frame

REPO = Path(__file__).resolve().parents[2]


def run_viewer(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ssaviewer", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )


def test_screenshot_writes_a_png_of_the_window(tmp_path: Path, scenario: Path) -> None:
    out = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = run_viewer("--screenshot", str(out), "--size", "1200x800", str(scenario), env=env)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)


def test_screenshot_reports_an_unknown_selection(tmp_path: Path, scenario: Path) -> None:
    out = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = run_viewer("--screenshot", str(out), "--select", "12345", str(scenario), env=env)
    assert result.returncode == 1
    assert "--select 12345: no such object loaded" in result.stderr
    assert out.exists()


def test_without_a_display_the_viewer_says_how_to_run(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in app.DISPLAY_VARIABLES}
    result = run_viewer(env=env)
    assert result.returncode == 1
    assert result.stderr.strip() == app.NO_DISPLAY
    assert "--screenshot" in result.stderr
    assert "Xvfb" in result.stderr


def test_bad_arguments_get_one_line_naming_them() -> None:
    result = run_viewer("--size", "huge", env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2
    assert "argument --size: expected WIDTHxHEIGHT" in result.stderr.splitlines()[-1]


def test_display_problem_only_on_linux_without_any_display() -> None:
    assert app.display_problem({}, "linux") == app.NO_DISPLAY
    assert app.display_problem({"DISPLAY": ":0"}, "linux") == ""
    assert app.display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") == ""
    assert app.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") == ""
    assert app.display_problem({}, "darwin") == ""


def test_demo_scenario_is_found_from_a_source_checkout() -> None:
    assert app.demo_paths() == [REPO / "sample_data"]


def test_demo_scenario_is_found_inside_an_installed_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A wheel carries the demo as ssaviewer/sample_data (pyproject: force-include).
    site = tmp_path / "site-packages" / "ssaviewer"
    (site / "sample_data").mkdir(parents=True)
    monkeypatch.setattr(ssaviewer, "__file__", str(site / "__init__.py"))
    monkeypatch.chdir(tmp_path)
    assert app.demo_paths() == [site / "sample_data"]


def test_the_wheel_carries_the_demo_scenario() -> None:
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text())
    included = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included == {"sample_data": "ssaviewer/sample_data"}


@pytest.fixture
def restore_excepthook() -> Iterator[None]:
    saved = sys.excepthook
    yield
    sys.excepthook = saved


@pytest.mark.usefixtures("restore_excepthook")
def test_unexpected_errors_open_a_dialog_with_details(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    app.install_excepthook(instance)
    try:
        raise RuntimeError("the flux capacitor is empty")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    box = next(b for b in boxes if "flux capacitor" in b.text())
    assert "RuntimeError" in box.detailedText()
    assert "Traceback" in box.detailedText()
    assert "unexpected error" in caplog.text
    box.close()


def test_rules_editor_refuses_invalid_rules_and_saves_valid_ones(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "rules.toml"
    path.write_text("[inplane]\nmin_sigma = 6.0\n")
    editor = RulesEditor(path)
    qtbot.addWidget(editor)
    editor.editor.setPlainText("[inplane\nmin_sigma = ")
    editor.save()
    assert "rules.toml" in editor.status.text()
    assert "not valid TOML" in editor.status.text()
    assert path.read_text() == "[inplane]\nmin_sigma = 6.0\n"
    editor.editor.setPlainText("[inplane]\nmin_sigma = 'six'\n")
    editor.save()
    assert "inplane.min_sigma: 'six' is a string, expected a number" in editor.status.text()
    assert path.read_text() == "[inplane]\nmin_sigma = 6.0\n"
    editor.editor.setPlainText("[inplane]\nmin_sigma = 7.0\n")
    editor.save()
    assert path.read_text() == "[inplane]\nmin_sigma = 7.0\n"


def test_rules_editor_starts_a_new_file_from_the_documented_defaults(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from ssaviewer.core.detect import default_rules_text, load_rules

    editor = RulesEditor(tmp_path / "new.toml")
    qtbot.addWidget(editor)
    text = editor.editor.toPlainText()
    assert text == default_rules_text()
    assert load_rules(text, "new.toml").digest == load_rules("", "none").digest


def test_screenshot_selects_the_event_asked_for(
    qtbot: QtBot, scenario: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ssaviewer.core.detect import pipeline

    monkeypatch.setattr(pipeline, "label_events", lambda *_a, **_k: events_frame())
    shown: list[str] = []
    monkeypatch.setattr(MainWindow, "grab", _record_grab(shown))
    parser = build_parser()
    ok = parser.parse_args(
        ["--screenshot", str(tmp_path / "a.png"), "--event", "E2", str(scenario)]
    )
    assert app.screenshot(ok, [scenario]) == 0
    assert shown == ["E2 90001 2024-03-08 12:00:00+00:00"]
    missing = parser.parse_args(["--screenshot", str(tmp_path / "b.png"), "--event", "E9"])
    assert app.screenshot(missing, [scenario]) == 1


def _record_grab(shown: list[str]) -> Any:
    original = MainWindow.grab

    def grab(self: MainWindow, *args: Any) -> Any:
        session = self.session
        shown.append(
            f"{session.selected_event} {session.selected_norad} {session.current_time_utc}"
        )
        return original(self, *args)

    return grab
