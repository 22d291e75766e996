"""The session: owns the loaded data, the events, the selection and the time cursor.

Updates flow one way (STYLE.md point 10): panels read from the session and redraw on its
signals; they change state only through its methods, never by reaching into other panels.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QObject, Signal

from ssaviewer.core.dataset import Dataset, LoadReport
from ssaviewer.core.dataset_merge import merged_dataset
from ssaviewer.core.schema import ELEMENT_COLUMNS, EVENT_COLUMNS, OBJECT_COLUMNS, empty_frame

NO_SELECTION = -1


def empty_events() -> pd.DataFrame:
    """Return an events table with the export columns and no rows."""
    return pd.DataFrame({name: pd.Series(dtype="object") for name in EVENT_COLUMNS})


class Session(QObject):
    """Loaded data, detected events, selected object and event, and the current time.

    Signals
    -------
    datasetChanged()
        ``dataset`` was replaced or extended.
    eventsChanged()
        ``events`` was replaced (a detection run finished).
    selectionChanged(int)
        The selected NORAD id (``NO_SELECTION`` when none).
    eventSelected(str)
        The selected ``event_id`` ("" when none).
    timeChanged(object)
        The time cursor, a ``pandas.Timestamp`` in UTC.
    reportChanged()
        ``dataset.report`` grew (a load added rejected records but no data).
    """

    datasetChanged = Signal()
    eventsChanged = Signal()
    selectionChanged = Signal(int)
    eventSelected = Signal(str)
    timeChanged = Signal(object)
    reportChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dataset = Dataset(
            elements=empty_frame(ELEMENT_COLUMNS),
            objects=empty_frame(OBJECT_COLUMNS),
            report=LoadReport(),
        )
        self.events: pd.DataFrame = empty_events()
        self.selected_norad: int = NO_SELECTION
        self.selected_event: str = ""
        self.current_time_utc: pd.Timestamp = pd.Timestamp.now(tz="UTC").floor("s")

    # -- data ---------------------------------------------------------------------------
    def set_dataset(self, dataset: Dataset) -> None:
        """Replace the loaded data; clears events and selection, moves time into the span."""
        self.dataset = dataset
        self.events = empty_events()
        self.selected_norad = NO_SELECTION
        self.selected_event = ""
        self.datasetChanged.emit()
        self.eventsChanged.emit()
        self.selectionChanged.emit(NO_SELECTION)
        if len(dataset.elements):
            self.set_time(dataset.elements["epoch_utc"].max())

    def add_dataset(self, dataset: Dataset) -> None:
        """Merge newly loaded data into what is loaded (the old data stays)."""
        self.set_dataset(merged_dataset(self.dataset, dataset))

    def set_report(self, report: LoadReport) -> None:
        """Replace the load report only (data, events and selection stay)."""
        self.dataset = Dataset(self.dataset.elements, self.dataset.objects, report)
        self.reportChanged.emit()

    def set_events(self, events: pd.DataFrame) -> None:
        """Replace the events table (``schema.EVENT_COLUMNS`` first)."""
        self.events = events
        self.eventsChanged.emit()

    # -- selection and time -------------------------------------------------------------
    def select_object(self, norad_id: int) -> None:
        """Select an object by NORAD id (``NO_SELECTION`` to clear)."""
        if norad_id != self.selected_norad:
            self.selected_norad = int(norad_id)
            self.selectionChanged.emit(self.selected_norad)

    def select_event(self, event_id: str) -> None:
        """Select an event: selects its object and moves the time cursor to its epoch."""
        rows = self.events.loc[self.events["event_id"] == event_id]
        self.selected_event = event_id if len(rows) else ""
        if len(rows):
            row = rows.iloc[0]
            self.select_object(int(row["norad_id"]))
            self.set_time(pd.Timestamp(row["epoch_utc"]))
        self.eventSelected.emit(self.selected_event)

    def set_time(self, time_utc: pd.Timestamp) -> None:
        """Move the time cursor (tz-naive values are taken as UTC)."""
        time_utc = pd.Timestamp(time_utc)
        if time_utc.tzinfo is None:
            time_utc = time_utc.tz_localize("UTC")
        if time_utc != self.current_time_utc:
            self.current_time_utc = time_utc
            self.timeChanged.emit(time_utc)
