"""Settings → Language: the window's language, kept in the settings, used from the next start.

The choice is stored at once (``settings`` key ``language``; "" follows the system locale);
the window says it applies when ssaviewer starts again (every widget takes its text when it
is built). ``ssaviewer --lang CODE`` overrides it for one run.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from ssaviewer.gui import i18n, settings
from ssaviewer.gui.i18n import translate
from ssaviewer.gui.languages import LANGUAGES

#: Message boxes still open (a box opened with ``open()`` needs a reference).
_open_boxes: set[QMessageBox] = set()


def add_settings_menu(menu: QMenu, window: QMainWindow) -> None:
    """Fill the Settings menu: Language ▸ System default and the six languages."""
    languages = menu.addMenu(translate("LanguageMenu", "Language"))
    languages.setObjectName("menu_language")
    group = QActionGroup(languages)
    stored = settings.get("language")
    choices = [("", translate("LanguageMenu", "System default")), *LANGUAGES.items()]
    for code, name in choices:
        action = languages.addAction(name)
        action.setObjectName(f"language_{code or 'system'}")
        action.setCheckable(True)
        action.setChecked(code == stored)
        action.triggered.connect(partial(choose_language, window, code))
        group.addAction(action)


def choose_language(window: QMainWindow, code: str, _checked: bool = False) -> None:
    """Store ``code`` ("" for the system's language) and say when it takes effect."""
    settings.put("language", code)
    if i18n.choose_language() == i18n.current_language():
        return
    name = LANGUAGES.get(i18n.choose_language(), code)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("LanguageMenu", "Language"),
        translate("LanguageMenu", "The window will be in %1 when ssaviewer starts again.").replace(
            "%1", name
        ),
        parent=window,
    )
    _open_boxes.add(box)
    box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    status = window.statusBar()
    status.showMessage(box.text(), 10000)
