"""Presentation mode: answer-key events appear as the time cursor passes them, with notes."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QObject

from ssaviewer.core.training.reveal import current_note, revealed_events, step_anomaly
from ssaviewer.gui.session import Session


class Presenter(QObject):
    """Keeps ``session.events`` to the key events at or before the time cursor.

    ``note_text`` is the narration of the latest event reached (the lesson summary before
    the first); ``noteChanged`` is not needed: the window reads it on ``timeChanged``.
    """

    def __init__(self, session: Session, key: pd.DataFrame, intro: str) -> None:
        super().__init__(session)
        self.session = session
        self.key = key
        self.intro = intro
        self.shown = -1
        session.timeChanged.connect(self.reveal)

    def reveal(self, time_utc: pd.Timestamp | None = None) -> None:
        """Show the events reached by ``time_utc`` (default: the session's time)."""
        time_utc = self.session.current_time_utc if time_utc is None else time_utc
        events = revealed_events(self.key, time_utc)
        if len(events) != self.shown:
            self.shown = len(events)
            self.session.set_events(events)

    def note_text(self) -> str:
        """Return the narration to show now (HTML)."""
        row = current_note(self.key, self.session.current_time_utc)
        if row is None:
            return self.intro
        event = self.key.iloc[row]
        when = pd.Timestamp(event["time_utc"]).strftime("%Y-%m-%d %H:%M UTC")
        return f"<b>{when} · {event['object_name']}</b> — {event['narration']}"

    def jump(self, direction: int) -> bool:
        """Move to the next (+1) or previous (-1) anomaly and select it; False at the end."""
        row = step_anomaly(self.key, self.session.current_time_utc, direction)
        if row is None:
            return False
        event = self.key.iloc[row]
        self.session.set_time(pd.Timestamp(event["time_utc"]))
        self.session.select_object(int(event["norad_id"]))
        self.session.select_event(f"K{int(event['event_id'])}")
        return True
