"""Light and dark themes for the whole application (Fusion style with a palette)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ssaviewer.gui import palette as palette_module

THEMES = ("light", "dark")

_DARK: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#2B2B2B",
    QPalette.ColorRole.WindowText: "#E6E6E6",
    QPalette.ColorRole.Base: "#1E1E1E",
    QPalette.ColorRole.AlternateBase: "#2B2B2B",
    QPalette.ColorRole.ToolTipBase: "#2B2B2B",
    QPalette.ColorRole.ToolTipText: "#E6E6E6",
    QPalette.ColorRole.Text: "#E6E6E6",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#E6E6E6",
    QPalette.ColorRole.Highlight: "#56B4E9",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.Link: "#56B4E9",
    QPalette.ColorRole.PlaceholderText: "#9A9A9A",
}


def apply_theme(app: QApplication, name: str) -> None:
    """Switch the application to the "light" or "dark" theme (unknown names mean light)."""
    palette_module.set_theme(name)
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    if name == "dark":
        for role, colour in _DARK.items():
            palette.setColor(role, QColor(colour))
    app.setPalette(palette)
