"""The fine look of screening: the time of closest approach on the true SGP4 states."""

from __future__ import annotations

from dataclasses import dataclass
from math import sqrt
from typing import Final

import numpy as np
from sgp4.api import Satrec

#: Squared relative speed (km²/s²) below which the time is polished on the distance (0.2 km/s).
SLOW_KMPS2: Final = 0.04


@dataclass(frozen=True)
class Pair:
    """SGP4 records of the target and one other object, timed from ``jd + fraction``."""

    target: Satrec
    other: Satrec
    jd: float
    fraction: float

    def relative(self, t_s: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Target position and velocity, and other-minus-target position and velocity."""
        fr = self.fraction + t_s / 86_400.0
        _, r_t, v_t = self.target.sgp4(self.jd, fr)
        _, r_o, v_o = self.other.sgp4(self.jd, fr)
        rt, vt = np.asarray(r_t), np.asarray(v_t)
        return rt, vt, np.asarray(r_o) - rt, np.asarray(v_o) - vt

    def distance(self, t_s: float) -> float:
        """Separation in km at ``t_s`` seconds (plain floats: called ~30 times a search)."""
        fr = self.fraction + t_s / 86_400.0
        _, (xt, yt, zt), _ = self.target.sgp4(self.jd, fr)
        _, (xo, yo, zo), _ = self.other.sgp4(self.jd, fr)
        dx, dy, dz = xo - xt, yo - yt, zo - zt
        return sqrt(dx * dx + dy * dy + dz * dz)

    def golden(self, lo_s: float, hi_s: float, tol_s: float) -> float:
        """Return the time (s) in ``[lo_s, hi_s]`` of the minimum distance, to within ``tol_s``.

        The screening's one golden-section search (the distance is assumed unimodal on the
        interval), with :meth:`distance` inlined: about 30 distances a search, so the call
        overhead per distance is worth saving.
        """
        target, other, jd, fraction = self.target.sgp4, self.other.sgp4, self.jd, self.fraction
        a, b = lo_s, hi_s
        c, d = b - _RATIO * (b - a), a + _RATIO * (b - a)
        fc, fd = self.distance(c), self.distance(d)
        while b - a > tol_s:
            left = fc < fd
            if left:
                b, d, fd = d, c, fc
                c = t = b - _RATIO * (b - a)
            else:
                a, c, fc = c, d, fd
                d = t = a + _RATIO * (b - a)
            fr = fraction + t / 86_400.0
            _, (xt, yt, zt), _ = target(jd, fr)
            _, (xo, yo, zo), _ = other(jd, fr)
            dx, dy, dz = xo - xt, yo - yt, zo - zt
            if left:
                fc = sqrt(dx * dx + dy * dy + dz * dz)
            else:
                fd = sqrt(dx * dx + dy * dy + dz * dz)
        return 0.5 * (a + b)

    def rates(self, t_s: float) -> tuple[float, float]:
        """Return ``(Δr·Δv, Δv·Δv)`` at ``t_s`` seconds (km²/s and km²/s²)."""
        fr = self.fraction + t_s / 86_400.0
        _, (xt, yt, zt), (ut, vt, wt) = self.target.sgp4(self.jd, fr)
        _, (xo, yo, zo), (uo, vo, wo) = self.other.sgp4(self.jd, fr)
        du, dv, dw = uo - ut, vo - vt, wo - wt
        return (xo - xt) * du + (yo - yt) * dv + (zo - zt) * dw, du * du + dv * dv + dw * dw


#: The golden-section ratio, (√5 − 1) / 2.
_RATIO: Final = (sqrt(5.0) - 1.0) / 2.0


def bracketed_tca(pair: Pair, lo_s: float, hi_s: float, tol_s: float = 1e-4) -> float:
    """Return the time (s) in ``[lo_s, hi_s]`` where the range rate crosses zero upwards.

    The caller guarantees the bracket: ``Δr·Δv < 0`` at ``lo_s`` and ``≥ 0`` at ``hi_s``, so
    the separation has a local minimum inside. Newton steps on ``Δr·Δv`` (slope taken as
    ``|Δv|²``) are taken when they land inside the shrinking bracket, and every third step
    halves the bracket, so the search converges (width ≤ ``tol_s``) in at most about
    ``3 log2((hi_s - lo_s) / tol_s)`` steps however slow the relative motion.
    """
    a, b = lo_s, hi_s
    t = 0.5 * (a + b)
    for n in range(1, 400):
        rate, speed2 = pair.rates(t)
        if rate < 0.0:
            a = t
        else:
            b = t
        if b - a <= tol_s:
            break
        newton = t - rate / speed2 if speed2 > 0.0 else a
        if abs(newton - t) < tol_s and a <= newton <= b:
            return newton
        t = newton if n % 3 and a < newton < b else 0.5 * (a + b)
    return 0.5 * (a + b)


@dataclass(frozen=True)
class Approach:
    """One close approach: time (s from the grid start), distances in km, speed in km/s.

    ``radial_km``, ``in_track_km`` and ``cross_track_km`` are the object's separation from
    the target in the target's RIC frame (radial out, cross-track along the angular
    momentum, in-track completing the right-handed set).
    """

    tca_s: float
    miss_km: float
    relative_speed_kms: float
    radial_km: float
    in_track_km: float
    cross_track_km: float


def approach_at(pair: Pair, tca_s: float) -> Approach:
    """Return the miss distance, relative speed and RIC separation at ``tca_s``.

    Plain floats (a thousand calls a run): equal to the vector formulas to rounding.
    """
    fr = pair.fraction + tca_s / 86_400.0
    _, (xt, yt, zt), (ut, vt, wt) = pair.target.sgp4(pair.jd, fr)
    _, (xo, yo, zo), (uo, vo, wo) = pair.other.sgp4(pair.jd, fr)
    dx, dy, dz = xo - xt, yo - yt, zo - zt
    du, dv, dw = uo - ut, vo - vt, wo - wt
    r = sqrt(xt * xt + yt * yt + zt * zt)
    rx, ry, rz = xt / r, yt / r, zt / r
    cx, cy, cz = yt * wt - zt * vt, zt * ut - xt * wt, xt * vt - yt * ut
    c = sqrt(cx * cx + cy * cy + cz * cz)
    cx, cy, cz = cx / c, cy / c, cz / c
    ix, iy, iz = cy * rz - cz * ry, cz * rx - cx * rz, cx * ry - cy * rx
    return Approach(
        tca_s=tca_s,
        miss_km=sqrt(dx * dx + dy * dy + dz * dz),
        relative_speed_kms=sqrt(du * du + dv * dv + dw * dw),
        radial_km=dx * rx + dy * ry + dz * rz,
        in_track_km=dx * ix + dy * iy + dz * iz,
        cross_track_km=dx * cx + dy * cy + dz * cz,
    )
