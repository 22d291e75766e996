"""Detection → Edit rules: a plain text editor for the rules TOML that validates before saving."""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def validate_rules(text: str, source: str) -> str:
    """Return "" when ``text`` is a valid rules file, else the problem in one sentence.

    Uses the detector's own ``load_rules`` when detection is available; otherwise checks that
    the text is valid TOML.
    """
    try:
        detect = importlib.import_module("ssaviewer.core.detect")
        load_rules = detect.load_rules
    except (ImportError, AttributeError):
        try:
            tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            return f"{source}: not valid TOML ({exc})"
        return ""
    try:
        load_rules(text, source)
    except ValueError as exc:
        return str(exc)
    return ""


class RulesEditor(QDialog):
    """Edit a rules file; Save is refused (with the reason shown) while the text is invalid."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(f"Edit rules: {path.name}")
        self.resize(700, 560)
        self.editor = QPlainTextEdit()
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setPlainText(path.read_text(encoding="utf-8") if path.exists() else "")
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.check = buttons.addButton("Validate", QDialogButtonBox.ButtonRole.ActionRole)
        self.check.clicked.connect(self.validate)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def validate(self) -> bool:
        """Check the text; show the outcome under the editor and return whether it is valid."""
        problem = validate_rules(self.editor.toPlainText(), str(self.path))
        self.status.setText(problem or "The rules are valid.")
        self.status.setStyleSheet("color: #D55E00" if problem else "")
        return not problem

    def save(self) -> None:
        """Write the file when valid and close; otherwise keep the dialog open."""
        if self.validate():
            self.path.write_text(self.editor.toPlainText(), encoding="utf-8")
            self.accept()
