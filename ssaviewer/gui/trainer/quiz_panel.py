"""Quiz mode: the trainee marks events on the selected object at the time cursor, then scores.

Until scoring, the session shows no events at all (no markers, no labels). Scoring compares
every trainee's marks with the answer key, lists each event found or missed and each false
mark (double-click one to see it in context), and then shows the key's events on the plots.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssaviewer.core.training.quiz import MARK_COLUMNS, results_csv, score_marks, summarise
from ssaviewer.core.training.reveal import key_events
from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP, translate
from ssaviewer.gui.session import NO_SELECTION, Session
from ssaviewer.gui.vocabulary import shown

RESULT_HEADERS = (
    QT_TRANSLATE_NOOP("QuizPanel", "Trainee"),
    QT_TRANSLATE_NOOP("QuizPanel", "Outcome"),
    QT_TRANSLATE_NOOP("QuizPanel", "Object"),
    QT_TRANSLATE_NOOP("QuizPanel", "Event time"),
    QT_TRANSLATE_NOOP("QuizPanel", "Expected"),
    QT_TRANSLATE_NOOP("QuizPanel", "Marked"),
    QT_TRANSLATE_NOOP("QuizPanel", "Label"),
)
MARK_HEADERS = (
    QT_TRANSLATE_NOOP("QuizPanel", "Trainee"),
    QT_TRANSLATE_NOOP("QuizPanel", "Object"),
    QT_TRANSLATE_NOOP("QuizPanel", "Time (UTC)"),
    QT_TRANSLATE_NOOP("QuizPanel", "Label"),
)


def _table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([translate("QuizPanel", h) for h in headers])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()


def _time(value: Any) -> str:
    return "" if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d %H:%M")


def _text(value: Any) -> str:
    return "" if pd.isna(value) else shown(value)


class QuizPanel(QWidget):
    """Trainee name, Mark regular / Mark irregular, the marks so far, Score and Export CSV."""

    message = Signal(str)

    def __init__(
        self,
        session: Session,
        key: pd.DataFrame,
        tolerance_hours: float,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.key = key
        self.tolerance_hours = tolerance_hours
        self.marks = pd.DataFrame({c: pd.Series(dtype="object") for c in MARK_COLUMNS})
        self.results: pd.DataFrame | None = None
        self.trainee = QLineEdit(translate("QuizPanel", "trainee 1"))
        self.trainee.setToolTip(
            translate("QuizPanel", "Whose marks these are; change it for the next trainee")
        )
        self.mark_regular = QPushButton(translate("QuizPanel", "Mark regular (R)"))
        self.mark_irregular = QPushButton(translate("QuizPanel", "Mark irregular (I)"))
        self.remove = QPushButton(translate("QuizPanel", "Remove mark"))
        self.score_button = QPushButton(translate("QuizPanel", "Score"))
        self.export_button = QPushButton(translate("QuizPanel", "Export results CSV…"))
        self.export_button.setEnabled(False)
        self.marks_table = _table(MARK_HEADERS)
        self.summary = QLabel(
            translate(
                "QuizPanel", "Select an object, move the time cursor to the event, and mark it."
            )
        )
        self.summary.setWordWrap(True)
        self.results_table = _table(RESULT_HEADERS)
        self._layout()
        self.mark_regular.clicked.connect(lambda: self.add_mark("regular"))
        self.mark_irregular.clicked.connect(lambda: self.add_mark("irregular"))
        self.remove.clicked.connect(self.remove_selected)
        self.score_button.clicked.connect(self.score)
        self.export_button.clicked.connect(self._export_clicked)
        self.results_table.cellDoubleClicked.connect(lambda row, _col: self.show_result(row))

    def _layout(self) -> None:
        name = QHBoxLayout()
        name.addWidget(QLabel(translate("QuizPanel", "Trainee:")))
        name.addWidget(self.trainee, 1)
        buttons = QHBoxLayout()
        for button in (self.mark_regular, self.mark_irregular, self.remove):
            buttons.addWidget(button)
        finish = QHBoxLayout()
        finish.addWidget(self.score_button)
        finish.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(name)
        layout.addLayout(buttons)
        layout.addWidget(self.marks_table, 1)
        layout.addLayout(finish)
        layout.addWidget(self.summary)
        layout.addWidget(self.results_table, 2)

    # -- marking ----------------------------------------------------------------------------
    def add_mark(self, label: str) -> bool:
        """Mark the selected object at the time cursor with ``label``; False if none selected."""
        norad_id = self.session.selected_norad
        if norad_id == NO_SELECTION:
            self.message.emit(
                translate("QuizPanel", "Select an object first, then mark its event.")
            )
            return False
        trainee = self.trainee.text().strip() or translate("QuizPanel", "trainee")
        row = pd.DataFrame(
            {
                "trainee": [trainee],
                "norad_id": [norad_id],
                "time_utc": [self.session.current_time_utc],
                "label": [label],
            }
        )
        self.marks = pd.concat([self.marks, row], ignore_index=True) if len(self.marks) else row
        self._show_marks()
        text = translate("QuizPanel", "%1: marked NORAD %2 %3")
        self.message.emit(
            text.replace("%1", trainee).replace("%2", str(norad_id)).replace("%3", shown(label))
        )
        return True

    def remove_selected(self) -> None:
        """Remove the mark selected in the marks table."""
        rows = sorted({index.row() for index in self.marks_table.selectedIndexes()})
        if rows:
            self.marks = self.marks.drop(index=self.marks.index[rows]).reset_index(drop=True)
            self._show_marks()

    def _show_marks(self) -> None:
        names = self._names()
        marks: list[dict[str, Any]] = self.marks.to_dict("records")  # type: ignore[assignment]
        _fill(
            self.marks_table,
            [
                (
                    str(m["trainee"]),
                    names.get(int(m["norad_id"]), str(m["norad_id"])),
                    _time(m["time_utc"]),
                    shown(m["label"]),
                )
                for m in marks
            ],
        )

    def _names(self) -> dict[int, str]:
        objects = self.session.dataset.objects
        return dict(
            zip(objects["norad_id"].astype(int), objects["object_name"].astype(str), strict=True)
        )

    # -- scoring ------------------------------------------------------------------------------
    def score(self) -> pd.DataFrame:
        """Score every trainee's marks, list the results and reveal the key on the plots."""
        self.results = score_marks(self.key, self.marks, self.tolerance_hours)
        names = self._names()
        rows: list[dict[str, Any]] = self.results.to_dict("records")  # type: ignore[assignment]
        _fill(
            self.results_table,
            [
                (
                    str(r["trainee"]),
                    str(r["outcome"]),
                    names.get(int(r["norad_id"]), str(r["norad_id"])),
                    _time(r["event_time_utc"]),
                    _text(r["expected_label"]),
                    _time(r["mark_time_utc"]),
                    _text(r["mark_label"]),
                )
                for r in rows
            ],
        )
        line = translate(
            "QuizPanel",
            "<b>%1</b>: found %2 of %3, missed %4, false marks %5, correct labels %6",
        )
        lines = []
        for s in summarise(self.results).itertuples(index=False):
            values = (s.trainee, s.found, s.events, s.missed, s.false_marks, s.correct_labels)
            text = line
            for k, value in enumerate(values, start=1):
                text = text.replace(f"%{k}", str(value))
            lines.append(text)
        self.summary.setText("<br>".join(lines) or translate("QuizPanel", "No marks to score."))
        self.session.set_events(key_events(self.key))
        self.export_button.setEnabled(True)
        return self.results

    def show_result(self, row: int) -> None:
        """Show one result in context: its object, at its event's (or mark's) time."""
        if self.results is None or not 0 <= row < len(self.results):
            return
        result: dict[Any, Any] = self.results.iloc[row].to_dict()
        self.session.select_object(int(result["norad_id"]))
        if pd.notna(result["event_id"]):
            self.session.select_event(f"K{int(result['event_id'])}")
        else:
            self.session.set_time(pd.Timestamp(result["mark_time_utc"]))

    def export(self, path: Path) -> None:
        """Write the scored results (one row per trainee and event) to ``path``."""
        results = self.results if self.results is not None else self.score()
        path.write_text(results_csv(results), encoding="utf-8")

    def _export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("QuizPanel", "Export quiz results"),
            "quiz_results.csv",
            translate("QuizPanel", "CSV (*.csv)"),
        )
        if name:
            try:
                self.export(Path(name))
            except OSError as exc:
                text = translate("QuizPanel", "Could not write %1: %2")
                self.message.emit(text.replace("%1", name).replace("%2", str(exc)))
                return
            self.message.emit(translate("QuizPanel", "Wrote %1").replace("%1", name))
