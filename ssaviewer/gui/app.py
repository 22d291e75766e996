"""Application start-up: QApplication, error handling, the window, the headless screenshot."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import ssaviewer
from ssaviewer.gui import settings, workers
from ssaviewer.gui.arguments import build_parser
from ssaviewer.gui.theme import apply_theme

# The window's modules (and pandas with them) are imported by the functions that need them,
# inside `launching()`: importing this module costs no more than Qt itself.
if TYPE_CHECKING:
    from ssaviewer.gui.main_window import MainWindow
    from ssaviewer.gui.session import Session

log = logging.getLogger("ssaviewer")

NO_DISPLAY = (
    "ssaviewer: no display (DISPLAY and WAYLAND_DISPLAY are unset): render a picture with "
    "`ssaviewer --screenshot out.png [PATH...]`, or run the viewer under Xvfb: "
    "`xvfb-run ssaviewer [PATH...]`."
)


#: Environment variables that tell Qt where to show windows.
DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def display_problem(env: Mapping[str, str], platform: str = sys.platform) -> str:
    """Return why no window can be shown ("" when it can): Linux without any display."""
    if not platform.startswith("linux"):
        return ""
    if any(env.get(name) for name in DISPLAY_VARIABLES):
        return ""
    return NO_DISPLAY


def demo_paths() -> list[Path]:
    """Return the demo scenario folder ``sample_data/``.

    Looked for in the source checkout, then in the installed package (a wheel carries it as
    ``ssaviewer/sample_data``), then in the current folder; empty if none has it.
    """
    package = Path(ssaviewer.__file__).resolve().parent
    candidates = (
        package.parent / "sample_data",
        package / "sample_data",
        Path.cwd() / "sample_data",
    )
    for candidate in candidates:
        if candidate.is_dir():
            return [candidate]
    return []


_open_boxes: set[QMessageBox] = set()


def install_excepthook(app: QApplication) -> None:
    """Log unexpected exceptions and show them in an error dialog with copyable details."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        import traceback

        from ssaviewer.gui.dialogs import show_error
        from ssaviewer.gui.i18n import translate

        details = "".join(traceback.format_exception(kind, value, tb))
        box = show_error(
            app.activeWindow(),
            translate("App", "Unexpected error"),
            f"{kind.__name__}: {value}",
            details,
        )
        _open_boxes.add(box)  # a parentless box needs a reference until it is closed
        box.finished.connect(lambda _result: _open_boxes.discard(box))

    sys.excepthook = hook


def application_icon() -> QIcon:
    """Return the window icon; an empty icon when its file is missing.

    The file is ``ssaviewer/resources/ssaviewer.png``, made by ``packaging/make_icons.py``.
    """
    path = Path(ssaviewer.__file__).resolve().parent / "resources" / "ssaviewer.png"
    return QIcon(str(path)) if path.is_file() else QIcon()


def make_app(argv0: str = "ssaviewer") -> QApplication:
    """Return the QApplication (created once), themed from the settings."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([argv0])
    app.setApplicationName("ssaviewer")
    app.setApplicationVersion(ssaviewer.__version__)
    app.setOrganizationName(settings.ORGANISATION)
    app.setDesktopFileName("ssaviewer")  # packaging/ssaviewer.desktop
    app.setWindowIcon(application_icon())
    apply_theme(app, settings.get("theme"))
    return app


def settle_heap() -> None:
    """Move everything alive at start-up (Qt, pandas, the window) out of the collector's way.

    Later full collections then scan only new objects: without this, one collection holds the
    GIL long enough (hundreds of ms) to freeze the window. Start-up makes almost no cyclic
    garbage, so nothing is collected first (that would cost ~0.2 s of start-up).
    """
    gc.freeze()


@contextmanager
def launching() -> Iterator[None]:
    """Pause automatic garbage collection while the window's modules are imported and built.

    Importing pandas and the window's modules allocates hundreds of thousands of objects and
    almost no garbage: the collector ran about 200 times during it and found under a thousand
    objects, ~10 % of the import time (measured with ``gc.callbacks``). On leaving, what is
    alive is frozen (:func:`settle_heap`) and the collector's state before is restored, so
    nothing stays changed after the launch; the pause is the jobs' own
    (:func:`ssaviewer.gui.workers.collector_paused`), so a load started during the launch
    keeps the collector paused until it ends too (collecting in its reading threads would
    destroy Qt objects off the GUI thread).
    """
    try:
        with workers.collector_paused():
            yield
    finally:
        settle_heap()


def wait_until_idle(window: MainWindow, timeout_s: float = 300.0) -> None:
    """Run the event loop until the window's load/detect jobs have all finished."""
    deadline = time.monotonic() + timeout_s
    while window.controller.is_busy and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(5)
    QCoreApplication.processEvents()


