"""The events table: every event, sortable and filterable; selecting one selects it."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QDateTime, QSignalBlocker, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ssaviewer.core.schema import EVENT_COLUMNS, LABELS
from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP, translate
from ssaviewer.gui.session import Session
from ssaviewer.gui.table_model import DataFrameModel, text_mask
from ssaviewer.gui.vocabulary import shown
from ssaviewer.gui.widgets import combo_choice, fill_combo, set_column_widths, setup_table, show_row

#: Header text per events column (the columns of ``schema.EVENT_COLUMNS``).
HEADERS: dict[str, str] = {
    "event_id": QT_TRANSLATE_NOOP("EventsPanel", "Event"),
    "norad_id": "NORAD",
    "object_name": QT_TRANSLATE_NOOP("EventsPanel", "Name"),
    "event_type": QT_TRANSLATE_NOOP("EventsPanel", "Type"),
    "label": QT_TRANSLATE_NOOP("EventsPanel", "Label"),
    "epoch_utc": QT_TRANSLATE_NOOP("EventsPanel", "Epoch (UTC)"),
    "delta_a_km": "Δa (km)",
    "delta_i_deg": "Δi (°)",
    "delta_e": "Δe",
    "delta_v_mps": "Δv (m/s)",
    "reasons": QT_TRANSLATE_NOOP("EventsPanel", "Reasons"),
    "explanation": QT_TRANSLATE_NOOP("EventsPanel", "Explanation"),
    "window_start_utc": QT_TRANSLATE_NOOP("EventsPanel", "Window start (UTC)"),
    "window_end_utc": QT_TRANSLATE_NOOP("EventsPanel", "Window end (UTC)"),
    "direction": QT_TRANSLATE_NOOP("EventsPanel", "Direction"),
    "confidence": QT_TRANSLATE_NOOP("EventsPanel", "Confidence"),
    "rules": QT_TRANSLATE_NOOP("EventsPanel", "Rule ids"),
    "detector_version": QT_TRANSLATE_NOOP("EventsPanel", "Detector"),
    "source": QT_TRANSLATE_NOOP("EventsPanel", "Source"),
    "analyst_verdict": QT_TRANSLATE_NOOP("EventsPanel", "Verdict"),
    "analyst_tags": QT_TRANSLATE_NOOP("EventsPanel", "Tags"),
}

#: The order events are shown in: the most useful first, then the rest of the schema.
SHOWN_FIRST = (
    "label",
    "analyst_verdict",  # shown only while a workspace is open
    "analyst_tags",  # likewise
    "epoch_utc",
    "object_name",
    "norad_id",
    "event_type",
    "delta_v_mps",
    "explanation",
    "reasons",
)
EVENT_TABLE_COLUMNS = tuple(
    (c, HEADERS.get(c, c.replace("_", " ")))
    for c in (*SHOWN_FIRST, *(c for c in EVENT_COLUMNS if c not in SHOWN_FIRST))
)

#: Where the verdict column is (hidden without a workspace).
VERDICT_COLUMN_INDEX = [c for c, _ in EVENT_TABLE_COLUMNS].index("analyst_verdict")
#: Where the tags column is (hidden without a workspace).
TAGS_COLUMN_INDEX = [c for c, _ in EVENT_TABLE_COLUMNS].index("analyst_tags")

#: The type filter's choice showing the norm checks (``norm`` and ``launch`` events).
NORMS_CHOICE = "norms"


def to_qdatetime(time_utc: pd.Timestamp) -> QDateTime:
    """Return a UTC pandas Timestamp as a UTC QDateTime (to the second)."""
    return QDateTime.fromSecsSinceEpoch(int(time_utc.timestamp()), QTimeZone.utc())


def to_timestamp(value: QDateTime) -> pd.Timestamp:
    """Return a QDateTime as a UTC pandas Timestamp."""
    return pd.Timestamp(value.toSecsSinceEpoch(), unit="s", tz="UTC")


class EventsPanel(QWidget):
    """Events table filtered by label, type, object (name or NORAD id) and time range."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = DataFrameModel(
            EVENT_TABLE_COLUMNS,
            label_column="label",
            parent=self,
            context="EventsPanel",
            shown_columns=("label", "event_type", "analyst_verdict"),
            explained_columns=("explanation",),
        )
        self.label = QComboBox()
        self.event_type = QComboBox()
        self.object_text = QLineEdit(
            placeholderText=translate("EventsPanel", "Object name or NORAD id")
        )
        self.object_text.setClearButtonEnabled(True)
        self.min_confidence = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=1.0, singleStep=0.05)
        self.min_confidence.setPrefix(translate("EventsPanel", "confidence ≥ "))
        self.min_confidence.setToolTip(
            translate(
                "EventsPanel",
                "Hide detections less confident than this (calibrated on real objects: detections"
                " of confidence ≥ X were true at least X of the time). Events without a"
                " confidence are always shown.",
            )
        )
        self.use_time = QCheckBox(translate("EventsPanel", "Only events between"))
        self.time_from = QDateTimeEdit(displayFormat="yyyy-MM-dd HH:mm")
        self.time_to = QDateTimeEdit(displayFormat="yyyy-MM-dd HH:mm")
        self.table = QTableView()
        self._build()
        session.eventsChanged.connect(self._reload)
        session.eventSelected.connect(self._show_event)
        session.verdictsChanged.connect(self._reload)
        self._reload()

    def _build(self) -> None:
        self.label.setToolTip(translate("EventsPanel", "Label"))
        self.event_type.setToolTip(translate("EventsPanel", "Event type"))
        for edit in (self.time_from, self.time_to):
            edit.setTimeZone(QTimeZone.utc())
            edit.setCalendarPopup(True)
        filters = QHBoxLayout()
        widget: QWidget
        for widget in (self.label, self.event_type, self.object_text, self.min_confidence):
            filters.addWidget(widget)
        times = QHBoxLayout()
        for widget in (
            self.use_time,
            self.time_from,
            QLabel(translate("EventsPanel", "and")),
            self.time_to,
        ):
            times.addWidget(widget)
        times.addStretch(1)
        table = self.table
        # By label: irregular first (alphabetical order), each label in time order.
        setup_table(table, self.model, sort_column=0)
        set_column_widths(table, [108, 84, 110, 140, 120, 62, 118, 82, 460, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addLayout(times)
        layout.addWidget(table)
        self.label.currentTextChanged.connect(self._apply_filter)
        self.event_type.currentTextChanged.connect(self._apply_filter)
        self.object_text.textChanged.connect(self._apply_filter)
        self.min_confidence.valueChanged.connect(self._apply_filter)
        self.use_time.toggled.connect(self._apply_filter)
        self.time_from.dateTimeChanged.connect(self._apply_filter)
        self.time_to.dateTimeChanged.connect(self._apply_filter)
        table.selectionModel().currentRowChanged.connect(self._on_current)

    # -- session → panel ----------------------------------------------------------------
    def _reload(self) -> None:
        events = self.session.events.sort_values("epoch_utc", kind="stable")
        events = events.reset_index(drop=True)
        events = self._with_verdicts(events)
        labels = [x for x in LABELS if (events["label"] == x).any()]
        fill_combo(self.label, labels, translate("EventsPanel", "All labels"), shown)
        types = sorted(str(t) for t in events["event_type"].dropna().unique())
        if types and set(types) & set(norm_event_types()):
            types.append(NORMS_CHOICE)  # norm and launch events together
        fill_combo(self.event_type, types, translate("EventsPanel", "All types"), shown)
        for edit in (self.use_time, self.time_from, self.time_to):
            edit.setEnabled(bool(len(events)))
        if len(events):
            epochs = pd.to_datetime(events["epoch_utc"], utc=True)
            with QSignalBlocker(self.time_from), QSignalBlocker(self.time_to):
                self.time_from.setDateTime(to_qdatetime(epochs.min().floor("min")))
                self.time_to.setDateTime(to_qdatetime(epochs.max().ceil("min")))
        self.model.set_frame(events, self.filter_mask(events).nonzero()[0])
        self._show_event(self.session.selected_event)

    def _with_verdicts(self, events: pd.DataFrame) -> pd.DataFrame:
        """Add the workspace's verdicts and tags; their columns show only with a workspace."""
        verdicts, tags = self.session.verdicts, self.session.tags
        self.table.setColumnHidden(VERDICT_COLUMN_INDEX, verdicts is None)
        self.table.setColumnHidden(TAGS_COLUMN_INDEX, verdicts is None)
        if verdicts is None:
            return events
        ids = events["event_id"].astype(str)
        return events.assign(analyst_verdict=ids.map(verdicts), analyst_tags=ids.map(tags or {}))

    def _show_event(self, event_id: str) -> None:
        row = self.model.find_row("event_id", event_id) if event_id else -1
        show_row(self.table, row)

    # -- filters ------------------------------------------------------------------------
    def filter_mask(self, events: pd.DataFrame) -> np.ndarray:
        """Events passing every filter, computed on whole columns at once."""
        names = events["object_name"].astype("string")
        mask = text_mask([names, events["norad_id"].astype("string")], self.object_text.text())
        for combo, column in ((self.label, "label"), (self.event_type, "event_type")):
            if combo_choice(combo) == NORMS_CHOICE and combo is self.event_type:
                norms = events[column].astype("string").isin(norm_event_types())
                mask &= norms.to_numpy(bool)
            elif combo_choice(combo) is not None:
                equal = events[column].astype("string") == combo_choice(combo)
                mask &= equal.fillna(False).to_numpy(dtype=bool)
        if self.min_confidence.value() > 0.0:
            from ssaviewer.core.detect.events.event_table import at_least_confident

            kept = at_least_confident(events, self.min_confidence.value()).index
            mask &= events.index.isin(kept)
        if self.use_time.isChecked() and len(events):
            epochs = pd.to_datetime(events["epoch_utc"], utc=True)
            start = to_timestamp(self.time_from.dateTime())
            end = to_timestamp(self.time_to.dateTime())
            mask &= ((epochs >= start) & (epochs <= end)).to_numpy(dtype=bool)
        return mask

    def _apply_filter(self) -> None:
        self.model.set_rows(self.filter_mask(self.model.frame).nonzero()[0])
        self._show_event(self.session.selected_event)

    def visible_events(self) -> pd.DataFrame:
        """Return the events the table shows, in its order (for "Export … current filter")."""
        return self.model.visible_frame()

    # -- panel → session ----------------------------------------------------------------
    def _on_current(self, current: object, _previous: object) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.session.select_event(str(self.model.value(row, "event_id")))


def norm_event_types() -> tuple[str, ...]:
    """Return the norm and launch event types (the detectors are imported on first use only)."""
    from ssaviewer.core.norms import NORM_EVENT_TYPES

    return tuple(NORM_EVENT_TYPES)
