"""The HTML report of events: one self-contained page (see :mod:`.page`)."""

from ssaviewer.core.report.page import report_html, write_report

__all__ = ["report_html", "write_report"]
