"""The time bar: a slider over the loaded span, the current UTC, play/pause, event stepping."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QWidget,
)

from ssaviewer.gui import settings
from ssaviewer.gui.formatting import format_time
from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP, translate
from ssaviewer.gui.palette import RECORD_COLOUR
from ssaviewer.gui.session import Session

#: Play speeds: label → simulated seconds per wall-clock second.
SPEEDS: dict[str, float] = {
    QT_TRANSLATE_NOOP("TimeBar", "1 min/s"): 60.0,
    QT_TRANSLATE_NOOP("TimeBar", "1 h/s"): 3600.0,
    QT_TRANSLATE_NOOP("TimeBar", "6 h/s"): 6 * 3600.0,
    QT_TRANSLATE_NOOP("TimeBar", "1 day/s"): 86400.0,
    QT_TRANSLATE_NOOP("TimeBar", "1 week/s"): 7 * 86400.0,
}
TICK_MS = 50


class MarkedSlider(QSlider):
    """A horizontal slider with ticks (operator records) drawn across its groove."""

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        #: Slider values (seconds since the first epoch) of the ticks.
        self.marks = np.empty(0, dtype=np.int64)
        self.setMinimumHeight(22)

    def set_marks(self, values: np.ndarray) -> None:
        """Draw ticks at these slider values (those outside the range are left out)."""
        values = np.asarray(values, dtype=np.int64)
        self.marks = values[(values >= self.minimum()) & (values <= self.maximum())]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the slider, then the ticks over the groove."""
        super().paintEvent(event)
        if not len(self.marks) or self.maximum() <= self.minimum():
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        handle = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        span = self.width() - handle.width()
        painter = QPainter(self)
        painter.setPen(QPen(QColor(RECORD_COLOUR), 2))
        for value in self.marks:
            x = handle.width() // 2 + QStyle.sliderPositionFromValue(
                self.minimum(), self.maximum(), int(value), span
            )
            painter.drawLine(x, 1, x, self.height() - 2)
        painter.end()


