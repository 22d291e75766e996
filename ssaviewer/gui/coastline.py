"""The world's coastlines shipped with the package (Natural Earth 1:50m, public domain)."""

from __future__ import annotations

import functools
import importlib.resources

import numpy as np

RESOURCE = "coastline_50m.npz"


@functools.cache
def coastline_lon_lat_deg() -> tuple[np.ndarray, np.ndarray]:
    """Return ``(longitude_deg, latitude_deg)`` float32 arrays, NaN between coastlines.

    Read once from ``ssaviewer/resources/coastline_50m.npz`` (see ``resources/README.md``
    for its source); nothing is downloaded.
    """
    path = importlib.resources.files("ssaviewer") / "resources" / RESOURCE
    with importlib.resources.as_file(path) as file, np.load(file) as data:
        return data["lon_deg"], data["lat_deg"]
