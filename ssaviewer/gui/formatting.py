"""How numbers, times and durations read in tables and the inspector: one place for all.

In English (the source language) numbers are written with ``.`` and times in ISO 8601; in any
other language of the window they follow that language's locale (set by
:func:`ssaviewer.gui.i18n.install_language` through :func:`set_display_locale`): its decimal
separator, its digits, its short date order. Exports never come through here: the CSV stays
ISO 8601 with ``.``.
"""

from __future__ import annotations

import re
from typing import Any, Final

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

translate = QCoreApplication.translate

#: Column → format of its numbers (the unit is in the column header). Others: 6 significant
#: digits.
COLUMN_FORMATS: Final[dict[str, str]] = {
    "delta_a_km": "{:.3f}",
    "delta_i_deg": "{:.4f}",
    "delta_e": "{:.6f}",
    "delta_v_mps": "{:.3f}",
    "confidence": "{:.2f}",
    "semi_major_axis_km": "{:.3f}",
    "eccentricity": "{:.6f}",
    "inclination_deg": "{:.4f}",
    "ra_of_asc_node_deg": "{:.4f}",
    "perigee_km": "{:.2f}",
    "apogee_km": "{:.2f}",
    "precision": "{:.3f}",
    "recall": "{:.3f}",
    "false_alarms_per_year": "{:.2f}",
    "object_years": "{:.2f}",
}


#: The locale numbers and dates are shown in; None: the source-language formats above.
_locale: QLocale | None = None
_date_format = "yyyy-MM-dd"

#: A ``COLUMN_FORMATS`` entry: ``{:.<digits><f|g>}``.
_FORMAT = re.compile(r"\{:\.(\d+)([fg])\}")


def set_display_locale(locale: QLocale | None) -> None:
    """Show numbers and dates in ``locale`` (None: ``.`` and ISO 8601, as in English)."""
    global _locale, _date_format
    if locale is None:
        _locale, _date_format = None, "yyyy-MM-dd"
        return
    _locale = QLocale(locale)
    # NORAD ids, counts and years read badly with thousands separators.
    _locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    short = _locale.dateFormat(QLocale.FormatType.ShortFormat)
    # Years in full: a short format's "yy" would make 1999 and 2099 look alike.
    _date_format = re.sub(r"(?<!y)yy(?!y)", "yyyy", short)


def display_locale() -> QLocale | None:
    """Return the locale numbers and dates are shown in (None: the source language's)."""
    return _locale


def format_time(value: pd.Timestamp) -> str:
    """Return a time to the second, in UTC: ISO 8601, or the display locale's date order."""
    if _locale is None:
        return value.strftime("%Y-%m-%d %H:%M:%S")
    utc = value.tz_convert("UTC") if value.tzinfo is not None else value
    moment = QDateTime(
        QDate(utc.year, utc.month, utc.day),
        QTime(utc.hour, utc.minute, utc.second),
        QTimeZone.utc(),
    )
    return _locale.toString(moment, _date_format + " HH:mm:ss")


def format_number(value: float, pattern: str = "{:.6g}") -> str:
    """Return ``value`` formatted by ``pattern`` (``{:.3f}``...) in the display locale."""
    if _locale is None:
        return pattern.format(value)
    match = _FORMAT.fullmatch(pattern)
    if match is None:
        return _locale.toString(float(value))
    return _locale.toString(float(value), match.group(2), int(match.group(1)))


def format_duration(delta: pd.Timedelta) -> str:
    """Return a duration as people write it: ``21 h 04 min``, ``8 d 15 h``, ``3 min 05 s``."""
    if pd.isna(delta):
        return ""
    sign = "−" if delta < pd.Timedelta(0) else ""
    seconds = abs(delta).total_seconds()
    if seconds >= 10 * 86_400:
        text = _units(translate("Formatting", "%1 d"), round(seconds / 86_400))
    elif seconds >= 86_400:
        days, hours = divmod(round(seconds / 3_600), 24)
        text = _units(translate("Formatting", "%1 d %2 h"), days, hours)
    elif seconds >= 3_600:
        hours, minutes = divmod(round(seconds / 60), 60)
        text = _units(translate("Formatting", "%1 h %2 min"), hours, minutes)
    elif seconds >= 60:
        minutes, rest = divmod(round(seconds), 60)
        text = _units(translate("Formatting", "%1 min %2 s"), minutes, rest)
    else:
        text = translate("Formatting", "%1 s").replace("%1", format_number(seconds, "{:.3g}"))
    return sign + text


def _units(pattern: str, first: int, second: int | None = None) -> str:
    """Fill ``%1`` with ``first`` and ``%2`` with ``second`` on two digits, in the locale."""
    text = pattern.replace("%1", _integer(first))
    if second is not None:
        text = text.replace("%2", _integer(second, 2))
    return text


def _integer(value: int, width: int = 0) -> str:
    if _locale is None:
        return f"{value:0{width}d}"
    digits = _locale.toString(int(value))
    return _locale.zeroDigit() * max(0, width - len(digits)) + digits


def format_value(value: Any, column: str = "") -> str:
    """Render one value for display; NA values are empty.

    Times to the second in UTC, durations in words, numbers in the column's format
    (``COLUMN_FORMATS``) or to 6 significant digits, switches as yes/no.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, np.bool_)):
        return translate("Formatting", "yes") if value else translate("Formatting", "no")
    if isinstance(value, (float, np.floating)):
        if value != value:  # NaN is not equal to itself
            return ""
        return format_number(float(value), COLUMN_FORMATS.get(column, "{:.6g}"))
    if isinstance(value, (int, np.integer)):
        return str(value) if _locale is None else _locale.toString(int(value))
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, pd.Timestamp):
        return format_time(value)
    if isinstance(value, pd.Timedelta):
        return format_duration(value)
    return str(value)


def format_count(n: int) -> str:
    """Return a count with thousands separators (``12,345``; the locale's digits elsewhere)."""
    if _locale is None:
        return f"{n:,}"
    return QLocale(_locale.name()).toString(int(n))
