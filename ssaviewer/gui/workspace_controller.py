"""The window's workspace: New / Open / Save as, events stored as they are detected, verdicts.

Opening a workspace loads its data files (the embedded copy of one that moved or changed,
when the workspace has one) and shows the stored events with their verdicts.

Every verdict or note goes through :class:`VerdictCommand` on :attr:`WorkspaceController.
undo_stack` (Edit → Undo / Redo) and is written to the file before the command returns
(:mod:`ssaviewer.core.workspace`), so there is nothing unsaved. Errors (a locked, newer or
damaged workspace) are shown in a message box; the window keeps running.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from ssaviewer.core.dataset import Dataset, LoadReport
from ssaviewer.core.schema import ELEMENT_COLUMNS, OBJECT_COLUMNS, empty_frame
from ssaviewer.core.workspace import (
    Analysis,
    UnknownEvent,
    Workspace,
    WorkspaceError,
    create_workspace,
    open_workspace,
)
from ssaviewer.core.workspace.sources import (
    SourceProblem,
    add_sources,
    check_sources,
    readable_paths,
    relocate,
)
from ssaviewer.core.workspace.store import save_copy
from ssaviewer.gui.controller import DataController
from ssaviewer.gui.dialogs import show_error
from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP, translate
from ssaviewer.gui.session import Session
from ssaviewer.gui.vocabulary import shown

if TYPE_CHECKING:  # the events module imports the detectors: not needed to open the window
    from ssaviewer.core.workspace.events import RunRules

_FILTER = QT_TRANSLATE_NOOP("WorkspaceController", "ssaviewer workspaces (*.ssaw)")


class VerdictCommand(QUndoCommand):
    """Set an event's verdict and note; undo puts back exactly what was there before."""

    def __init__(self, owner: WorkspaceController, event_id: str, verdict: str | None, note: str):
        text = translate("WorkspaceController", "verdict %1 on %2")
        shown_verdict = shown(verdict) if verdict else translate("WorkspaceController", "cleared")
        super().__init__(text.replace("%1", shown_verdict).replace("%2", event_id))
        self.owner, self.event_id = owner, event_id
        self.verdict, self.note = verdict, note
        self.before: Analysis | None = owner.analysis(event_id)

    def redo(self) -> None:
        """Write the new verdict and note (committed before this returns)."""
        if not self.owner.write(lambda ws: ws.set_verdict(self.event_id, self.verdict, self.note)):
            self.setObsolete(True)

    def undo(self) -> None:
        """Write back the analysis the event had before."""
        self.owner.write(lambda ws: ws.restore(self.event_id, self.before))


class TagsCommand(QUndoCommand):
    """Replace an event's tags; undo puts back the tags it had before."""

    def __init__(self, owner: WorkspaceController, event_id: str, tags: list[str]):
        super().__init__(translate("WorkspaceController", "tags on %1").replace("%1", event_id))
        self.owner, self.event_id, self.tags = owner, event_id, tags
        self.before = owner.tags(event_id)

    def redo(self) -> None:
        """Write the new tags (committed before this returns)."""
        if not self.owner.write(lambda ws: ws.set_tags(self.event_id, self.tags)):
            self.setObsolete(True)

    def undo(self) -> None:
        """Write back the tags the event had before."""
        self.owner.write(lambda ws: ws.set_tags(self.event_id, self.before))


