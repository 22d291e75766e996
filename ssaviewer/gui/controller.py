"""Loading and detection for the window: starts workers, feeds results into the session.

The window calls :meth:`DataController.load` and :meth:`DataController.detect`; the controller
reads what the job needs from the session before starting it (STYLE.md point 11) and reports
progress, problems and completion through signals.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from typing import Any

import pandas as pd
from PySide6.QtCore import QObject, Qt, Signal

from ssaviewer.core.dataset import Dataset, LoadCancelled
from ssaviewer.core.loading import FIRST_STEP_BYTES, load_in_steps, merged_dataset
from ssaviewer.gui import workers
from ssaviewer.gui.dialogs import load_problems
from ssaviewer.gui.formatting import format_count
from ssaviewer.gui.i18n import translate
from ssaviewer.gui.session import NO_SELECTION, Session

log = logging.getLogger(__name__)


def first_irregular(events: pd.DataFrame) -> str:
    """Return the id of the earliest irregular manoeuvre (or irregular event of any type).

    Without any irregular event, the latest event (``events`` must not be empty).

    The viewer opens on it when nothing is selected yet, so what matters is on screen first.
    """
    irregular = events.loc[events["label"] == "irregular"]
    if not len(irregular):  # nothing irregular: the latest event
        return str(events.sort_values("epoch_utc", kind="stable")["event_id"].iloc[-1])
    manoeuvres = irregular.loc[irregular["event_type"] == "manoeuvre"]
    chosen = manoeuvres if len(manoeuvres) else irregular
    return str(chosen.sort_values("epoch_utc", kind="stable")["event_id"].iloc[0])


class LoadSteps(QObject):
    """Carries a load's partial data from its worker to the GUI thread.

    Signals
    -------
    arrived(int, object)
        The load's number and a :class:`~ssaviewer.core.dataset.Dataset` of what it has
        read so far.
    """

    arrived = Signal(int, object)


class DataController(QObject):
    """Runs one job at a time (load or detect) on the worker pool.

    Signals
    -------
    busy(str)
        A job started (its name).
    progress(float, str)
        Fraction done and a message.
    idle(str)
        The job ended; a one-line outcome for the status bar.
    problems(list)
        Files that could not be loaded, one ``"file: problem"`` line each.
    failed(str, str)
        An unexpected error: message and details.
    """

    busy = Signal(str)
    progress = Signal(float, str)
    idle = Signal(str)
    problems = Signal(list)
    failed = Signal(str, str)

    #: A load reads at least this many bytes before it first shows data.
    first_step_bytes = FIRST_STEP_BYTES

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker: workers.Worker | None = None
        self.detect_after_load = True
        # Data a load in steps has read so far comes back through this (a child, so it is
        # only ever destroyed with the controller, on the GUI thread).
        self._steps = LoadSteps(self)
        self._steps.arrived.connect(self._step_loaded)
        self._load_id = 0
        self._showing_steps = False
        self._detect_when_idle = False

    @property
    def rules(self) -> Any:
        """The session's detection rules (kept there, parsed once; None: the defaults)."""
        return self.session.rules

    @rules.setter
    def rules(self, rules: Any) -> None:
        self.session.rules = rules

    @property
    def is_busy(self) -> bool:
        """Return True while a job runs."""
        return self.worker is not None

    def detect_again(self) -> None:
        """Label the data again with what the session now holds (records, notifications).

        Nothing when there is no data. While a job runs, detection starts once it ends (a
        detection already running read the session before it changed); several requests
        meanwhile make one run.
        """
        if self.is_busy:
            if not self._detect_when_idle:
                self._detect_when_idle = True
                self.idle.connect(self._detect_now, Qt.ConnectionType.SingleShotConnection)
        elif len(self.session.dataset.elements):
            self.detect()

    def _detect_now(self, _message: str = "") -> None:
        self._detect_when_idle = False
        self.detect_again()

    def cancel(self) -> None:
        """Ask the running job to stop."""
        if self.worker is not None:
            self.worker.cancel()

    # -- loading ------------------------------------------------------------------------
    def load(self, paths: Sequence[str | os.PathLike[str]]) -> bool:
        """Load ``paths`` and merge them into the session; False when another job runs.

        A large load shows its data as it arrives (:func:`ssaviewer.core.loading.
        load_in_steps`): the catalogue fills in steps and an object can be picked and
        plotted before the rest has been read.
        """
        if self.worker is not None:
            return self._start(None, "loading", None)  # says what is busy
        old = self.session.dataset
        names = [os.fspath(p) for p in paths]
        self._load_id += 1
        load_id, steps, first_step_bytes = self._load_id, self._steps, self.first_step_bytes
        self._showing_steps = False

        def step(part: Dataset) -> None:  # in the worker: merge there, show in the window
            shown = merged_dataset(old, part) if len(old.elements) or len(old.objects) else part
            steps.arrived.emit(load_id, shown)

        def job(progress: Any, should_stop: Any) -> tuple[Dataset, Dataset]:
            new = load_in_steps(names, step, progress, should_stop, first_step_bytes)
            if not (len(old.elements) or len(old.objects) or len(old.report.files)):
                return new, new  # nothing to merge into (merging would redo the whole load)
            return new, merged_dataset(old, new)

        name = translate("Controller", "loading")
        return self._start(job, name, self._loaded, (LoadCancelled,))

    def _step_loaded(self, load_id: int, dataset: Dataset) -> None:
        """Show the data a load in steps has read so far (ignored once that load is over)."""
        if load_id != self._load_id or self.worker is None:
            return
        if self._showing_steps:
            self.session.update_dataset(dataset)
        else:  # the first step replaces what was shown, as a whole load would
            self._showing_steps = True
            self.session.set_dataset(dataset)

    def _loaded(self, result: tuple[Dataset, Dataset]) -> None:
        new, merged = result
        if self._showing_steps:  # keep what was picked while the load ran
            self._showing_steps = False
            self.session.update_dataset(merged)
        elif len(new.elements) or len(new.objects):
            self.session.set_dataset(merged)
        else:
            self.session.set_report(merged.report)
        problems = load_problems(new.report)
        if problems:
            self.problems.emit(problems)
        n = len(new.elements)
        message = (
            translate("Controller", "loaded %1 element sets, %2 rejected")
            .replace("%1", format_count(n))
            .replace("%2", format_count(new.report.n_rejected))
        )
        if n and self.detect_after_load and not self._detect_when_idle:
            self._finish_then(message, self.detect)
        else:  # (a detection asked for during the load starts on idle: one, not two)
            self._finish(message)

    # -- detection ----------------------------------------------------------------------
    def detect(self, rules: Any = None) -> bool:
        """Run detection on the session's data; False when another job runs.

        Detection runs once, in two steps, so events appear at once: first the detectors and
        the labelling without the close-approach screening (a fraction of a second on the
        demo), then only the labelling again with the screening against the loaded catalogue
        (seconds), whose events replace the first ones. Event ids are stable, so the
        selection survives the second step. Cancel stops either step; after the first, its
        events stay.
        """
        dataset = self.session.dataset
        if rules is not None:
            self.session.rules = rules
        rules = self.session.rules
        # Operator records loaded in the window enable 'unannounced' as --notifications does.
        notifications = self.session.notifications()
        launch_notifications = self.session.launch_notifications

        def first(progress: Any, should_stop: Any) -> Any:
            # Imported here: the detectors are not needed to show the window.
            from ssaviewer.core.detect.pipeline import default_rules, detect_in_chunks, label_events

            chosen = rules if rules is not None else default_rules()
            found = detect_in_chunks(
                dataset.elements, chosen, progress=progress, should_stop=should_stop
            )
            events = label_events(
                dataset,
                found,
                chosen,
                notifications=notifications,
                launch_notifications=launch_notifications,
                screen=None,
                progress=progress,
                should_stop=should_stop,
            )
            return events, found, chosen

        def first_done(result: Any) -> None:
            events, found, chosen = result
            self._show_events(events)
            self._finish_then(
                translate("Controller", "screening for close approaches after manoeuvres…"),
                lambda: self._start(
                    screening(found, chosen),
                    translate("Controller", "screening close approaches"),
                    self._detected,
                ),
            )

        def screening(found: Any, chosen: Any) -> Any:
            def run(progress: Any, should_stop: Any) -> Any:
                from ssaviewer.core.detect.events import close_approach as approach
                from ssaviewer.core.detect.pipeline import label_events

                return label_events(
                    dataset,
                    found,
                    chosen,
                    notifications=notifications,
                    launch_notifications=launch_notifications,
                    screen=approach.default_screen,
                    progress=progress,
                    should_stop=should_stop,
                )

            return run

        return self._start(first, translate("Controller", "detecting"), first_done)

    def _detected(self, events: Any) -> None:
        irregular = self._show_events(events)
        text = translate("Controller", "%1 events, %2 irregular")
        self._finish(
            text.replace("%1", format_count(len(events))).replace("%2", format_count(irregular))
        )

    def _show_events(self, events: Any) -> int:
        """Put ``events`` in the session (selecting the first irregular one if nothing is)."""
        self.session.set_events(events)
        irregular = int((events["label"] == "irregular").sum()) if len(events) else 0
        if self.session.selected_norad == NO_SELECTION and irregular:
            self.session.select_event(first_irregular(events))
        return irregular

    # -- plumbing -----------------------------------------------------------------------
    def _start(
        self, job: Any, name: str, done: Any, cancelled: tuple[type[BaseException], ...] = ()
    ) -> bool:
        if self.worker is not None:
            text = translate("Controller", "busy %1: wait or cancel first")
            self.idle.emit(text.replace("%1", self.worker.name))
            return False
        worker = workers.Worker(job, name, cancelled)
        worker.signals.progress.connect(self.progress)
        worker.signals.finished.connect(done)
        worker.signals.failed.connect(self._failed)
        cancelled_text = translate("Controller", "%1 cancelled").replace("%1", name)
        worker.signals.cancelled.connect(lambda: self._finish(cancelled_text))
        self.worker = worker
        self.busy.emit(name)
        workers.start(worker)
        return True

    def _failed(self, message: str, details: str) -> None:
        self._finish(message)
        self.failed.emit(message, details)

    def _finish(self, message: str) -> None:
        self.worker = None
        self.idle.emit(message)

    def _finish_then(self, message: str, follow_up: Any) -> None:
        self._finish(message)
        follow_up()
