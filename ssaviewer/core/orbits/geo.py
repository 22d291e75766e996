"""Per-element-set orbit columns: GEO longitude and drift, inclination vector, mean altitude."""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

from ssaviewer.core.constants import EARTH_RADIUS_KM
from ssaviewer.core.orbits import errors
from ssaviewer.core.orbits.frames import SIDEREAL_DEG_PER_DAY, skyfield_times, teme_to_itrs
from ssaviewer.core.orbits.satrecs import build_satrecs

#: Regimes that get a GEO longitude and drift rate (see ``schema.REGIMES``).
GEOSYNCHRONOUS: Final = ("GEO", "IGSO")

ORBIT_COLUMNS: Final = (
    "geo_longitude_deg",
    "geo_drift_deg_per_day",
    "inclination_vector_x_deg",
    "inclination_vector_y_deg",
    "mean_altitude_km",
)


def geo_longitudes(elements: pd.DataFrame) -> np.ndarray:
    """Return the sub-satellite longitude (degrees East, [-180, 180)) at each row's epoch.

    Propagates each row with SGP4 to its own epoch (``tsince = 0``), rotates TEME to ITRS
    (skyfield's GMST 1982, as ``EarthSatellite``) and takes the longitude. SGP4-XP rows and
    rows SGP4 rejects give NaN.
    """
    n = len(elements)
    if n == 0:
        return np.empty(0)
    position = np.full((n, 1, 3), np.nan)
    bad = errors.element_codes(elements)
    for k, sat in enumerate(build_satrecs(elements)):
        error, r, _ = sat.sgp4_tsince(0.0)
        if error == 0 and not bad[k]:
            position[k, 0] = r
    times = skyfield_times(elements["epoch_utc"])
    # One time per row: treat rows as the time axis.
    r_itrs, _ = teme_to_itrs(position[:, 0, :], np.zeros((n, 3)), times)
    longitude: np.ndarray = np.degrees(np.arctan2(r_itrs[:, 1], r_itrs[:, 0]))
    return ((longitude + 180.0) % 360.0) - 180.0


def add_orbit_columns(elements: pd.DataFrame) -> pd.DataFrame:
    """Return ``elements`` with ``ORBIT_COLUMNS`` added (a new frame; input unchanged).

    - ``geo_longitude_deg``: sub-satellite longitude at epoch, degrees East in [-180, 180);
      NaN unless ``regime`` is GEO or IGSO.
    - ``geo_drift_deg_per_day``: 360 × mean motion − sidereal rate (positive: drifting
      East); NaN unless GEO or IGSO.
    - ``inclination_vector_x_deg``, ``inclination_vector_y_deg``: i·cos Ω and i·sin Ω.
    - ``mean_altitude_km``: semi-major axis minus the WGS-72 equatorial radius.

    Vectorised; only the geosynchronous rows are propagated (SGP4 at epoch).
    """
    out = elements.copy(deep=False)  # copy-on-write: the input stays unchanged
    inc = out["inclination_deg"].to_numpy(dtype=np.float64)
    node = np.radians(out["ra_of_asc_node_deg"].to_numpy(dtype=np.float64))
    geosync = out["regime"].isin(GEOSYNCHRONOUS).to_numpy()
    drift = 360.0 * out["mean_motion_rev_per_day"].to_numpy(dtype=np.float64)
    drift = np.where(geosync, drift - SIDEREAL_DEG_PER_DAY, np.nan)
    longitude = np.full(len(out), np.nan)
    if geosync.any():
        longitude[geosync] = geo_longitudes(out.loc[geosync])
    out["geo_longitude_deg"] = longitude
    out["geo_drift_deg_per_day"] = drift
    out["inclination_vector_x_deg"] = inc * np.cos(node)
    out["inclination_vector_y_deg"] = inc * np.sin(node)
    out["mean_altitude_km"] = out["semi_major_axis_km"].to_numpy(dtype=np.float64) - EARTH_RADIUS_KM
    return out