class WorkspaceController(QObject):
    """Owns the open workspace (at most one) and its undo stack.

    Signals
    -------
    changed()
        A workspace was opened or closed, or an event's verdict or note changed.
    opened()
        A workspace was opened and its stored events are shown (the view state can be put
        back).
    aboutToClose()
        The workspace is about to be closed (write what is pending).
    """

    changed = Signal()
    opened = Signal()
    aboutToClose = Signal()

    def __init__(self, window: QMainWindow, session: Session, data: DataController) -> None:
        super().__init__(window)
        self.window, self.session, self.data = window, session, data
        self.workspace: Workspace | None = None
        self.undo_stack = QUndoStack(self)
        self.dialog: QMessageBox | None = None
        self._showing_stored = False
        self._scratch: tempfile.TemporaryDirectory[str] | None = None  # embedded copies
        session.eventsChanged.connect(self.store_events)
        session.datasetChanged.connect(self.store_sources)
        self.changed.connect(self._publish_verdicts)
        window.installEventFilter(self)

    # -- File menu ------------------------------------------------------------------------
    def new_workspace(self, path: str | None = None) -> bool:
        """Create a workspace from what is loaded (sources and events); it becomes current."""
        path = path or self._ask_path(translate("WorkspaceController", "New workspace"))
        if not path:
            return False
        if self.workspace is not None and self.workspace.path.resolve() == Path(path).resolve():
            self.close()  # replacing the open workspace: release its lock first
        try:
            workspace = create_workspace(path, overwrite=True)
        except WorkspaceError as exc:
            return self._error(translate("WorkspaceController", "Cannot create the workspace"), exc)
        self._set(workspace)
        self.store_sources()
        self.store_events()
        return True

    def open_workspace(self, path: str | None = None) -> bool:
        """Open a workspace, say which sources moved or changed, and load its data."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, "Open workspace", "", _FILTER)
        if not path:
            return False
        try:
            workspace = open_workspace(path)
        except WorkspaceError as exc:
            return self._error(translate("WorkspaceController", "Cannot open the workspace"), exc)
        self._set(workspace)
        problems = check_sources(workspace)
        if problems:
            self._locate(problems)
        self._scratch = tempfile.TemporaryDirectory(prefix="ssaviewer-sources-")
        readable, _missing = readable_paths(workspace, self._scratch.name)
        paths = [str(p) for p in readable]
        self._showing_stored = True  # until the stored events are shown: record nothing
        self.session.set_dataset(_empty_dataset())
        # The events shown are the stored ones (with their verdicts), not a new detection:
        # Detection → Run with rules re-detects, and the verdicts stay on their events.
        self.data.detect_after_load = False
        if paths and self.data.load(paths):
            self.data.idle.connect(self._show_stored_events, Qt.ConnectionType.SingleShotConnection)
        else:
            self._show_stored_events()
        return True

    def _show_stored_events(self, _message: str = "") -> None:
        self.data.detect_after_load = True
        try:
            if self.workspace is not None:
                from ssaviewer.core.workspace.events import events_with_analysis

                events = events_with_analysis(self.workspace, include_orphaned=False)
                analyst = [c for c in events.columns if c.startswith("analyst_")]
                self.session.set_events(events.drop(columns=analyst))
        except WorkspaceError as exc:
            self._error(
                translate("WorkspaceController", "The workspace's events cannot be read"), exc
            )
        finally:
            self._showing_stored = False
        if self.workspace is not None:
            self.opened.emit()

    @property
    def loading(self) -> bool:
        """True while an opened workspace's data and stored events are being shown."""
        return self._showing_stored

    def save_as(self, path: str | None = None) -> bool:
        """Copy the current workspace to ``path`` and continue in the copy."""
        if self.workspace is None:
            return self.new_workspace(path)
        path = path or self._ask_path(translate("WorkspaceController", "Save workspace as"))
        if not path:
            return False
        try:
            save_copy(self.workspace, path)
            copy = open_workspace(path)
        except (OSError, WorkspaceError) as exc:
            return self._error(translate("WorkspaceController", "Cannot save the workspace"), exc)
        self._set(copy)
        return True

    def close(self) -> None:
        """Close the current workspace (everything is already saved)."""
        if self.workspace is not None:
            self.aboutToClose.emit()
            self.workspace.close()
            self.workspace = None
            if self._scratch is not None:
                self._scratch.cleanup()
                self._scratch = None
            self.undo_stack.clear()
            self.changed.emit()

    # -- verdicts -------------------------------------------------------------------------
    def set_verdict(self, event_id: str, verdict: str | None, note: str) -> None:
        """Record a verdict and note as one undoable step (written at once)."""
        if self.workspace is not None and event_id:
            self.undo_stack.push(VerdictCommand(self, event_id, verdict, note))

    def set_tags(self, event_id: str, tags: list[str]) -> None:
        """Replace an event's tags as one undoable step (written at once; no-op if unchanged)."""
        tags = sorted({t.strip() for t in tags if t.strip()})
        if self.workspace is not None and event_id and tags != self.tags(event_id):
            self.undo_stack.push(TagsCommand(self, event_id, tags))

    def tags(self, event_id: str) -> list[str]:
        """Return an event's stored tags ([] without a workspace)."""
        return self.workspace.tags(event_id) if self.workspace is not None else []

    def analysis(self, event_id: str) -> Analysis | None:
        """Return the stored analysis of an event (None without workspace or analysis)."""
        return self.workspace.analysis(event_id) if self.workspace is not None else None

    def write(self, change: object) -> bool:
        """Apply ``change(workspace)``; show a message and return False if it fails."""
        if self.workspace is None or not callable(change):
            return False
        try:
            change(self.workspace)
        except (OSError, WorkspaceError, UnknownEvent, ValueError) as exc:
            self._error(translate("WorkspaceController", "The workspace was not changed"), exc)
            return False
        self.changed.emit()
        return True

    def store_sources(self) -> None:
        """Record the files the session loaded (size and SHA-256) as the workspace's sources."""
        if self.workspace is None or self._showing_stored:
            return
        report = self.session.dataset.report.files
        loaded = [p for p in report.loc[report["status"] == "loaded", "path"] if Path(p).is_file()]
        if loaded:
            self.write(lambda ws: add_sources(ws, loaded))

    def store_events(self) -> None:
        """Store the session's events as a run (verdicts are kept by event id)."""
        events = self.session.events
        if self.workspace is None or len(events) == 0 or self._showing_stored:
            return
        from ssaviewer.core.workspace.events import store_run

        self.write(lambda ws: store_run(ws, events, _run_rules(self.data.rules)))

    def _publish_verdicts(self) -> None:
        """Give the session the verdicts to show (None when no workspace is open)."""
        if self.workspace is None:
            self.session.set_verdicts(None)
            return
        try:
            analyses = self.workspace.analyses()
            tags = {k: ", ".join(v) for k, v in self.workspace.all_tags().items()}
        except WorkspaceError:
            analyses, tags = {}, {}
        self.session.set_verdicts({k: a.verdict for k, a in analyses.items() if a.verdict}, tags)

    def orphaned(self) -> list[tuple[str, str]]:
        """Return (event id, verdict) of the orphaned events: kept verdicts of lost events."""
        if self.workspace is None:
            return []
        analyses = self.workspace.analyses()
        return [
            (e, (analyses[e].verdict or "note") if e in analyses else "")
            for e in sorted(self.workspace.orphaned_event_ids())
        ]

    # -- plumbing -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Close the workspace (releasing its lock) when the window closes."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.close()
        return False

    def _set(self, workspace: Workspace) -> None:
        self.close()
        self.workspace = workspace
        self.window.setWindowTitle(f"ssaviewer — {workspace.path.name}")
        self.changed.emit()

    def _ask_path(self, title: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self.window, title, "workspace.ssaw", translate("WorkspaceController", _FILTER)
        )
        if path and not path.endswith(".ssaw"):
            path += ".ssaw"
        return path

    def _locate(self, problems: list[SourceProblem]) -> None:
        for problem in problems:
            source = problem.source
            answer = QMessageBox.question(
                self.window,
                translate("WorkspaceController", "Source moved or changed"),
                f"{problem}\n\n" + translate("WorkspaceController", "Locate this file?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                continue
            title = translate("WorkspaceController", "Locate %1")
            path, _ = QFileDialog.getOpenFileName(
                self.window, title.replace("%1", Path(source.path).name)
            )
            if path:
                self.write(lambda ws, s=source, p=path: relocate(ws, s.source_id, p))

    def _error(self, title: str, exc: Exception) -> bool:
        self.dialog = show_error(self.window, title, str(exc))
        return False


def _run_rules(rules: object) -> RunRules:
    """Return the stored form of the window's rules (the file's text if it can be read)."""
    from ssaviewer.core.workspace.events import RunRules

    if rules is None:
        from ssaviewer.core.detect import default_rules

        return RunRules("", "built-in defaults", default_rules().digest)
    source = str(getattr(rules, "source", ""))
    try:
        text = Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    return RunRules(text, source, str(getattr(rules, "digest", "")))


def _empty_dataset() -> Dataset:
    return Dataset(empty_frame(ELEMENT_COLUMNS), empty_frame(OBJECT_COLUMNS), LoadReport())
