"""The HTML report: one self-contained page of events, with element plots around each.

What it shows
-------------
A summary table (one row per event, linked to its section), then per event: object name and
NORAD number, type, label, time (UTC, to the millisecond), detection window, reasons and the
explanation (as the CSV words them: :func:`~ssaviewer.core.export.events_csv.presented`),
Δv, miss distance, the analyst's verdict and note when the table has ``analyst_verdict`` /
``analyst_note``, and inline SVG plots of the object's semi-major axis, inclination and
eccentricity around the event (the event a dashed red line, its window shaded).

Untrusted input stays inert: every text from the data (object names come from TLE title
lines and OMM files and may read ``<img src=x onerror=f()>``) is escaped with
:func:`html.escape`; the page has no script and loads nothing (no network, no files). Print
styles keep each event on one page where it fits.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from typing import Any, Final

import numpy as np
import pandas as pd

from ssaviewer.core.export.atomic import write_atomically
from ssaviewer.core.export.events_csv import presented
from ssaviewer.core.i18n import check_language
from ssaviewer.core.report.svg import Series, svg_plot

#: The elements plotted around each event: column, title with unit.
PLOTTED: Final = (
    ("semi_major_axis_km", "semi-major axis (km)"),
    ("inclination_deg", "inclination (°)"),
    ("eccentricity", "eccentricity"),
)
#: Plotted span either side of the event: the larger of this and 3 × its window.
MIN_SPAN_DAYS: Final = 10.0
_DAY_NS: Final = 86_400 * 10**9

_STYLE: Final = """
body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222;
       margin: 24px; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 0 0 6px; }
