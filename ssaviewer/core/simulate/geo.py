"""Earth rotation and geostationary helpers shared by the simulator and its measurements."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pandas as pd

from ssaviewer.core.orbits.frames import JD_J2000
from ssaviewer.core.orbits.frames import gmst_deg as gmst_deg_j2000

Floats = npt.NDArray[np.float64]

#: Julian date of the Unix epoch.
_JD_UNIX = 2440587.5


def julian_date(epoch_utc: pd.Series | pd.DatetimeIndex) -> Floats:
    """Return Julian dates (UTC, used as UT1) of timezone-aware epochs."""
    ns = pd.DatetimeIndex(epoch_utc).as_unit("ns").asi8.astype(np.float64)
    result: Floats = ns / 86400e9 + _JD_UNIX
    return result


def gmst_deg(jd_ut1: Floats) -> Floats:
    """Greenwich mean sidereal time in degrees [0, 360) (IAU 1982: ``frames.gmst_deg``)."""
    result: Floats = gmst_deg_j2000(np.asarray(jd_ut1, dtype=np.float64) - JD_J2000)
    return result


def mean_longitude_east_deg(
    ra_of_asc_node_deg: Floats,
    arg_of_pericenter_deg: Floats,
    mean_anomaly_deg: Floats,
    jd_ut1: Floats,
) -> Floats:
    """Earth-fixed mean longitude Ω + ω + M − GMST, degrees East in [−180, 180)."""
    inertial = ra_of_asc_node_deg + arg_of_pericenter_deg + mean_anomaly_deg
    result: Floats = np.mod(inertial - gmst_deg(jd_ut1) + 180.0, 360.0) - 180.0
    return result
