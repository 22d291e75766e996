"""Publication: when element sets appear, and the noise they carry."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from ssaviewer.core.simulate.defaults import Cadence, Noise

Floats = npt.NDArray[np.float64]

#: Robust σ (scaled MAD) of a Student-t variable with 4 degrees of freedom.
_T4_ROBUST_SIGMA = 1.4826 * 0.7407


def publication_days(
    rng: np.random.Generator,
    first_day: float,
    last_day: float,
    cadence: Cadence,
    burn_days: Floats | None = None,
) -> Floats:
    """Return sorted element-set epochs (days) in ``[first_day, last_day)``.

    Gaps are 1 day ± ``gap_sigma_days``; a ``burst_fraction`` of them are 0.05-0.5 day (a
    second set the same day), a ``long_gap_fraction`` are 3 days plus an exponential tail
    (capped at ``longest_gap_days``). With ``post_burn_burst_probability`` a burn is
    followed by 1-3 extra sets within a day.
    """
    span = max(last_day - first_day, 0.0)
    n = int(span / 0.5) + 16
    gaps = np.clip(1.0 + cadence.gap_sigma_days * rng.standard_normal(n), 0.5, 2.5)
    kind = rng.random(n)
    burst = kind < cadence.burst_fraction
    long_gap = kind > 1.0 - cadence.long_gap_fraction
    gaps[burst] = rng.uniform(0.05, 0.5, burst.sum())
    gaps[long_gap] = np.minimum(
        3.0 + rng.exponential(cadence.long_gap_mean_days, long_gap.sum()),
        cadence.longest_gap_days,
    )
    days = first_day + rng.uniform(0.0, 1.0) + np.concatenate([[0.0], np.cumsum(gaps[:-1])])
    extra: list[Floats] = []
    for burn in np.asarray(burn_days if burn_days is not None else [], dtype=np.float64):
        if rng.random() < cadence.post_burn_burst_probability:
            extra.append(burn + rng.uniform(0.05, 1.0, rng.integers(1, 4)))
    if extra:
        days = np.concatenate([days, *extra])
    days = np.sort(days[(days >= first_day) & (days < last_day)])
    return np.unique(np.round(days * 86400.0) / 86400.0)  # whole seconds, no duplicates


def heavy_tailed(rng: np.random.Generator, sigma: float, n: int) -> Floats:
    """Student-t (4 dof) noise whose robust σ is ``sigma``."""
    result: Floats = rng.standard_t(4, n) * (sigma / _T4_ROBUST_SIGMA)
    return result


#: The slow wander is a sum of this many sinusoids with random periods and phases.
WANDER_TERMS = 4


def wander(
    rng: np.random.Generator, t_days: Floats, sigma: float, periods: tuple[float, float]
) -> Floats:
    """Smooth random wander at times ``t_days`` (last axis) with stationary σ ``sigma``.

    A sum of ``WANDER_TERMS`` sinusoids, periods uniform in ``periods`` (days), random
    phases, one set per leading index (object). Smooth on the scale of a day, so it moves
    30-day statistics without changing the day-to-day noise.
    """
    if sigma == 0:
        return np.zeros_like(t_days)
    shape = (*t_days.shape[:-1], 1, WANDER_TERMS)
    frequency = (2.0 * np.pi / rng.uniform(periods[0], periods[1], shape)).astype(np.float32)
    phase = rng.uniform(0.0, 2.0 * np.pi, shape).astype(np.float32)
    # float32 is ample for a wander of this size and halves the cost on large catalogues
    terms = np.sin(t_days.astype(np.float32)[..., None] * frequency + phase)
    result: Floats = (sigma * np.sqrt(2.0 / WANDER_TERMS)) * terms.sum(axis=-1, dtype=np.float64)
    return result


def add_wander(
    rng: np.random.Generator, el: dict[str, Floats], t_days: Floats, noise: Noise, *, geo: bool
) -> dict[str, Floats]:
    """Return the true elements plus the slow wander of ``noise`` (arrays shaped like ``t``).

    For GEO the inclination vector wanders (its node is ill-defined near i = 0); for LEO the
    inclination and node do; both get semi-major-axis and eccentricity-vector wander.
    """
    periods = noise.wander_periods_days
    out = dict(el)
    out["a_km"] = el["a_km"] + wander(rng, t_days, noise.wander_a_km, periods)
    argp = np.radians(el["argp_deg"])
    ex = el["e"] * np.cos(argp) + wander(rng, t_days, noise.wander_e, periods)
    ey = el["e"] * np.sin(argp) + wander(rng, t_days, noise.wander_e, periods)
    out["e"] = np.hypot(ex, ey)
    out["argp_deg"] = np.degrees(np.arctan2(ey, ex))
    out["m_deg"] = el["m_deg"] + el["argp_deg"] - out["argp_deg"]  # keep ω + M
    if geo:
        node = np.radians(el["raan_deg"])
        ix = el["i_deg"] * np.cos(node) + wander(rng, t_days, noise.wander_i_deg, periods)
        iy = el["i_deg"] * np.sin(node) + wander(rng, t_days, noise.wander_i_deg, periods)
        out["i_deg"] = np.hypot(ix, iy)
        out["raan_deg"] = np.degrees(np.arctan2(iy, ix))
        out["m_deg"] = out["m_deg"] + el["raan_deg"] - out["raan_deg"]  # keep the longitude
    else:
        out["i_deg"] = el["i_deg"] + wander(rng, t_days, noise.wander_i_deg, periods)
        out["raan_deg"] = el["raan_deg"] + wander(rng, t_days, noise.wander_raan_deg, periods)
    return out


def add_noise(
    rng: np.random.Generator, el: dict[str, Floats], noise: Noise, *, geo: bool
) -> dict[str, Floats]:
    """Return published elements: true mean elements plus measured-size white noise.

    For GEO the inclination vector, the mean longitude and the eccentricity vector get the
    noise (node and perigee of a near-equatorial, near-circular orbit are ill-defined, and
    published values scatter accordingly); for LEO each element does.
    """
    n = len(el["a_km"])
    out = dict(el)
    out["a_km"] = el["a_km"] + heavy_tailed(rng, noise.a_km, n)
    ecc_x = el["e"] * np.cos(np.radians(el["argp_deg"])) + heavy_tailed(rng, noise.e, n)
    ecc_y = el["e"] * np.sin(np.radians(el["argp_deg"])) + heavy_tailed(rng, noise.e, n)
    out["e"] = np.hypot(ecc_x, ecc_y)
    out["argp_deg"] = np.degrees(np.arctan2(ecc_y, ecc_x))
    phase = el["argp_deg"] + el["m_deg"] + heavy_tailed(rng, noise.phase_deg, n)
    if geo:
        node = np.radians(el["raan_deg"])
        ix = el["i_deg"] * np.cos(node) + heavy_tailed(rng, noise.i_deg, n)
        iy = el["i_deg"] * np.sin(node) + heavy_tailed(rng, noise.i_deg, n)
        out["i_deg"] = np.hypot(ix, iy)
        out["raan_deg"] = np.degrees(np.arctan2(iy, ix))
        phase = phase + el["raan_deg"] - out["raan_deg"]  # keep the mean longitude
    else:
        out["i_deg"] = el["i_deg"] + heavy_tailed(rng, noise.i_deg, n)
        out["raan_deg"] = el["raan_deg"] + heavy_tailed(rng, noise.raan_deg, n)
    out["m_deg"] = phase - out["argp_deg"]
    out["bstar"] = el["bstar"] * np.exp(noise.bstar_log_sigma * rng.standard_normal(n))
    out["ndot"] = el["ndot"] * (1.0 + noise.ndot_fraction * rng.standard_normal(n))
    return out
