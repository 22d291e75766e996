"""The tables every part of ssaviewer shares: their columns, dtypes and units.

This module is the contract between the readers, the orbit layer, the detectors and the GUI.
Bulk data is always a pandas DataFrame with these columns, one row per element set, event or
rejected record; nothing in ssaviewer keeps a Python object per element set.

Element sets (``ELEMENT_COLUMNS``)
----------------------------------
The six mean elements are the SGP4 (TEME, Kozai mean motion) elements *as published*: nothing
is propagated or converted except the fixed-point TLE fields into floats.

- ``norad_id`` (int64): catalogue number (alpha-5 decoded; up to 9 digits)
- ``object_name`` (category): name as published ("" when the file has none)
- ``object_id`` (category): COSPAR id, ``YYYY-NNNPPP`` ("" when unknown)
- ``epoch_utc`` (datetime64[ns, UTC]): epoch of the element set
- ``mean_motion_rev_per_day`` (float64): Kozai mean motion, revolutions per day
- ``eccentricity`` (float64): [0, 1)
- ``inclination_deg`` (float64): [0, 180]
- ``ra_of_asc_node_deg`` (float64): right ascension of the ascending node, [0, 360)
- ``arg_of_pericenter_deg`` (float64): argument of perigee, [0, 360)
- ``mean_anomaly_deg`` (float64): [0, 360)
- ``bstar`` (float64): B* drag term, 1 / Earth radii
- ``mean_motion_dot`` (float64): first derivative of mean motion / 2, rev/day²
- ``mean_motion_ddot`` (float64): second derivative of mean motion / 6, rev/day³
- ``bterm_m2_per_kg`` (float64): SGP4-XP ballistic coefficient (OMM ``BTERM``), m²/kg;
  NaN when the file has none (every TLE, every OMM for SGP4)
- ``agom_m2_per_kg`` (float64): SGP4-XP solar radiation pressure coefficient (OMM ``AGOM``),
  m²/kg; NaN when the file has none

``bstar``, ``mean_motion_dot`` and ``mean_motion_ddot`` are NaN when an OMM does not give them
(an SGP4-XP message has ``BTERM`` and ``AGOM`` instead): a value not in the file is not made
up. SGP4 propagation reads a missing drag term or derivative as 0 (SGP4-XP sets, which SGP4
cannot propagate, are masked with their own reason by :mod:`ssaviewer.core.orbits.errors`).
- ``ephemeris_type`` (int8): 0 or 2: SGP4; 4: SGP4-XP (not propagatable here)
- ``element_set_no`` (int32): element set number
- ``rev_at_epoch`` (int64): revolution number at epoch
- ``classification`` (category): U, C or S
- ``source`` (category): file the row came from (its base name)
- ``format`` (category): reader that produced it (see ``FORMATS``)
- ``record`` (string): ``file:line`` (or ``file:#n`` for the n-th record)
- ``sgp4_propagatable`` (bool): False for ephemeris type 4 (SGP4-XP)
- ``duplicate_records`` (string): records of exact duplicates collapsed into this row,
  ``"; "``-joined; NA when none
- ``epoch_conflict`` (bool): another row has the same object and epoch but different elements
- ``semi_major_axis_km`` (float64): SGP4's un-Kozai'd semi-major axis, WGS-72 (as ``Satrec.a``)
- ``period_min`` (float64): orbital period, 1440 / mean_motion_rev_per_day
- ``apogee_km`` (float64): apogee altitude above the WGS-72 equatorial radius
- ``perigee_km`` (float64): perigee altitude above the WGS-72 equatorial radius
- ``regime`` (category): see ``REGIMES``

Rejected records (``REJECTED_COLUMNS``)
---------------------------------------
``file`` (where it came from), ``line`` (1-based line number, or the 1-based record number for
formats without lines such as JSON; 0 for the whole file), ``location`` (``"line 12"``,
``"record 3"``), ``field`` (the offending field, "" when the whole record), ``value`` (the
offending text, shortened), ``reason`` (what was wrong and what was expected).

Warnings (``WARNING_COLUMNS``)
------------------------------
Records that were read although they break the letter of their format (an archival TLE field
that sgp4 reads, text after column 69, a designator with inner blanks, a date that could not
be read while the rest of the row could): ``file``, ``line``, ``location`` and ``field`` as for
rejected records, ``value`` (the text as written) and ``assumed`` (what the reader took it to
mean). A warning is never a rejection: its record is in the tables.
"""

from __future__ import annotations

import functools
from typing import Final

import numpy as np
import pandas as pd

#: Columns a format reader produces (everything but the derived and merge columns).
BASE_COLUMNS: Final[dict[str, str]] = {
    "norad_id": "int64",
    "object_name": "category",
    "object_id": "category",
    "epoch_utc": "datetime64[ns, UTC]",
    "mean_motion_rev_per_day": "float64",
    "eccentricity": "float64",
    "inclination_deg": "float64",
    "ra_of_asc_node_deg": "float64",
    "arg_of_pericenter_deg": "float64",
    "mean_anomaly_deg": "float64",
    "bstar": "float64",
    "mean_motion_dot": "float64",
    "mean_motion_ddot": "float64",
    "bterm_m2_per_kg": "float64",
    "agom_m2_per_kg": "float64",
    "ephemeris_type": "int8",
    "element_set_no": "int32",
    "rev_at_epoch": "int64",
    "classification": "category",
    "source": "category",
    "format": "category",
    "record": "string",
}

