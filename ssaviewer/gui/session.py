"""The session: owns the loaded data, the events, the selection and the time cursor.

Updates flow one way (STYLE.md point 10): panels read from the session and redraw on its
signals; they change state only through its methods, never by reaching into other panels.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import QObject, Signal

from ssaviewer.core.dataset import Dataset, LoadReport
from ssaviewer.core.loading import merged_dataset
from ssaviewer.core.schema import ELEMENT_COLUMNS, EVENT_COLUMNS, OBJECT_COLUMNS, empty_frame
from ssaviewer.core.truth import empty_truth
from ssaviewer.core.truth.notifications import orbit_records, resolve_norad, resolve_notifications

NO_SELECTION = -1

__all__ = ["NO_SELECTION", "Session", "empty_events", "merged_dataset"]


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
    recordsChanged()
        ``records`` (operator records / notifications) was replaced.
    verdictsChanged()
        ``verdicts`` or ``tags`` (the open workspace's analyst work) changed.
    """

    datasetChanged = Signal()
    eventsChanged = Signal()
    selectionChanged = Signal(int)
    eventSelected = Signal(str)
    timeChanged = Signal(object)
    reportChanged = Signal()
    recordsChanged = Signal()
    verdictsChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dataset = Dataset(
            elements=empty_frame(ELEMENT_COLUMNS),
            objects=empty_frame(OBJECT_COLUMNS),
            report=LoadReport(),
        )
        self.events: pd.DataFrame = empty_events()
        #: The detection rules, parsed once (``core.detect.load_rules``); None: the defaults.
        self.rules: Any = None
        self.selected_norad: int = NO_SELECTION
        self.selected_event: str = ""
        self.current_time_utc: pd.Timestamp = pd.Timestamp.now(tz="UTC").floor("s")
        #: Operator records (``core.truth.TRUTH_COLUMNS``): shown, matched, and given to
        #: detection as notifications (the ``unannounced`` reason).
        self.records: pd.DataFrame = empty_truth()
        #: Launch notifications (``core.norms.read_launch_notifications``) given to detection:
        #: new launches are then ``notified`` or ``unannounced``. None: not loaded.
        self.launch_notifications: pd.DataFrame | None = None
        #: The open workspace's verdict per event id (None: no workspace is open).
        self.verdicts: dict[str, str] | None = None
        #: The open workspace's tags per event id, comma-separated (None: no workspace).
        self.tags: dict[str, str] | None = None

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

    def update_dataset(self, dataset: Dataset) -> None:
        """Replace the data by more of the same load (a load in steps); the rest stays.

        Unlike :meth:`set_dataset`, the selection, the events and the time cursor stay, so
        an object picked while a large catalogue loads stays picked as the rest arrives.
        """
        self.dataset = dataset
        self.datasetChanged.emit()

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

    def set_records(self, records: pd.DataFrame) -> None:
        """Replace the operator records (a truth table; empty to clear them)."""
        self.records = records.reset_index(drop=True)
        self.recordsChanged.emit()

    def records_of(self, norad_id: int) -> pd.DataFrame:
        """Return the records of one object (COSPAR-only records resolved), ``norad_id`` set."""
        records = self.records
        if not len(records):
            return records
        norad = resolve_norad(records, self.dataset.objects)
        selected: pd.DataFrame = records.loc[norad == norad_id]
        return selected.assign(norad_id=norad_id)

    def notifications(self) -> pd.DataFrame | None:
        """Return the records as detection's notifications (None when there are none)."""
        if not len(self.records):
            return None
        return resolve_notifications(orbit_records(self.records), self.dataset.objects)

    def set_verdicts(
        self, verdicts: dict[str, str] | None, tags: dict[str, str] | None = None
    ) -> None:
        """Replace the analyst verdicts and tags shown (None when no workspace is open)."""
        self.verdicts = verdicts
        self.tags = tags if verdicts is not None else None
        self.verdictsChanged.emit()

    # -- selection and time -------------------------------------------------------------
    def select_object(self, norad_id: int) -> None:
        """Select an object by NORAD id (``NO_SELECTION`` to clear).

        An event of another object is deselected, so the inspector never describes an object
        other than the one plotted; a time cursor outside the object's history moves to its
        last element set.
        """
        if norad_id == self.selected_norad:
            return
        self.selected_norad = int(norad_id)
        if self.selected_event and self.event_norad(self.selected_event) != self.selected_norad:
            self.selected_event = ""
            self.eventSelected.emit("")
        self.selectionChanged.emit(self.selected_norad)
        self._time_into_object()

    def event_norad(self, event_id: str) -> int:
        """Return the NORAD id of an event (``NO_SELECTION`` when there is no such event)."""
        rows = self.events.loc[self.events["event_id"] == event_id, "norad_id"]
        return int(rows.iloc[0]) if len(rows) else NO_SELECTION

    def _time_into_object(self) -> None:
        objects = self.dataset.objects
        rows = objects.loc[objects["norad_id"] == self.selected_norad]
        if not len(rows) or pd.isna(rows["last_epoch_utc"].iloc[0]):
            return
        first, last = rows["first_epoch_utc"].iloc[0], rows["last_epoch_utc"].iloc[0]
        if not first <= self.current_time_utc <= last:
            self.set_time(last)

    def select_event(self, event_id: str) -> None:
        """Select an event: selects its object and moves the time cursor to its epoch."""
        rows = self.events.loc[self.events["event_id"] == event_id]
        self.selected_event = event_id if len(rows) else ""
        if len(rows):
            row = rows.iloc[0]
            self.set_time(pd.Timestamp(row["epoch_utc"]))
            self.select_object(int(row["norad_id"]))
        self.eventSelected.emit(self.selected_event)

    def object_name(self, norad_id: int) -> str:
        """Return an object's name (``NORAD n`` when it is not loaded)."""
        objects = self.dataset.objects
        names = objects.loc[objects["norad_id"] == norad_id, "object_name"]
        name = names.iloc[0] if len(names) else None
        return str(name) if isinstance(name, str) and name else f"NORAD {norad_id}"

    def set_time(self, time_utc: pd.Timestamp) -> None:
        """Move the time cursor (tz-naive values are taken as UTC)."""
        time_utc = pd.Timestamp(time_utc)
        if time_utc.tzinfo is None:
            time_utc = time_utc.tz_localize("UTC")
        if time_utc != self.current_time_utc:
            self.current_time_utc = time_utc
            self.timeChanged.emit(time_utc)
