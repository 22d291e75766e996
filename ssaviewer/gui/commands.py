"""What the menu items do: open, export, detection, help. Each command is a short method."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ssaviewer import __version__
from ssaviewer.gui import settings
from ssaviewer.gui.controller import DataController
from ssaviewer.gui.dialogs import RejectedDialog, ShortcutsDialog, show_error
from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP, translate
from ssaviewer.gui.session import Session
from ssaviewer.gui.theme import apply_theme

log = logging.getLogger(__name__)

#: Export choices: name → (menu text, which events).
EXPORT_KINDS: dict[str, str] = {
    "all": QT_TRANSLATE_NOOP("Commands", "All events…"),
    "flagged": QT_TRANSLATE_NOOP("Commands", "Flagged (irregular) events…"),
    "filtered": QT_TRANSLATE_NOOP("Commands", "Events in the current filter…"),
}

ABOUT = QT_TRANSLATE_NOOP(
    "Commands",
    "<h3>ssaviewer %1</h3><p>Space situational awareness viewer: loads shared element-set "
    "data (TLE, CCSDS OMM), plots orbits, finds manoeuvres and labels each one regular or "
    "irregular against the object's own pattern of life.</p><p>BSD-3-Clause licence.</p>",
)


class Commands:
    """Menu commands for one main window.

    Parameters
    ----------
    window
        Parent for dialogs.
    session, controller
        The window's session and its load/detect controller.
    visible_events
        Returns the events the events table shows (for "current filter" exports).
    plot_exporter
        Returns the ``export_png(path)`` of the focused plot panel, or None.
    """

    def __init__(
        self,
        window: QWidget,
        session: Session,
        controller: DataController,
        visible_events: Callable[[], pd.DataFrame],
        plot_exporter: Callable[[], Callable[[str], None] | None],
    ) -> None:
        self.window = window
        self.session = session
        self.controller = controller
        self.visible_events = visible_events
        self.plot_exporter = plot_exporter
        self.dialog: QWidget | None = None  # the last non-modal dialog, kept alive

    # -- File ---------------------------------------------------------------------------
    def open_paths(self, paths: list[str]) -> None:
        """Load files or folders (merged into what is loaded) and remember them."""
        if paths and self.controller.load(paths):
            self.remember_paths(paths)

    def remember_paths(self, paths: list[str]) -> None:
        """Put ``paths`` in File → Recent and their folder in the settings (written to disk)."""
        for path in paths:
            settings.add_recent(str(Path(path).resolve()))
        settings.put("last_folder", str(Path(paths[0]).resolve().parent))

    def open_files(self) -> None:
        """File → Open files."""
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            translate("Commands", "Open element sets or SATCAT"),
            settings.get("last_folder"),
        )
        self.open_paths(paths)

    def open_folder(self) -> None:
        """File → Open folder."""
        path = QFileDialog.getExistingDirectory(
            self.window,
            translate("Commands", "Open a folder of element sets"),
            settings.get("last_folder"),
        )
        self.open_paths([path] if path else [])

    def events_for(self, kind: str) -> pd.DataFrame:
        """Return the events an export of ``kind`` ("all", "flagged", "filtered") writes."""
        if kind == "flagged":
            from ssaviewer.gui.export import flagged  # (exports and reports: imported on use)

            return flagged(self.session.events)
        if kind == "filtered":
            return self.visible_events()
        return self.session.events

    def export_events(self, kind: str, path: str | None = None) -> None:
        """File → Export events CSV; asks for the file when ``path`` is None."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                translate("Commands", "Export events"),
                "events.csv",
                translate("Commands", "CSV files (*.csv)"),
            )
        if path:
            from ssaviewer.gui.export import write_events_csv

            n = write_events_csv(self.events_for(kind), path)
            text = translate("Commands", "wrote %1 events to %2")
            self._status(text.replace("%1", str(n)).replace("%2", path))

    def report_events(self) -> pd.DataFrame:
        """Return the events File → Export report writes: the flagged ones and the selected.

        With nothing flagged and nothing selected, the events the table shows.
        """
        events = self.session.events
        chosen = events["label"].astype("string").fillna("").to_numpy() == "irregular"
        chosen |= events["event_id"].astype("string").fillna("").to_numpy() == (
            self.session.selected_event or "\0"
        )
        return events.loc[chosen] if chosen.any() else self.visible_events()

    def export_report(self, path: str | None = None) -> None:
        """File → Export report: an HTML page of :meth:`report_events` with element plots."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                translate("Commands", "Export report"),
                "report.html",
                translate("Commands", "HTML pages (*.html)"),
            )
        if not path:
            return
        from ssaviewer.gui.export import write_report

        try:
            events = self._with_verdicts(self.report_events())
            n = write_report(path, events, self.session.dataset.elements)
        except OSError as exc:
            text = translate("Commands", "Cannot write %1: %2")
            self.dialog = show_error(
                self.window,
                translate("Commands", "Export report"),
                text.replace("%1", path).replace("%2", str(exc)),
            )
            return
        text = translate("Commands", "wrote a report of %1 events to %2")
        self._status(text.replace("%1", str(n)).replace("%2", path))

    def _with_verdicts(self, events: pd.DataFrame) -> pd.DataFrame:
        """Add the open workspace's ``analyst_verdict`` and ``analyst_note`` (if there is one)."""
        workspaces: Any = getattr(self.window, "workspaces", None)
        if workspaces is None or getattr(workspaces, "workspace", None) is None:
            return events
        found = [workspaces.analysis(str(e)) for e in events["event_id"]]
        verdicts = [(a.verdict or "") if a is not None else "" for a in found]
        notes = [a.note if a is not None else "" for a in found]
        return events.assign(
            analyst_verdict=pd.array(verdicts, dtype="string"),
            analyst_note=pd.array(notes, dtype="string"),
        )

    def export_plot(self, path: str | None = None) -> None:
        """File → Export plot as PNG: the focused plot panel (or the first one shown)."""
        exporter = self.plot_exporter()
        if exporter is None:
            self._status(translate("Commands", "no plot panel to export: show a plot panel first"))
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                translate("Commands", "Export plot"),
                "plot.png",
                translate("Commands", "PNG images (*.png)"),
            )
        if path:
            exporter(path)
            self._status(translate("Commands", "wrote %1").replace("%1", path))

    # -- Detection ----------------------------------------------------------------------
    def run_with_rules(self, path: str | None = None) -> None:
        """Validate a rules file, then run detection with it (Detection → Run with rules…)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                translate("Commands", "Rules file"),
                settings.get("rules_path"),
                translate("Commands", "TOML (*.toml)"),
            )
        if not path:
            return
        text = Path(path).read_text(encoding="utf-8")
        from ssaviewer.gui.rules_editor import validate_rules

        problem = validate_rules(text, path)
        if problem:
            self.dialog = show_error(
                self.window, translate("Commands", "Rules file not valid"), problem
            )
            return
        settings.put("rules_path", path)
        from ssaviewer.core.detect import load_rules

        self.session.rules = load_rules(text, path)
        self.controller.detect()

    def edit_rules(self) -> None:
        """Edit the rules file last used, or a new one (Detection → Edit rules)."""
        path = settings.get("rules_path")
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                translate("Commands", "Rules file to edit"),
                "rules.toml",
                translate("Commands", "TOML (*.toml)"),
            )
        if path:
            settings.put("rules_path", path)
            from ssaviewer.gui.rules_editor import RulesEditor

            editor = RulesEditor(Path(path), self.window)
            editor.open()
            self.dialog = editor

    # -- View and Help ------------------------------------------------------------------
    def set_theme(self, name: str) -> None:
        """View → Theme."""
        settings.put("theme", name)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, name)
        for panel in getattr(self.window, "plot_panels", []):
            restyle = getattr(panel, "apply_theme", None)
            if restyle is not None:
                restyle()

    def show_rejected(self) -> None:
        """Status bar → rejected: list every rejected record."""
        dialog = RejectedDialog(self.session.dataset.report.rejected, self.window)
        dialog.show()
        self.dialog = dialog

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts."""
        dialog = ShortcutsDialog(self.window)
        dialog.show()
        self.dialog = dialog

    def show_about(self) -> None:
        """Help → About."""
        QMessageBox.about(
            self.window,
            translate("Commands", "About ssaviewer"),
            translate("Commands", ABOUT).replace("%1", __version__),
        )

    def show_problems(self, problems: list[str]) -> None:
        """Name each file a load could not read and its problem; the old data stays."""
        text = translate(
            "Commands", "These files could not be loaded; the data already loaded is kept."
        )
        title = translate("Commands", "Some files could not be loaded")
        box = show_error(self.window, title, text, "\n".join(problems))
        box.setInformativeText("\n".join(problems[:5]) + ("\n…" if len(problems) > 5 else ""))
        self.dialog = box

    def _status(self, message: str) -> None:
        status: Any = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(message, 10000)
        log.info(message)
