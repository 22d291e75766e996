"""The window's view state, kept in the open workspace and put back when it is opened.

What is kept: the selected object and event, the time cursor, the plot tab in front and the
events table's simple filters (label, type, object text, minimum confidence). A change starts
a single-shot timer of :data:`SAVE_DELAY_MS`; when it fires the state is written in one
transaction, so dragging the time slider writes once, not hundreds of times. The pending
state is written before the workspace closes (the window closing, another workspace opened).
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QComboBox, QDockWidget

from ssaviewer.core.workspace import WorkspaceError
from ssaviewer.gui.bookmarks_panel import time_text
from ssaviewer.gui.events_panel import EventsPanel
from ssaviewer.gui.session import NO_SELECTION, Session
from ssaviewer.gui.workspace_controller import WorkspaceController

#: How long after the last change the view state is written.
SAVE_DELAY_MS = 500


class ViewStateKeeper(QObject):
    """Write the view state to the open workspace on change (throttled); restore it on open.

    Parameters
    ----------
    session, workspaces, events
        The window's session, workspace controller and events panel (for its filters).
    plot_docks
        The tabbed plot docks by title (the one in front is kept).
    """

    def __init__(
        self,
        session: Session,
        workspaces: WorkspaceController,
        events: EventsPanel,
        plot_docks: dict[str, QDockWidget],
    ) -> None:
        super().__init__(workspaces)
        self.session, self.workspaces, self.events = session, workspaces, events
        self.plot_docks = plot_docks
        self.front_plot = next(iter(plot_docks), "")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        #: How many times the state was written (for tests of the throttling).
        self.writes = 0
        self._restoring = False
        session.selectionChanged.connect(self.schedule)
        session.eventSelected.connect(self.schedule)
        session.timeChanged.connect(self.schedule)
        for signal in (
            events.label.currentTextChanged,
            events.event_type.currentTextChanged,
            events.object_text.textChanged,
            events.min_confidence.valueChanged,
        ):
            signal.connect(self.schedule)
        for title, dock in plot_docks.items():
            dock.visibilityChanged.connect(lambda shown, t=title: self._plot_shown(t, shown))
        workspaces.opened.connect(self.restore)
        workspaces.aboutToClose.connect(self.flush)
        workspaces.changed.connect(self._on_workspace_changed)

    # -- saving ---------------------------------------------------------------------------
    def schedule(self, *_: object) -> None:
        """Write the state :data:`SAVE_DELAY_MS` after the last change (restarts the timer)."""
        if self.workspaces.workspace is not None and not self._restoring:
            self.timer.start()

    def flush(self) -> None:
        """Write a pending state now (before the workspace closes)."""
        if self.timer.isActive():
            self.timer.stop()
            self.save_now()

    def save_now(self) -> None:
        """Write the current view state to the workspace (not while one is being opened)."""
        workspace = self.workspaces.workspace
        if workspace is None or workspace.read_only or self.workspaces.loading:
            return
        try:
            workspace.set_view_state(self.state())
        except (OSError, WorkspaceError) as exc:
            self.workspaces.window.statusBar().showMessage(f"view state not saved: {exc}", 10000)
            return
        self.writes += 1

    def state(self) -> dict[str, Any]:
        """Return the view state as a JSON-serialisable mapping."""
        session, events = self.session, self.events
        return {
            "norad_id": session.selected_norad if session.selected_norad != NO_SELECTION else None,
            "event_id": session.selected_event or None,
            "time_utc": time_text(session.current_time_utc),
            "plot": self.front_plot,
            "filters": {
                "label": _choice(events.label),
                "event_type": _choice(events.event_type),
                "object": events.object_text.text(),
                "min_confidence": events.min_confidence.value(),
            },
        }

    # -- restoring ------------------------------------------------------------------------
    def restore(self) -> None:
        """Put back the stored view state (what no longer exists is left as it is)."""
        workspace = self.workspaces.workspace
        if workspace is None:
            return
        state = workspace.view_state()
        self._restoring = True
        try:
            self._restore_filters(state.get("filters"))
            self._restore_selection(state)
            plot = state.get("plot")
            if isinstance(plot, str) and plot in self.plot_docks:
                self.plot_docks[plot].raise_()
                self.front_plot = plot
        finally:
            self._restoring = False

    def _restore_filters(self, filters: object) -> None:
        if not isinstance(filters, dict):
            return
        events = self.events
        for combo, key in ((events.label, "label"), (events.event_type, "event_type")):
            value = filters.get(key)
            index = combo.findData(value) if isinstance(value, str) and value else 0
            if index >= 0:
                combo.setCurrentIndex(index)
        text = filters.get("object")
        events.object_text.setText(text if isinstance(text, str) else "")
        confidence = filters.get("min_confidence")
        if isinstance(confidence, int | float):
            events.min_confidence.setValue(float(confidence))

    def _restore_selection(self, state: dict[str, Any]) -> None:
        session = self.session
        event_id, norad = state.get("event_id"), state.get("norad_id")
        if isinstance(event_id, str) and session.event_norad(event_id) != NO_SELECTION:
            session.select_event(event_id)
        elif isinstance(norad, int) and not isinstance(norad, bool):
            session.select_object(norad)
        time_utc = state.get("time_utc")
        if isinstance(time_utc, str):
            try:
                session.set_time(pd.Timestamp(time_utc))
            except ValueError:
                pass  # a damaged value: the time cursor stays where the load put it

    # -- plumbing -------------------------------------------------------------------------
    def _plot_shown(self, title: str, shown: bool) -> None:
        if shown and title != self.front_plot:
            self.front_plot = title
            self.schedule()

    def _on_workspace_changed(self) -> None:
        if self.workspaces.workspace is None:
            self.timer.stop()
        else:
            self.schedule()  # a new workspace gets the view state at once


def _choice(combo: QComboBox) -> str:
    """Return a filter combo's choice ("" for its first, "all", entry)."""
    data = combo.currentData() if combo.currentIndex() > 0 else None
    return "" if data is None else str(data)