class TimeBar(QWidget):
    """Slider (whole seconds since the first epoch), UTC readout, play/pause, prev/next event."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.start_utc = pd.Timestamp(0, tz="UTC")
        self.slider = MarkedSlider()
        # Time runs left to right as on the plots' axes, in every language (Arabic included).
        self.slider.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.slider.setToolTip(
            translate("TimeBar", "Time; ticks mark the selected object's operator records")
        )
        self.readout = QLabel()
        self.play = _button("", translate("TimeBar", "Play / pause (Space)"))
        self.play.setCheckable(True)
        self.play.setIcon(self._icon(QStyle.StandardPixmap.SP_MediaPlay))
        self.speed = QComboBox()
        self.speed.setToolTip(translate("TimeBar", "Play speed"))
        for label, speed in SPEEDS.items():
            self.speed.addItem(translate("TimeBar", label), speed)
        self.speed.setCurrentIndex(_nearest_speed(settings.get("play_speed")))
        self.previous = _button(
            translate("TimeBar", "Previous event"),
            translate("TimeBar", "Select the previous event ([)"),
        )
        self.next = _button(
            translate("TimeBar", "Next event"), translate("TimeBar", "Select the next event (])")
        )
        self.previous.setIcon(self._icon(QStyle.StandardPixmap.SP_MediaSkipBackward))
        self.next.setIcon(self._icon(QStyle.StandardPixmap.SP_MediaSkipForward))
        self.previous_irregular = _button(
            translate("TimeBar", "◀ Irregular"),
            translate("TimeBar", "Select the previous irregular event ({)"),
        )
        self.next_irregular = _button(
            translate("TimeBar", "Irregular ▶"),
            translate("TimeBar", "Select the next irregular event (})"),
        )
        for button in (self.previous, self.next):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (
            self.previous_irregular,
            self.previous,
            self.play,
            self.next,
            self.next_irregular,
            self.speed,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.readout)
        self.slider.valueChanged.connect(self._on_slider)
        self.play.toggled.connect(self._on_play)
        self.timer.timeout.connect(self._tick)
        self.speed.currentIndexChanged.connect(
            lambda _index: settings.put("play_speed", self.speed_s_per_s())
        )
        self.previous.clicked.connect(lambda: self.step_event(-1))
        self.next.clicked.connect(lambda: self.step_event(+1))
        self.previous_irregular.clicked.connect(lambda: self.step_event(-1, irregular_only=True))
        self.next_irregular.clicked.connect(lambda: self.step_event(+1, irregular_only=True))
        session.datasetChanged.connect(self._set_span)
        session.timeChanged.connect(self._show_time)
        session.recordsChanged.connect(self._show_records)
        session.selectionChanged.connect(self._show_records)
        self._set_span()

    def _icon(self, pixmap: QStyle.StandardPixmap) -> QIcon:
        return self.style().standardIcon(pixmap)

    # -- session → widget ---------------------------------------------------------------
    def _set_span(self) -> None:
        epochs = self.session.dataset.elements["epoch_utc"]
        if len(epochs):
            self.start_utc = epochs.min()
            span_s = int((epochs.max() - self.start_utc).total_seconds())
        else:
            self.start_utc, span_s = self.session.current_time_utc, 0
        with QSignalBlocker(self.slider):
            self.slider.setRange(0, max(span_s, 0))
        self.setEnabled(span_s > 0)
        self._show_time(self.session.current_time_utc)
        self._show_records()

    def _show_records(self, *_: object) -> None:
        """Tick the selected object's operator records (all records when none is selected)."""
        session = self.session
        records = session.records
        if session.selected_norad >= 0:
            records = session.records_of(session.selected_norad)
        if not len(records):
            self.slider.set_marks(np.empty(0))
            return
        starts = pd.to_datetime(records["start_utc"], utc=True)
        seconds = (starts - self.start_utc).dt.total_seconds().to_numpy()
        self.slider.set_marks(seconds.astype(np.int64))

    def _show_time(self, time_utc: pd.Timestamp) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setValue(int((time_utc - self.start_utc).total_seconds()))
        self.readout.setText(format_time(time_utc) + " UTC")

    # -- widget → session ---------------------------------------------------------------
    def _on_slider(self, seconds: int) -> None:
        self.session.set_time(self.start_utc + pd.Timedelta(seconds=seconds))

    def _on_play(self, playing: bool) -> None:
        pixmap = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play.setIcon(self._icon(pixmap))
        if playing:
            self.timer.start()
        else:
            self.timer.stop()

    def _tick(self) -> None:
        step_s = self.speed_s_per_s() * TICK_MS / 1000.0
        value = self.slider.value() + max(1, round(step_s))
        if value >= self.slider.maximum():
            self.play.setChecked(False)
        self.slider.setValue(min(value, self.slider.maximum()))

    def speed_s_per_s(self) -> float:
        """Return the chosen play speed (simulated seconds per wall-clock second)."""
        return float(self.speed.currentData())

    def step_event(
        self, direction: int, *, irregular_only: bool = False, same_object: bool = False
    ) -> bool:
        """Select the event before (-1) or after (+1) the time cursor; False when none.

        ``irregular_only`` skips every event not labelled irregular; ``same_object`` keeps to
        the selected object's events.
        """
        events = self.session.events
        if not len(events):
            return False
        keep = np.ones(len(events), dtype=bool)
        if irregular_only:
            keep &= (events["label"].astype(str) == "irregular").to_numpy()
        if same_object:
            norad = events["norad_id"].astype("int64").to_numpy()
            keep &= norad == self.session.selected_norad
        epochs = pd.to_datetime(events["epoch_utc"], utc=True).to_numpy(dtype="datetime64[ns]")
        now = self.session.current_time_utc.to_datetime64()
        later = epochs > now if direction > 0 else epochs < now
        candidates = np.flatnonzero(later & keep)
        if not len(candidates):
            return False
        nearest = np.argmin(epochs[candidates]) if direction > 0 else np.argmax(epochs[candidates])
        self.session.select_event(str(events["event_id"].iloc[int(candidates[nearest])]))
        return True


def _nearest_speed(seconds_per_second: float) -> int:
    """Return the index in ``SPEEDS`` closest to a stored speed."""
    speeds = list(SPEEDS.values())
    return min(range(len(speeds)), key=lambda k: abs(speeds[k] - seconds_per_second))


def _button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    return button
