"""How the window names data values (labels, event types): the value stays, the name is shown.

Tables, filters and exports keep the English values (``irregular``, ``manoeuvre``...); only
what is drawn on screen goes through :func:`shown`, so filters, sorting, the workspace and the
CSV work the same in every language. Values not listed here are shown as they are.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from PySide6.QtCore import QCoreApplication

from ssaviewer.core.i18n import render_explanation
from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP, current_language
from ssaviewer.gui.languages import core_language

#: Every value with a name on screen (marked for lupdate in the ``Vocabulary`` context).
NAMED_VALUES: Final[tuple[str, ...]] = (
    QT_TRANSLATE_NOOP("Vocabulary", "regular"),
    QT_TRANSLATE_NOOP("Vocabulary", "irregular"),
    QT_TRANSLATE_NOOP("Vocabulary", "undetermined"),
    QT_TRANSLATE_NOOP("Vocabulary", "manoeuvre"),
    QT_TRANSLATE_NOOP("Vocabulary", "longitude"),
    QT_TRANSLATE_NOOP("Vocabulary", "decay"),
    QT_TRANSLATE_NOOP("Vocabulary", "fragmentation"),
    QT_TRANSLATE_NOOP("Vocabulary", "close-approach"),
    QT_TRANSLATE_NOOP("Vocabulary", "data-quality"),
    QT_TRANSLATE_NOOP("Vocabulary", "launch"),
    QT_TRANSLATE_NOOP("Vocabulary", "norm"),
    QT_TRANSLATE_NOOP("Vocabulary", "norms"),
    QT_TRANSLATE_NOOP("Vocabulary", "proximity-operation"),
    QT_TRANSLATE_NOOP("Vocabulary", "confirmed"),
    QT_TRANSLATE_NOOP("Vocabulary", "rejected"),
)

_NAMED: Final[frozenset[str]] = frozenset(NAMED_VALUES)


def shown(value: object) -> str:
    """Return the on-screen name of a data value in the window's language."""
    text = str(value)
    return QCoreApplication.translate("Vocabulary", text) if text in _NAMED else text


def explained(text: object) -> str:
    """Return an event explanation (English, as detection writes it) in the window's language.

    Each sentence the core catalogue recognises is re-rendered with its values
    (:func:`ssaviewer.core.i18n.render_explanation`); anything else stays as written.
    """
    value = "" if text is None else str(text)
    lang = core_language(current_language())
    if lang == "en" or not value:
        return value
    return _rendered(value, lang)


@lru_cache(maxsize=65536)
def _rendered(text: str, lang: str) -> str:
    return render_explanation(text, lang)
