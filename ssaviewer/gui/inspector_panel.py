"""The event inspector: why an event was flagged, in plain words, with the numbers behind it."""

from __future__ import annotations

import html
import json
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ssaviewer.gui.formatting import format_duration, format_value
from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP, current_language, translate
from ssaviewer.gui.languages import core_language
from ssaviewer.gui.palette import label_colour
from ssaviewer.gui.session import Session
from ssaviewer.gui.vocabulary import explained, shown

#: Element-set columns shown before and after an event: (column, header).
ELEMENT_FIELDS: tuple[tuple[str, str], ...] = (
    ("epoch_utc", QT_TRANSLATE_NOOP("InspectorPanel", "Epoch (UTC)")),
    ("semi_major_axis_km", "a (km)"),
    ("eccentricity", "e"),
    ("inclination_deg", "i (°)"),
    ("ra_of_asc_node_deg", "RAAN (°)"),
    ("perigee_km", QT_TRANSLATE_NOOP("InspectorPanel", "Perigee (km)")),
    ("apogee_km", QT_TRANSLATE_NOOP("InspectorPanel", "Apogee (km)")),
    ("record", QT_TRANSLATE_NOOP("InspectorPanel", "Record")),
)

#: Event fields shown as numbers: (column, header).
DELTA_FIELDS: tuple[tuple[str, str], ...] = (
    ("delta_a_km", "Δa (km)"),
    ("delta_i_deg", "Δi (°)"),
    ("delta_e", "Δe"),
    ("delta_v_mps", "Δv (m/s)"),
    ("direction", QT_TRANSLATE_NOOP("InspectorPanel", "Direction")),
    ("confidence", QT_TRANSLATE_NOOP("InspectorPanel", "Confidence")),
)

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "InspectorPanel", "Select an event in the events table to see why it was flagged."
)


def elements_around(elements: pd.DataFrame, event: pd.Series) -> tuple[Any, Any]:
    """Return the element sets (rows, or None) at the start and the end of an event's window.

    The "before" set is the last one at or before ``window_start_utc``; the "after" set is the
    first one at or after ``window_end_utc``, both for the event's object.
    """
    own = elements.loc[elements["norad_id"] == int(event["norad_id"])]
    epochs = own["epoch_utc"]
    before = own.loc[epochs <= pd.Timestamp(event["window_start_utc"])]
    after = own.loc[epochs >= pd.Timestamp(event["window_end_utc"])]
    return (
        before.iloc[-1] if len(before) else None,
        after.iloc[0] if len(after) else None,
    )


def _get(event: pd.Series, name: str) -> str:
    return html.escape(format_value(event.get(name, ""), name))


def event_html(event: pd.Series, elements: pd.DataFrame) -> str:
    """Return the inspector's HTML for one event row (``schema.EVENT_COLUMNS``)."""
    label = str(event.get("label", ""))
    colour = label_colour(label)
    event_type = html.escape(shown(event.get("event_type", "")))
    when = (
        translate("InspectorPanel", "%1 UTC (between %2 and %3%4)")
        .replace("%1", _get(event, "epoch_utc"))
        .replace("%2", _get(event, "window_start_utc"))
        .replace("%3", _get(event, "window_end_utc"))
        .replace("%4", _window_length(event))
    )
    footer = (
        translate("InspectorPanel", "event %1 · detector %2 · source %3")
        .replace("%1", _get(event, "event_id"))
        .replace("%2", _get(event, "detector_version"))
        .replace("%3", _get(event, "source"))
    )
    when_title = translate("InspectorPanel", "When:")
    why_title = translate("InspectorPanel", "Why:")
    codes_title = translate("InspectorPanel", "Reason codes:")
    rules_title = translate("InspectorPanel", "Rules fired:")
    parts = [
        f"<h3><span style='color:{colour}'>&#9632; {html.escape(shown(label).upper())}</span> "
        f"{event_type}: {_get(event, 'object_name')} "
        f"(NORAD {_get(event, 'norad_id')})</h3>",
        f"<p><b>{when_title}</b> {when}</p>",
        f"<p><b>{why_title}</b> {_explanation(event)}</p>",
        f"<p><b>{codes_title}</b> {_get(event, 'reasons')}<br>"
        f"<b>{rules_title}</b> {_get(event, 'rules')}</p>",
        thresholds_html(event),
        _deltas_table(event),
        _elements_table(*elements_around(elements, event)),
        f"<p style='color:gray'>{footer}</p>",
    ]
    return "\n".join(parts)


def _explanation(event: pd.Series) -> str:
    """Return the event's explanation (its reasons when it has none), escaped for HTML."""
    text = event.get("explanation")
    if text is None or pd.isna(text) or not str(text):
        return _get(event, "reasons")
    return html.escape(explained(str(text)))


def _deltas_table(event: pd.Series) -> str:
    """Return a table of the event's changes (Δa, Δi, Δe, Δv...); "" when it has none."""
    cells = [_get(event, c) for c, _ in DELTA_FIELDS]
    if not any(cells):
        return ""
    return _table([[translate("InspectorPanel", h) for _, h in DELTA_FIELDS], cells])


