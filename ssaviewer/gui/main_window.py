"""The main window: assembles the panels as dock widgets, the menus, the status bar.

Plot panels come from another part of the GUI and are imported lazily from ``PLOT_PANELS``;
a panel that cannot be imported or built shows why instead of taking the window down.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QWidget,
)

from ssaviewer.gui import settings
from ssaviewer.gui.catalogue_panel import CataloguePanel
from ssaviewer.gui.commands import Commands
from ssaviewer.gui.controller import DataController
from ssaviewer.gui.events_panel import EventsPanel
from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP, translate
from ssaviewer.gui.inspector_panel import InspectorPanel
from ssaviewer.gui.launch_notices import LaunchNoticeOpener, add_launch_notices_menu
from ssaviewer.gui.lazy_panel import PendingPanel, build_when_shown
from ssaviewer.gui.menus import build_menus
from ssaviewer.gui.records_dock import add_records_dock, add_records_menu
from ssaviewer.gui.session import Session
from ssaviewer.gui.status_bar import StatusBar
from ssaviewer.gui.time_bar import TimeBar
from ssaviewer.gui.workspace_menus import add_verdict_dock, add_workspace_menus, keep_view_state

log = logging.getLogger(__name__)

Area = Qt.DockWidgetArea

#: Plot panels: (dock title, "module:Class"), each built as ``Class(session)``. The titles
#: are the docks' keys in ``MainWindow.docks``; the docks show them translated.
PLOT_PANELS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "Element history"),
        "ssaviewer.gui.history_panel:HistoryPanel",
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "Ground track"), "ssaviewer.gui.map_panel:GroundTrackPanel"),
    (QT_TRANSLATE_NOOP("MainWindow", "GEO belt"), "ssaviewer.gui.geo_belt_panel:GeoBeltPanel"),
    (QT_TRANSLATE_NOOP("MainWindow", "3D view"), "ssaviewer.gui.view3d_panel:View3DPanel"),
)

#: Titles of the other docks, for lupdate (docks are keyed by their English title).
DOCK_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "Catalogue"),
    QT_TRANSLATE_NOOP("MainWindow", "Event inspector"),
    QT_TRANSLATE_NOOP("MainWindow", "Events"),
)


def make_panel(import_path: str, session: Session) -> QWidget:
    """Build the panel ``"module:Class"``, or a label saying why it is not available."""
    module_name, _, class_name = import_path.partition(":")
    try:
        panel: QWidget = getattr(importlib.import_module(module_name), class_name)(session)
    except Exception as exc:  # a missing or broken panel must not stop the viewer
        log.warning("panel %s not available: %s", import_path, exc)
        label = QLabel(translate("MainWindow", "panel not available: %1").replace("%1", str(exc)))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label
    return panel


class MainWindow(QMainWindow):
    """The viewer window over one :class:`Session`."""

    def __init__(self, session: Session | None = None, *, defer_plots: bool = False) -> None:
        super().__init__()
        #: Build even the plot in front only on :meth:`release_plots` (the launch draws the
        #: window first: pyqtgraph's import alone takes longer than the rest of the window).
        self._plots_held = defer_plots
        self.setWindowTitle("ssaviewer")
        self.setAcceptDrops(True)
        self.resize(1500, 950)
        self.session = session or Session(self)
        self.controller = DataController(self.session, self)
        self.docks: dict[str, QDockWidget] = {}
        self.plot_panels: list[QWidget] = []
        self._build_panels()
        self.status = StatusBar(self.session, self)
        self.setStatusBar(self.status)
        self.commands = Commands(
            self, self.session, self.controller, self.events.visible_events, self.plot_exporter
        )
        self.workspaces, self.docks["Verdict"] = add_verdict_dock(
            self, self.session, self.controller, self.docks.get("Events")
        )
        self.records, self.docks["Records"] = add_records_dock(
            self, self.session, self.controller, self.docks.get("Events")
        )
        build_menus(self, self.commands, self.docks.values())
        add_workspace_menus(self, self.workspaces)
        add_records_menu(self, self.records)
        self.launch_notices = LaunchNoticeOpener(self, self.session, self.controller)
        add_launch_notices_menu(self, self.launch_notices)
        plots = {t: self.docks[t] for t, _ in PLOT_PANELS}
        self.view_state = keep_view_state(self.workspaces, self.events, plots)
        self._connect()
        self._default_state = self.saveState()
        self._restore_layout()

    # -- assembly -----------------------------------------------------------------------
    def _build_panels(self) -> None:
        """Catalogue over the inspector on the left; plots (tabbed) over the events table."""
        self.catalogue = CataloguePanel(self.session)
        self.events = EventsPanel(self.session)
        self.inspector = InspectorPanel(self.session)
        self.time_bar = TimeBar(self.session)
        # Dock areas are not mirrored by Qt: in a right-to-left language (Arabic) the column
        # that leads the reading, catalogue over inspector, goes on the right.
        side = Area.RightDockWidgetArea if self.isRightToLeft() else Area.LeftDockWidgetArea
        corners = (
            (Qt.Corner.TopRightCorner, Qt.Corner.BottomRightCorner)
            if self.isRightToLeft()
            else (Qt.Corner.TopLeftCorner, Qt.Corner.BottomLeftCorner)
        )
        for corner in corners:
            self.setCorner(corner, side)
        catalogue = self._dock("Catalogue", self.catalogue, side)
        inspector = self._dock("Event inspector", self.inspector, side)
        plots = [self._plot_dock(title, path) for title, path in PLOT_PANELS]
        for dock in plots[1:]:
            self.tabifyDockWidget(plots[0], dock)
        plots[0].raise_()
        events = self._dock("Events", self.events, Area.BottomDockWidgetArea)
        self.setTabPosition(Area.TopDockWidgetArea, QTabWidget.TabPosition.North)
        # Without a central widget, QMainWindow moves the left/top separator a few pixels at
        # every relayout (each new time readout or event): the left dock grew without end.
        # An empty central widget of no height keeps the docks where they were put.
        spacer = QWidget()
        spacer.setObjectName("central_spacer")
        spacer.setMaximumHeight(0)
        self.setCentralWidget(spacer)
        self._default_sizes = (catalogue, inspector, plots[0], events)
        bar = QToolBar(translate("MainWindow", "Time"))
        bar.setObjectName("time_bar")
        bar.setMovable(False)
        bar.addWidget(self.time_bar)
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)

    def _plot_dock(self, title: str, import_path: str) -> QDockWidget:
        """Dock a plot panel: the first (the tab in front) is built now, others when shown."""
        index = len(self.plot_panels)
        now = index == 0 and not self._plots_held
        panel = make_panel(import_path, self.session) if now else PendingPanel()
        self.plot_panels.append(panel)
        dock = self._dock(title, panel, Area.TopDockWidgetArea)
        if not now and not self._plots_held:
            build_when_shown(dock, partial(self._build_plot, index, import_path))
        return dock

    def _build_plot(self, index: int, import_path: str) -> QWidget:
        panel = make_panel(import_path, self.session)
        self.plot_panels[index] = panel
        return panel

    def release_plots(self) -> None:
        """Build the plots held back by ``defer_plots``: those on screen after the next paint."""
        if not self._plots_held:
            return
        self._plots_held = False
        for index, (title, import_path) in enumerate(PLOT_PANELS):
            build = partial(self._build_plot, index, import_path)
            build_when_shown(self.docks[title], build, after_paint=True)

    def _dock(self, title: str, widget: QWidget, area: Area) -> QDockWidget:
        dock = QDockWidget(translate("MainWindow", title), self)
        dock.setObjectName(title.lower().replace(" ", "_"))
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[title] = dock
        return dock

    def _connect(self) -> None:
        controller, status = self.controller, self.status
        controller.busy.connect(status.job_started)
        controller.progress.connect(status.job_progress)
        controller.idle.connect(status.job_finished)
        controller.problems.connect(self.commands.show_problems)
        controller.failed.connect(self._show_failure)
        status.cancelClicked.connect(controller.cancel)
        status.rejectedClicked.connect(self.commands.show_rejected)
        self._shortcut("Ctrl+F", self.catalogue.search.setFocus)
        self._shortcut("Space", self.time_bar.play.toggle)
        self._shortcut("[", lambda: self.time_bar.step_event(-1))
        self._shortcut("]", lambda: self.time_bar.step_event(+1))

    def navigation(self) -> list[tuple[str, Callable[[], object], str]]:
        """Return the Navigate menu: (text, action, shortcut) for stepping through events."""
        step = self.time_bar.step_event
        return [
            (
                translate("MainWindow", "Previous irregular event"),
                lambda: step(-1, irregular_only=True),
                "{",
            ),
            (
                translate("MainWindow", "Next irregular event"),
                lambda: step(+1, irregular_only=True),
                "}",
            ),
            (
                translate("MainWindow", "Previous event of this object"),
                lambda: step(-1, same_object=True),
                "Ctrl+[",
            ),
            (
                translate("MainWindow", "Next event of this object"),
                lambda: step(+1, same_object=True),
                "Ctrl+]",
            ),
            (
                translate("MainWindow", "Previous irregular event of this object"),
                lambda: step(-1, irregular_only=True, same_object=True),
                "Ctrl+{",
            ),
            (
                translate("MainWindow", "Next irregular event of this object"),
                lambda: step(+1, irregular_only=True, same_object=True),
                "Ctrl+}",
            ),
            (translate("MainWindow", "Zoom to the event's window"), self.zoom_to_event, "Z"),
        ]

    def zoom_to_event(self) -> None:
        """Show the element history zoomed to the selected event's window."""
        for title, panel in zip((t for t, _ in PLOT_PANELS), self.plot_panels, strict=False):
            zoom = getattr(panel, "zoom_to_event", None)
            if zoom is not None and zoom(self.session.selected_event):
                self.docks[title].raise_()
                return

    def _shortcut(self, keys: str, slot: Callable[[], object]) -> None:
        QShortcut(QKeySequence(keys), self).activated.connect(slot)

    def _show_failure(self, message: str, details: str) -> None:
        from ssaviewer.gui.dialogs import show_error

        self.commands.dialog = show_error(
            self, translate("MainWindow", "Something went wrong"), message, details
        )

    # -- plots --------------------------------------------------------------------------
    def plot_exporter(self) -> Callable[[str], None] | None:
        """Return ``export_png`` of the focused plot panel, else of the first one visible."""
        focus = QApplication.focusWidget()
        panels = [p for p in self.plot_panels if hasattr(p, "export_png")]
        for panel in panels:
            if focus is not None and (focus is panel or panel.isAncestorOf(focus)):
                return getattr(panel, "export_png")  # type: ignore[no-any-return]  # noqa: B009
        visible = [p for p in panels if p.isVisible()]
        return getattr(visible[0], "export_png") if visible else None  # noqa: B009

    # -- layout, drag and drop ----------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry, state = settings.get("window_geometry"), settings.get("window_state")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self._layout_restored = not state.isEmpty() and self.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:
        """On first show without a saved layout, share the window out between the panels."""
        super().showEvent(event)
        if not self._layout_restored:
            self._layout_restored = True
            self.apply_default_layout()

    def apply_default_layout(self) -> None:
        """Left third: catalogue over inspector; the rest: plots over the events table."""
        catalogue, inspector, plots, events = self._default_sizes
        width, height = self.width(), self.height()
        self.resizeDocks(
            [catalogue, plots], [width * 31 // 100, width * 69 // 100], Qt.Orientation.Horizontal
        )
        self.resizeDocks(
            [catalogue, inspector], [height // 2, height // 2], Qt.Orientation.Vertical
        )
        self.resizeDocks([plots, events], [height * 2 // 3, height // 3], Qt.Orientation.Vertical)

    def reset_layout(self) -> None:
        """View → Reset layout: every panel back in its place and at its default size."""
        self.restoreState(self._default_state)
        for dock in self.docks.values():
            dock.setFloating(False)
            dock.show()
        self._default_sizes[2].raise_()
        self.apply_default_layout()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the window layout, stop any job, then close."""
        settings.put("window_geometry", self.saveGeometry())
        settings.put("window_state", self.saveState())
        self.controller.cancel()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept dragged local files and folders."""
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Load the dropped files and folders (merged into what is loaded)."""
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.commands.open_paths(paths)
