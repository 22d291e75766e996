"""The menu bar: File, Detection, View, Help, wired to :class:`~ssaviewer.gui.commands.Commands`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from ssaviewer.gui import settings
from ssaviewer.gui.bundle_check import open_bundle
from ssaviewer.gui.commands import EXPORT_KINDS, Commands
from ssaviewer.gui.theme import THEMES
from ssaviewer.gui.trainer import add_trainer_menu


def _add(menu: QMenu, text: str, slot: Callable[[], Any], shortcut: str = "") -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(lambda _checked=False: slot())
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    return action


def build_menus(window: QMainWindow, commands: Commands, docks: Iterable[QDockWidget]) -> None:
    """Fill the window's menu bar."""
    bar = window.menuBar()
    _file_menu(bar.addMenu("&File"), window, commands)
    detection = bar.addMenu("&Detection")
    _add(detection, "Run with rules file…", commands.run_with_rules, "Ctrl+R")
    _add(detection, "Edit rules…", commands.edit_rules)
    view = bar.addMenu("&View")
    panels = view.addMenu("Panels")
    for dock in docks:
        panels.addAction(dock.toggleViewAction())
    _theme_menu(view.addMenu("Theme"), commands)
    reset = getattr(window, "reset_layout", None)
    if reset is not None:
        _add(view, "Reset layout", reset)
    navigation = getattr(window, "navigation", None)
    if navigation is not None:
        navigate = bar.addMenu("&Navigate")
        for text, slot, keys in navigation():
            _add(navigate, text, slot, keys)
    add_trainer_menu(bar, window)
    help_menu = bar.addMenu("&Help")
    _add(help_menu, "Keyboard shortcuts", commands.show_shortcuts, "F1")
    _add(help_menu, "About ssaviewer", commands.show_about)


def _file_menu(menu: QMenu, window: QMainWindow, commands: Commands) -> None:
    _add(menu, "Open files…", commands.open_files, "Ctrl+O")
    _add(menu, "Open folder…", commands.open_folder, "Ctrl+Shift+O")
    _add(menu, "Open findings bundle…", partial(open_bundle, window))
    recent = menu.addMenu("Open recent")
    recent.aboutToShow.connect(lambda: _fill_recent(recent, commands))
    export = menu.addMenu("Export events CSV")
    shortcuts = {"filtered": "Ctrl+E", "flagged": "Ctrl+Shift+E"}
    for kind, text in EXPORT_KINDS.items():
        _add(export, text, partial(commands.export_events, kind), shortcuts.get(kind, ""))
    _add(menu, "Export plot as PNG…", commands.export_plot, "Ctrl+P")
    _add(menu, "Export report…", commands.export_report)
    menu.addSeparator()
    _add(menu, "Quit", window.close, "Ctrl+Q")


def _fill_recent(menu: QMenu, commands: Commands) -> None:
    menu.clear()
    recent = settings.get("recent_files")
    for path in recent:
        _add(menu, path, partial(commands.open_paths, [path]))
    if not recent:
        menu.addAction("(none yet)").setEnabled(False)


def _theme_menu(menu: QMenu, commands: Commands) -> None:
    group = QActionGroup(menu)
    current = settings.get("theme")
    for name in THEMES:
        action = _add(menu, name.capitalize(), partial(commands.set_theme, name))
        action.setCheckable(True)
        action.setChecked(name == current)
        group.addAction(action)
