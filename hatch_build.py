"""Wheel build hook: the compiled TLE decode kernel and the window's translations.

The TLE decode kernel (``ssaviewer/core/formats/tle_kernel.c``, plain C99) is compiled with the
system's C compiler (``$CC``, else ``cc``/``gcc``/``clang``) into ``_tle_kernel.c99.so``
(``.dylib``, ``.dll``): for an editable install (``pip install -e .``, ``make``) in place in
the source tree (git ignores it), for a wheel into the wheel, which is then tagged for this
platform (``py3-none-<platform>``: the library does not use Python's C API). Without a
compiler, or if it fails, the install still succeeds with a warning and the numpy decoder is
used (same results, slower).

The ``.qm`` catalogues are built, not kept in git; ``pip install .`` / ``pipx install .``
compile them here with ``pyside6-lrelease`` (PySide6-Essentials is this hook's build
dependency) and put them in the wheel as ``ssaviewer/resources/i18n/ssaviewer_<code>.qm``.
An editable install skips this: ``make`` compiles them in the source tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

I18N = Path("ssaviewer") / "resources" / "i18n"
FORMATS = Path("ssaviewer") / "core" / "formats"
KERNEL_SOURCE = FORMATS / "tle_kernel.c"
KERNEL_NAME = "_tle_kernel.c99" + {"win32": ".dll", "darwin": ".dylib"}.get(sys.platform, ".so")
#: -O2 and no -march: the wheel runs on other CPUs of the platform; no fused multiply-add,
#: so every value equals the numpy decoder's.
KERNEL_FLAGS = ["-std=c99", "-O2", "-ffp-contract=off", "-fPIC", "-shared", "-fvisibility=hidden"]


def compile_kernel(source: Path, target: Path) -> str | None:
    """Compile the TLE decode kernel ``source`` into the shared library ``target``.

    Returns None on success, else why not (no compiler, or its error output).
    """
    compiler = os.environ.get("CC") or next(
        (found for name in ("cc", "gcc", "clang") if (found := shutil.which(name))), None
    )
    if not compiler:
        return "no C compiler found (set CC or install gcc)"
    command = [*compiler.split(), *KERNEL_FLAGS, "-o", str(target), str(source)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as exc:
        return f"{' '.join(command)}: {exc}"
    if done.returncode != 0:
        return f"{' '.join(command)} failed: {done.stderr.strip()}"
    return None


def platform_tag() -> str:
    """Return this platform's wheel tag (``linux_x86_64``, ``macosx_11_0_arm64``, ...)."""
    return sysconfig.get_platform().replace("-", "_").replace(".", "_")


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
        """Compile the kernel, then every ``.ts``, and add the results to the wheel.

        An editable install gets the kernel in place and no ``.qm`` files (``make`` builds
        those).
        """
        if self.target_name != "wheel":
            return
        self._kernel(version, build_data)
        if version == "editable":
            return
        sources = sorted((Path(self.root) / I18N).glob("ssaviewer_*.ts"))
        out = Path(tempfile.mkdtemp(prefix="ssaviewer-qm-"))
        command = lrelease_command()
        for source in sources:
            target = out / source.with_suffix(".qm").name
            subprocess.run([*command, "-silent", str(source), "-qm", str(target)], check=True)
            build_data["force_include"][str(target)] = str(I18N / target.name)

    def _kernel(self, version: str, build_data: dict[str, Any]) -> None:
        source = Path(self.root) / KERNEL_SOURCE
        if version == "editable":
            target = Path(self.root) / FORMATS / KERNEL_NAME
            target.unlink(missing_ok=True)  # never leave an older build in use
        else:
            target = Path(tempfile.mkdtemp(prefix="ssaviewer-kernel-")) / KERNEL_NAME
        failure = compile_kernel(source, target)
        if failure is not None:
            self.app.display_warning(
                f"ssaviewer build: the compiled TLE decode kernel was not built ({failure}); "
                "TLE files will be read by the numpy decoder (the same results, slower)"
            )
            return
        if version != "editable":
            build_data["force_include"][str(target)] = str(FORMATS / KERNEL_NAME)
            build_data["pure_python"] = False
            build_data["tag"] = f"py3-none-{platform_tag()}"
