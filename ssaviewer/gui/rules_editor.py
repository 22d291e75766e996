"""Detection → Edit rules: a plain text editor for the rules TOML that validates before saving."""

from __future__ import annotations

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

from ssaviewer.gui.i18n import translate


def validate_rules(text: str, source: str) -> str:
    """Return "" when ``text`` is a valid rules file, else the problem in one sentence.

    The check is the detector's own :func:`ssaviewer.core.detect.load_rules`, so what the
    editor accepts is exactly what a detection run accepts.
    """
    from ssaviewer.core.detect import load_rules

    try:
        load_rules(text, source)
    except ValueError as exc:
        return str(exc)
    return ""


def _initial_text(path: Path) -> str:
    """Return the file's text, or the documented built-in defaults for a new file."""
    if path.exists():
        return path.read_text(encoding="utf-8")
    from ssaviewer.core.detect import default_rules_text

    return default_rules_text()


class RulesEditor(QDialog):
    """Edit a rules file; Save is refused (with the reason shown) while the text is invalid."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(translate("RulesEditor", "Edit rules: %1").replace("%1", path.name))
        self.resize(700, 560)
        self.editor = QPlainTextEdit()
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setPlainText(_initial_text(path))
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.check = buttons.addButton(
            translate("RulesEditor", "Validate"), QDialogButtonBox.ButtonRole.ActionRole
        )
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
        self.status.setText(problem or translate("RulesEditor", "The rules are valid."))
        self.status.setStyleSheet("color: #D55E00" if problem else "")
        return not problem

    def save(self) -> None:
        """Write the file when valid and close; otherwise keep the dialog open."""
        if self.validate():
            self.path.write_text(self.editor.toPlainText(), encoding="utf-8")
            self.accept()
