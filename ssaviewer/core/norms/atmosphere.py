"""Remaining orbital lifetime from a measured decay rate: an exponential atmosphere.

Drag on a near-circular orbit lowers the semi-major axis at ``da/dt = −ρ(h)·B·√(μa)``
(King-Hele), with ``B = C_D·A/m`` unknown. Scaling the density model to the decay rate
measured at the present altitude removes ``B``; integrating ``da / (da/dt)`` down to
``REENTRY_ALTITUDE_KM`` then gives the lifetime::

    L = (1 / rate₀) · ∫ ρ(h₀)/ρ(h) · √(a₀/a) dh        (h from 120 km to h₀)

The density is the piecewise exponential model of Vallado, *Fundamentals of Astrodynamics
and Applications* (4th ed., table 8-4; CIRA-72 based, mean solar activity). The real
atmosphere swings by a factor of several over the solar cycle, so a lifetime of decades is
good to perhaps a factor of two even with the decay rate measured exactly.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import numpy.typing as npt

from ssaviewer.core.constants import EARTH_RADIUS_KM

Floats = npt.NDArray[np.float64]

#: Base altitude (km), density at it (kg/m³) and scale height (km), Vallado table 8-4.
_TABLE: Final = np.array(
    [
        (100.0, 5.297e-7, 5.877),
        (110.0, 9.661e-8, 7.263),
        (120.0, 2.438e-8, 9.473),
        (130.0, 8.484e-9, 12.636),
        (140.0, 3.845e-9, 16.149),
        (150.0, 2.070e-9, 22.523),
        (180.0, 5.464e-10, 29.740),
        (200.0, 2.789e-10, 37.105),
        (250.0, 7.248e-11, 45.546),
        (300.0, 2.418e-11, 53.628),
        (350.0, 9.518e-12, 53.298),
        (400.0, 3.725e-12, 58.515),
        (450.0, 1.585e-12, 60.828),
        (500.0, 6.967e-13, 63.822),
        (600.0, 1.454e-13, 71.835),
        (700.0, 3.614e-14, 88.667),
        (800.0, 1.170e-14, 124.64),
        (900.0, 5.245e-15, 181.05),
        (1000.0, 3.019e-15, 268.00),
    ]
)
#: Mean altitude taken as re-entry (km): below it an orbit lasts days.
REENTRY_ALTITUDE_KM: Final = 120.0
_STEP_KM = 1.0


def density_kg_m3(altitude_km: Floats) -> Floats:
    """Return the model density (kg/m³) at ``altitude_km`` (100 km and up)."""
    h = np.asarray(altitude_km, dtype=np.float64)
    k = np.clip(np.searchsorted(_TABLE[:, 0], h, side="right") - 1, 0, len(_TABLE) - 1)
    base, rho0, scale = _TABLE[k, 0], _TABLE[k, 1], _TABLE[k, 2]
    result: Floats = rho0 * np.exp(-(h - base) / scale)
    return result


def decay_rate_km_per_day(altitude_km: float, ballistic_m2_per_kg: float) -> float:
    """Return ``|da/dt|`` (km/day) of a circular orbit for ``B = C_D·A/m`` (m²/kg)."""
    a_m = (EARTH_RADIUS_KM + altitude_km) * 1e3
    rho = float(density_kg_m3(np.array(altitude_km)))
    return float(rho * ballistic_m2_per_kg * np.sqrt(3.986004418e14 * a_m) * 86400.0 / 1e3)


def lifetime_factor_km(altitude_km: float) -> float:
    """Return ``∫ ρ(h₀)/ρ(h) √(a₀/a) dh`` (km): lifetime in days is this / rate (km/day)."""
    if altitude_km <= REENTRY_ALTITUDE_KM:
        return 0.0
    steps = max(int(np.ceil((altitude_km - REENTRY_ALTITUDE_KM) / _STEP_KM)), 1)
    h = np.linspace(REENTRY_ALTITUDE_KM, altitude_km, steps + 1)
    rho0 = density_kg_m3(np.array(altitude_km))
    a0 = EARTH_RADIUS_KM + altitude_km
    ratio = rho0 / density_kg_m3(h) * np.sqrt(a0 / (EARTH_RADIUS_KM + h))
    return float(np.trapezoid(ratio, h))


def lifetime_years(altitude_km: float, rate_km_per_day: float) -> float:
    """Return the lifetime (years) at ``altitude_km`` decaying at ``rate`` (inf if rate ≤ 0)."""
    if not rate_km_per_day > 0:
        return float("inf")
    return lifetime_factor_km(altitude_km) / rate_km_per_day / 365.25
