"""Synthetic element-set histories with known manoeuvres (no real data)."""

from __future__ import annotations

import numpy as np
import pandas as pd

MU = 398600.8


def mean_motion(a_km: np.ndarray) -> np.ndarray:
    """Keplerian mean motion (rev/day) for semi-major axes in km."""
    return np.sqrt(MU / a_km**3) * 86400.0 / (2.0 * np.pi)


def leo_history(
    norad_id: int = 90001,
    days: int = 200,
    *,
    a_km: float = 7100.0,
    steps_a_km: dict[int, float] | None = None,
    steps_i_deg: dict[int, float] | None = None,
    outliers_a_km: dict[int, float] | None = None,
    noise_a_km: float = 0.001,
    seed: int = 1,
) -> pd.DataFrame:
    """One LEO object, one element set a day at 06:00 UTC; steps take effect on their day.

    ``steps_a_km[d]`` adds a lasting change of a from element set ``d`` on; ``outliers_a_km[d]``
    offsets only element set ``d``. Drag lowers a by 2 m/day; noise is Gaussian.
    """
    rng = np.random.default_rng(seed)
    day = np.arange(days)
    a = a_km - 0.002 * day + rng.normal(0.0, noise_a_km, days)
    inc = 98.0 + rng.normal(0.0, 2e-5, days)
    for d, s in (steps_a_km or {}).items():
        a[d:] += s
    for d, s in (steps_i_deg or {}).items():
        inc[d:] += s
    for d, s in (outliers_a_km or {}).items():
        a[d] += s
    epochs = pd.Timestamp("2024-01-01T06:00:00Z") + pd.to_timedelta(day, unit="D")
    return pd.DataFrame(
        {
            "norad_id": np.full(days, norad_id, dtype=np.int64),
            "epoch_utc": epochs,
            "mean_motion_rev_per_day": mean_motion(a),
            "eccentricity": np.full(days, 0.001),
            "inclination_deg": inc,
            "ra_of_asc_node_deg": np.mod(10.0 + 0.9856 * day, 360.0),
            "arg_of_pericenter_deg": np.full(days, 90.0),
            "mean_anomaly_deg": np.mod(37.0 * day, 360.0),
            "regime": "LEO",
        }
    )


def geo_history(
    norad_id: int = 90002,
    days: int = 200,
    *,
    lon_deg: float = 100.0,
    drift_steps_deg_per_day: dict[int, float] | None = None,
    seed: int = 2,
) -> pd.DataFrame:
    """One GEO object drifting from ``lon_deg``; drift-rate changes take effect on their day."""
    rng = np.random.default_rng(seed)
    day = np.arange(days)
    drift = np.full(days, 0.01)
    for d, s in (drift_steps_deg_per_day or {}).items():
        drift[d:] += s
    n_rev = 1.00273790935 + drift / 360.0 + rng.normal(0.0, 2e-7, days)
    lon = lon_deg + np.concatenate(([0.0], np.cumsum(drift[:-1])))
    t_days = (pd.Timestamp("2024-01-01T00:00:00Z").value / 86400e9) + day
    from ssaviewer.core.detect.manoeuvres.features import gmst_deg

    mean_anomaly = np.mod(lon + gmst_deg(t_days) - 0.0 - 0.0, 360.0)
    epochs = pd.Timestamp("2024-01-01T00:00:00Z") + pd.to_timedelta(day, unit="D")
    return pd.DataFrame(
        {
            "norad_id": np.full(days, norad_id, dtype=np.int64),
            "epoch_utc": epochs,
            "mean_motion_rev_per_day": n_rev,
            "eccentricity": np.full(days, 0.0002),
            "inclination_deg": np.full(days, 0.05) + rng.normal(0.0, 1e-4, days),
            "ra_of_asc_node_deg": np.zeros(days),
            "arg_of_pericenter_deg": np.zeros(days),
            "mean_anomaly_deg": mean_anomaly,
            "regime": "GEO",
        }
    )
