"""GEO objects: east-west and north-south station-keeping, relocation, inspector approach."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from ssaviewer.core.simulate import dynamics as dyn
from ssaviewer.core.simulate.burns import direction, row
from ssaviewer.core.simulate.geo import gmst_deg
from ssaviewer.core.simulate.spec import GeoSpec
from ssaviewer.core.simulate.track import GeoState, Track, advance

GEO_A_KM = 42164.2
#: Triaxiality acceleration used for station-keeping cycles is at least this (deg/day²), so a
#: slot at a stable point still has a finite cycle (solar pressure and the Moon act there).
MIN_ACCEL = 3.0e-4
#: Above this drift rate (deg/day) the triaxiality acceleration averages out.
FAST_DRIFT = 0.1
REANCHOR_DAYS = 10.0


@dataclass
class _Geo:
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


def _rate() -> tuple[float, float]:
    angle = np.radians(dyn.GEO_INCLINATION_DRIFT_DIRECTION_DEG)
    r = dyn.GEO_INCLINATION_DRIFT_DEG_PER_DAY
    return (r * np.cos(angle), r * np.sin(angle))


def _accel(lon_deg: float) -> float:
    a = float(dyn.geo_accel_deg_per_day2(np.array(lon_deg)))
    return float(np.copysign(max(abs(a), MIN_ACCEL), a))


def _wrap(deg: float) -> float:
    return float(np.mod(deg + 180.0, 360.0) - 180.0)


def _speed() -> float:
    return float(dyn.orbital_speed_mps(np.array(GEO_A_KM)))


def _a(drift: float, i_deg: float) -> float:
    return float(dyn.a_for_drift_km(np.array(drift), np.array(3e-4), np.array(i_deg)))


def _tangential(b: _Geo, s: GeoState, new_drift: float) -> tuple[GeoState, float, float]:
    """Change the drift rate; the eccentricity vector moves by 2Δv/v towards the burn."""
    i_deg = float(np.hypot(*s.i_vec_deg))
    delta_a = _a(new_drift, i_deg) - _a(s.drift_deg_per_day, i_deg)
    dv = _speed() * delta_a / (2.0 * GEO_A_KM)
    lon = np.radians(s.lon_deg + gmst_deg(np.array(b.jd0 + s.t_day)))
    center = (
        s.e_center[0] + 2.0 * dv / _speed() * float(np.cos(lon)),
        s.e_center[1] + 2.0 * dv / _speed() * float(np.sin(lon)),
    )
    accel = _accel(s.lon_deg) if abs(new_drift) < FAST_DRIFT and b.mode != "drift" else 0.0
    new = replace(s, drift_deg_per_day=new_drift, accel_deg_per_day2=accel, e_center=center)
    return new, dv, delta_a


def _start_cycle(b: _Geo, s: GeoState, first: bool) -> GeoState:
    """Put the object on a station-keeping parabola inside its box; schedule the burn."""
    width = b.spec.ew_box_deg
    accel = _accel(b.center_deg)
    if first:
        lon = b.center_deg + np.sign(accel) * width
        drift = -np.sign(accel) * np.sqrt(2 * abs(accel) * 2 * width) * b.rng.uniform(0.4, 0.9)
        s = replace(s, lon_deg=_wrap(lon), drift_deg_per_day=float(drift))
    s = replace(s, accel_deg_per_day2=accel)
    # Next burn: when the parabola comes back to the near edge of the box, a little early.
    near = b.center_deg + np.sign(accel) * width
    v, offset = s.drift_deg_per_day, _wrap(s.lon_deg - near)
    disc = max(v * v - 2.0 * accel * offset, 0.0)
    period = max((-v + r) / accel for r in (np.sqrt(disc), -np.sqrt(disc)))
    b.next_ew = s.t_day + max(period - b.rng.uniform(0.0, 1.0), 1.0)
    return s


def _ew_target(b: _Geo, s: GeoState) -> float:
    """Drift rate whose parabola reaches the far edge of the box and comes back."""
    accel = s.accel_deg_per_day2
    far = b.center_deg - np.sign(accel) * b.spec.ew_box_deg
    distance = max(abs(_wrap(far - s.lon_deg)), 0.2 * b.spec.ew_box_deg)
    return float(-np.sign(accel) * np.sqrt(2.0 * abs(accel) * distance))


def _ns_schedule(b: _Geo, s: GeoState) -> None:
    """Next north-south burn: when the inclination vector reaches the box radius."""
    rate = np.hypot(*_rate())
    along = (s.i_vec_deg[0] * _rate()[0] + s.i_vec_deg[1] * _rate()[1]) / rate
    b.next_ns = s.t_day + max((b.spec.ns_box_deg - along) / rate - b.rng.uniform(0.0, 2.0), 1.0)


def initial_state(b: _Geo) -> GeoState:
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
        accel_deg_per_day2=_accel(b.spec.longitude_deg) if abs(drift) < FAST_DRIFT else 0.0,
        i_vec_deg=(float(i_vec[0]), float(i_vec[1])),
        i_rate_deg_per_day=rate,
        e_center=tuple(b.rng.uniform(-1e-4, 1e-4, 2).tolist()),
        e_radius=dyn.GEO_ECCENTRICITY_CIRCLE * b.rng.uniform(0.7, 1.3),
    )
    if b.mode == "sk":
        s = _start_cycle(b, s, first=True)
    if b.spec.ns_box_deg > 0:
        _ns_schedule(b, s)
    return s


def _offset_deg(offset_km: float) -> float:
    return float(np.degrees(offset_km / GEO_A_KM))


def _drift_start(b: _Geo, s: GeoState, to_deg: float, rate: float) -> tuple[GeoState, float, float]:
    """Start drifting towards ``to_deg`` at ``rate`` deg/day; schedule the arrival."""
    delta = _wrap(to_deg - s.lon_deg)
    b.mode = "drift"
    b.next_ew = b.next_ns = np.inf
    b.arrive = s.t_day + abs(delta) / rate
    b.center_deg = to_deg
    return _tangential(b, s, float(np.sign(delta) * rate))


def _drift_stop(b: _Geo, s: GeoState) -> tuple[GeoState, float, float]:
    """Stop at the new slot and resume station-keeping (or float freely)."""
    b.arrive = np.inf
    b.mode = "sk" if b.spec.ew_box_deg > 0 else "free"
    drift = 0.0
    if b.mode == "sk":
        accel = _accel(b.center_deg)
        drift = float(-np.sign(accel) * np.sqrt(4.0 * abs(accel) * b.spec.ew_box_deg) * 0.7)
    new, dv, delta_a = _tangential(b, replace(s, lon_deg=_wrap(s.lon_deg)), drift)
    if b.mode == "sk":
        new = _start_cycle(b, new, first=False)
    if b.spec.ns_box_deg > 0:
        _ns_schedule(b, new)
    return new, dv, delta_a


def _ns_burn(b: _Geo, s: GeoState) -> tuple[GeoState, float, float, float]:
    """Reset the inclination vector to the far side of the box (the usual mirror strategy)."""
    rate = np.array(_rate())
    target = -0.9 * b.spec.ns_box_deg * rate / np.hypot(*rate)
    change = float(np.hypot(target[0] - s.i_vec_deg[0], target[1] - s.i_vec_deg[1]))
    dv = _speed() * np.radians(change)
    new = replace(s, i_vec_deg=(float(target[0]), float(target[1])))
    delta_i = float(np.hypot(*target) - np.hypot(*s.i_vec_deg))
    _ns_schedule(b, new)
    return new, float(dv), delta_i, change


Targets = dict[int, tuple[Track, list[dict[str, Any]], GeoSpec]]


def _colocate(
    b: _Geo, s: GeoState, track: Track, rows: list[dict[str, Any]], targets: Targets
) -> None:
    """Arrive next to the target: match its drift and inclination vector, then copy its moves."""
    approach = b.spec.approach
    assert approach is not None
    target_track, target_rows, target_spec = targets[approach.target]
    t = s.t_day
    ts = advance(target_track.segment_before(t), t)
    assert isinstance(ts, GeoState)
    offset = _offset_deg(approach.offset_km)
    i_deg = float(np.hypot(*s.i_vec_deg))
    delta_a = _a(ts.drift_deg_per_day, i_deg) - _a(s.drift_deg_per_day, i_deg)
    dv_t = _speed() * delta_a / (2.0 * GEO_A_KM)
    change = np.hypot(ts.i_vec_deg[0] - s.i_vec_deg[0], ts.i_vec_deg[1] - s.i_vec_deg[1])
    dv_n = _speed() * float(np.radians(change))
    name, norad = b.spec.name, b.spec.norad_id
    rows.append(
        row(
            norad,
            name,
            "rendezvous",
            t,
            label="irregular",
            reasons="approach-after-manoeuvre",
            delta_v_mps=float(np.hypot(dv_t, dv_n)),
            direction=direction(dv_t, dv_n),
            delta_a_km=delta_a,
            delta_i_deg=float(np.hypot(*ts.i_vec_deg)) - i_deg,
            notes=f"drift stop {approach.offset_km:g} km from {target_spec.name} "
            f"({target_spec.norad_id}), inclination vector matched ({change:.4f} deg)",
        )
    )
    rows.append(
        row(
            norad,
            name,
            "rendezvous",
            t,
            event_type="close-approach",
            label="irregular",
            reasons="approach-after-manoeuvre",
            notes=f"stays within about {approach.offset_km:g} km (+ station-keeping motion) of "
            f"{target_spec.name} ({target_spec.norad_id}) until the end",
        )
    )
    track.segments.append(replace(ts, lon_deg=_wrap(ts.lon_deg + offset)))
    for seg in target_track.segments:
        if seg.t_day > t and isinstance(seg, GeoState):
            track.segments.append(replace(seg, lon_deg=_wrap(seg.lon_deg + offset)))
    for r in target_rows:
        if r["day"] > t and r["event_type"] == "manoeuvre":
            rows.append(
                r
                | {
                    "norad_id": norad,
                    "object_name": name,
                    "notes": f"co-located with {target_spec.name}: same burn",
                }
            )


def build_geo(
    spec: GeoSpec, end_day: float, rng: np.random.Generator, jd0: float, targets: Targets
) -> tuple[Track, list[dict[str, Any]]]:
    """Build a ``[[geo]]`` object's true history and answer-key rows.

    First the next event is found (east-west or north-south burn, slot change, approach,
    arrival, re-anchoring of a free drifter); then the state is advanced to it and the burn
    applied. ``targets`` holds the already-built objects an inspector may approach.
    """
    b = _Geo(spec, jd0, rng, spec.longitude_deg, "sk" if spec.ew_box_deg > 0 else "free")
    track = Track(first_day=spec.start_day, end_day=end_day, segments=[initial_state(b)])
    rows: list[dict[str, Any]] = []
    moves: list[tuple[float, float, float]] = [
        (r.day, r.to_longitude_deg, r.drift_deg_per_day) for r in spec.relocations
    ]
    if spec.approach is not None:
        aim = targets[spec.approach.target][2].longitude_deg + _offset_deg(spec.approach.offset_km)
        moves.append((spec.approach.day, aim, spec.approach.drift_deg_per_day))
    moves.sort()
    n_ew = n_ns = 0
    while True:
        seg = track.segments[-1]
        assert isinstance(seg, GeoState)
        anchor = seg.t_day + REANCHOR_DAYS if b.mode == "free" else np.inf
        move_day = moves[0][0] if moves else np.inf
        t = min(b.next_ew, b.next_ns, b.arrive, anchor, move_day)
        if t >= end_day:
            break
        s = advance(seg, t)
        assert isinstance(s, GeoState)
        if t == b.arrive and b.approach_target is not None:
            _colocate(b, s, track, rows, targets)
            break
        if t == b.arrive:
            s, dv, da = _drift_stop(b, s)
            rows.append(
                row(
                    spec.norad_id,
                    spec.name,
                    "geo-relocation",
                    t,
                    label="irregular",
                    reasons="slot-change",
                    delta_v_mps=abs(dv),
                    direction="in-plane",
                    delta_a_km=da,
                    delta_i_deg=0.0,
                    notes=f"drift stop at the new slot {b.center_deg:g} deg E",
                )
            )
        elif t == move_day:
            _, to_deg, rate = moves.pop(0)
            is_approach = spec.approach is not None and t == spec.approach.day
            s, dv, da = _drift_start(b, s, to_deg, rate)
            if is_approach:
                b.approach_target = to_deg
            rows.append(
                row(
                    spec.norad_id,
                    spec.name,
                    "rendezvous" if is_approach else "geo-relocation",
                    t,
                    label="irregular",
                    reasons="drift-start;slot-change",
                    delta_v_mps=abs(dv),
                    direction="in-plane",
                    delta_a_km=da,
                    delta_i_deg=0.0,
                    notes=f"drift start towards {to_deg:g} deg E at {rate:g} deg/day",
                )
            )
        elif t == b.next_ew:
            s, dv, da = _tangential(b, s, _ew_target(b, s))
            s = _start_cycle(b, s, first=False)
            n_ew += 1
            rows.append(
                row(
                    spec.norad_id,
                    spec.name,
                    "geo-ew-station-keeping",
                    t,
                    delta_v_mps=abs(dv),
                    direction="in-plane",
                    delta_a_km=da,
                    delta_i_deg=0.0,
                    notes=f"routine east-west burn #{n_ew}",
                )
            )
        elif t == b.next_ns:
            s, dv, di, change = _ns_burn(b, s)
            n_ns += 1
            rows.append(
                row(
                    spec.norad_id,
                    spec.name,
                    "geo-ns-station-keeping",
                    t,
                    delta_v_mps=dv,
                    direction="out-of-plane",
                    delta_a_km=0.0,
                    delta_i_deg=di,
                    notes=f"routine north-south burn #{n_ns}: "
                    f"inclination vector moved {change:.4f} deg",
                )
            )
        else:
            accel = _accel(s.lon_deg) if abs(s.drift_deg_per_day) < FAST_DRIFT else 0.0
            s = replace(s, accel_deg_per_day2=accel)
        track.segments.append(s)
    return track, rows
