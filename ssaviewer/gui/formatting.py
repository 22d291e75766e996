"""How numbers, times and durations read in tables and the inspector: one place for all."""

from __future__ import annotations

from typing import Any, Final

import numpy as np
import pandas as pd

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


def format_duration(delta: pd.Timedelta) -> str:
    """Return a duration as people write it: ``21 h 04 min``, ``8 d 15 h``, ``3 min 05 s``."""
    if pd.isna(delta):
        return ""
    sign = "−" if delta < pd.Timedelta(0) else ""
    seconds = abs(delta).total_seconds()
    if seconds >= 10 * 86_400:
        text = f"{round(seconds / 86_400)} d"
    elif seconds >= 86_400:
        days, hours = divmod(round(seconds / 3_600), 24)
        text = f"{days} d {hours:02d} h"
    elif seconds >= 3_600:
        hours, minutes = divmod(round(seconds / 60), 60)
        text = f"{hours} h {minutes:02d} min"
    elif seconds >= 60:
        minutes, rest = divmod(round(seconds), 60)
        text = f"{minutes} min {rest:02d} s"
    else:
        text = f"{seconds:.3g} s"
    return sign + text


def format_value(value: Any, column: str = "") -> str:
    """Render one value for display; NA values are empty.

    Times to the second in UTC, durations in words, numbers in the column's format
    (``COLUMN_FORMATS``) or to 6 significant digits, switches as yes/no.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else "no"
    if isinstance(value, (float, np.floating)):
        if value != value:  # NaN is not equal to itself
            return ""
        return COLUMN_FORMATS.get(column, "{:.6g}").format(value)
    if isinstance(value, (int, np.integer)):
        return str(value)
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, pd.Timedelta):
        return format_duration(value)
    return str(value)
