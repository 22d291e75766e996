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


def test_reading_a_launch_notifications_file_does_not_load_the_detectors() -> None:
    """The window reads the demo's notifications at start: that must not import detection
    (0.3 s of the start-up), only when detection itself runs."""
    code = (
        "import sys\n"
        "from ssaviewer.core.launch_notifications import read_launch_notifications\n"
        "table = read_launch_notifications('cospar_launch,notified_utc\\n2025-041,"
        "2025-04-01T00:00:00Z\\n', 'x.csv')\n"
        "assert table['cospar_launch'].tolist() == ['2025-041']\n"
        "print(','.join(sorted(k for k in sys.modules if k.startswith('ssaviewer.core.detect'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""
