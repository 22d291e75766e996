"""Earth rotation and geostationary helpers shared by the simulator and its measurements."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pandas as pd

Floats = npt.NDArray[np.float64]

#: Julian date of the Unix epoch.
_JD_UNIX = 2440587.5


def julian_date(epoch_utc: pd.Series | pd.DatetimeIndex) -> Floats:
    """Return Julian dates (UTC, used as UT1) of timezone-aware epochs."""
    ns = pd.DatetimeIndex(epoch_utc).as_unit("ns").asi8.astype(np.float64)
    result: Floats = ns / 86400e9 + _JD_UNIX
    return result


def gmst_deg(jd_ut1: Floats) -> Floats:
    """Greenwich mean sidereal time in degrees [0, 360) (IAU 1982, as SGP4's ``gstime``)."""
    t = (jd_ut1 - 2451545.0) / 36525.0
    seconds = (
        -6.2e-6 * t**3 + 0.093104 * t**2 + (876600.0 * 3600.0 + 8640184.812866) * t + 67310.54841
    )
    result: Floats = np.mod(seconds / 240.0, 360.0)
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
