"""Ground tracks and sub-satellite points (WGS-84 geodetic)."""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

from ssaviewer.core.orbits.batch import propagate_many
from ssaviewer.core.orbits.frames import geodetic, skyfield_times, teme_to_itrs
from ssaviewer.core.orbits.propagate import Rule, latest_elements, propagate_history
from ssaviewer.core.orbits.times import TimesLike, as_utc_index

TRACK_COLUMNS: Final = ("time_utc", "latitude_deg", "longitude_deg", "altitude_km", "ok", "reason")
SUBPOINT_COLUMNS: Final = (
    "norad_id", "latitude_deg", "longitude_deg", "altitude_km", "ok", "reason",
)  # fmt: skip


def time_grid(
    start_utc: TimesLike | pd.Timestamp, end_utc: TimesLike | pd.Timestamp, step_s: float
) -> pd.DatetimeIndex:
    """Return UTC times from ``start_utc`` to ``end_utc`` inclusive every ``step_s`` seconds.

    Raises ``ValueError`` when ``step_s`` is not positive or ``end_utc`` is before ``start_utc``.
    """
    start = as_utc_index(start_utc)[0]
    end = as_utc_index(end_utc)[0]
    if not step_s > 0:
        raise ValueError(f"step must be a positive number of seconds; got {step_s}")
    if end < start:
        raise ValueError(f"end {end.isoformat()} is before start {start.isoformat()}")
    step_ns = round(step_s * 1e9)
    ns = np.arange(start.value, end.value + 1, step_ns, dtype=np.int64)
    return pd.DatetimeIndex(pd.to_datetime(ns, unit="ns", utc=True))


def ground_track(
    history: pd.DataFrame,
    start_utc: TimesLike | pd.Timestamp,
    end_utc: TimesLike | pd.Timestamp,
    step_s: float,
    rule: Rule = "nearest",
) -> pd.DataFrame:
    """Return the ground track of ONE object from ``start_utc`` to ``end_utc`` inclusive.

    Returns
    -------
    pandas.DataFrame
        ``TRACK_COLUMNS``: WGS-84 geodetic latitude and longitude (degrees, longitude in
        [-180, 180)) and altitude (km) per time; NaN with ``ok`` False and a ``reason``
        where the state is masked (see :func:`~.propagate.propagate_history`).
    """
    times = time_grid(start_utc, end_utc, step_s)
    states = propagate_history(history, times, rule)
    r = states[["x_km", "y_km", "z_km"]].to_numpy()
    v = states[["vx_kmps", "vy_kmps", "vz_kmps"]].to_numpy()
    r_itrs, _ = teme_to_itrs(r, v, skyfield_times(times))
    lat, lon, alt = geodetic(r_itrs)
    return pd.DataFrame(
        {
            "time_utc": times,
            "latitude_deg": lat,
            "longitude_deg": lon,
            "altitude_km": alt,
            "ok": states["ok"].to_numpy(),
            "reason": states["reason"],
        }
    )


def subpoints(elements: pd.DataFrame, time_utc: TimesLike | pd.Timestamp) -> pd.DataFrame:
    """Return every object's sub-satellite point at one time (one ``SatrecArray`` call).

    The element set serving ``time_utc`` is the nearest in time per object. Returns
    ``SUBPOINT_COLUMNS``, one row per ``norad_id`` (ascending), masked rows NaN with a reason.
    """
    serving = latest_elements(elements, time_utc)
    times = as_utc_index(time_utc)[:1]
    batch = propagate_many(serving, times)
    r_itrs, _ = teme_to_itrs(
        batch.position_teme_km, batch.velocity_teme_kmps, skyfield_times(times)
    )
    lat, lon, alt = geodetic(r_itrs[:, 0, :])
    return pd.DataFrame(
        {
            "norad_id": batch.norad_id,
            "latitude_deg": lat,
            "longitude_deg": lon,
            "altitude_km": alt,
            "ok": batch.ok[:, 0],
            "reason": pd.array(batch.reasons()[:, 0], dtype="string"),
        }
    )
