"""Wheel build hook: compile the window's translations (``.ts`` → ``.qm``) into the wheel.

The ``.qm`` catalogues are built, not kept in git; ``pip install .`` / ``pipx install .``
compile them here with ``pyside6-lrelease`` (PySide6-Essentials is this hook's build
dependency) and put them in the wheel as ``ssaviewer/resources/i18n/ssaviewer_<code>.qm``.
An editable install skips this: ``make`` compiles them in the source tree.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

I18N = Path("ssaviewer") / "resources" / "i18n"


def lrelease_command() -> list[str]:
    """Return the command that runs Qt's lrelease (PySide6's), or raise SystemExit saying why."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.is_file():
        return [str(beside)]
    try:
        from PySide6.scripts.pyside_tool import lrelease  # noqa: F401
    except ImportError:
        raise SystemExit(
            "ssaviewer build: pyside6-lrelease not found; install PySide6-Essentials in the "
            "build environment to compile the translations"
        ) from None
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compile ``ssaviewer/resources/i18n/*.ts`` and force-include the ``.qm`` files."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile every ``.ts`` into a temporary folder and add the results to the wheel."""
        if self.target_name != "wheel" or version == "editable":
            return
        sources = sorted((Path(self.root) / I18N).glob("ssaviewer_*.ts"))
        out = Path(tempfile.mkdtemp(prefix="ssaviewer-qm-"))
        command = lrelease_command()
        for source in sources:
            target = out / source.with_suffix(".qm").name
            subprocess.run([*command, "-silent", str(source), "-qm", str(target)], check=True)
            build_data["force_include"][str(target)] = str(I18N / target.name)
