"""How the window names data values (labels, event types): the value stays, the name is shown.

Tables, filters and exports keep the English values (``irregular``, ``manoeuvre``...); only
what is drawn on screen goes through :func:`shown`, so filters, sorting, the workspace and the
CSV work the same in every language. Values not listed here are shown as they are.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP

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