def _window_length(event: pd.Series) -> str:
    try:
        length = pd.Timestamp(event["window_end_utc"]) - pd.Timestamp(event["window_start_utc"])
    except (KeyError, TypeError, ValueError):
        return ""
    return "" if pd.isna(length) else f", {html.escape(format_duration(length))}"


def thresholds_html(event: pd.Series) -> str:
    """Return the thresholds of the rule sections that fired (from ``rule_thresholds``).

    One small table: each parameter on its own row under its rule, yes/no for switches.
    """
    try:
        values = json.loads(str(event.get("rule_thresholds", "") or "{}"))
    except json.JSONDecodeError:
        return ""
    fired = {r.split(".")[0] for r in str(event.get("rules", "") or "").split(";") if r}
    rows = [
        [
            translate("InspectorPanel", "Rule"),
            translate("InspectorPanel", "Parameter"),
            translate("InspectorPanel", "Value"),
        ]
    ]
    for section, params in values.items():
        if section not in fired or not isinstance(params, dict):
            continue
        for k, (name, value) in enumerate(params.items()):
            rule = f"<b>{html.escape(section)}</b>" if k == 0 else ""
            rows.append(
                [rule, html.escape(name.replace("_", " ")), html.escape(format_value(value))]
            )
    if len(rows) == 1:
        return ""
    digest = html.escape(str(values.get("digest", "")))
    heading = translate("InspectorPanel", "<b>Thresholds used</b> (rules %1)")
    return f"<p>{heading.replace('%1', digest)}</p>" + _table(rows)


def _elements_table(before: Any, after: Any) -> str:
    """One row per element field: before, after and the change (after − before)."""
    rows = [
        [
            "",
            translate("InspectorPanel", "Before"),
            translate("InspectorPanel", "After"),
            translate("InspectorPanel", "Change"),
        ]
    ]
    for column, header in ELEMENT_FIELDS:
        old = None if before is None else before[column]
        new = None if after is None else after[column]
        rows.append(
            [
                f"<b>{translate('InspectorPanel', header)}</b>",
                _cell(old, column),
                _cell(new, column),
                _change(old, new, column),
            ]
        )
    missing = translate(
        "InspectorPanel", "Some element sets around the event are not in the loaded data."
    )
    note = "" if before is not None and after is not None else f"<p>{missing}</p>"
    title = translate("InspectorPanel", "Element sets around the event")
    return f"<p><b>{title}</b></p>" + _table(rows) + note


def _cell(value: Any, column: str = "") -> str:
    return "—" if value is None else html.escape(format_value(value, column))


def _change(old: Any, new: Any, column: str = "") -> str:
    if old is None or new is None:
        return ""
    if isinstance(old, pd.Timestamp):
        return html.escape(format_duration(new - old))
    if isinstance(old, (int, float, np.number)) and not isinstance(old, bool):
        text = format_value(float(new - old), column)
        return text if text.startswith("-") else "+" + text
    return ""


def _table(rows: list[list[str]]) -> str:
    head = "".join(f"<th>{cell}</th>" for cell in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows[1:])
    return f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


def norms_html(summary: pd.DataFrame) -> str:
    """Return the object's norm summary (``norm_summary`` rows) as a small table, or ""."""
    if not len(summary):
        return ""
    header = [
        translate("InspectorPanel", "Check"),
        translate("InspectorPanel", "Status"),
        translate("InspectorPanel", "Code"),
        translate("InspectorPanel", "Source"),
    ]
    rows = [header] + [
        [html.escape(str(r.check)), html.escape(str(r.status)), html.escape(str(r.code)),
         html.escape(str(r.source))]
        for r in summary.itertuples()
    ]  # fmt: skip
    heading = translate(
        "InspectorPanel", "<b>Norms</b> (estimates from public element sets, not legal findings):"
    )
    return f"<p>{heading}</p>" + _table(rows)


class InspectorPanel(QWidget):
    """Shows the selected event: label, plain-words reasons, deltas, elements before/after."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.browser)
        session.eventSelected.connect(self._show)
        session.eventsChanged.connect(lambda: self._show(self.session.selected_event))
        self._show(session.selected_event)

    def changeEvent(self, event: QEvent) -> None:
        """Redraw in the new theme's label colours when the palette changes."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._show(self.session.selected_event)

    def _show(self, event_id: str) -> None:
        events = self.session.events
        rows = events.loc[events["event_id"] == event_id] if event_id else events.iloc[:0]
        if not len(rows):
            self.browser.setPlainText(translate("InspectorPanel", EMPTY_TEXT))
            return
        event = rows.iloc[0]
        from ssaviewer.core.norms import norm_summary  # the detectors: not needed at start-up
        from ssaviewer.core.norms.summary import summary_in

        summary = norm_summary(events, int(event["norad_id"]))
        norms = norms_html(summary_in(summary, core_language(current_language())))
        self.browser.setHtml(event_html(event, self.session.dataset.elements) + norms)
