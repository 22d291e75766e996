"""The Records dock: operator records, the manoeuvre each was matched to, and the scores.

Records are read by :func:`ssaviewer.core.truth.read_truth` (what ``ssaviewer evaluate`` and
``detect --notifications`` read) and kept on the session; loading them re-runs detection with
them as notifications, so ``unannounced`` works as in ``detect --notifications``. Matching and
scores come from :mod:`ssaviewer.core.truth.matching` (``evaluate``'s gap matching).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ssaviewer.core.truth import empty_truth, read_truth
from ssaviewer.core.truth.matching import RecordMatch, match_records
from ssaviewer.gui.coalesce import CoalescedCall
from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP, translate
from ssaviewer.gui.session import Session
from ssaviewer.gui.table_model import DataFrameModel
from ssaviewer.gui.widgets import set_column_widths, setup_table

log = logging.getLogger(__name__)

#: The records table: (column, header).
RECORD_COLUMNS: tuple[tuple[str, str], ...] = (
    ("object_name", QT_TRANSLATE_NOOP("RecordsPanel", "Object")),
    ("norad_id", "NORAD"),
    ("start_utc", QT_TRANSLATE_NOOP("RecordsPanel", "Start (UTC)")),
    ("end_utc", QT_TRANSLATE_NOOP("RecordsPanel", "End (UTC)")),
    ("kind", QT_TRANSLATE_NOOP("RecordsPanel", "Kind")),
    ("source", QT_TRANSLATE_NOOP("RecordsPanel", "Source")),
    ("matched", QT_TRANSLATE_NOOP("RecordsPanel", "Matched event")),
    ("event_label", QT_TRANSLATE_NOOP("RecordsPanel", "Its label")),
)

#: The evaluation table: (column of ``Evaluation.scores``, header).
SCORE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("RecordsPanel", "Evaluation: object")),
    ("mode", QT_TRANSLATE_NOOP("RecordsPanel", "Matching")),
    ("truth_events", QT_TRANSLATE_NOOP("RecordsPanel", "Truth events")),
    ("detections", QT_TRANSLATE_NOOP("RecordsPanel", "Found")),
    ("tp", "TP"),
    ("fp", "FP"),
    ("fn", "FN"),
    ("precision", QT_TRANSLATE_NOOP("RecordsPanel", "Precision")),
    ("recall", QT_TRANSLATE_NOOP("RecordsPanel", "Recall")),
    ("false_alarms_per_year", QT_TRANSLATE_NOOP("RecordsPanel", "False alarms / yr")),
)

#: The evaluation table shows this many rows before it scrolls.
SHOWN_SCORE_ROWS = 4

#: How the matching modes read in the evaluation table.
MODE_NAMES = {
    "gap": QT_TRANSLATE_NOOP("RecordsPanel", "element-set gap"),
    "12h": QT_TRANSLATE_NOOP("RecordsPanel", "±12 h"),
}


def read_record_files(paths: Sequence[str]) -> tuple[pd.DataFrame, list[str]]:
    """Read operator record files; returns the records and one problem line per file or line.

    A file that cannot be read or is in no known format adds a problem and no records; the
    other files still count.
    """
    frames, problems = [], []
    for path in paths:
        name = Path(path).name
        try:
            text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
            table, lines = read_truth(text, name)
        except OSError as exc:
            text = translate("RecordsPanel", "%1: cannot read it (%2)")
            problems.append(text.replace("%1", str(path)).replace("%2", str(exc.strerror)))
            continue
        except ValueError as exc:
            problems.append(str(exc))
            continue
        problems.extend(lines)
        if not len(table):
            problems.append(
                translate("RecordsPanel", "%1: no usable record").replace("%1", str(path))
            )
        frames.append(table)
    if not frames:
        return empty_truth(), problems
    return pd.concat(frames, ignore_index=True), problems


class RecordsPanel(QWidget):
    """Records with their matched event ("no detection" when none) over the evaluation.

    Selecting a record selects its object and moves the time cursor to the record (its
    matched event, when there is one).
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.match: RecordMatch | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.open_button = QPushButton(translate("RecordsPanel", "Open records…"))
        self.clear_button = QPushButton(translate("RecordsPanel", "Clear"))
        self.clear_button.clicked.connect(lambda: session.set_records(empty_truth()))
        self.model = DataFrameModel(
            RECORD_COLUMNS,
            label_column="event_label",
            parent=self,
            context="RecordsPanel",
            shown_columns=("event_label", "kind", "matched"),
        )
        self.table = QTableView()
        setup_table(self.table, self.model, sort_column=2)
        set_column_widths(self.table, [110, 60, 140, 140, 80, 130, 140])
        self.scores_model = DataFrameModel(SCORE_COLUMNS, parent=self, context="RecordsPanel")
        self.scores = QTableView()
        setup_table(self.scores, self.scores_model, sort_column=0)
        set_column_widths(self.scores, [150, 110, 60, 50, 40, 40, 40, 70, 60])
        self._layout()
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.refresh_later = CoalescedCall(self.refresh, self, delay_ms=30)
        for signal in (session.recordsChanged, session.eventsChanged, session.datasetChanged):
            signal.connect(self.refresh_later)
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.clear_button)
        top.addStretch(1)
        self.scores.setToolTip(
            translate(
                "RecordsPanel",
                "Evaluation of the detected manoeuvres against the records, per object with"
                " records, as ssaviewer evaluate computes it (matching by element-set gap and"
                " within ±12 h)",
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.scores)

    def _fit_scores(self) -> None:
        """Make the evaluation table as tall as its rows (up to ``SHOWN_SCORE_ROWS``)."""
        rows = min(max(self.scores_model.rowCount(), 1), SHOWN_SCORE_ROWS)
        header = self.scores.horizontalHeader().sizeHint().height()
        row = self.scores.verticalHeader().defaultSectionSize()
        bar = self.scores.horizontalScrollBar().sizeHint().height()
        self.scores.setFixedHeight(header + rows * row + bar + 2 * self.scores.frameWidth() + 2)

    # -- session → panel -------------------------------------------------------------------
    def refresh(self) -> None:
        """Match the session's records to its events and show them with the scores."""
        session = self.session
        records = session.records
        if not len(records):
            self.match = None
            self.model.set_frame(pd.DataFrame(columns=[c for c, _ in RECORD_COLUMNS]))
            self.scores_model.set_frame(pd.DataFrame(columns=[c for c, _ in SCORE_COLUMNS]))
            self.summary.setText(
                translate("RecordsPanel", "No operator records: File → Open operator records….")
            )
            self._fit_scores()
            return
        data = session.dataset
        try:
            self.match = match_records(records, session.events, data.elements, data.objects)
        except (ValueError, KeyError, TypeError) as exc:  # never take the window down
            log.warning("operator records not matched: %s", exc)
            self.match = None
            text = translate("RecordsPanel", "%1 records; matching failed: %2")
            self.summary.setText(text.replace("%1", str(len(records))).replace("%2", str(exc)))
            return
        shown = self.match.records
        names = [session.object_name(int(n)) for n in shown["norad_id"]]
        matched = shown["event_id"].where(shown["event_id"] != "", shown["status"])
        events = session.events
        labels: dict[str, str] = {}
        if len(events):
            labels = dict(
                zip(events["event_id"].astype(str), events["label"].astype(str), strict=True)
            )
        event_label = [labels.get(str(e), "") for e in shown["event_id"]]
        self.model.set_frame(
            shown.assign(object_name=names, matched=matched, event_label=event_label)
        )
        self.scores_model.set_frame(self._scores())
        self._fit_scores()
        self.summary.setText(self._summary())

    def _scores(self) -> pd.DataFrame:
        assert self.match is not None
        scores = self.match.evaluation.scores
        scores = scores[scores["scope"] == "object"]
        names = {k: translate("RecordsPanel", v) for k, v in MODE_NAMES.items()}
        return scores.assign(mode=scores["mode"].map(names)).reset_index(drop=True)

    def _summary(self) -> str:
        assert self.match is not None
        records, manoeuvres = self.match.records, self.match.manoeuvres
        n_matched = int((records["event_id"] != "").sum())
        announced = int(manoeuvres["announced"].sum())
        text = translate(
            "RecordsPanel",
            "%1 records, %2 matched to a detected manoeuvre, %3 without. Manoeuvres of these "
            "objects: %4 announced, %5 not announced.",
        )
        values = (
            len(records),
            n_matched,
            len(records) - n_matched,
            announced,
            len(manoeuvres) - announced,
        )
        for k, value in enumerate(values, start=1):
            text = text.replace(f"%{k}", str(value))
        return text

    # -- panel → session -------------------------------------------------------------------
    def _on_current(self, *_: object) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        event_id = str(self.model.value(row, "event_id"))
        if event_id:
            self.session.select_event(event_id)
            return
        self.session.select_object(int(self.model.value(row, "norad_id")))
        self.session.set_time(pd.Timestamp(self.model.value(row, "start_utc")))
