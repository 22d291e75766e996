"""True mean-element trajectories: piecewise-analytic segments between impulsive burns.

A :class:`Track` is a list of segments; each segment holds the mean elements at its start
time and evolves them analytically (J2 secular drift, SGP4-consistent drag decay for LEO;
longitude drift with triaxiality acceleration, inclination-vector drift and the yearly
eccentricity circle for GEO). Burns and re-anchoring start new segments. Times are days
since the scenario start.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import numpy.typing as npt

from ssaviewer.core.simulate import dynamics as dyn
from ssaviewer.core.simulate.geo import gmst_deg

Floats = npt.NDArray[np.float64]


@dataclass(frozen=True)
class LeoState:
    """Mean elements of a LEO segment at ``t_day`` (km, deg) with its drag constant Q."""

    t_day: float
    a_km: float
    e: float
    i_deg: float
    raan_deg: float
    argp_deg: float
    m_deg: float
    bstar: float
    q: float


@dataclass(frozen=True)
class GeoState:
    """A GEO segment at ``t_day``: longitude (deg E), drift, acceleration, i and e vectors.

    ``i_vec_deg`` = i·(cos Ω, sin Ω); ``e_center`` is the centre of the yearly circle of the
    eccentricity vector (radius ``e_radius``), which points at the Sun's longitude.
    """

    t_day: float
    lon_deg: float
    drift_deg_per_day: float
    accel_deg_per_day2: float
    i_vec_deg: tuple[float, float]
    i_rate_deg_per_day: tuple[float, float]
    e_center: tuple[float, float]
    e_radius: float


State = LeoState | GeoState


@dataclass
class Track:
    """One object's true history: segments in time order, first and last day it exists."""

    first_day: float
    end_day: float
    segments: list[State] = field(default_factory=list)

    def at(self, t_day: float) -> State:
        """Return the state advanced to ``t_day`` (a new segment start, not stored)."""
        seg = self.segment_before(t_day)
        return advance(seg, t_day)

    def segment_before(self, t_day: float) -> State:
        """Return the last segment starting at or before ``t_day``."""
        starts = [s.t_day for s in self.segments]
        k = int(np.searchsorted(starts, t_day, side="right")) - 1
        return self.segments[max(k, 0)]


def advance(state: State, t_day: float) -> State:
    """Advance a segment's start state analytically to ``t_day`` (no burns in between)."""
    tau = t_day - state.t_day
    if isinstance(state, GeoState):
        lon = (
            state.lon_deg + state.drift_deg_per_day * tau + 0.5 * state.accel_deg_per_day2 * tau**2
        )
        return replace(
            state,
            t_day=t_day,
            lon_deg=float(np.mod(lon + 180.0, 360.0) - 180.0),
            drift_deg_per_day=state.drift_deg_per_day + state.accel_deg_per_day2 * tau,
            i_vec_deg=(
                state.i_vec_deg[0] + state.i_rate_deg_per_day[0] * tau,
                state.i_vec_deg[1] + state.i_rate_deg_per_day[1] * tau,
            ),
        )
    el = evaluate_leo(state, np.array([t_day]))
    return replace(
        state,
        t_day=t_day,
        a_km=float(el["a_km"][0]),
        raan_deg=float(el["raan_deg"][0]),
        argp_deg=float(el["argp_deg"][0]),
        m_deg=float(el["m_deg"][0]),
        q=dyn.drag_q(float(el["a_km"][0]), state.bstar, t_day),
    )


def evaluate_leo(state: LeoState, t_day: Floats) -> dict[str, Floats]:
    """Mean elements of a LEO segment at times ``t_day`` (arrays; angles unwrapped)."""
    tau = t_day - state.t_day
    a0, e, i = np.array(state.a_km), np.array(state.e), np.array(state.i_deg)
    raan_dot, argp_dot, m_dot = dyn.j2_rates_deg_per_day(a0, e, i)
    q = np.array(state.q)
    a = dyn.decayed_a_km(a0, q, tau)
    n_rev = dyn.mean_motion_deg_per_day(a) / 360.0  # Keplerian: enough for ndot and timing
    return {
        "a_km": a,
        "e": np.full_like(tau, state.e),
        "i_deg": np.full_like(tau, state.i_deg),
        "raan_deg": state.raan_deg + raan_dot * tau,
        "argp_deg": state.argp_deg + argp_dot * tau,
        "m_deg": state.m_deg + m_dot * tau + dyn.decay_phase_deg(a0, q, tau),
        "n_rev_per_day": n_rev,
        "ndot": dyn.ndot_rev_per_day2(a, q, n_rev),
        # what a fit reports: B* absorbs the density swing of this segment
        "bstar": np.full_like(tau, state.bstar * dyn.solar_density_factor(state.t_day)),
    }


