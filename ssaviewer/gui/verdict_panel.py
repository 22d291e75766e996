"""The verdict dock: the analyst's verdict and note on the selected event, saved at once.

Buttons Confirm / Reject / Regular / Irregular / Clear, a note and a tags field act on the event
selected in the session; each change is one undoable step written to the workspace
(:class:`~ssaviewer.gui.workspace_controller.WorkspaceController`). Without a workspace the
panel says how to get one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssaviewer.core.workspace.store import parse_tags
from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP, translate
from ssaviewer.gui.session import Session
from ssaviewer.gui.vocabulary import shown
from ssaviewer.gui.workspace_controller import WorkspaceController

#: Button text → verdict stored (None clears it).
BUTTONS: tuple[tuple[str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("VerdictPanel", "Confirm"), "confirmed"),
    (QT_TRANSLATE_NOOP("VerdictPanel", "Reject"), "rejected"),
    (QT_TRANSLATE_NOOP("VerdictPanel", "Regular"), "regular"),
    (QT_TRANSLATE_NOOP("VerdictPanel", "Irregular"), "irregular"),
    (QT_TRANSLATE_NOOP("VerdictPanel", "Clear"), None),
)


#: How many orphaned events the panel names (the rest are counted).
SHOWN_ORPHANS = 8


def orphans_text(orphans: list[tuple[str, str]]) -> str:
    """Name the orphaned events (verdicts kept for events no longer detected), or ""."""
    if not orphans:
        return ""
    lines = [f"{event_id}: {shown(verdict)}" for event_id, verdict in orphans[:SHOWN_ORPHANS]]
    if len(orphans) > SHOWN_ORPHANS:
        more = translate("VerdictPanel", "… and %1 more (ssaviewer workspace events)")
        lines.append(more.replace("%1", str(len(orphans) - SHOWN_ORPHANS)))
    title = translate(
        "VerdictPanel", "Orphaned: %1 events no longer detected keep their verdicts:"
    ).replace("%1", str(len(orphans)))
    return title + "\n" + "\n".join(lines)


class VerdictPanel(QWidget):
    """Verdict buttons and a note for the selected event."""

    def __init__(self, session: Session, workspaces: WorkspaceController) -> None:
        super().__init__()
        self.session, self.workspaces = session, workspaces
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(self.status.textFormat().PlainText)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for k, (text, verdict) in enumerate(BUTTONS):
            button = QPushButton(translate("VerdictPanel", text))
            button.clicked.connect(lambda _=False, v=verdict: self._set_verdict(v))
            grid.addWidget(button, k // 2, k % 2)
            self.buttons[text] = button
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("VerdictPanel", "Enter saves"))
        self.note.returnPressed.connect(self._save_note)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(translate("VerdictPanel", "comma-separated; Enter saves"))
        self.tags.setToolTip(
            translate("VerdictPanel", "Tags of the selected event, separated by commas")
        )
        self.tags.editingFinished.connect(self._save_tags)
        self.orphans = QLabel()
        self.orphans.setWordWrap(True)
        self.orphans.setTextFormat(self.orphans.textFormat().PlainText)
        self.orphans.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(grid)
        fields = QFormLayout()
        fields.addRow(translate("VerdictPanel", "Note"), self.note)
        fields.addRow(translate("VerdictPanel", "Tags"), self.tags)
        layout.addLayout(fields)
        layout.addWidget(self.orphans)
        layout.addStretch(1)
        self.setMaximumWidth(260)
        session.eventSelected.connect(lambda _id: self.refresh())
        workspaces.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the selected event's stored verdict and note; enable what can be used."""
        event_id = self.session.selected_event
        if self.workspaces.workspace is None:
            self.status.setText(
                translate(
                    "VerdictPanel", "No workspace: File → New workspace keeps verdicts and notes."
                )
            )
        elif not event_id:
            self.status.setText(translate("VerdictPanel", "Select an event to give a verdict."))
        else:
            stored = self.workspaces.analysis(event_id)
            verdict = (
                shown(stored.verdict)
                if stored and stored.verdict
                else translate("VerdictPanel", "none")
            )
            text = translate("VerdictPanel", "Event %1: verdict %2")
            self.status.setText(text.replace("%1", event_id).replace("%2", verdict))
            self.note.setText(stored.note if stored else "")
            self.tags.setText(", ".join(self.workspaces.tags(event_id)))
        workspace = self.workspaces.workspace
        self.orphans.setText(orphans_text(self.workspaces.orphaned()))
        usable = workspace is not None and bool(event_id)
        for button in self.buttons.values():
            button.setEnabled(usable)
        self.note.setEnabled(usable)
        self.tags.setEnabled(usable)
        if not usable:
            self.tags.clear()

    def _set_verdict(self, verdict: str | None) -> None:
        self.workspaces.set_verdict(self.session.selected_event, verdict, self.note.text())

    def _save_tags(self) -> None:
        if self.tags.isEnabled():
            self.workspaces.set_tags(self.session.selected_event, parse_tags(self.tags.text()))

    def _save_note(self) -> None:
        event_id = self.session.selected_event
        stored = self.workspaces.analysis(event_id)
        self.workspaces.set_verdict(event_id, stored.verdict if stored else None, self.note.text())
