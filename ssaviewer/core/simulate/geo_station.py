"""GEO station-keeping primitives: box cycles, east-west and north-south burns, drifts.

Each function changes a :class:`GeoBuilder` (the mutable schedule of one object) and returns
the new segment state with the burn's Δv (m/s, signed for tangential burns) and Δa (km).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from ssaviewer.core.simulate import dynamics as dyn
from ssaviewer.core.simulate.geo import gmst_deg
from ssaviewer.core.simulate.spec import GeoSpec
from ssaviewer.core.simulate.track import GeoState

GEO_A_KM = 42164.2
#: Triaxiality acceleration used for station-keeping cycles is at least this (deg/day²), so a
#: slot at a stable point still has a finite cycle (solar pressure and the Moon act there).
MIN_ACCEL = 3.0e-4
#: Above this drift rate (deg/day) the triaxiality acceleration averages out.
FAST_DRIFT = 0.1
REANCHOR_DAYS = 10.0


@dataclass
class GeoBuilder:
    """Mutable builder state of one GEO object."""

    spec: GeoSpec
    jd0: float
    rng: np.random.Generator
    center_deg: float
    mode: str  # "sk" (station-keeping), "free" (uncontrolled), "drift" (slot change)
    next_ew: float = np.inf
    next_ns: float = np.inf
    arrive: float = np.inf
    approach_target: float | None = None
    n_ew: int = 0
    n_ns: int = 0


def _rate() -> tuple[float, float]:
    angle = np.radians(dyn.GEO_INCLINATION_DRIFT_DIRECTION_DEG)
    r = dyn.GEO_INCLINATION_DRIFT_DEG_PER_DAY
    return (r * np.cos(angle), r * np.sin(angle))


def geo_accel(lon_deg: float) -> float:
    """Return the triaxiality acceleration at ``lon_deg`` (deg/day²), at least ``MIN_ACCEL``."""
    a = float(dyn.geo_accel_deg_per_day2(np.array(lon_deg)))
    return float(np.copysign(max(abs(a), MIN_ACCEL), a))


def wrap_deg(deg: float) -> float:
    """Return ``deg`` wrapped to [−180, 180)."""
    return float(np.mod(deg + 180.0, 360.0) - 180.0)


def geo_speed_mps() -> float:
    """Return the geostationary orbital speed, m/s."""
    return float(dyn.orbital_speed_mps(np.array(GEO_A_KM)))


def a_for_drift(drift: float, i_deg: float) -> float:
    """Return the semi-major axis (km) drifting at ``drift`` deg/day."""
    return float(dyn.a_for_drift_km(np.array(drift), np.array(3e-4), np.array(i_deg)))


def tangential_burn(b: GeoBuilder, s: GeoState, new_drift: float) -> tuple[GeoState, float, float]:
    """Change the drift rate; the eccentricity vector moves by 2Δv/v towards the burn."""
    i_deg = float(np.hypot(*s.i_vec_deg))
    delta_a = a_for_drift(new_drift, i_deg) - a_for_drift(s.drift_deg_per_day, i_deg)
    dv = geo_speed_mps() * delta_a / (2.0 * GEO_A_KM)
    lon = np.radians(s.lon_deg + gmst_deg(np.array(b.jd0 + s.t_day)))
    center = (
        s.e_center[0] + 2.0 * dv / geo_speed_mps() * float(np.cos(lon)),
        s.e_center[1] + 2.0 * dv / geo_speed_mps() * float(np.sin(lon)),
    )
    accel = geo_accel(s.lon_deg) if abs(new_drift) < FAST_DRIFT and b.mode != "drift" else 0.0
    new = replace(s, drift_deg_per_day=new_drift, accel_deg_per_day2=accel, e_center=center)
    return new, dv, delta_a


def start_cycle(b: GeoBuilder, s: GeoState, first: bool) -> GeoState:
    """Put the object on a station-keeping parabola inside its box; schedule the burn."""
    width = b.spec.ew_box_deg
    accel = geo_accel(b.center_deg)
    if first:
        lon = b.center_deg + np.sign(accel) * width
        drift = -np.sign(accel) * np.sqrt(2 * abs(accel) * 2 * width) * b.rng.uniform(0.4, 0.9)
        s = replace(s, lon_deg=wrap_deg(lon), drift_deg_per_day=float(drift))
    s = replace(s, accel_deg_per_day2=accel)
    # Next burn: when the parabola comes back to the near edge of the box, a little early.
    near = b.center_deg + np.sign(accel) * width
    v, offset = s.drift_deg_per_day, wrap_deg(s.lon_deg - near)
    disc = max(v * v - 2.0 * accel * offset, 0.0)
    period = max((-v + r) / accel for r in (np.sqrt(disc), -np.sqrt(disc)))
    b.next_ew = s.t_day + max(period - b.rng.uniform(0.0, 1.0), 1.0)
    return s


def ew_target_drift(b: GeoBuilder, s: GeoState) -> float:
    """Drift rate whose parabola reaches the far edge of the box and comes back."""
    accel = s.accel_deg_per_day2
    far = b.center_deg - np.sign(accel) * b.spec.ew_box_deg
    distance = max(abs(wrap_deg(far - s.lon_deg)), 0.2 * b.spec.ew_box_deg)
    return float(-np.sign(accel) * np.sqrt(2.0 * abs(accel) * distance))


def schedule_ns(b: GeoBuilder, s: GeoState) -> None:
    """Next north-south burn: when the inclination vector reaches the box radius."""
    rate = np.hypot(*_rate())
    along = (s.i_vec_deg[0] * _rate()[0] + s.i_vec_deg[1] * _rate()[1]) / rate
    b.next_ns = s.t_day + max((b.spec.ns_box_deg - along) / rate - b.rng.uniform(0.0, 2.0), 1.0)


def initial_state(b: GeoBuilder) -> GeoState:
    """Return the state at the start day (angles and phases drawn from the builder's rng)."""
    rate = _rate()
    unit = np.array(rate) / np.hypot(*rate)
    if b.spec.ns_box_deg > 0:
        i_vec = unit * b.spec.ns_box_deg * b.rng.uniform(-0.9, 0.5)
    else:
        node = b.rng.uniform(0.0, 2 * np.pi)
        i_vec = b.spec.inclination_deg * np.array([np.cos(node), np.sin(node)])
    drift = b.spec.drift_deg_per_day
    s = GeoState(
        t_day=b.spec.start_day,
        lon_deg=b.spec.longitude_deg,
        drift_deg_per_day=drift,
        accel_deg_per_day2=geo_accel(b.spec.longitude_deg) if abs(drift) < FAST_DRIFT else 0.0,
        i_vec_deg=(float(i_vec[0]), float(i_vec[1])),
        i_rate_deg_per_day=rate,
        e_center=tuple(b.rng.uniform(-1e-4, 1e-4, 2).tolist()),
        e_radius=dyn.GEO_ECCENTRICITY_CIRCLE * b.rng.uniform(0.7, 1.3),
    )
    if b.mode == "sk":
        s = start_cycle(b, s, first=True)
    if b.spec.ns_box_deg > 0:
        schedule_ns(b, s)
    return s


def offset_deg(offset_km: float) -> float:
    """Return the longitude offset (deg) of ``offset_km`` along the geostationary orbit."""
    return float(np.degrees(offset_km / GEO_A_KM))


def drift_start(
    b: GeoBuilder, s: GeoState, to_deg: float, rate: float
) -> tuple[GeoState, float, float]:
    """Start drifting towards ``to_deg`` at ``rate`` deg/day; schedule the arrival."""
    delta = wrap_deg(to_deg - s.lon_deg)
    b.mode = "drift"
    b.next_ew = b.next_ns = np.inf
    b.arrive = s.t_day + abs(delta) / rate
    b.center_deg = to_deg
    return tangential_burn(b, s, float(np.sign(delta) * rate))


def drift_stop(b: GeoBuilder, s: GeoState) -> tuple[GeoState, float, float]:
    """Stop at the new slot and resume station-keeping (or float freely)."""
    b.arrive = np.inf
    b.mode = "sk" if b.spec.ew_box_deg > 0 else "free"
    drift = 0.0
    if b.mode == "sk":
        accel = geo_accel(b.center_deg)
        drift = float(-np.sign(accel) * np.sqrt(4.0 * abs(accel) * b.spec.ew_box_deg) * 0.7)
    new, dv, delta_a = tangential_burn(b, replace(s, lon_deg=wrap_deg(s.lon_deg)), drift)
    if b.mode == "sk":
        new = start_cycle(b, new, first=False)
    if b.spec.ns_box_deg > 0:
        schedule_ns(b, new)
    return new, dv, delta_a


def ns_burn(b: GeoBuilder, s: GeoState) -> tuple[GeoState, float, float, float]:
    """Reset the inclination vector to the far side of the box (the usual mirror strategy)."""
    rate = np.array(_rate())
    target = -0.9 * b.spec.ns_box_deg * rate / np.hypot(*rate)
    change = float(np.hypot(target[0] - s.i_vec_deg[0], target[1] - s.i_vec_deg[1]))
    dv = geo_speed_mps() * np.radians(change)
    new = replace(s, i_vec_deg=(float(target[0]), float(target[1])))
    delta_i = float(np.hypot(*target) - np.hypot(*s.i_vec_deg))
    schedule_ns(b, new)
    return new, float(dv), delta_i, change
