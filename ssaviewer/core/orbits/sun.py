"""The Sun offline: sub-solar point and day/night terminator (de421 from skyfield-data)."""

from __future__ import annotations

import importlib.resources
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
import pandas as pd
from skyfield.api import wgs84
from skyfield.iokit import load_file

from ssaviewer.core.orbits.frames import skyfield_times
from ssaviewer.core.orbits.times import TimesLike


@contextmanager
def planetary_ephemeris() -> Iterator[Any]:
    """Open de421 shipped by ``skyfield-data`` (never downloads); closed on exit."""
    path = importlib.resources.files("skyfield_data") / "data" / "de421.bsp"
    with importlib.resources.as_file(path) as file:
        ephemeris = load_file(str(file))
        try:
            yield ephemeris
        finally:
            ephemeris.close()


def subsolar_points(times_utc: TimesLike) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(latitude_deg, longitude_deg)`` arrays of the sub-solar point at each time.

    Apparent Sun seen from the geocentre, WGS-84 geodetic latitude, longitude in [-180, 180).
    """
    t = skyfield_times(times_utc)
    with planetary_ephemeris() as eph:
        apparent = eph["earth"].at(t).observe(eph["sun"]).apparent()
        lat, lon = wgs84.latlon_of(apparent)
    return np.atleast_1d(lat.degrees), np.atleast_1d(lon.degrees)


def subsolar_point(time_utc: TimesLike | pd.Timestamp) -> tuple[float, float]:
    """Return ``(latitude_deg, longitude_deg)`` of the sub-solar point at one time."""
    lat, lon = subsolar_points(pd.DatetimeIndex([pd.Timestamp(time_utc)]))  # type: ignore[arg-type]
    return float(lat[0]), float(lon[0])


def terminator(time_utc: TimesLike | pd.Timestamp, n: int = 361) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(longitude_deg, latitude_deg)`` of the day/night boundary at one time.

    ``n`` longitudes evenly spaced over [-180, 180]; the latitude at each is where the
    Sun's centre is on the (spherical-Earth) horizon. At an equinox the boundary is a
    meridian pair and latitudes tend to ±90.
    """
    lat_s, lon_s = subsolar_point(time_utc)
    lon = np.linspace(-180.0, 180.0, n)
    phi = np.radians(lat_s)
    dlon = np.radians(lon - lon_s)
    sin_phi = np.sin(phi) if abs(np.sin(phi)) > 1e-12 else 1e-12
    lat = np.degrees(np.arctan(-np.cos(dlon) * np.cos(phi) / sin_phi))
    return lon, lat
