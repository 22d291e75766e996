"""The one worker module: long work (load, detect, screen) runs on the global QThreadPool.

A :class:`Worker` wraps a plain function ``fn(progress, should_stop) -> result``; the core
functions take exactly those callbacks, so no Qt leaks into core (STYLE.md point 11). Results,
errors and progress come back to the GUI thread through :class:`WorkerSignals`.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

#: ``fn(progress, should_stop)``: the job a worker runs.
Job = Callable[[Callable[[float, str], None], Callable[[], bool]], Any]

#: Progress updates closer together than this are dropped (the last one always goes through).
PROGRESS_INTERVAL_S = 0.05


_pause_lock = threading.Lock()
#: Jobs running, and the collector's state and switch interval before the first of them.
_paused: dict[str, Any] = {"jobs": 0, "gc_enabled": True, "switch_interval_s": 0.005}


@contextlib.contextmanager
def _responsive_while_busy() -> Iterator[None]:
    """While any job runs, pause automatic collection and shorten the GIL switch interval.

    A full collection holds the GIL for as long as it scans the heap (easily 100-300 ms with a
    big catalogue loaded), which would freeze the window mid-load; jobs build tables, which
    reference counting frees without the collector. A thread running Python code keeps the
    GIL for the switch interval (5 ms by default) each time the GUI thread asks for it.
    When the last job ends, both are put back exactly as they were before the first one
    (public ``gc`` and ``sys`` calls; nothing stays changed after the work).

    The pause also keeps the collector out of the reading threads of a load: run there, it
    would destroy Qt objects off the GUI thread, which deadlocks in PySide6. Code that loads
    on the GUI thread without a worker uses it too (:func:`loading_on_gui_thread`).
    """
    with _pause_lock:
        _paused["jobs"] += 1
        if _paused["jobs"] == 1:
            _paused["gc_enabled"] = gc.isenabled()
            _paused["switch_interval_s"] = sys.getswitchinterval()
            gc.disable()
            sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    try:
        yield
    finally:
        with _pause_lock:
            _paused["jobs"] -= 1
            if _paused["jobs"] == 0:
                sys.setswitchinterval(_paused["switch_interval_s"])
                if _paused["gc_enabled"]:
                    gc.enable()


def loading_on_gui_thread() -> contextlib.AbstractContextManager[None]:
    """Return a context for a short load run on the GUI thread (the same pause as a job)."""
    return _responsive_while_busy()


def collector_paused() -> contextlib.AbstractContextManager[None]:
    """Return a context pausing automatic collection as a job does (the launch uses it).

    Shared with the jobs: a job started inside it (the launch's load) keeps the collector
    paused until both have ended.
    """
    return _responsive_while_busy()


class WorkerSignals(QObject):
    """Signals of one :class:`Worker`, delivered in the thread that owns this object.

    Signals
    -------
    progress(float, str)
        Fraction done in [0, 1] and a message.
    finished(object)
        The job's result.
    failed(str, str)
        A one-line message and the formatted traceback.
    cancelled()
        The job stopped because :meth:`Worker.cancel` was called.
    """

    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()


class Worker(QRunnable):
    """Run ``job`` on a pool thread; see :class:`WorkerSignals` for what comes back.

    Parameters
    ----------
    job
        ``job(progress, should_stop) -> result``.
    name
        What the job is, for messages ("loading", "detecting").
    cancelled_types
        Exception types that mean the job was cancelled (e.g. ``LoadCancelled``).
    """

    def __init__(
        self, job: Job, name: str, cancelled_types: tuple[type[BaseException], ...] = ()
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = WorkerSignals()
        self.name = name
        self._job = job
        self._cancelled_types = cancelled_types
        self._stop = threading.Event()
        self._last_progress = 0.0

    def cancel(self) -> None:
        """Ask the job to stop at its next ``should_stop()`` check."""
        self._stop.set()

    def should_stop(self) -> bool:
        """Return True once :meth:`cancel` was called."""
        return self._stop.is_set()

    def _progress(self, fraction: float, message: str) -> None:
        now = time.monotonic()
        if fraction >= 1.0 or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self.signals.progress.emit(float(fraction), message)

    def run(self) -> None:
        """Run the job and emit exactly one of finished, failed or cancelled."""
        try:
            with _responsive_while_busy():
                result = self._job(self._progress, self.should_stop)
        except self._cancelled_types:
            self.signals.cancelled.emit()
        except Exception as exc:
            if self.should_stop():  # whatever a cancelled job raised on its way out
                self.signals.cancelled.emit()
                return
            log.exception("%s failed", self.name)
            self.signals.failed.emit(f"{self.name} failed: {exc}", traceback.format_exc())
        else:
            if self.should_stop():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


#: How long a thread may hold the GIL before handing it over while jobs run (Python's default
#: is 5 ms). The GUI thread takes the GIL for every Python slot and model call while it paints:
#: with a worker running Python code, each of those waits up to this long.
GIL_SWITCH_INTERVAL_S = 0.001


def start(worker: Worker) -> Worker:
    """Queue ``worker`` on the global thread pool and return it."""
    QThreadPool.globalInstance().start(worker)
    return worker
