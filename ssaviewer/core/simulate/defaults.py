"""Noise and publication-cadence defaults, measured on the real histories in ../shared/data/tle.

Measured 2026-11-26 with ``benchmarks/measure_noise.py`` (robust: scaled MAD of each element
set's residual from the line through its two neighbours; medians per regime over Jason-3,
Sentinel-3A, CryoSat-2, Haiyang-2A (LEO) and Fengyun-2F, Fengyun-2H (GEO)):

=========================  ===========  ===========
figure                     LEO          GEO
=========================  ===========  ===========
sets per day               0.97         0.91
median gap (days)          1.02         1.02
90th percentile gap        1.33         1.52
longest gap (days)         6.3          9.8
gaps under 0.5 day         4.0 %        5.5 %
gaps over 3 days           0.25 %       1.3 %
σ semi-major axis          0.091 m      5.4 m
σ eccentricity             4.1e-7       1.4e-6
σ inclination              5.0e-5°      8.7e-5°
σ node (LEO)               4.4e-5°      (0.005°: i small)
σ ω + M (LEO phase)        1.2e-4°      —
σ GEO mean longitude       —            6.2e-4°
=========================  ===========  ===========

On top of that white noise, real mean elements wander slowly (long-period perturbations,
fit-to-fit biases). Scatter about a straight line over 120-day windows (LEO medians):
1.2e-3° in i, 3e-3° in Ω; about 3.5e-4° in each GEO inclination-vector component and
1e-5 in each eccentricity-vector component. The simulator adds it as a sum of sinusoids
with random periods of 20-120 days (smooth from one day to the next, as the real wander is).
For Ω it uses 1e-3°: the real node wander is smoother than 20-day sinusoids, and at 3e-3°
the curvature looks like small out-of-plane burns to a detector tuned on real histories.

Published LEO epochs are ascending-node crossings (ω + M ≈ 0), as in the real histories;
the simulator moves each LEO epoch to the nearest crossing.

LEO inclination is published to 1e-4°, coarser than its noise, so its σ above is limited by
the quantisation. The simulator uses 4e-5° white noise plus the wander, which reproduces two
quantisation-proof statistics of the real histories: 3-9 % of inclinations jump by one
quantum and come back, and 14-26 % of consecutive inclinations are equal.

Real element-set errors are heavy-tailed; the simulator draws Student-t noise (4 degrees of
freedom) scaled so that its robust σ equals the figure above. B* and the mean-motion
derivative are not measurable this way (real B* swings with solar activity and is often
negative); their scatter below is chosen, not measured.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Noise:
    """Robust 1-σ noise of published mean elements (km, degrees; ``bstar_log_sigma`` in ln)."""

    a_km: float
    e: float
    i_deg: float
    raan_deg: float
    phase_deg: float
    bstar_log_sigma: float = 0.3
    ndot_fraction: float = 0.15
    #: Slow wander (stationary σ of a sum of random sinusoids) on top of the white noise.
    wander_a_km: float = 0.0
    wander_i_deg: float = 0.0
    wander_raan_deg: float = 0.0
    wander_e: float = 0.0
    wander_periods_days: tuple[float, float] = (20.0, 120.0)


@dataclass(frozen=True)
class Cadence:
    """Publication cadence: a nominal daily gap with jitter, bursts and long gaps (days)."""

    gap_sigma_days: float
    burst_fraction: float
    long_gap_fraction: float
    long_gap_mean_days: float
    longest_gap_days: float
    #: Chance that a burn is followed by extra element sets within a day (re-fits).
    post_burn_burst_probability: float = 0.5


#: LEO noise: σa 0.091 m, σe 4.1e-7, σ(ω+M) 1.2e-4° (measured); σi, σΩ 4e-5° (measured
#: 5.0e-5° and 4.4e-5°, quantisation-limited, see above); wander measured over 120 days.
LEO_NOISE = Noise(
    a_km=9.1e-5,
    e=4.1e-7,
    i_deg=4.0e-5,
    raan_deg=4.0e-5,
    phase_deg=1.2e-4,
    wander_a_km=1.0e-3,
    wander_i_deg=1.2e-3,
    wander_raan_deg=1.0e-3,
    wander_e=4.0e-6,
)
#: GEO noise: σa 5.4 m, σe 1.4e-6, σ of each inclination-vector component 8.7e-5°,
#: σ mean longitude 6.2e-4° (``phase_deg``; measured). ``raan_deg`` is unused for GEO.
GEO_NOISE = Noise(
    a_km=5.4e-3,
    e=1.4e-6,
    i_deg=8.7e-5,
    raan_deg=0.0,
    phase_deg=6.2e-4,
    wander_i_deg=3.5e-4,
    wander_e=1.0e-5,
)
#: LEO cadence: gaps 1 ± 0.2 day, 4.0 % under half a day, 0.25 % over 3 days (measured).
LEO_CADENCE = Cadence(
    gap_sigma_days=0.2,
    burst_fraction=0.040,
    long_gap_fraction=0.0025,
    long_gap_mean_days=1.5,
    longest_gap_days=6.3,
)
#: GEO cadence: gaps 1 ± 0.3 day, 5.5 % under half a day, 1.3 % over 3 days (measured).
GEO_CADENCE = Cadence(
    gap_sigma_days=0.3,
    burst_fraction=0.055,
    long_gap_fraction=0.013,
    long_gap_mean_days=2.5,
    longest_gap_days=9.8,
)
