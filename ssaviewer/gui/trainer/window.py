"""The trainer's window: one large plot or map, the narration, the time bar, big fonts.

``TrainerWindow(scenario, mode)`` with ``mode`` ``"present"`` (events appear as the time
cursor reaches them, with the trainer's notes; N / P jump between anomalies) or ``"quiz"``
(no events shown; the trainee marks and labels events, then the quiz is scored).
Keys: Space play / pause, ← / → one day back / forward, N / P next / previous anomaly,
F11 full screen, Ctrl++ / Ctrl+- font size, Esc leaves.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import ssaviewer
from ssaviewer.core.training.scenario_file import TrainingScenario
from ssaviewer.gui import workers
from ssaviewer.gui.i18n import translate
from ssaviewer.gui.main_window import PLOT_PANELS, make_panel
from ssaviewer.gui.session import Session
from ssaviewer.gui.time_bar import TimeBar
from ssaviewer.gui.trainer.presenter import Presenter
from ssaviewer.gui.trainer.quiz_panel import QuizPanel
from ssaviewer.gui.trainer.style import DEFAULT_FONT_PT, FONT_SIZES, apply_presenter_style

MODES = ("present", "quiz")
#: The plots a lesson shows (the 3D view needs OpenGL, which a projector laptop may lack).
LESSON_PLOTS = tuple(p for p in PLOT_PANELS if p[0] != "3D view")
DAY = pd.Timedelta(days=1)


class TrainerWindow(QMainWindow):
    """Presentation or quiz over one training scenario (see the module docstring)."""

    def __init__(
        self, scenario: TrainingScenario, mode: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if mode not in MODES:
            raise ValueError(f"trainer mode {mode!r}; expected one of {', '.join(MODES)}")
        self.mode = mode
        self.scenario = scenario
        self.key = scenario.key()
        kind = (
            translate("TrainerWindow", "quiz")
            if mode == "quiz"
            else translate("TrainerWindow", "presentation")
        )
        self.setWindowTitle(f"ssaviewer — {scenario.lesson.title} ({kind})")
        self.resize(1280, 720)
        self.session = Session(self)
        self._load()
        self.objects = self._object_list()
        self.plots = QTabWidget()
        for title, path in LESSON_PLOTS:
            self.plots.addTab(make_panel(path, self.session), translate("MainWindow", title))
        self.time_bar = TimeBar(self.session)
        self.narration = QLabel()
        self.narration.setWordWrap(True)
        self.narration.setTextFormat(Qt.TextFormat.RichText)
        self.font_size = QComboBox()
        self.font_size.setToolTip(translate("TrainerWindow", "Font size (Ctrl++ / Ctrl+-)"))
        points = translate("TrainerWindow", "%1 pt")
        self.font_size.addItems([points.replace("%1", str(pt)) for pt in FONT_SIZES])
        self.font_size.setCurrentIndex(FONT_SIZES.index(DEFAULT_FONT_PT))
        self.presenter: Presenter | None = None
        self.quiz: QuizPanel | None = None
        if mode == "present":
            self.presenter = Presenter(self.session, self.key, self._intro())
        else:
            self.quiz = QuizPanel(self.session, self.key, scenario.lesson.tolerance_hours)
            self.quiz.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._layout()
        self._connect()
        if self.objects.count():  # open on a plotted object, not an empty plot
            self.objects.setCurrentRow(0)
        self.session.set_time(self.session.dataset.elements["epoch_utc"].min())
        if self.presenter is not None:
            self.presenter.reveal()
        self._show_note()
        self.restyle()

    # -- data ---------------------------------------------------------------------------
    def _load(self) -> None:
        """Load the scenario's data into the session (written to a temporary folder)."""
        with tempfile.TemporaryDirectory(prefix="ssaviewer-lesson-") as folder:
            paths = self.scenario.write_data(Path(folder))
            with workers.loading_on_gui_thread():
                dataset = ssaviewer.load(*paths)
            self.session.set_dataset(dataset)

    def _intro(self) -> str:
        lesson = self.scenario.lesson
        return f"<b>{lesson.title}</b> — {lesson.summary}"

    def _object_list(self) -> QListWidget:
        objects = QListWidget()
        objects.setMinimumWidth(200)
        table = self.session.dataset.objects.sort_values("norad_id")
        for norad_id, name in zip(
            table["norad_id"].astype(int), table["object_name"].astype(str), strict=True
        ):
            item = QListWidgetItem(f"{name}  ({norad_id})")
            item.setData(Qt.ItemDataRole.UserRole, norad_id)
            objects.addItem(item)
        return objects

    # -- assembly ---------------------------------------------------------------------------
    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.narration, 1)
        if self.presenter is not None:
            presenter = self.presenter
            for text, step in (
                (translate("TrainerWindow", "◀ Anomaly (P)"), -1),
                (translate("TrainerWindow", "Anomaly (N) ▶"), +1),
            ):
                button = QPushButton(text)
                button.setToolTip(translate("TrainerWindow", "Jump to the previous / next anomaly"))
                button.clicked.connect(lambda _c=False, s=step: presenter.jump(s))
                top.addWidget(button)
        top.addWidget(QLabel(translate("TrainerWindow", "Font:")))
        top.addWidget(self.font_size)
        splitter = QSplitter()
        splitter.addWidget(self.objects)
        splitter.addWidget(self.plots)
        if self.quiz is not None:
            splitter.addWidget(self.quiz)
            splitter.setSizes([260, 620, 400])
        else:
            splitter.setSizes([280, 1000])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.time_bar)
        self.setCentralWidget(central)

    def _connect(self) -> None:
        self.objects.currentItemChanged.connect(self._object_clicked)
        self.session.selectionChanged.connect(self._show_selection)
        self.session.timeChanged.connect(lambda _t: self._show_note())
        self.session.eventsChanged.connect(self._restyle_later)
        self.session.selectionChanged.connect(lambda _n: self._restyle_later())
        self.font_size.currentIndexChanged.connect(lambda _i: self.restyle())
        self._shortcut("Space", self.time_bar.play.toggle)
        self._shortcut("Right", lambda: self.step_time(+1))
        self._shortcut("Left", lambda: self.step_time(-1))
        self._shortcut("F11", self.toggle_full_screen)
        self._shortcut("Ctrl++", lambda: self.change_font(+1))
        self._shortcut("Ctrl+=", lambda: self.change_font(+1))
        self._shortcut("Ctrl+-", lambda: self.change_font(-1))
        self._shortcut("Esc", self.close)
        if self.presenter is not None:
            presenter = self.presenter
            self._shortcut("N", lambda: presenter.jump(+1))
            self._shortcut("P", lambda: presenter.jump(-1))
        if self.quiz is not None:
            quiz = self.quiz
            self._shortcut("R", lambda: quiz.add_mark("regular"))
            self._shortcut("I", lambda: quiz.add_mark("irregular"))

    def _shortcut(self, keys: str, slot: Callable[[], object]) -> None:
        QShortcut(QKeySequence(keys), self).activated.connect(slot)

    # -- behaviour ----------------------------------------------------------------------
    def _object_clicked(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.session.select_object(int(item.data(Qt.ItemDataRole.UserRole)))

    def _show_selection(self, norad_id: int) -> None:
        for row in range(self.objects.count()):
            item = self.objects.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == norad_id:
                self.objects.blockSignals(True)
                self.objects.setCurrentRow(row)
                self.objects.blockSignals(False)
                return

    def _show_note(self) -> None:
        if self.presenter is not None:
            self.narration.setText(self.presenter.note_text())
        else:
            text = translate(
                "TrainerWindow",
                "<b>Quiz: %1</b> — mark each event you see on the selected object at the time "
                "cursor: R regular, I irregular.",
            )
            self.narration.setText(text.replace("%1", self.scenario.lesson.title))

    def step_time(self, days: int) -> None:
        """Move the time cursor ``days`` days (within the span)."""
        elements = self.session.dataset.elements["epoch_utc"]
        target = self.session.current_time_utc + days * DAY
        self.session.set_time(min(max(target, elements.min()), elements.max()))

    def toggle_full_screen(self) -> None:
        """Full screen on / off (F11)."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def change_font(self, steps: int) -> None:
        """Make the font ``steps`` sizes larger (or smaller)."""
        index = min(max(self.font_size.currentIndex() + steps, 0), len(FONT_SIZES) - 1)
        self.font_size.setCurrentIndex(index)

    def point_size(self) -> int:
        """Return the chosen font size in points."""
        return FONT_SIZES[self.font_size.currentIndex()]

    def restyle(self) -> None:
        """Apply the presenter style (fonts, thick lines) at the chosen size."""
        apply_presenter_style(self, self.point_size())

    def _restyle_later(self) -> None:
        # The plots redraw a moment after a change (coalesced); restyle after them.
        QTimer.singleShot(120, self.restyle)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop playing, then close."""
        self.time_bar.play.setChecked(False)
        super().closeEvent(event)
