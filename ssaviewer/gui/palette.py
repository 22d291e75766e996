"""Colours the viewer uses everywhere: Okabe–Ito, safe for colour-blind readers."""

from __future__ import annotations

#: Event label -> colour (hex).
LABEL_COLOURS: dict[str, str] = {
    "regular": "#0072B2",
    "irregular": "#D55E00",
    "undetermined": "#999999",
}