def select_with_event(session: Session, norad_id: int) -> None:
    """Select an object and the event to show with it (its first irregular one, else its latest).

    The plots, the inspector and the time cursor then all show the same object.
    """
    from ssaviewer.gui.controller import first_irregular

    session.select_object(norad_id)
    own = session.events.loc[session.events["norad_id"] == norad_id]
    if len(own):
        session.select_event(first_irregular(own))


def _demo_notices(window: MainWindow, given: Sequence[str], paths: Sequence[Path | str]) -> bool:
    """With no PATH (the demo), load the demo's launch notifications; return whether used.

    Using them asks for a detection (at once, or when the running job ends).
    """
    from ssaviewer.gui.launch_notices import demo_notices

    notices = demo_notices(Path(paths[0])) if not given and paths else None
    return notices is not None and window.launch_notices.open_path(notices)


def _demo_notices_then_detect(
    window: MainWindow, given: Sequence[str], paths: Sequence[Path | str]
) -> None:
    """Read the demo's notices, then let the load's detection run: one, with them.

    The load was started with ``detect_after_load`` off, so a load that ended before this
    ran has not detected without the notices; one that is still running detects when it ends.
    """
    window.controller.detect_after_load = True
    if not _demo_notices(window, given, paths):  # no notices: the load's own detection
        window.controller.detect_again()


def screenshot(args: argparse.Namespace, paths: Sequence[Path | str]) -> int:
    """Load, select, render the window to ``args.screenshot``; return the exit status."""
    settings.use_ini_file(Path(tempfile.mkdtemp(prefix="ssaviewer-")) / "settings.ini")
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, args.theme or "light")
    with launching():
        from ssaviewer.gui.main_window import MainWindow

        window = MainWindow()
    window.resize(*args.size)
    window.show()
    window.apply_default_layout()
    _demo_notices(window, args.paths, paths)
    window.controller.load(list(paths))
    wait_until_idle(window)
    status = 0
    if args.select is not None:
        select_with_event(window.session, args.select)
        if args.select not in set(window.session.dataset.objects["norad_id"]):
            print(f"ssaviewer: --select {args.select}: no such object loaded", file=sys.stderr)
            status = 1
    if args.event:
        window.session.select_event(args.event)
        if window.session.selected_event != args.event:
            print(f"ssaviewer: --event {args.event}: no such event", file=sys.stderr)
            status = 1
    for _ in range(5):  # let panels finish repainting after the last change
        QCoreApplication.processEvents()
        QThread.msleep(20)
    if not window.grab().save(str(args.screenshot)):
        print(f"ssaviewer: --screenshot: could not write {args.screenshot}", file=sys.stderr)
        return 1
    window.close()
    return status


def split_workspaces(paths: Sequence[Path | str]) -> tuple[list[Path], list[Path]]:
    """Return (``.ssaw`` workspaces, other paths) from the command line's paths."""
    workspaces = [Path(p) for p in paths if str(p).lower().endswith(".ssaw")]
    return workspaces, [Path(p) for p in paths if not str(p).lower().endswith(".ssaw")]


