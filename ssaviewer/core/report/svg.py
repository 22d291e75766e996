"""Small inline SVG line plots of one element around an event (no Qt, no plotting library).

The plots are plain ``<svg>`` elements written into the report's HTML: they need nothing to
render, scale when printed, and every text in them is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Final

import numpy as np
import pandas as pd

WIDTH_PX: Final = 300
HEIGHT_PX: Final = 120
#: Margins inside the plot: left (values), right, top (title), bottom (dates).
_LEFT, _RIGHT, _TOP, _BOTTOM = 58, 8, 16, 18


@dataclass(frozen=True)
class Series:
    """One element's history: times (ns since the epoch, UTC), values, title with unit."""

    times_ns: np.ndarray
    values: np.ndarray
    title: str


def _axis_labels(lo: float, hi: float) -> tuple[str, str]:
    """Return the texts of the lowest and highest values, to a tenth of the range (≤ 8 dp)."""
    decimals = int(np.clip(np.ceil(-np.log10((hi - lo) / 10.0)), 0, 8))
    return f"{lo:.{decimals}f}", f"{hi:.{decimals}f}"


def _date(ns: int) -> str:
    return pd.Timestamp(ns, tz="UTC").strftime("%Y-%m-%d")


def svg_plot(series: Series, event_ns: int, window_ns: tuple[int, int] | None = None) -> str:
    """Return an ``<svg>`` line plot of ``series`` with the event marked.

    The event time is a red vertical line, its detection window (when given) a shaded band;
    the value range and the first and last dates label the axes. A series with no finite
    value gives a plot that says so.
    """
    t, v = series.times_ns.astype(np.int64), series.values.astype(np.float64)
    ok = np.isfinite(v)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="plot" width="{WIDTH_PX}" '
        f'height="{HEIGHT_PX}" viewBox="0 0 {WIDTH_PX} {HEIGHT_PX}" role="img" '
        f'aria-label="{escape(series.title)}">',
        f'<rect x="0.5" y="0.5" width="{WIDTH_PX - 1}" height="{HEIGHT_PX - 1}" fill="#fff" '
        'stroke="#bbb"/>',
        f'<text x="{_LEFT}" y="11" class="title">{escape(series.title)}</text>',
    ]
    if not ok.any():
        parts.append(f'<text x="{_LEFT}" y="{HEIGHT_PX // 2}">no values</text></svg>')
        return "".join(parts)
    t0, t1 = int(min(t.min(), event_ns)), int(max(t.max(), event_ns))
    span = max(t1 - t0, 1)
    lo, hi = float(v[ok].min()), float(v[ok].max())
    if hi - lo < 1e-12 * max(1.0, abs(hi)):
        lo, hi = lo - 0.5 * max(abs(lo), 1e-9), hi + 0.5 * max(abs(hi), 1e-9)
    inner_w, inner_h = WIDTH_PX - _LEFT - _RIGHT, HEIGHT_PX - _TOP - _BOTTOM

    def x(ns: np.ndarray | int) -> np.ndarray:
        return _LEFT + (np.asarray(ns, dtype=np.float64) - t0) / span * inner_w

    def y(values: np.ndarray) -> np.ndarray:
        return _TOP + (hi - values) / (hi - lo) * inner_h

    if window_ns is not None:
        a, b = (float(x(max(t0, min(t1, w)))) for w in window_ns)
        parts.append(
            f'<rect x="{a:.1f}" y="{_TOP}" width="{max(b - a, 1.0):.1f}" height="{inner_h}" '
            'fill="#fde2c8"/>'
        )
    xs, ys = x(t[ok]), y(v[ok])
    points = " ".join(f"{a:.1f},{b:.1f}" for a, b in zip(xs.tolist(), ys.tolist(), strict=True))
    parts.append(f'<polyline points="{points}" fill="none" stroke="#1f5fa8" stroke-width="1.2"/>')
    parts.extend(
        f'<circle cx="{a:.1f}" cy="{b:.1f}" r="1.6" fill="#1f5fa8"/>'
        for a, b in zip(xs.tolist(), ys.tolist(), strict=True)
    )
    ex = float(x(event_ns))
    parts.append(
        f'<line x1="{ex:.1f}" y1="{_TOP}" x2="{ex:.1f}" y2="{_TOP + inner_h}" stroke="#c0392b" '
        'stroke-width="1.5" stroke-dasharray="4 2"/>'
    )
    low, high = _axis_labels(lo, hi)
    for at_y, text in ((_TOP + 8, high), (_TOP + inner_h, low)):
        parts.append(f'<text x="{_LEFT - 3}" y="{at_y}" class="num">{text}</text>')
    bottom = HEIGHT_PX - 5
    parts.append(f'<text x="{_LEFT}" y="{bottom}">{_date(t0)}</text>')
    parts.append(f'<text x="{WIDTH_PX - _RIGHT}" y="{bottom}" class="end">{_date(t1)}</text>')
    parts.append("</svg>")
    return "".join(parts)
