"""Write element tables as OMM JSON in CelesTrak's GP flavour (one JSON object per element set).

The keys are those of CelesTrak's ``FORMAT=json`` GP data (and of ``sgp4.omm.initialize``):
``OBJECT_NAME, OBJECT_ID, EPOCH, MEAN_MOTION, ECCENTRICITY, INCLINATION, RA_OF_ASC_NODE,
ARG_OF_PERICENTER, MEAN_ANOMALY, EPHEMERIS_TYPE, CLASSIFICATION_TYPE, NORAD_CAT_ID,
ELEMENT_SET_NO, REV_AT_EPOCH, BSTAR, MEAN_MOTION_DOT, MEAN_MOTION_DDOT``.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

#: OMM key → (element column, decimals it is rounded to; None for text and integers).
#: The decimals are those of the TLE fields, so a TLE and an OMM written from the same table
#: describe the same element sets.
OMM_KEYS: dict[str, tuple[str, int | None]] = {
    "OBJECT_NAME": ("object_name", None),
    "OBJECT_ID": ("object_id", None),
    "EPOCH": ("epoch_utc", None),
    "MEAN_MOTION": ("mean_motion_rev_per_day", 8),
    "ECCENTRICITY": ("eccentricity", 7),
    "INCLINATION": ("inclination_deg", 4),
    "RA_OF_ASC_NODE": ("ra_of_asc_node_deg", 4),
    "ARG_OF_PERICENTER": ("arg_of_pericenter_deg", 4),
    "MEAN_ANOMALY": ("mean_anomaly_deg", 4),
    "EPHEMERIS_TYPE": ("ephemeris_type", None),
    "CLASSIFICATION_TYPE": ("classification", None),
    "NORAD_CAT_ID": ("norad_id", None),
    "ELEMENT_SET_NO": ("element_set_no", None),
    "REV_AT_EPOCH": ("rev_at_epoch", None),
    "BSTAR": ("bstar", None),
    "MEAN_MOTION_DOT": ("mean_motion_dot", 8),
    "MEAN_MOTION_DDOT": ("mean_motion_ddot", None),
}

#: SGP4-XP keywords, written after ``OMM_KEYS`` when any set has them.
_XP_KEYS = {"BTERM": "bterm_m2_per_kg", "AGOM": "agom_m2_per_kg"}

_INTEGER_KEYS = ("EPHEMERIS_TYPE", "NORAD_CAT_ID", "ELEMENT_SET_NO", "REV_AT_EPOCH")
_TEXT_KEYS = ("OBJECT_NAME", "OBJECT_ID", "CLASSIFICATION_TYPE")


def _significant(values: np.ndarray, digits: int = 5) -> list[float | None]:
    """Round to ``digits`` significant digits (as TLE's implied-decimal fields hold).

    A missing value (NaN) stays missing: ``None``, written as JSON ``null``.
    """
    out: list[float | None] = []
    for value in values.tolist():
        if value != value:
            out.append(None)
        else:
            out.append(float(f"{value:.{digits - 1}e}") if value else 0.0)
    return out


def omm_columns(elements: pd.DataFrame) -> dict[str, list[object]]:
    """Return the OMM values per key as plain Python lists (rounded as in ``OMM_KEYS``)."""
    columns: dict[str, list[object]] = {}
    for key, (column, decimals) in OMM_KEYS.items():
        series = elements[column]
        if key == "EPOCH":
            epochs = pd.DatetimeIndex(series).tz_convert("UTC").tz_localize(None)
            columns[key] = list(epochs.strftime("%Y-%m-%dT%H:%M:%S.%f"))
        elif key in _TEXT_KEYS:
            columns[key] = [str(v) for v in series.astype("string").fillna("")]
        elif key in _INTEGER_KEYS:
            columns[key] = [int(v) for v in series.to_numpy(dtype=np.int64)]
        elif decimals is None:
            columns[key] = list(_significant(series.to_numpy(dtype=np.float64)))
        else:
            rounded = np.round(series.to_numpy(dtype=np.float64), decimals) + 0.0
            columns[key] = [None if v != v else v for v in rounded.tolist()]
    for key, column in _XP_KEYS.items():  # SGP4-XP terms, only when some set has them
        if column in elements and elements[column].notna().any():
            columns[key] = list(_significant(elements[column].to_numpy(dtype=np.float64)))
    columns["CLASSIFICATION_TYPE"] = [v or "U" for v in columns["CLASSIFICATION_TYPE"]]
    return columns


def format_omm_json(elements: pd.DataFrame) -> str:
    """Format an element table as CelesTrak-style OMM JSON.

    Parameters
    ----------
    elements
        A table with the ``schema.BASE_COLUMNS`` element fields, in output order.

    Returns
    -------
    str
        A compact JSON array with one object per element set (one per line), keys in ``OMM_KEYS``
        order; ``EPOCH`` is UTC without a zone suffix, to the microsecond, as CelesTrak
        writes it. Angles, eccentricity and mean motion are rounded to the TLE precision;
        B* and the second derivative of mean motion to 5 significant digits.
    """
    columns = omm_columns(elements)
    keys = list(columns)
    rows = (
        json.dumps(dict(zip(keys, values, strict=True)), separators=(",", ":"))
        for values in zip(*columns.values(), strict=True)
    )
    body = ",\n".join(rows)
    return f"[\n{body}\n]\n" if body else "[]\n"
