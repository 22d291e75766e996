"""Build ``sgp4`` ``Satrec`` records from element-set rows (WGS-72, the TLE convention)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

import numpy as np
import pandas as pd
from sgp4.api import WGS72, Satrec

from ssaviewer.core.orbits.times import sgp4_epoch_days

_XPDOTP: Final = 1440.0 / (2.0 * np.pi)  # rev/day -> rad/min
_DEG: Final = np.pi / 180.0
#: Largest catalogue number ``Satrec.sgp4init`` accepts (alpha-5); larger ones are stored as 0.
_MAX_SATNUM: Final = 339_999


def build_satrecs(elements: pd.DataFrame) -> list[Satrec]:
    """Return one initialised ``Satrec`` per row of ``elements`` (WGS-72, opsmode "i").

    The records equal what ``Satrec.twoline2rv`` makes from the same TLE, to within the
    epoch rounding of the table (sub-millisecond). Rows that SGP4 cannot initialise still get
    a record: its ``error`` attribute is non-zero and propagation returns that error code.
    """
    arguments = satrec_arguments(elements)
    return satrecs_at(arguments, range(len(elements)))


def satrec_arguments(elements: pd.DataFrame) -> tuple[list[float], ...]:
    """Return the ``sgp4init`` arguments of every row, one list per argument (SGP4 units).

    Read once, then :func:`satrecs_at` builds the records of any rows without the table.
    """
    columns = {name: elements[name].to_numpy(dtype=np.float64) for name in _FLOAT_COLUMNS}
    columns["norad_id"] = elements["norad_id"].to_numpy(dtype=np.int64)
    columns["epoch_utc"] = elements["epoch_utc"].to_numpy(dtype="datetime64[ns]").view("i8")
    return satrec_arguments_of(columns)


#: The float columns :func:`satrec_arguments_of` reads.
_FLOAT_COLUMNS: Final = (
    "bstar", "mean_motion_dot", "mean_motion_ddot", "eccentricity", "arg_of_pericenter_deg",
    "inclination_deg", "mean_anomaly_deg", "mean_motion_rev_per_day", "ra_of_asc_node_deg",
)  # fmt: skip


def satrec_arguments_of(columns: Mapping[str, np.ndarray]) -> tuple[list[float], ...]:
    """:func:`satrec_arguments` from column values: ``epoch_utc`` as int64 ns since 1970."""
    epoch = sgp4_epoch_days(columns["epoch_utc"])
    norad = columns["norad_id"]
    satnum = np.where(norad <= _MAX_SATNUM, norad, 0)
    # a drag term or derivative the file did not give (NaN, as in SGP4-XP OMMs) is read as 0
    bstar = np.nan_to_num(columns["bstar"], nan=0.0)
    ndot = np.nan_to_num(columns["mean_motion_dot"], nan=0.0) / (_XPDOTP * 1440.0)
    nddot = np.nan_to_num(columns["mean_motion_ddot"], nan=0.0) / (_XPDOTP * 1440.0**2)
    ecc = columns["eccentricity"]
    argp = columns["arg_of_pericenter_deg"] * _DEG
    inc = columns["inclination_deg"] * _DEG
    mo = columns["mean_anomaly_deg"] * _DEG
    no = columns["mean_motion_rev_per_day"] / _XPDOTP
    node = columns["ra_of_asc_node_deg"] * _DEG
    arguments = (satnum, epoch, bstar, ndot, nddot, ecc, argp, inc, mo, no, node)
    return tuple(column.tolist() for column in arguments)


def satrecs_at(arguments: tuple[list[float], ...], rows: Iterable[int]) -> list[Satrec]:
    """Return the records of the rows ``rows`` from :func:`satrec_arguments`' lists."""
    records = []
    for row in rows:
        sat = Satrec()
        sat.sgp4init(WGS72, "i", *(column[row] for column in arguments))
        records.append(sat)
    return records
