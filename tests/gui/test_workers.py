"""Workers run jobs off the GUI thread and deliver results, errors and cancellation by signal."""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from ssaviewer.core.dataset import LoadCancelled
from ssaviewer.gui import workers

Progress = Callable[[float, str], None]
ShouldStop = Callable[[], bool]


def test_result_arrives_through_finished_from_another_thread(qtbot: QtBot) -> None:
    threads: list[int] = []

    def job(progress: Progress, should_stop: ShouldStop) -> int:
        threads.append(threading.get_ident())
        progress(1.0, "done")
        return 42

    worker = workers.Worker(job, "adding")
    with qtbot.waitSignal(worker.signals.finished, timeout=5000) as blocker:
        with qtbot.waitSignal(worker.signals.progress, timeout=5000) as progress:
            workers.start(worker)
    assert blocker.args == [42]
    assert progress.args == [1.0, "done"]
    assert len(threads) == 1
    assert threads[0] != threading.get_ident()


def test_errors_arrive_through_failed_with_details(qtbot: QtBot) -> None:
    def job(progress: Progress, should_stop: ShouldStop) -> None:
        raise ValueError("bad value 7")

    worker = workers.Worker(job, "checking")
    with qtbot.waitSignal(worker.signals.failed, timeout=5000) as blocker:
        workers.start(worker)
    message, details = blocker.args
    assert message == "checking failed: bad value 7"
    assert "ValueError" in details


def test_cancel_stops_a_running_job(qtbot: QtBot) -> None:
    def job(progress: Progress, should_stop: ShouldStop) -> str:
        for _ in range(500):
            if should_stop():
                raise LoadCancelled("stopped")
            time.sleep(0.01)
        return "ran to the end"

    worker = workers.Worker(job, "loading", (LoadCancelled,))
    with qtbot.waitSignal(worker.signals.cancelled, timeout=5000):
        workers.start(worker)
        worker.cancel()


def test_progress_is_throttled(qtbot: QtBot) -> None:
    received: list[float] = []

    def job(progress: Progress, should_stop: ShouldStop) -> None:
        for k in range(1000):
            progress(k / 1000, "step")
        progress(1.0, "done")

    worker = workers.Worker(job, "stepping")
    worker.signals.progress.connect(lambda f, m: received.append(f))
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        workers.start(worker)
    qtbot.wait(20)
    assert received[-1] == 1.0
    assert len(received) < 100


def test_automatic_collection_pauses_while_a_job_runs(qtbot: QtBot) -> None:
    seen: list[bool] = []

    def job(progress: Progress, should_stop: ShouldStop) -> None:
        seen.append(gc.isenabled())

    worker = workers.Worker(job, "probing")
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        workers.start(worker)
    assert seen == [False]
    assert gc.isenabled()


def test_switch_interval_and_collector_are_restored_after_the_job(qtbot: QtBot) -> None:
    seen: list[tuple[bool, float]] = []
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.0042)  # a value the worker must put back exactly
    gc.disable()  # and a collector the caller had turned off stays off

    def job(progress: Progress, should_stop: ShouldStop) -> None:
        seen.append((gc.isenabled(), sys.getswitchinterval()))

    try:
        worker = workers.Worker(job, "probing")
        with qtbot.waitSignal(worker.signals.finished, timeout=5000):
            workers.start(worker)
        assert seen == [(False, workers.GIL_SWITCH_INTERVAL_S)]
        assert sys.getswitchinterval() == 0.0042
        assert not gc.isenabled()
    finally:
        gc.enable()
        sys.setswitchinterval(before)