.meta { color: #555; margin: 0 0 16px; }
table.summary { border-collapse: collapse; width: 100%; margin-bottom: 24px; }
table.summary th, table.summary td { border-bottom: 1px solid #ddd; padding: 3px 6px;
       text-align: left; vertical-align: top; }
table.summary th { background: #f0f3f7; }
section.event { border: 1px solid #ccc; border-radius: 6px; padding: 12px 14px;
       margin: 0 0 16px; break-inside: avoid; page-break-inside: avoid; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 8px; }
dt { color: #555; } dd { margin: 0; }
.label { display: inline-block; padding: 0 6px; border-radius: 4px; color: #fff;
       font-size: 12px; font-weight: 600; }
.irregular { background: #c0392b; } .regular { background: #2e7d32; }
.undetermined { background: #757575; }
.plots { display: flex; flex-wrap: wrap; gap: 8px; }
svg.plot text { font: 10px sans-serif; fill: #333; }
svg.plot text.title { font-weight: 600; }
svg.plot text.num { text-anchor: end; }
svg.plot text.end { text-anchor: end; }
@page { size: A4; margin: 14mm; }
@media print {
  body { margin: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  section.event { border-color: #999; }
  .label { border: 1px solid #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


@dataclass(frozen=True)
class _History:
    """One object's element sets, by epoch: times (ns) and the ``PLOTTED`` columns."""

    times_ns: np.ndarray
    values: dict[str, np.ndarray]

    def around(self, start_ns: int, end_ns: int) -> _History:
        lo, hi = np.searchsorted(self.times_ns, [start_ns, end_ns], side="left")
        keep = slice(int(lo), int(hi) + 1)
        return _History(self.times_ns[keep], {k: v[keep] for k, v in self.values.items()})


def _histories(elements: pd.DataFrame) -> dict[int, _History]:
    """Each object's history, sorted by epoch."""
    if len(elements) == 0:
        return {}
    epoch = pd.to_datetime(elements["epoch_utc"], utc=True).to_numpy(dtype="datetime64[ns]")
    norad = elements["norad_id"].to_numpy(dtype=np.int64)
    order = np.lexsort((epoch.view(np.int64), norad))
    norad, times = norad[order], epoch.view(np.int64)[order]
    columns = {
        c: elements[c].to_numpy(dtype=np.float64, na_value=np.nan)[order]
        for c, _ in PLOTTED
        if c in elements
    }
    starts = np.flatnonzero(np.r_[True, norad[1:] != norad[:-1]])
    ends = np.r_[starts[1:], len(norad)]
    return {
        int(norad[a]): _History(times[a:b], {c: v[a:b] for c, v in columns.items()})
        for a, b in zip(starts.tolist(), ends.tolist(), strict=True)
    }


def _missing(value: Any) -> bool:
    """Tell whether a cell is missing (None, NA, NaT or NaN)."""
    return value is None or value is pd.NA or value is pd.NaT or (value != value)


def _text(value: Any) -> str:
    """Return a cell's text, escaped ("" for missing)."""
    return "" if _missing(value) else escape(str(value))


def _stamp(value: Any) -> pd.Timestamp | None:
    if _missing(value):
        return None
    stamp = pd.Timestamp(value)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def _time(value: Any) -> str:
    stamp = _stamp(value)
    return "" if stamp is None else stamp.round("ms").strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _number(value: Any, unit: str, digits: int = 4) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return ""
    return "" if not np.isfinite(number) else f"{number:.{digits}g} {unit}"


def _ns(value: Any) -> int | None:
    stamp = _stamp(value)
    return None if stamp is None else int(stamp.value)


def _plots(row: pd.Series, history: _History | None) -> str:
    event_ns = _ns(row.get("epoch_utc"))
    if history is None or event_ns is None:
        return "<p class='meta'>No element sets of this object are loaded.</p>"
    start, end = _ns(row.get("window_start_utc")), _ns(row.get("window_end_utc"))
    window = (start, end) if start is not None and end is not None else None
    width = 0 if window is None else window[1] - window[0]
    pad = max(int(MIN_SPAN_DAYS * _DAY_NS), 3 * width)
    near = history.around(event_ns - pad, event_ns + pad)
    plots = [
        svg_plot(Series(near.times_ns, near.values[c], title), event_ns, window)
        for c, title in PLOTTED
        if c in near.values
    ]
    return f"<div class='plots'>{''.join(plots)}</div>"


def _label(value: object) -> str:
    text = _text(value)
    kind = text if text in ("irregular", "regular", "undetermined") else "undetermined"
    return f"<span class='label {kind}'>{text}</span>"


def _explanation(value: object, lang: str) -> str:
    # Arabic reads right to left: the browser sets the direction from the text itself.
    text = _text(value)
    return text if lang == "en" or not text else f"<div lang='{lang}' dir='auto'>{text}</div>"


def _section(row: pd.Series, history: _History | None, anchor: str, lang: str = "en") -> str:
    fields = [
        ("time (UTC)", escape(_time(row.get("epoch_utc")))),
        (
            "window",
            escape(f"{_time(row.get('window_start_utc'))} – {_time(row.get('window_end_utc'))}"),
        ),
        ("reasons", _text(row.get("reasons"))),
        ("explanation", _explanation(row.get("explanation"), lang)),
        ("direction", _text(row.get("direction"))),
        ("Δv", escape(_number(row.get("delta_v_mps"), "m/s"))),
        ("miss distance", escape(_number(row.get("miss_km"), "km"))),
        ("other object", _text(row.get("secondary_name"))),
        ("analyst verdict", _text(row.get("analyst_verdict"))),
        ("analyst note", _text(row.get("analyst_note"))),
        ("event id", _text(row.get("event_id"))),
    ]
    listed = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in fields if value)
    title = (
        f"{_text(row.get('object_name')) or 'unnamed'} (NORAD {_text(row.get('norad_id'))}) — "
        f"{_text(row.get('event_type'))} {_label(row.get('label'))}"
    )
    return (
        f"<section class='event' id='{anchor}'><h2>{title}</h2><dl>{listed}</dl>"
        f"{_plots(row, history)}</section>"
    )


def _summary(table: pd.DataFrame, anchors: list[str]) -> str:
    head = "<tr><th>#</th><th>object</th><th>time (UTC)</th><th>type</th><th>label</th>"
    head += "<th>reasons</th></tr>"
    rows = [
        f"<tr><td><a href='#{anchor}'>{k + 1}</a></td>"
        f"<td>{_text(row.get('object_name'))} ({_text(row.get('norad_id'))})</td>"
        f"<td>{escape(_time(row.get('epoch_utc')))}</td><td>{_text(row.get('event_type'))}</td>"
        f"<td>{_label(row.get('label'))}</td><td>{_text(row.get('reasons'))}</td></tr>"
        for k, ((_, row), anchor) in enumerate(zip(table.iterrows(), anchors, strict=True))
    ]
    return f"<table class='summary'>{head}{''.join(rows)}</table>"


def report_html(
    events: pd.DataFrame,
    elements: pd.DataFrame,
    *,
    title: str = "ssaviewer events report",
    sources: Sequence[str] = (),
    generated_utc: datetime | None = None,
    lang: str = "en",
) -> str:
    """Return the report page of ``events`` (in their order) as HTML text.

    Parameters
    ----------
    events
        Event table (``schema.EVENT_COLUMNS``; ``analyst_verdict`` / ``analyst_note`` shown
        when present).
    elements
        Element sets (``norad_id``, ``epoch_utc`` and the ``PLOTTED`` columns) the plots
        are drawn from; objects without sets get a note instead of plots.
    title, sources
        The page's title and the data files named under it (escaped).
    generated_utc
        The time written on the page (now when None).
    lang
        The language of the explanations (one of ``ssaviewer.core.i18n.LANGUAGES``; the
        page itself stays English).
    """
    from ssaviewer import __version__

    table, _ = presented(events.reset_index(drop=True), lang)
    lang = check_language(lang)
    histories = _histories(elements)
    anchors = [f"event-{k + 1}" for k in range(len(table))]
    counts: dict[str, int] = {}
    for label in table["label"].astype("string").fillna("").tolist() if len(table) else []:
        counts[str(label)] = counts.get(str(label), 0) + 1
    count_text = ", ".join(f"{n} {escape(k)}" for k, n in sorted(counts.items()))
    when = (generated_utc or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    from_text = f" from {escape(', '.join(sources))}" if sources else ""
    sections = [
        _section(row, histories.get(int(row["norad_id"])), anchor, lang)
        for (_, row), anchor in zip(table.iterrows(), anchors, strict=True)
    ]
    body = "".join(sections) if sections else "<p>No events to report.</p>"
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{escape(title)}</h1>"
        f"<p class='meta'>{len(table)} events{' (' + count_text + ')' if count_text else ''}"
        f"{from_text}; made {when} by ssaviewer {escape(__version__)}.</p>"
        f"{_summary(table, anchors) if len(table) else ''}{body}</body></html>\n"
    )


def write_report(
    path: str | os.PathLike[str],
    events: pd.DataFrame,
    elements: pd.DataFrame,
    *,
    title: str = "ssaviewer events report",
    sources: Sequence[str] = (),
    lang: str = "en",
) -> int:
    """Write :func:`report_html` to ``path`` atomically (mode ``0666 & ~umask``).

    Returns the number of events in the report.
    """
    text = report_html(events, elements, title=title, sources=sources, lang=lang)
    write_atomically(path, text.encode("utf-8"))
    return len(events)
