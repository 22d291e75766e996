"""The window's translations: which language, loading its ``.qm`` files, right to left, locale.

Every user-visible string in :mod:`ssaviewer.gui` goes through :func:`translate` (an alias of
``QCoreApplication.translate``, which ``pyside6-lupdate`` recognises) with a stable context, or
through ``QT_TRANSLATE_NOOP`` for tables defined at import time. ``make translations``
refreshes the ``.ts`` sources in ``ssaviewer/resources/i18n/`` and compiles them to ``.qm``.

The language is, first to last: ``--lang CODE``, Settings → Language, the system locale;
English when none of them names a translated language.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ssaviewer.gui import formatting, settings
from ssaviewer.gui.languages import RIGHT_TO_LEFT, SOURCE_LANGUAGE, normalise_language

log = logging.getLogger(__name__)

#: ``translate(context, source_text)``: the translation in the installed language.
translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    """Return ``source_text``, marked for ``pyside6-lupdate`` in ``context`` (typed as str).

    For tables built at import time; translate them where they are shown.
    """
    return source_text


#: Where the ``.ts`` sources and the compiled ``.qm`` files are.
I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"

#: Translators installed by :func:`install_language` (kept so they can be removed).
_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def choose_language(requested: str | None = None) -> str:
    """Return the language to use: ``requested``, else the setting, else the system locale."""
    for text in (requested or "", settings.get("language"), QLocale.system().name()):
        code = normalise_language(text)
        if code is not None:
            return code
    return SOURCE_LANGUAGE


def current_language() -> str:
    """Return the code of the language installed last (``en`` before any)."""
    return _current


def qm_path(code: str) -> Path | None:
    """Return the compiled catalogue of ``code``; compiled now from its ``.ts`` when missing.

    ``make`` compiles the catalogues when it builds ``.venv`` and the wheel carries them; a
    source checkout run without ``make`` compiles them on first use into a temporary folder
    (``pyside6-lrelease`` comes with PySide6). None when neither can be had.
    """
    compiled = I18N_DIR / f"ssaviewer_{code}.qm"
    source = I18N_DIR / f"ssaviewer_{code}.ts"
    if compiled.is_file() and not (
        source.is_file() and source.stat().st_mtime > compiled.stat().st_mtime
    ):
        return compiled
    lrelease = shutil.which("pyside6-lrelease") or _venv_tool("pyside6-lrelease")
    if not source.is_file() or lrelease is None:
        return compiled if compiled.is_file() else None
    target = Path(tempfile.gettempdir()) / "ssaviewer-i18n" / compiled.name
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [lrelease, "-silent", str(source), "-qm", str(target)], capture_output=True, check=False
    )
    if done.returncode != 0 or not target.is_file():
        log.warning("cannot compile %s: %s", source, done.stderr.decode(errors="replace"))
        return compiled if compiled.is_file() else None
    return target


def _venv_tool(name: str) -> str | None:
    """Return the console script ``name`` beside the running Python (a venv's bin/), or None."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.is_file() else None


def install_language(app: QCoreApplication, code: str) -> bool:
    """Make ``code`` the window's language: its catalogue, Qt's own, direction and locale.

    Returns False when the catalogue of ``code`` cannot be found (the window stays in
    English, which is said in the log). Call before the window is built; widgets built
    earlier keep their text.
    """
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    found = True
    if code != SOURCE_LANGUAGE:
        found = _load(app, qm_path(code), code)
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _load(app, qt_dir / f"qtbase_{code}.qm", code)
    effective = code if found else SOURCE_LANGUAGE
    _current = effective
    locale = QLocale(effective)
    QLocale.setDefault(locale)
    formatting.set_display_locale(None if effective == SOURCE_LANGUAGE else locale)
    if isinstance(app, QApplication):
        direction = (
            Qt.LayoutDirection.RightToLeft
            if effective in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
        app.setLayoutDirection(direction)
    return found


def _load(app: QCoreApplication, path: Path | None, code: str) -> bool:
    translator = QTranslator(app)
    if path is None or not path.is_file() or not translator.load(str(path)):
        log.warning("no translation for %s (%s): the window stays in English", code, path)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
