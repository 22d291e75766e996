"""Build ``sgp4`` ``Satrec`` records from element-set rows (WGS-72, the TLE convention)."""

from __future__ import annotations

from collections.abc import Iterable
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
    epoch = sgp4_epoch_days(elements["epoch_utc"].to_numpy(dtype="datetime64[ns]").view("i8"))
    norad = elements["norad_id"].to_numpy(dtype=np.int64)
    satnum = np.where(norad <= _MAX_SATNUM, norad, 0)
    bstar = elements["bstar"].to_numpy(dtype=np.float64)
    ndot = elements["mean_motion_dot"].to_numpy(dtype=np.float64) / (_XPDOTP * 1440.0)
    nddot = elements["mean_motion_ddot"].to_numpy(dtype=np.float64) / (_XPDOTP * 1440.0**2)
    ecc = elements["eccentricity"].to_numpy(dtype=np.float64)
    argp = elements["arg_of_pericenter_deg"].to_numpy(dtype=np.float64) * _DEG
    inc = elements["inclination_deg"].to_numpy(dtype=np.float64) * _DEG
    mo = elements["mean_anomaly_deg"].to_numpy(dtype=np.float64) * _DEG
    no = elements["mean_motion_rev_per_day"].to_numpy(dtype=np.float64) / _XPDOTP
    node = elements["ra_of_asc_node_deg"].to_numpy(dtype=np.float64) * _DEG
    columns = (satnum, epoch, bstar, ndot, nddot, ecc, argp, inc, mo, no, node)
    return tuple(column.tolist() for column in columns)


def satrecs_at(arguments: tuple[list[float], ...], rows: Iterable[int]) -> list[Satrec]:
    """Return the records of the rows ``rows`` from :func:`satrec_arguments`' lists."""
    records = []
    for row in rows:
        sat = Satrec()
        sat.sgp4init(WGS72, "i", *(column[row] for column in arguments))
        records.append(sat)
    return records
