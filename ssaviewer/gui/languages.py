"""The window's languages: codes, names, and how a code given by a person is read (no Qt here).

English is the source language of every string in the window; the others are translated in
``ssaviewer/resources/i18n/ssaviewer_<code>.ts`` (compiled to ``.qm`` at build time).
"""

from __future__ import annotations

from typing import Final

#: The six official UN languages: code → the language's own name.
LANGUAGES: Final[dict[str, str]] = {
    "ar": "العربية",
    "zh_CN": "中文（简体）",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}

#: The language strings are written in (no translation file).
SOURCE_LANGUAGE: Final[str] = "en"

#: Languages written right to left.
RIGHT_TO_LEFT: Final[frozenset[str]] = frozenset({"ar"})


def normalise_language(text: str) -> str | None:
    """Return the language code for ``text`` (``fr``, ``fr_CA``, ``zh-Hans``, ``ZH``...).

    Returns None when ``text`` names none of :data:`LANGUAGES`. Chinese in any script or region
    is ``zh_CN`` (the simplified Chinese translation is the only one).
    """
    cleaned = text.strip().replace("-", "_")
    if not cleaned:
        return None
    base = cleaned.split("_")[0].split(".")[0].lower()
    if base == "zh":
        return "zh_CN"
    return base if base in LANGUAGES else None


def core_language(code: str) -> str:
    """Return the core catalogue's code (``ssaviewer.core.i18n``) for a window language code.

    The window names simplified Chinese ``zh_CN`` (Qt's file name); the core catalogue ``zh``.
    """
    return "zh" if code == "zh_CN" else code
