"""GEO objects: station-keeping, relocation and an inspector's approach, as answer-key rows."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from ssaviewer.core.simulate import dynamics as dyn
from ssaviewer.core.simulate.burns import direction, row
from ssaviewer.core.simulate.geo_station import (
    FAST_DRIFT,
    GEO_A_KM,
    REANCHOR_DAYS,
    GeoBuilder,
    a_for_drift,
    drift_start,
    drift_stop,
    ew_target_drift,
    geo_accel,
    geo_speed_mps,
    initial_state,
    ns_burn,
    offset_deg,
    start_cycle,
    tangential_burn,
    wrap_deg,
)
from ssaviewer.core.simulate.spec import GeoSpec
from ssaviewer.core.simulate.track import GeoState, Track, advance

Targets = dict[int, tuple[Track, list[dict[str, Any]], GeoSpec]]


def _colocate(
    b: GeoBuilder, s: GeoState, track: Track, rows: list[dict[str, Any]], targets: Targets
) -> None:
    """Arrive next to the target: match its drift and inclination vector, then copy its moves."""
    approach = b.spec.approach
    assert approach is not None
    target_track, target_rows, target_spec = targets[approach.target]
    t = s.t_day
    ts = advance(target_track.segment_before(t), t)
    assert isinstance(ts, GeoState)
    offset = offset_deg(approach.offset_km)
    i_deg = float(np.hypot(*s.i_vec_deg))
    delta_a = a_for_drift(ts.drift_deg_per_day, i_deg) - a_for_drift(s.drift_deg_per_day, i_deg)
    dv_t = geo_speed_mps() * delta_a / (2.0 * GEO_A_KM)
    change = np.hypot(ts.i_vec_deg[0] - s.i_vec_deg[0], ts.i_vec_deg[1] - s.i_vec_deg[1])
    dv_n = geo_speed_mps() * float(np.radians(change))
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
    rows.append(
        row(norad, name, "proximity-operation", t, event_type="norm", label="irregular",
            reasons="proximity-operation",
            notes=f"stays about {approach.offset_km:g} km from {target_spec.name} "
            f"({target_spec.norad_id}), owner {target_spec.owner}, until the end")
    )  # fmt: skip
    track.segments.append(replace(ts, lon_deg=wrap_deg(ts.lon_deg + offset)))
    for seg in target_track.segments:
        if seg.t_day > t and isinstance(seg, GeoState):
            track.segments.append(replace(seg, lon_deg=wrap_deg(seg.lon_deg + offset)))
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


Row = dict[str, Any]


def _arrive(b: GeoBuilder, s: GeoState) -> tuple[GeoState, Row]:
    """Drift stop at the new slot of a relocation."""
    s, dv, da = drift_stop(b, s)
    return s, row(
        b.spec.norad_id, b.spec.name, "geo-relocation", s.t_day, label="irregular",
        reasons="slot-change", delta_v_mps=abs(dv), direction="in-plane", delta_a_km=da,
        delta_i_deg=0.0, notes=f"drift stop at the new slot {b.center_deg:g} deg E",
    )  # fmt: skip


def _move(b: GeoBuilder, s: GeoState, move: tuple[float, float, float]) -> tuple[GeoState, Row]:
    """Drift start of a relocation or of an approach."""
    _, to_deg, rate = move
    approach = b.spec.approach
    is_approach = approach is not None and s.t_day == approach.day
    s, dv, da = drift_start(b, s, to_deg, rate)
    if is_approach:
        b.approach_target = to_deg
    return s, row(
        b.spec.norad_id, b.spec.name, "rendezvous" if is_approach else "geo-relocation",
        s.t_day, label="irregular", reasons="drift-start;slot-change", delta_v_mps=abs(dv),
        direction="in-plane", delta_a_km=da, delta_i_deg=0.0,
        notes=f"drift start towards {to_deg:g} deg E at {rate:g} deg/day",
    )  # fmt: skip


def _east_west(b: GeoBuilder, s: GeoState) -> tuple[GeoState, Row]:
    """Routine east-west burn: a new parabola across the box."""
    s, dv, da = tangential_burn(b, s, ew_target_drift(b, s))
    s = start_cycle(b, s, first=False)
    b.n_ew += 1
    return s, row(
        b.spec.norad_id, b.spec.name, "geo-ew-station-keeping", s.t_day,
        delta_v_mps=abs(dv), direction="in-plane", delta_a_km=da, delta_i_deg=0.0,
        notes=f"routine east-west burn #{b.n_ew}",
    )  # fmt: skip


def _north_south(b: GeoBuilder, s: GeoState) -> tuple[GeoState, Row]:
    """Routine north-south burn: the inclination vector back across the box."""
    s, dv, di, change = ns_burn(b, s)
    b.n_ns += 1
    return s, row(
        b.spec.norad_id, b.spec.name, "geo-ns-station-keeping", s.t_day, delta_v_mps=dv,
        direction="out-of-plane", delta_a_km=0.0, delta_i_deg=di,
        notes=f"routine north-south burn #{b.n_ns}: inclination vector moved {change:.4f} deg",
    )  # fmt: skip


def _moves(spec: GeoSpec, targets: Targets) -> list[tuple[float, float, float]]:
    """Planned drifts (day, destination longitude, rate): relocations and the approach."""
    moves = [(r.day, r.to_longitude_deg, r.drift_deg_per_day) for r in spec.relocations]
    if spec.approach is not None:
        aim = targets[spec.approach.target][2].longitude_deg + offset_deg(spec.approach.offset_km)
        moves.append((spec.approach.day, aim, spec.approach.drift_deg_per_day))
    return sorted(moves)


#: IADC re-orbit minimum above the geostationary altitude with ssaviewer's default
#: C_R·A/m (1.5 × 0.02 m²/kg): 235 km + 1000 × 0.03 km (``ssaviewer.core.norms``).
IADC_MIN_RAISE_KM = 265.0
#: Days between re-orbit burns: 2.5 days puts each burn half a revolution (in inertial
#: longitude) from the last, so their eccentricity changes cancel, and leaves element sets
#: between them so each burn can be seen.
DISPOSAL_BURN_SPACING_DAYS = 2.5


def _end_of_life(b: GeoBuilder, s: GeoState, track: Track, rows: list[Row]) -> GeoState:
    """Stop station-keeping for good; re-orbit first when ``end_of_life.raise_km`` > 0.

    Re-orbiting: ``burns`` equal tangential burns ``DISPOSAL_BURN_SPACING_DAYS`` apart (their
    eccentricity changes cancel), each an answer-key ``geo-disposal`` manoeuvre; then one
    ``end-of-life`` norm row on the last burn (or, when abandoned, on the last
    station-keeping burn).
    """
    eol = b.spec.end_of_life
    assert eol is not None
    b.mode, b.next_ew, b.next_ns = "free", np.inf, np.inf
    norad, name = b.spec.norad_id, b.spec.name
    if eol.raise_km <= 0:
        burns = [r["day"] for r in rows if r["event_type"] == "manoeuvre"]
        rows.append(
            row(norad, name, "end-of-life", burns[-1] if burns else s.t_day,
                event_type="norm", label="irregular", reasons="abandoned-in-geo",
                notes="station-keeping stops; no re-orbit: left in the protected GEO region")
        )  # fmt: skip
        return replace(s, accel_deg_per_day2=geo_accel(s.lon_deg))
    i_deg = float(np.hypot(*s.i_vec_deg))
    a0 = a_for_drift(s.drift_deg_per_day, i_deg)
    for k in range(eol.burns):
        if k:
            track.segments.append(s)
            moved = advance(s, s.t_day + DISPOSAL_BURN_SPACING_DAYS)
            assert isinstance(moved, GeoState)
            s = moved
        a = np.array(a0 + eol.raise_km * (k + 1) / eol.burns)
        drift = float(dyn.longitude_rate_deg_per_day(a, np.array(3e-4), np.array(i_deg)))
        s, dv, da = tangential_burn(b, s, drift)
        s = replace(s, accel_deg_per_day2=0.0)
        rows.append(
            row(norad, name, "geo-disposal", s.t_day, label="irregular", delta_v_mps=abs(dv),
                direction="in-plane", delta_a_km=da, delta_i_deg=0.0,
                notes=f"re-orbit burn {k + 1} of {eol.burns}: {eol.raise_km:g} km in all")
        )  # fmt: skip
    ok = eol.raise_km >= IADC_MIN_RAISE_KM
    rows.append(
        row(norad, name, "end-of-life", s.t_day, event_type="norm",
            label="regular" if ok else "irregular",
            reasons="disposal-ok" if ok else "disposal-below-guideline",
            notes=f"re-orbited {eol.raise_km:g} km above its slot, then drifts")
    )  # fmt: skip
    return s


def build_geo(
    spec: GeoSpec, end_day: float, rng: np.random.Generator, jd0: float, targets: Targets
) -> tuple[Track, list[Row]]:
    """Build a ``[[geo]]`` object's true history and answer-key rows.

    First the next event is found (east-west or north-south burn, slot change, approach,
    arrival, re-anchoring of a free drifter); then the state is advanced to it and the burn
    applied. ``targets`` holds the already-built objects an inspector may approach.
    """
    b = GeoBuilder(spec, jd0, rng, spec.longitude_deg, "sk" if spec.ew_box_deg > 0 else "free")
    track = Track(first_day=spec.start_day, end_day=end_day, segments=[initial_state(b)])
    rows: list[Row] = []
    moves = _moves(spec, targets)
    while True:
        seg = track.segments[-1]
        assert isinstance(seg, GeoState)
        anchor = seg.t_day + REANCHOR_DAYS if b.mode == "free" else np.inf
        move_day = moves[0][0] if moves else np.inf
        eol_day = spec.end_of_life.day if spec.end_of_life and b.mode != "free" else np.inf
        t = min(b.next_ew, b.next_ns, b.arrive, anchor, move_day, eol_day)
        if t >= end_day:
            break
        s = advance(seg, t)
        assert isinstance(s, GeoState)
        if t == eol_day:
            moves = []
            track.segments.append(_end_of_life(b, s, track, rows))
            continue
        if t == b.arrive and b.approach_target is not None:
            _colocate(b, s, track, rows, targets)
            break
        if t == b.arrive:
            s, new = _arrive(b, s)
        elif t == move_day:
            s, new = _move(b, s, moves.pop(0))
        elif t == b.next_ew:
            s, new = _east_west(b, s)
        elif t == b.next_ns:
            s, new = _north_south(b, s)
        else:  # re-anchor a free drifter: the acceleration follows its longitude
            accel = geo_accel(s.lon_deg) if abs(s.drift_deg_per_day) < FAST_DRIFT else 0.0
            track.segments.append(replace(s, accel_deg_per_day2=accel))
            continue
        rows.append(new)
        track.segments.append(s)
    return track, rows