#: Base columns a table may lack (built before they existed): they are added as NaN.
OPTIONAL_COLUMNS: Final[tuple[str, ...]] = ("bterm_m2_per_kg", "agom_m2_per_kg")

#: Columns added when datasets are merged and derived (see :mod:`ssaviewer.core.derive`).
DERIVED_COLUMNS: Final[dict[str, str]] = {
    "sgp4_propagatable": "bool",
    "duplicate_records": "string",
    "epoch_conflict": "bool",
    "semi_major_axis_km": "float64",
    "period_min": "float64",
    "apogee_km": "float64",
    "perigee_km": "float64",
    "regime": "category",
}

ELEMENT_COLUMNS: Final[dict[str, str]] = {**BASE_COLUMNS, **DERIVED_COLUMNS}

#: Orbital regimes, in the order the ``regime`` categorical uses. Boundaries (first match wins):
#:
#: - ``GEO``: period 1,300-1,600 min (mean motion 0.9-1.1 rev/day), e < 0.1, i < 25°
#: - ``IGSO``: the same period and eccentricity, i ≥ 25° (inclined geosynchronous, e.g. QZSS)
#: - ``LEO``: apogee below 2,000 km
#: - ``GTO``: perigee below 2,000 km and apogee 31,570-40,000 km
#: - ``HEO``: e ≥ 0.25, or apogee above 40,000 km
#: - ``MEO``: everything else (perigee and apogee between 2,000 and 40,000 km)
REGIMES: Final[tuple[str, ...]] = ("LEO", "MEO", "GEO", "IGSO", "GTO", "HEO")

#: Names of the readers, as written in the ``format`` column.
FORMATS: Final[tuple[str, ...]] = (
    "tle",
    "omm-xml",
    "omm-kvn",
    "omm-json",
    "omm-csv",
    "satcat-csv",
)

REJECTED_COLUMNS: Final[dict[str, str]] = {
    "file": "string",
    "line": "int64",
    "location": "string",
    "field": "string",
    "value": "string",
    "reason": "string",
}

WARNING_COLUMNS: Final[dict[str, str]] = {
    "file": "string",
    "line": "int64",
    "location": "string",
    "field": "string",
    "value": "string",
    "assumed": "string",
}

#: Object metadata (SATCAT and per-object summaries), one row per NORAD id.
OBJECT_COLUMNS: Final[dict[str, str]] = {
    "norad_id": "int64",
    "object_name": "string",
    "object_id": "string",
    "object_type": "category",  # PAY, R/B, DEB, UNK ("" when no SATCAT was loaded)
    "owner": "string",
    "launch_date": "datetime64[ns]",
    "decay_date": "datetime64[ns]",
    "rcs_size": "string",
    "n_element_sets": "int64",
    "first_epoch_utc": "datetime64[ns, UTC]",
    "last_epoch_utc": "datetime64[ns, UTC]",
    "regime": "category",
    # Where object_name came from: "published" (element sets or SATCAT), "file name" (the
    # file holds this object only and published no name) or "NORAD id" (nothing else known).
    "name_source": "string",
}

#: The events export schema (issue 4): these columns first, in this order, then any others.
EVENT_COLUMNS: Final[tuple[str, ...]] = (
    "event_id",
    "norad_id",
    "object_name",
    "event_type",
    "label",
    "reasons",
    "explanation",
    "epoch_utc",
    "window_start_utc",
    "window_end_utc",
    "direction",
    "delta_a_km",
    "delta_i_deg",
    "delta_e",
    "delta_v_mps",
    "confidence",
    "rules",
    "detector_version",
    "source",
)

LABELS: Final[tuple[str, ...]] = ("regular", "irregular", "undetermined")

