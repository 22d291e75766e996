"""The domain never sees Qt (STYLE.md principle 1)."""

from __future__ import annotations

import subprocess
import sys


def test_importing_core_does_not_load_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, ssaviewer.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'ssaviewer.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(k for k in sys.modules if k.split('.')[0] in ('PySide6', 'pyqtgraph'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""
