"""Measure element-set noise and publication cadence on real histories.

The simulator's defaults (:mod:`ssaviewer.core.simulate.defaults`) come from running
:func:`measure_history` on the histories in ``../shared/data/tle`` (see
``benchmarks/measure_noise.py``). Noise is estimated robustly: each element set is compared
with the straight line through its two neighbours (which removes drag and J2 trends), and the
scaled median absolute deviation of those residuals is the noise (manoeuvres are outliers and
barely move it).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pandas as pd

from ssaviewer.core.simulate.geo import julian_date, mean_longitude_east_deg

Floats = npt.NDArray[np.float64]

#: Scale turning a median absolute deviation into a Gaussian-equivalent standard deviation.
MAD_TO_SIGMA = 1.4826


def robust_noise(t_days: Floats, values: Floats) -> float:
    """Return the noise of ``values`` about a locally linear trend (same units as values).

    Each interior point is compared with the linear interpolation of its neighbours; the
    residual is divided by its own noise gain ``sqrt(1 + w² + (1 − w)²)`` and the scaled MAD
    of the result is returned (NaN with fewer than 5 points).
    """
    if len(values) < 5:
        return float("nan")
    span = t_days[2:] - t_days[:-2]
    keep = span > 0
    w = np.where(keep, (t_days[1:-1] - t_days[:-2]) / np.where(keep, span, 1.0), 0.5)
    line = values[:-2] + (values[2:] - values[:-2]) * w
    residual = (values[1:-1] - line) / np.sqrt(1.0 + w**2 + (1.0 - w) ** 2)
    residual = residual[keep]
    return float(MAD_TO_SIGMA * np.median(np.abs(residual - np.median(residual))))


def cadence(t_days: Floats) -> dict[str, float]:
    """Publication cadence of one history: gap statistics in days and burst fraction."""
    gaps = np.diff(np.sort(t_days))
    return {
        "sets_per_day": len(t_days) / max(float(t_days.max() - t_days.min()), 1e-9),
        "gap_median_days": float(np.median(gaps)),
        "gap_p90_days": float(np.quantile(gaps, 0.9)),
        "gap_max_days": float(gaps.max()),
        "fraction_gaps_under_0p5_day": float(np.mean(gaps < 0.5)),
        "fraction_gaps_over_3_days": float(np.mean(gaps > 3.0)),
    }


def measure_history(elements: pd.DataFrame) -> dict[str, float]:
    """Measure noise and cadence of one object's history (a derived element table).

    Returns
    -------
    dict
        ``sets_per_day``, gap statistics (days, see :func:`cadence`) and noise (1-σ
        equivalent): ``sigma_a_km``, ``sigma_e``, ``sigma_i_deg``, ``sigma_raan_deg``,
        ``sigma_argp_plus_m_deg`` (along-track phase), ``sigma_geo_longitude_deg`` (GEO
        only, NaN otherwise) and ``sigma_log10_bstar``.
    """
    rows = elements.sort_values("epoch_utc").drop_duplicates("epoch_utc")
    jd = julian_date(rows["epoch_utc"])
    t = jd - jd[0]

    def col(name: str) -> Floats:
        return rows[name].to_numpy(dtype=np.float64)

    raan = np.degrees(np.unwrap(np.radians(col("ra_of_asc_node_deg"))))
    phase = np.degrees(
        np.unwrap(np.radians(col("arg_of_pericenter_deg") + col("mean_anomaly_deg")))
    )
    result = cadence(t)
    result |= {
        "sigma_a_km": robust_noise(t, col("semi_major_axis_km")),
        "sigma_e": robust_noise(t, col("eccentricity")),
        "sigma_i_deg": robust_noise(t, col("inclination_deg")),
        "sigma_raan_deg": robust_noise(t, raan),
        "sigma_argp_plus_m_deg": robust_noise(t, phase),
        "sigma_geo_longitude_deg": float("nan"),
    }
    bstar = np.abs(col("bstar"))
    bstar = bstar[bstar > 0]
    result["sigma_log10_bstar"] = (
        robust_noise(t[: len(bstar)], np.log10(bstar)) if len(bstar) == len(t) else float("nan")
    )
    if str(rows["regime"].iloc[-1]) == "GEO":
        lon = mean_longitude_east_deg(
            col("ra_of_asc_node_deg"), col("arg_of_pericenter_deg"), col("mean_anomaly_deg"), jd
        )
        lon = np.degrees(np.unwrap(np.radians(lon)))
        result["sigma_geo_longitude_deg"] = robust_noise(t, lon)
    return result
