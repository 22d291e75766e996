"""What the element-history plots show: one series per row, computed from one object's rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ssaviewer.core.constants import EARTH_RADIUS_KM
from ssaviewer.core.nodal import detrended_node_deg, j2_nodal_rate_deg_per_day
from ssaviewer.core.orbits.geo import add_orbit_columns
from ssaviewer.gui.i18n import QT_TRANSLATE_NOOP

#: Regimes whose history also shows the sub-satellite longitude and the drift rate.
GEOSYNCHRONOUS = ("GEO", "IGSO")
GEO_COLUMNS = ("geo_longitude_deg", "geo_drift_deg_per_day")


@dataclass(frozen=True)
class Series:
    """One plot row: its key, axis title and how to compute it from an object's rows."""

    key: str
    title: str
    compute: Callable[[pd.DataFrame], np.ndarray]
    geo_only: bool = False
    #: Not shown for GEO and IGSO objects (where it means nothing).
    not_geo: bool = False


def object_rows(elements: pd.DataFrame, norad_id: int) -> pd.DataFrame:
    """Return the rows of one object (the table is sorted by object, then epoch)."""
    ids = elements["norad_id"].to_numpy()
    start, stop = np.searchsorted(ids, [norad_id, norad_id + 1])
    return elements.iloc[start:stop]


def with_geo_columns(rows: pd.DataFrame) -> pd.DataFrame:
    """Return ``rows`` with the GEO longitude and drift columns, computing them if absent."""
    if set(GEO_COLUMNS) <= set(rows.columns) or not len(rows):
        return rows
    return add_orbit_columns(rows.copy())


def _column(name: str) -> Callable[[pd.DataFrame], np.ndarray]:
    return lambda rows: rows[name].to_numpy(dtype=np.float64)


def _mean_altitude_km(rows: pd.DataFrame) -> np.ndarray:
    return rows["semi_major_axis_km"].to_numpy(dtype=np.float64) - EARTH_RADIUS_KM


def _node_detrended_deg(rows: pd.DataFrame) -> np.ndarray:
    rate = j2_nodal_rate_deg_per_day(
        rows["mean_motion_rev_per_day"],
        rows["eccentricity"],
        rows["inclination_deg"],
        rows["semi_major_axis_km"],
    )
    epochs = rows["epoch_utc"].dt.tz_convert(None).to_numpy().astype("datetime64[ns]")
    return detrended_node_deg(epochs.astype(np.int64), rows["ra_of_asc_node_deg"], rate)


SEMI_MAJOR_AXIS = Series(
    "a", QT_TRANSLATE_NOOP("HistorySeries", "a (km)"), _column("semi_major_axis_km")
)
MEAN_ALTITUDE = Series("a", QT_TRANSLATE_NOOP("HistorySeries", "Mean alt. (km)"), _mean_altitude_km)

#: The rows, top to bottom (the first is replaced by ``MEAN_ALTITUDE`` on request).
SERIES: tuple[Series, ...] = (
    SEMI_MAJOR_AXIS,
    Series("e", "e", _column("eccentricity")),
    Series("i", QT_TRANSLATE_NOOP("HistorySeries", "i (°)"), _column("inclination_deg")),
    # Near-zero inclination makes a geosynchronous node wander over thousands of degrees
    # once unwrapped: the row is for the other regimes only.
    Series(
        "node",
        QT_TRANSLATE_NOOP("HistorySeries", "Node − J2 (°)"),
        _node_detrended_deg,
        not_geo=True,
    ),
    Series(
        "lon",
        QT_TRANSLATE_NOOP("HistorySeries", "Lon. (°E)"),
        _column("geo_longitude_deg"),
        geo_only=True,
    ),
    Series(
        "drift",
        QT_TRANSLATE_NOOP("HistorySeries", "Drift (°/day)"),
        _column("geo_drift_deg_per_day"),
        geo_only=True,
    ),
)
