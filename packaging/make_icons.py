"""Render the application icon's PNG sizes from ``resources/icons/ssaviewer.svg``.

Usage (from the repository root)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Writes ``resources/icons/hicolor/NxN/apps/ssaviewer.png`` for each size in ``SIZES`` (the
freedesktop icon theme layout, so the folder can be copied to ``~/.local/share/icons/hicolor``)
and ``ssaviewer/resources/ssaviewer.png`` (256 px), the window icon the viewer sets at start-up.
The PNGs are committed; run this again after editing the SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "ssaviewer.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
WINDOW_ICON_SIZE = 256


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """Return the icon drawn at ``size`` x ``size`` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Write every PNG size; returns the exit status."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"make_icons: {SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    targets = [
        (
            size,
            ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "ssaviewer.png",
        )
        for size in SIZES
    ]
    targets.append((WINDOW_ICON_SIZE, ROOT / "ssaviewer" / "resources" / "ssaviewer.png"))
    for size, path in targets:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(path), "PNG"):
            print(f"make_icons: could not write {path}", file=sys.stderr)
            return 1
        print(f"wrote {path.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
