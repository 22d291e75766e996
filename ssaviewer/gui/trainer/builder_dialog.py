"""The scenario builder: objects and behaviours → preview → one ``.ssas`` lesson file.

Left: the lesson's title, span and seed, the objects (LEO or GEO, routine station-keeping
on or off) and the behaviours (from the simulator's list, at chosen days and magnitudes).
"Preview" simulates them, shows the histories and drafts a narration note per irregular
event (editable); "Save…" writes the lesson. Bad values get a message; nothing is lost.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import ssaviewer
from ssaviewer.core.simulate.spec import SpecError
from ssaviewer.core.training import (
    SUFFIX,
    LessonError,
    TrainingScenario,
    build_training_scenario,
    write_training_scenario,
)
from ssaviewer.core.training.builder import (
    BEHAVIOURS,
    BuilderBehaviour,
    BuilderObject,
    default_notes,
    lesson_toml,
    object_from_history,
    spec_toml,
)
from ssaviewer.core.training.reveal import key_events
from ssaviewer.gui import workers
from ssaviewer.gui.history_panel import HistoryPanel
from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP, translate
from ssaviewer.gui.session import Session

OBJECT_HEADERS = (
    QT_TRANSLATE_NOOP("ScenarioBuilder", "Regime"),
    "NORAD",
    QT_TRANSLATE_NOOP("ScenarioBuilder", "Name"),
    QT_TRANSLATE_NOOP("ScenarioBuilder", "Altitude km / Lon °E"),
    QT_TRANSLATE_NOOP("ScenarioBuilder", "Incl. °"),
    QT_TRANSLATE_NOOP("ScenarioBuilder", "Routine"),
)
BEHAVIOUR_HEADERS = (
    "NORAD",
    QT_TRANSLATE_NOOP("ScenarioBuilder", "Behaviour"),
    QT_TRANSLATE_NOOP("ScenarioBuilder", "Day"),
    QT_TRANSLATE_NOOP("ScenarioBuilder", "Magnitude"),
)
NOTE_HEADERS = (
    QT_TRANSLATE_NOOP("ScenarioBuilder", "Time (UTC)"),
    "NORAD",
    QT_TRANSLATE_NOOP("ScenarioBuilder", "Object"),
    QT_TRANSLATE_NOOP("ScenarioBuilder", "Behaviour"),
    QT_TRANSLATE_NOOP("ScenarioBuilder", "Narration note"),
)
START_UTC = pd.Timestamp("2025-01-01T00:00:00Z")


def _table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([translate("ScenarioBuilder", h) for h in headers])
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _append(table: QTableWidget, values: tuple[str, ...]) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for column, value in enumerate(values):
        table.setItem(row, column, QTableWidgetItem(value))


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def _number(table: QTableWidget, row: int, column: int, name: str) -> float:
    text = _cell(table, row, column)
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"row {row + 1}, {name}: {text!r} is not a number") from None


class ScenarioBuilderDialog(QDialog):
    """Build a lesson from objects and behaviours (see the module docstring)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        loaded: pd.DataFrame | None = None,
        selected_norad: int = -1,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ScenarioBuilder", "Scenario builder"))
        self.loaded = loaded  # element sets of the viewer's loaded (real) objects
        self.loaded_norad = QSpinBox()
        self.loaded_norad.setRange(0, 999_999_999)
        self.loaded_norad.setValue(max(selected_norad, 0))
        self.loaded_norad.setToolTip(
            translate("ScenarioBuilder", "NORAD id of a loaded object to start from")
        )
        self.resize(1300, 800)
        self.scenario: TrainingScenario | None = None
        self.title = QLineEdit(translate("ScenarioBuilder", "My lesson"))
        self.summary = QLineEdit("")
        self.days = QSpinBox()
        self.days.setRange(5, 3650)
        self.days.setValue(60)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(1)
        self.tolerance = QDoubleSpinBox()
        self.tolerance.setRange(1, 240)
        self.tolerance.setValue(24)
        self.objects = _table(OBJECT_HEADERS)
        self.behaviours = _table(BEHAVIOUR_HEADERS)
        self.behaviour_kind = QComboBox()
        self.behaviour_kind.addItems([f"{name} — {what}" for name, (_, what) in BEHAVIOURS.items()])
        self.notes = _table(NOTE_HEADERS)
        self.message = QLabel(
            translate("ScenarioBuilder", "Add objects and behaviours, then Preview.")
        )
        self.message.setWordWrap(True)
        self.session = Session(self)
        self.preview_plot = HistoryPanel(self.session)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(translate("ScenarioBuilder", "Title"), self.title)
        form.addRow(translate("ScenarioBuilder", "Summary"), self.summary)
        form.addRow(translate("ScenarioBuilder", "Days (from 2025-01-01)"), self.days)
        form.addRow(translate("ScenarioBuilder", "Seed"), self.seed)
        form.addRow(translate("ScenarioBuilder", "Quiz tolerance (h)"), self.tolerance)
        object_buttons = QHBoxLayout()
        for text, slot in (
            (translate("ScenarioBuilder", "Add LEO"), lambda: self.add_object("LEO")),
            (translate("ScenarioBuilder", "Add GEO"), lambda: self.add_object("GEO")),
            (translate("ScenarioBuilder", "Remove"), lambda: self._remove(self.objects)),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=slot: s())
            object_buttons.addWidget(button)
        from_loaded = QHBoxLayout()
        add_loaded = QPushButton(translate("ScenarioBuilder", "Add loaded object"))
        add_loaded.setToolTip(
            translate(
                "ScenarioBuilder",
                "Start from an object loaded in the viewer: its orbit, name and id",
            )
        )
        add_loaded.clicked.connect(lambda: self.add_loaded_object(self.loaded_norad.value()))
        from_loaded.addWidget(QLabel(translate("ScenarioBuilder", "Loaded NORAD")))
        from_loaded.addWidget(self.loaded_norad, 1)
        from_loaded.addWidget(add_loaded)
        enabled = self.loaded is not None and len(self.loaded) > 0
        add_loaded.setEnabled(enabled)
        self.loaded_norad.setEnabled(enabled)
        behaviour_buttons = QHBoxLayout()
        add = QPushButton(translate("ScenarioBuilder", "Add to selected object"))
        add.clicked.connect(self._add_behaviour_clicked)
        remove = QPushButton(translate("ScenarioBuilder", "Remove"))
        remove.clicked.connect(lambda: self._remove(self.behaviours))
        behaviour_buttons.addWidget(self.behaviour_kind, 1)
        behaviour_buttons.addWidget(add)
        behaviour_buttons.addWidget(remove)
        actions = QHBoxLayout()
        preview = QPushButton(translate("ScenarioBuilder", "Preview"))
        preview.clicked.connect(self.preview)
        save = QPushButton(translate("ScenarioBuilder", "Save lesson…"))
        save.clicked.connect(self._save_clicked)
        actions.addWidget(preview)
        actions.addWidget(save)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(form)
        column.addWidget(QLabel(translate("ScenarioBuilder", "Objects")))
        column.addWidget(self.objects, 2)
        column.addLayout(object_buttons)
        column.addLayout(from_loaded)
        column.addWidget(QLabel(translate("ScenarioBuilder", "Behaviours")))
        column.addWidget(self.behaviours, 1)
        column.addLayout(behaviour_buttons)
        column.addLayout(actions)
        column.addWidget(self.message)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.preview_plot)
        right.addWidget(self.notes)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 780])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- editing ------------------------------------------------------------------------
    def add_object(self, regime: str) -> None:
        """Add a LEO (500 km, 97.4°) or GEO (0° E) object with routine station-keeping."""
        ids = [int(_cell(self.objects, r, 1) or 0) for r in range(self.objects.rowCount())]
        base = 93001 if regime == "LEO" else 93501
        norad_id = max([base - 1, *[i for i in ids if (i >= 93501) == (regime == "GEO")]]) + 1
        n = self.objects.rowCount() + 1
        place, incl = ("500", "97.4") if regime == "LEO" else (str(10 * n), "0.05")
        _append(self.objects, (regime, str(norad_id), f"{regime}-SAT-{n}", place, incl, "yes"))

    def add_loaded_object(self, norad_id: int) -> bool:
        """Add loaded object ``norad_id`` (its orbit now); False with a message if not loaded."""
        try:
            if self.loaded is None:
                raise ValueError("no data is loaded in the viewer")
            obj = object_from_history(self.loaded, norad_id)
        except ValueError as exc:
            self.message.setText(str(exc))
            return False
        place = f"{obj.place:g}"
        _append(
            self.objects,
            (obj.regime, str(obj.norad_id), obj.name, place, f"{obj.inclination_deg:g}", "yes"),
        )
        return True

    def add_behaviour(self, norad_id: int, behaviour: str, day: float, magnitude: float) -> None:
        """Add a behaviour row."""
        _append(self.behaviours, (str(norad_id), behaviour, f"{day:g}", f"{magnitude:g}"))

    def _add_behaviour_clicked(self) -> None:
        row = self.objects.currentRow()
        if row < 0:
            self.message.setText(translate("ScenarioBuilder", "Select an object first."))
            return
        name = list(BEHAVIOURS)[self.behaviour_kind.currentIndex()]
        magnitude = {"orbit change": 10.0, "inclination change": 0.1, "fragmentation": 3.0}
        day = round(self.days.value() / 2)
        self.add_behaviour(int(_cell(self.objects, row, 1)), name, day, magnitude.get(name, 5.0))

    @staticmethod
    def _remove(table: QTableWidget) -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    # -- reading the tables -------------------------------------------------------------
    def _objects(self) -> list[BuilderObject]:
        table = self.objects
        return [
            BuilderObject(
                norad_id=int(_number(table, r, 1, "NORAD")),
                name=_cell(table, r, 2) or f"OBJECT {r + 1}",
                regime=_cell(table, r, 0).upper(),
                place=_number(table, r, 3, "altitude / longitude"),
                inclination_deg=_number(table, r, 4, "inclination"),
                routine=_cell(table, r, 5).lower() in ("yes", "y", "true", "1"),
            )
            for r in range(table.rowCount())
        ]

    def _behaviours(self) -> list[BuilderBehaviour]:
        table = self.behaviours
        return [
            BuilderBehaviour(
                norad_id=int(_number(table, r, 0, "NORAD")),
                behaviour=_cell(table, r, 1),
                day=_number(table, r, 2, "day"),
                magnitude=_number(table, r, 3, "magnitude"),
            )
            for r in range(table.rowCount())
        ]

    def spec_text(self) -> str:
        """Return the SPEC TOML of the tables (raises ValueError on a bad value)."""
        return spec_toml(
            self.title.text() or "lesson",
            START_UTC,
            self.days.value(),
            self.seed.value(),
            self._objects(),
            self._behaviours(),
        )

    def _notes(self) -> pd.DataFrame:
        table = self.notes
        rows = [
            (int(_cell(table, r, 1)), pd.Timestamp(_cell(table, r, 0)), _cell(table, r, 4))
            for r in range(table.rowCount())
            if _cell(table, r, 4)
        ]
        return pd.DataFrame(rows, columns=["norad_id", "time_utc", "text"])

    def lesson_text(self) -> str:
        """Return the lesson TOML with the (edited) notes."""
        return lesson_toml(
            self.title.text() or "lesson",
            self.summary.text(),
            self.tolerance.value(),
            "irregular",
            self._notes(),
        )

    # -- preview and save ---------------------------------------------------------------
    def preview(self) -> bool:
        """Simulate, show the histories and draft the notes; False (with a message) on error."""
        try:
            draft = build_training_scenario(
                self.spec_text(), lesson_toml("draft", "", 24, "all", _no_notes())
            )
        except (SpecError, LessonError, ValueError) as exc:
            self.message.setText(
                translate("ScenarioBuilder", "Cannot simulate: %1").replace("%1", str(exc))
            )
            return False
        self.notes.setRowCount(0)
        key = draft.answer_key
        irregular = key.loc[key["expected_label"] == "irregular"]
        texts = default_notes(key)["text"].astype(str).tolist()
        for k, (norad_id, name, behaviour, when) in enumerate(
            zip(
                irregular["norad_id"].astype(int).tolist(),
                irregular["object_name"].astype(str).tolist(),
                irregular["behaviour"].astype(str).tolist(),
                irregular["time_utc"].astype(str).tolist(),
                strict=True,
            )
        ):
            _append(self.notes, (when, str(norad_id), name, behaviour, texts[k]))
        self.notes.resizeColumnsToContents()
        with _TemporaryData(draft) as paths:
            with workers.loading_on_gui_thread():
                dataset = ssaviewer.load(*paths)
            self.session.set_dataset(dataset)
        self.session.set_events(key_events(draft.key()))  # the answer key as markers
        objects = self._objects()
        if objects:
            self.session.select_object(
                objects[self.objects.currentRow() if self.objects.currentRow() >= 0 else 0].norad_id
            )
        n_irregular = self.notes.rowCount()
        text = translate("ScenarioBuilder", "%1 events (%2 irregular); edit the notes, then Save.")
        self.message.setText(
            text.replace("%1", str(len(draft.answer_key))).replace("%2", str(n_irregular))
        )
        self.scenario = draft
        return True

    def save(self, path: Path) -> bool:
        """Simulate with the current notes and write the lesson to ``path``."""
        try:
            scenario = build_training_scenario(self.spec_text(), self.lesson_text())
            write_training_scenario(scenario, path)
        except (SpecError, LessonError, ValueError, OSError) as exc:
            self.message.setText(
                translate("ScenarioBuilder", "Not saved: %1").replace("%1", str(exc))
            )
            return False
        self.message.setText(translate("ScenarioBuilder", "Saved %1").replace("%1", str(path)))
        return True

    def _save_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("ScenarioBuilder", "Save lesson"),
            f"lesson{SUFFIX}",
            translate("ScenarioBuilder", "Lessons (*%1)").replace("%1", SUFFIX),
        )
        if name:
            self.save(Path(name))


def _no_notes() -> pd.DataFrame:
    return pd.DataFrame(columns=["norad_id", "time_utc", "text"])


class _TemporaryData:
    """Context manager: the scenario's data files in a temporary folder."""

    def __init__(self, scenario: TrainingScenario) -> None:
        import tempfile

        self.scenario = scenario
        self.folder = tempfile.TemporaryDirectory(prefix="ssaviewer-builder-")

    def __enter__(self) -> list[Path]:
        return self.scenario.write_data(Path(self.folder.name))

    def __exit__(self, *_exc: object) -> None:
        self.folder.cleanup()