#: Every column of the event table (``ssaviewer.core.detect`` writes them, exports read them),
#: with its dtype: ``EVENT_COLUMNS`` first, in their order.
EVENT_DTYPES: Final[dict[str, str]] = {
    "event_id": "string",
    "norad_id": "int64",
    "object_name": "string",
    "event_type": "string",
    "label": "string",
    "reasons": "string",
    "explanation": "string",
    "epoch_utc": "datetime64[ns, UTC]",
    "window_start_utc": "datetime64[ns, UTC]",
    "window_end_utc": "datetime64[ns, UTC]",
    "direction": "string",
    "delta_a_km": "float64",
    "delta_i_deg": "float64",
    "delta_e": "float64",
    "delta_v_mps": "float64",
    "confidence": "float64",
    "rules": "string",
    "detector_version": "string",
    "source": "string",
    # Extras, after the schema columns.
    "node": "string",
    "regime": "string",
    "rule_thresholds": "string",
    "delta_raan_deg": "float64",
    "delta_v_in_plane_mps": "float64",
    "delta_v_out_of_plane_mps": "float64",
    "significance_sigma": "float64",
    "epoch_sigma_h": "float64",
    "geo_longitude_before_deg": "float64",
    "geo_longitude_after_deg": "float64",
    "geo_drift_before_deg_per_day": "float64",
    "geo_drift_after_deg_per_day": "float64",
    "secondary_norad_id": "Int64",
    "secondary_name": "string",
    "miss_km": "float64",
    "relative_speed_kms": "float64",
    "perigee_km": "float64",
    "gap_days": "float64",
    "pieces": "string",
    "records": "string",
    # Norm checks (ssaviewer.core.norms).
    "norm_sources": "string",
    "lifetime_years": "float64",
    "lifetime_low_years": "float64",
    "lifetime_high_years": "float64",
    "duration_days": "float64",
    "launch_objects": "string",
}

#: Text columns of the event table: missing values are written as "" (never NA) so files
#: round-trip exactly.
EVENT_TEXT_COLUMNS: Final = tuple(c for c, t in EVENT_DTYPES.items() if t == "string")


def empty_frame(columns: dict[str, str]) -> pd.DataFrame:
    """Return an empty DataFrame with exactly ``columns`` and their dtypes (a new one per call).

    Building one costs a dtype lookup and a Series per column (several ms for the element
    table, paid again by every empty table a load or a window makes); a copy of one built
    before costs a tenth of a millisecond.
    """
    return _empty_template(tuple(columns.items())).copy(deep=True)


@functools.lru_cache(maxsize=64)
def _empty_template(columns: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in columns})


def empty_events() -> pd.DataFrame:
    """Return an empty event table with every column of ``EVENT_DTYPES``."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in EVENT_DTYPES.items()})


def rejected_frame(
    file: str,
    line: np.ndarray | list[int],
    reason: np.ndarray | list[str],
    *,
    value: np.ndarray | list[str] | None = None,
    field: np.ndarray | list[str] | None = None,
    unit: str = "line",
) -> pd.DataFrame:
    """Build a rejected-records table for one file.

    Parameters
    ----------
    file
        The file (or archive member) the records came from.
    line
        1-based line numbers (``unit="line"``) or record numbers (``unit="record"``).
    reason
        One sentence per record: what was wrong and what was expected.
    value, field
        The offending text and field name per record ("" when not one field).
    unit
        ``"line"`` or ``"record"``: how ``location`` names the place.

    Returns
    -------
    pandas.DataFrame
        Columns ``REJECTED_COLUMNS``.
    """
    return _records_frame(REJECTED_COLUMNS, file, line, reason, value, field, unit)


def _records_frame(
    columns: dict[str, str],
    file: str,
    line: np.ndarray | list[int],
    last: np.ndarray | list[str],
    value: np.ndarray | list[str] | None,
    field: np.ndarray | list[str] | None,
    unit: str,
) -> pd.DataFrame:
    """Build a rejected or warnings table: ``columns``, the last one holding ``last``.

    No records (the usual case) cost a copy of a table built once.
    """
    lines = np.asarray(line, dtype=np.int64)
    n = len(lines)
    if not n:
        return empty_frame(columns)
    values = [""] * n if value is None else [str(v)[:80] for v in value]
    fields = [""] * n if field is None else list(field)
    file_, line_, location, field_, value_, last_ = columns
    frame = pd.DataFrame(
        {
            file_: pd.array([file] * n, dtype="string"),
            line_: lines,
            location: pd.array(
                [f"{unit} {k}" if k > 0 else "file" for k in lines.tolist()], "string"
            ),
            field_: pd.array(fields, dtype="string"),
            value_: pd.array(values, dtype="string"),
            last_: pd.array(list(last), dtype="string"),
        }
    )
    return frame


def warnings_frame(
    file: str,
    line: np.ndarray | list[int],
    field: np.ndarray | list[str],
    value: np.ndarray | list[str],
    assumed: np.ndarray | list[str],
    *,
    unit: str = "line",
) -> pd.DataFrame:
    """Build a warnings table for one file (columns ``WARNING_COLUMNS``).

    ``line`` is 1-based (a line or, with ``unit="record"``, a record number); ``field`` the
    field read with an assumption, ``value`` its text as written, ``assumed`` what was read.
    """
    return _records_frame(WARNING_COLUMNS, file, line, list(assumed), value, field, unit)


def with_optional_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with every ``OPTIONAL_COLUMNS`` column it lacks added as NaN.

    Added columns take their place in ``BASE_COLUMNS`` order; other columns follow.
    """
    missing = [name for name in OPTIONAL_COLUMNS if name not in frame]
    if not missing:
        return frame
    frame = frame.assign(**{name: np.full(len(frame), np.nan) for name in missing})
    order = [c for c in BASE_COLUMNS if c in frame] + [c for c in frame if c not in BASE_COLUMNS]
    return frame[order]