def sun_longitude_deg(jd: Floats) -> Floats:
    """Mean longitude of the Sun (deg), good to about a degree."""
    result: Floats = np.mod(280.460 + 0.9856474 * (jd - 2451545.0), 360.0)
    return result


def geo_elements(
    lon_deg: Floats,
    drift_deg_per_day: Floats,
    i_vec_deg: tuple[Floats, Floats],
    e_vec: tuple[Floats, Floats],
    jd: Floats,
) -> dict[str, Floats]:
    """Mean elements of near-geostationary orbits from longitude, drift, i and e vectors.

    ``lon_deg`` is the Earth-fixed mean longitude, ``i_vec_deg`` = i·(cos Ω, sin Ω),
    ``e_vec`` = e·(cos ϖ, sin ϖ) with ϖ = Ω + ω; ``jd`` the Julian dates (UTC).
    """
    ix, iy = i_vec_deg
    ex, ey = e_vec
    i_deg = np.hypot(ix, iy)
    e = np.hypot(ex, ey)
    raan = np.degrees(np.arctan2(iy, ix))
    perigee_longitude = np.degrees(np.arctan2(ey, ex))
    a = dyn.a_for_drift_km(drift_deg_per_day, e, i_deg)
    inertial_longitude = lon_deg + gmst_deg(jd)
    return {
        "a_km": a,
        "e": e,
        "i_deg": i_deg,
        "raan_deg": raan,
        "argp_deg": perigee_longitude - raan,
        "m_deg": inertial_longitude - perigee_longitude,
        "bstar": np.zeros_like(a),
        "lon_deg": lon_deg,
    }


def evaluate_geo(state: GeoState, t_day: Floats, jd0: float) -> dict[str, Floats]:
    """Mean elements of a GEO segment at times ``t_day``; ``jd0`` is the start's Julian date."""
    tau = t_day - state.t_day
    jd = jd0 + t_day
    lon = state.lon_deg + state.drift_deg_per_day * tau + 0.5 * state.accel_deg_per_day2 * tau**2
    drift = state.drift_deg_per_day + state.accel_deg_per_day2 * tau
    i_vec = (
        state.i_vec_deg[0] + state.i_rate_deg_per_day[0] * tau,
        state.i_vec_deg[1] + state.i_rate_deg_per_day[1] * tau,
    )
    sun = np.radians(sun_longitude_deg(jd))
    e_vec = (
        state.e_center[0] + state.e_radius * np.cos(sun),
        state.e_center[1] + state.e_radius * np.sin(sun),
    )
    out = geo_elements(lon, drift, i_vec, e_vec, jd)
    out["ndot"] = np.full_like(tau, 0.5 * state.accel_deg_per_day2 / 360.0)
    return out


def evaluate(track: Track, t_day: Floats, jd0: float) -> dict[str, Floats]:
    """Evaluate a track at sorted times ``t_day`` (each time uses the segment it falls in)."""
    starts = np.array([s.t_day for s in track.segments])
    which = np.clip(np.searchsorted(starts, t_day, side="right") - 1, 0, len(starts) - 1)
    out: dict[str, Floats] = {}
    for k in np.unique(which):
        mask = which == k
        seg = track.segments[k]
        if isinstance(seg, GeoState):
            part = evaluate_geo(seg, t_day[mask], jd0)
        else:
            part = evaluate_leo(seg, t_day[mask])
        for name, values in part.items():
            out.setdefault(name, np.full(len(t_day), np.nan))[mask] = values
    return out