def main(argv: Sequence[str] | None = None, subcommands: Sequence[str] = ()) -> int:
    """Run the viewer (``ssaviewer [--screenshot OUT.png ...] [PATH...]``); exit status."""
    args = build_parser(subcommands).parse_args(list(sys.argv[1:] if argv is None else argv))
    problem = display_problem(os.environ)
    if problem and not args.screenshot:
        print(problem, file=sys.stderr)
        return 1
    if problem:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    paths = args.paths or demo_paths()
    app = make_app()
    with launching():  # the translations import pandas
        from ssaviewer.gui.i18n import choose_language, install_language

        install_language(app, choose_language(args.lang))
    install_excepthook(app)
    if args.theme and not args.screenshot:
        settings.put("theme", args.theme)
        apply_theme(app, args.theme)
    lessons = [Path(p) for p in args.paths if str(p).lower().endswith(".ssas")]
    if lessons:  # a training scenario opens in trainer mode (ssaviewer.gui.trainer)
        from ssaviewer.gui.trainer.launch import lesson_main

        return lesson_main(app, args, lessons[0])
    if args.screenshot:
        return screenshot(args, paths)
    open_main_window(paths, given=args.paths)
    status = int(app.exec())
    # Closing the window asked its jobs to stop: let them end before Python tears down the
    # objects they report to (else a job stopping mid-load fails on deleted signals).
    QThreadPool.globalInstance().waitForDone(EXIT_WAIT_MS)
    return status


#: How long the viewer waits at exit for a stopping job (a job checks often; a guard only).
EXIT_WAIT_MS = 10_000


def open_main_window(paths: Sequence[Path | str], given: Sequence[str] = ()) -> MainWindow:
    """Show the viewer window at once and start loading ``paths`` (files, folders, workspaces).

    ``given`` are the paths on the command line: with none, ``paths`` is the demo, whose
    launch notifications are loaded with it.

    Nothing waits for anything it does not need: first the window is built without its plots
    (importing pyqtgraph takes longer than building the rest of the window), then the load
    starts in a worker, then the window is shown and painted. When the load has put data on
    screen (all of it, or the first step of a large load), the plot panels are built (the
    one in front at once, the others when first shown) while the workers go on.
    """
    with launching():
        from ssaviewer.gui.main_window import MainWindow

        window = MainWindow(defer_plots=True)
    workspaces, files = split_workspaces(paths)
    names = [str(p) for p in files]
    # The demo's launch notifications are read once the window is drawn, while the worker
    # loads; the load's detection waits for them (a fast load may end first).
    window.controller.detect_after_load = False
    started = bool(names) and not workspaces and window.controller.load(names)
    window.controller.detect_after_load = not started
    window.show()
    if started:  # File → Recent (written to disk) once the load has ended: nothing on the
        # GUI thread delays the data.
        QTimer.singleShot(0, lambda: _demo_notices_then_detect(window, given, files))
        window.controller.idle.connect(
            lambda _message: window.commands.remember_paths(names),
            Qt.ConnectionType.SingleShotConnection,
        )
    if workspaces:  # `ssaviewer W.ssaw` (the desktop file association) opens the workspace
        window.workspaces.open_workspace(str(workspaces[0]))
        if names:
            _demo_notices(window, given, files)
            window.commands.open_paths(names)
    elif not files:
        from ssaviewer.gui.i18n import translate

        window.statusBar().showMessage(
            translate("App", "no demo scenario found: use File → Open"), 0
        )
    if window.controller.is_busy:  # the plots once (some of) the data is on screen
        once = Qt.ConnectionType.SingleShotConnection
        window.session.datasetChanged.connect(window.release_plots, once)
        window.controller.idle.connect(lambda _message: window.release_plots(), once)
    else:
        window.release_plots()
    return window
