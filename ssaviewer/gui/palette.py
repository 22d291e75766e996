"""Colours shared by every panel: label colours (Okabe–Ito, colour-blind safe) and themes.

Panels and plots take their colours from here so a label looks the same everywhere.
"""

from __future__ import annotations

from typing import Final

#: Event label → colour (hex). Okabe & Ito's palette stays distinct for the common forms of
#: colour blindness; "undetermined" is a neutral grey.
LABEL_COLOURS: Final[dict[str, str]] = {
    "regular": "#0072B2",  # blue
    "irregular": "#D55E00",  # vermillion
    "undetermined": "#999999",  # grey
}

#: On a dark background Okabe–Ito's blue is too dark to read: its sky blue takes its place.
DARK_LABEL_COLOURS: Final[dict[str, str]] = {**LABEL_COLOURS, "regular": "#56B4E9"}

#: Colour for anything without a known label.
UNKNOWN_COLOUR: Final[str] = "#999999"

#: Further Okabe–Ito colours for series that are not labels (e.g. several objects at once).
SERIES_COLOURS: Final[tuple[str, ...]] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#D55E00",
    "#000000",
)

#: The highlighted (selected) object in plots: Okabe–Ito bluish green.
SELECTION_COLOUR: Final[str] = "#009E73"

#: Operator records (notifications) on plots and the time bar: Okabe–Ito reddish purple,
#: apart from every label colour.
RECORD_COLOUR: Final[str] = "#CC79A7"

#: Theme name → (window background, text) for plots that do not follow the Qt palette.
THEMES: Final[dict[str, tuple[str, str]]] = {
    "light": ("#FFFFFF", "#000000"),
    "dark": ("#1E1E1E", "#E6E6E6"),
}


_theme = "light"


def set_theme(name: str) -> None:
    """Make ``label_colour`` answer for the "light" or "dark" theme."""
    global _theme
    _theme = name if name in THEMES else "light"


def current_theme() -> str:
    """Return the theme in use ("light" or "dark")."""
    return _theme


def label_colour(label: str) -> str:
    """Return the hex colour for an event label ("regular", "irregular", "undetermined").

    The colour suits the current theme (see :func:`set_theme`).
    """
    colours = DARK_LABEL_COLOURS if _theme == "dark" else LABEL_COLOURS
    return colours.get(str(label), UNKNOWN_COLOUR)
