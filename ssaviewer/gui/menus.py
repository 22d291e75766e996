"""The menu bar: File, Detection, View, Help, wired to :class:`~ssaviewer.gui.commands.Commands`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMenuBar

from ssaviewer.gui import settings
from ssaviewer.gui.bundle_check import open_bundle
from ssaviewer.gui.commands import EXPORT_KINDS, Commands
from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP, translate
from ssaviewer.gui.language_menu import add_settings_menu
from ssaviewer.gui.theme import THEMES
from ssaviewer.gui.trainer import add_trainer_menu

#: Theme name → its menu text (translated when shown).
THEMES_SHOWN = {
    "light": QT_TRANSLATE_NOOP("Menus", "Light"),
    "dark": QT_TRANSLATE_NOOP("Menus", "Dark"),
}


def _add(menu: QMenu, text: str, slot: Callable[[], Any], shortcut: str = "") -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(lambda _checked=False: slot())
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    return action


def build_menus(window: QMainWindow, commands: Commands, docks: Iterable[QDockWidget]) -> None:
    """Fill the window's menu bar."""
    bar = window.menuBar()
    _file_menu(_menu(bar, "file", translate("Menus", "&File")), window, commands)
    detection = _menu(bar, "detection", translate("Menus", "&Detection"))
    _add(detection, translate("Menus", "Run with rules file…"), commands.run_with_rules, "Ctrl+R")
    _add(detection, translate("Menus", "Edit rules…"), commands.edit_rules)
    view = _menu(bar, "view", translate("Menus", "&View"))
    panels = view.addMenu(translate("Menus", "Panels"))
    for dock in docks:
        panels.addAction(dock.toggleViewAction())
    _theme_menu(view.addMenu(translate("Menus", "Theme")), commands)
    reset = getattr(window, "reset_layout", None)
    if reset is not None:
        _add(view, translate("Menus", "Reset layout"), reset)
    navigation = getattr(window, "navigation", None)
    if navigation is not None:
        navigate = _menu(bar, "navigate", translate("Menus", "&Navigate"))
        for text, slot, keys in navigation():
            _add(navigate, text, slot, keys)
    add_trainer_menu(bar, window)
    add_settings_menu(_menu(bar, "settings", translate("Menus", "&Settings")), window)
    help_menu = _menu(bar, "help", translate("Menus", "&Help"))
    _add(help_menu, translate("Menus", "Keyboard shortcuts"), commands.show_shortcuts, "F1")
    _add(help_menu, translate("Menus", "About ssaviewer"), commands.show_about)


def _menu(bar: QMenuBar, name: str, title: str) -> QMenu:
    """Add the menu ``title`` named ``menu_<name>`` (found by name, whatever the language)."""
    menu = bar.addMenu(title)
    menu.setObjectName(f"menu_{name}")
    return menu


def find_menu(window: QMainWindow, name: str) -> QMenu | None:
    """Return the window's menu ``menu_<name>`` (``file``, ``navigate``...), or None."""
    return window.menuBar().findChild(QMenu, f"menu_{name}")


def _file_menu(menu: QMenu, window: QMainWindow, commands: Commands) -> None:
    _add(menu, translate("Menus", "Open files…"), commands.open_files, "Ctrl+O")
    _add(menu, translate("Menus", "Open folder…"), commands.open_folder, "Ctrl+Shift+O")
    _add(menu, translate("Menus", "Open findings bundle…"), partial(open_bundle, window))
    recent = menu.addMenu(translate("Menus", "Open recent"))
    recent.setObjectName("menu_recent")
    recent.aboutToShow.connect(lambda: _fill_recent(recent, commands))
    export = menu.addMenu(translate("Menus", "Export events CSV"))
    shortcuts = {"filtered": "Ctrl+E", "flagged": "Ctrl+Shift+E"}
    for kind, text in EXPORT_KINDS.items():
        slot = partial(commands.export_events, kind)
        _add(export, translate("Commands", text), slot, shortcuts.get(kind, ""))
    _add(menu, translate("Menus", "Export plot as PNG…"), commands.export_plot, "Ctrl+P")
    _add(menu, translate("Menus", "Export report…"), commands.export_report)
    menu.addSeparator()
    _add(menu, translate("Menus", "Quit"), window.close, "Ctrl+Q")


def _fill_recent(menu: QMenu, commands: Commands) -> None:
    menu.clear()
    recent = settings.get("recent_files")
    for path in recent:
        _add(menu, path, partial(commands.open_paths, [path]))
    if not recent:
        menu.addAction(translate("Menus", "(none yet)")).setEnabled(False)


def _theme_menu(menu: QMenu, commands: Commands) -> None:
    group = QActionGroup(menu)
    current = settings.get("theme")
    for name in THEMES:
        action = _add(
            menu,
            translate("Menus", THEMES_SHOWN.get(name, name)),
            partial(commands.set_theme, name),
        )
        action.setCheckable(True)
        action.setChecked(name == current)
        group.addAction(action)
