"""The desktop integration files: launcher, AppStream metainfo, MIME types, icons, version."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import defusedxml.ElementTree as ET
import pytest

import ssaviewer

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "ssaviewer.desktop"
METAINFO = PACKAGING / "io.github.ssaviewer.metainfo.xml"
MIME = PACKAGING / "ssaviewer-mime.xml"
ICONS = ROOT / "resources" / "icons"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt package: see .ci/run)")
    return path


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Hints and warnings are printed too; none is wanted.
    assert result.stdout.strip() == "", result.stdout


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout, result.stdout
    assert "E:" not in result.stdout, result.stdout


def test_metainfo_names_the_launcher_and_the_current_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable") == DESKTOP.name
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == ssaviewer.__version__, "add a <release> for the new version"


def _mime_globs() -> dict[str, str]:
    root = ET.parse(MIME).getroot()
    return {
        glob.get("pattern"): mime_type.get("type")
        for mime_type in root.iter(f"{MIME_NS}mime-type")
        for glob in mime_type.iter(f"{MIME_NS}glob")
    }


def test_mime_types_cover_workspaces_and_scenarios_and_the_launcher_claims_them() -> None:
    globs = _mime_globs()
    assert set(globs) == {"*.ssaw", "*.ssas"}
    mime_line = next(
        line for line in DESKTOP.read_text("utf-8").splitlines() if line.startswith("MimeType=")
    )
    claimed = set(mime_line.removeprefix("MimeType=").split(";"))
    assert set(globs.values()) <= claimed


def test_mime_database_accepts_the_types(tmp_path: Path) -> None:
    tool = _tool("update-mime-database")
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME, tmp_path / "packages" / "ssaviewer.xml")
    result = subprocess.run([tool, str(tmp_path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    globs2 = (tmp_path / "globs2").read_text("utf-8")
    assert "application/x-ssaviewer-workspace:*.ssaw" in globs2
    assert "application/x-ssaviewer-scenario:*.ssas" in globs2


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_icon_png_sizes_exist_in_the_freedesktop_layout(size: int) -> None:
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "ssaviewer.png"
    assert _png_size(path) == (size, size)


def test_icon_svg_and_window_icon_exist() -> None:
    root = ET.parse(ICONS / "ssaviewer.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert _png_size(ROOT / "ssaviewer" / "resources" / "ssaviewer.png") == (256, 256)


def test_version_has_one_source_and_the_commands_are_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" not in project["project"], "the version lives in ssaviewer/__init__.py"
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["hatch"]["version"]["path"] == "ssaviewer/__init__.py"
    assert project["project"]["gui-scripts"]["ssaviewer"] == "ssaviewer.__main__:main"
    assert project["project"]["scripts"]["ssaviewer-cli"] == "ssaviewer.__main__:main"
    assert any(
        dep.startswith("pyinstaller")
        for dep in project["project"]["optional-dependencies"]["package"]
    )


def test_version_option_prints_the_package_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ssaviewer", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ssaviewer {ssaviewer.__version__}"


def test_associated_file_types_are_routed_by_the_viewer() -> None:
    from ssaviewer.core.sources import WALK_SKIPS_SUFFIXES
    from ssaviewer.core.training import SUFFIX
    from ssaviewer.gui.app import split_workspaces

    workspaces, others = split_workspaces(["a/W.SSAW", "data/", "x.tle"])
    assert workspaces == [Path("a/W.SSAW")]
    assert others == [Path("data/"), Path("x.tle")]
    assert f"*{SUFFIX}" in _mime_globs()
    assert SUFFIX in WALK_SKIPS_SUFFIXES
