"""Start-up: what the window imports before the demo's data is on screen, and what follows.

The launch is run in a fresh process, as ``ssaviewer`` runs it
(:func:`ssaviewer.gui.app.open_main_window` on the demo), because what a process has imported
is only meaningful from its start.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from ssaviewer.gui import app, workers

REPO = Path(__file__).resolve().parents[2]

#: Packages the window must not import before it shows the demo's data: the plots (pyqtgraph,
#: OpenGL), the detectors and screening (run after the data is shown), the Parquet reader
#: (only for a store), the exports and the rules editor (on use), and what the viewer never
#: needs to start.
DEFERRED = (
    "pyqtgraph",
    "OpenGL",
    "ssaviewer.core.detect",
    "ssaviewer.core.screening",
    "pyarrow.parquet",
    "ssaviewer.core.store.read",
    "ssaviewer.core.report",
    "ssaviewer.core.export.events_csv",
    "ssaviewer.gui.rules_editor",
    "skyfield",
    "scipy",
    "dask",
)

LAUNCH = """
import json, sys
from PySide6.QtCore import QTimer, Qt
from ssaviewer.gui import settings
settings.use_ini_file(__import__("pathlib").Path(sys.argv[1]))
from ssaviewer.gui.app import demo_paths, make_app, open_main_window, wait_until_idle
from ssaviewer.gui.lazy_panel import PendingPanel

deferred = json.loads(sys.argv[2])
imported = lambda: sorted(m for m in deferred if m in sys.modules)
report = {"before_app": imported()}
app = make_app()
report["before_window"] = imported()
window = open_main_window(demo_paths())

def data_shown():  # the session holds the demo: the window draws it next
    report["rows_shown"] = window.catalogue.model.rowCount()
    report["with_data"] = imported()

window.session.datasetChanged.connect(data_shown, Qt.ConnectionType.SingleShotConnection)
for _ in range(3000):  # until detection and screening have finished and the plot is built
    wait_until_idle(window)
    if not isinstance(window.plot_panels[0], PendingPanel) and len(window.session.events):
        break
report["plot_built"] = type(window.plot_panels[0]).__name__
report["events"] = len(window.session.events)
report["after"] = imported()
report["selected"] = window.session.selected_norad
report["recent"] = settings.get("recent_files")
report["demo"] = [str(p.resolve()) for p in demo_paths()]
window.close()
print(json.dumps(report))
"""


def launch_report(tmp_path: Path) -> dict[str, Any]:
    """Launch the demo in a fresh process; what it had imported at each point, and after."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", LAUNCH, str(tmp_path / "settings.ini"), json.dumps(DEFERRED)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_the_demo_is_shown_before_plots_detection_and_parquet_are_imported(
    tmp_path: Path,
) -> None:
    report = launch_report(tmp_path)
    assert report["before_app"] == []
    assert report["before_window"] == []
    assert report["rows_shown"] == 43  # the demo's objects, not an empty catalogue
    assert report["with_data"] == []
    # What was deferred arrived, and the window works with it: the element-history plot is
    # drawn, the events are found and screened, and the first irregular one is selected.
    assert report["plot_built"] == "HistoryPanel"
    assert report["events"] > 0
    assert {"pyqtgraph", "ssaviewer.core.detect"} <= set(report["after"])
    assert report["selected"] != -1
    assert report["recent"] == report["demo"]  # File → Recent, written after the load


def test_importing_the_launcher_does_not_import_pandas() -> None:
    """``import ssaviewer.gui.app`` costs Qt only: pandas comes with the window it opens."""
    code = "import sys, ssaviewer.gui.app; print('pandas' in sys.modules)"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == "False"


def test_launching_pauses_the_collector_and_puts_it_back() -> None:
    assert gc.isenabled()
    with app.launching():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:  # a collector the user switched off stays off
        with app.launching():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_load_started_during_the_launch_keeps_the_collector_paused_until_it_ends() -> None:
    """The launch and the jobs share one pause: the collector must not run in a load's
    reading threads (it would destroy Qt objects off the GUI thread)."""
    launch, job = app.launching(), workers.collector_paused()
    launch.__enter__()
    job.__enter__()  # the load starts while the window is being built
    launch.__exit__(None, None, None)  # the window is built; the load goes on
    assert not gc.isenabled()
    job.__exit__(None, None, None)
    assert gc.isenabled()
