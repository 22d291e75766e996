"""The status bar: what is loaded, what was rejected (click for the list), events, progress."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from ssaviewer.gui.formatting import format_count
from ssaviewer.gui.i18n import translate
from ssaviewer.gui.session import Session

#: Width of the progress bar (fixed, so the Cancel button beside it never moves).
PROGRESS_WIDTH_PX = 220


class StatusBar(QStatusBar):
    """Counts from the session, plus a progress bar and Cancel while a job runs.

    Signals
    -------
    rejectedClicked()
        The user asked for the list of rejected records.
    cancelClicked()
        The user asked to cancel the running job.
    """

    rejectedClicked = Signal()
    cancelClicked = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.loaded = QLabel()
        self.rejected = QPushButton(flat=True)
        self.rejected.setToolTip(translate("StatusBar", "Show the rejected records and why"))
        self.warnings = QLabel()
        self.warnings.setToolTip(
            translate(
                "StatusBar",
                "Records loaded with an assumption (an archival field read as sgp4 reads it, a "
                "comment line skipped...): see ssaviewer info or the load report",
            )
        )
        self.events = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setFixedWidth(PROGRESS_WIDTH_PX)
        self.cancel = QPushButton(translate("StatusBar", "Cancel"))
        self.cancel.setFixedWidth(self.cancel.sizeHint().width())
        # Progress and Cancel at the right end, at fixed widths: changing counts or progress
        # text to their left then cannot move the button under the pointer.
        widgets: list[QWidget] = [
            self.loaded,
            self.rejected,
            self.warnings,
            self.events,
            self.progress,
        ]
        for widget in [*widgets, self.cancel]:
            self.addPermanentWidget(widget)
        self.progress.hide()
        self.cancel.hide()
        self.rejected.clicked.connect(self.rejectedClicked)
        self.cancel.clicked.connect(self.cancelClicked)
        session.datasetChanged.connect(self.refresh)
        session.reportChanged.connect(self.refresh)
        session.eventsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the session's counts."""
        dataset = self.session.dataset
        loaded = translate("StatusBar", "%1 objects · %2 element sets")
        self.loaded.setText(
            loaded.replace("%1", format_count(len(dataset.objects))).replace(
                "%2", format_count(len(dataset.elements))
            )
        )
        rejected = translate("StatusBar", "%1 rejected")
        self.rejected.setText(rejected.replace("%1", format_count(dataset.report.n_rejected)))
        n_warnings = dataset.report.n_warnings
        warnings = translate("StatusBar", "%1 warnings")
        self.warnings.setText(warnings.replace("%1", format_count(n_warnings)))
        self.warnings.setVisible(n_warnings > 0)
        events = self.session.events
        irregular = int((events["label"] == "irregular").sum()) if len(events) else 0
        counts = translate("StatusBar", "%1 events (%2 irregular)")
        self.events.setText(
            counts.replace("%1", format_count(len(events))).replace("%2", format_count(irregular))
        )

    def job_started(self, name: str) -> None:
        """Show the progress bar and Cancel for a job."""
        self.progress.setValue(0)
        self.progress.setFormat(f"{name} %p%")
        self.progress.show()
        self.cancel.show()

    def job_progress(self, fraction: float, message: str) -> None:
        """Update the progress bar."""
        self.progress.setValue(round(1000 * fraction))
        self.progress.setToolTip(message)

    def job_finished(self, message: str) -> None:
        """Hide the progress bar and show the outcome."""
        self.progress.hide()
        self.cancel.hide()
        self.showMessage(message)
