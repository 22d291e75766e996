"""File → Open findings bundle…: verify a bundle off the GUI thread and say if it verifies."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ssaviewer.gui import settings, workers
from ssaviewer.gui.i18n import translate


def _verify(path: str) -> Any:
    from ssaviewer.cli.verify import report_lines, verify_bundle

    result = verify_bundle(path, [])
    return result.verified, report_lines(result)


def open_bundle(parent: QWidget, path: str | None = None) -> workers.Worker | None:
    """Ask for a bundle (when ``path`` is None), verify it in a worker, then show the result.

    The result is a window-modal message box: "verifies" or "does not verify", with the
    report (problems, changed, missing and new events) as its details. Returns the worker.
    """
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            translate("BundleCheck", "Open a findings bundle"),
            settings.get("last_folder"),
            translate("BundleCheck", "Bundles (*.zip)"),
        )
    if not path:
        return None
    chosen = path
    worker = workers.Worker(lambda progress, should_stop: _verify(chosen), "verifying")
    worker.signals.finished.connect(lambda result: _show(parent, chosen, *result))
    worker.signals.failed.connect(lambda message, details: _show_failure(parent, message))
    return workers.start(worker)


def _show(parent: QWidget, path: str, verified: bool, lines: list[str]) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information if verified else QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("BundleCheck", "Findings bundle"))
    verdict = (
        translate("BundleCheck", "%1 verifies.")
        if verified
        else translate("BundleCheck", "%1 does NOT verify.")
    )
    box.setText(verdict.replace("%1", path) + f"\n{lines[-2]}")
    box.setDetailedText("\n".join(lines))
    parent.setProperty("bundle_message", box.text())
    box.open()


def _show_failure(parent: QWidget, message: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("BundleCheck", "Findings bundle"))
    box.setText(message)
    parent.setProperty("bundle_message", message)
    box.open()
