"""A LEO inspector: launched into a phasing orbit, it parks next to another object and stays.

The inspector (a ``[[leo]]`` table with ``rendezvous``) is placed, at its launch, in the
plane its target will have on the day of arrival and phased so that it arrives
``offset_km`` behind the target along its track: from its phasing orbit (its own
``altitude_km``) a first in-plane burn on ``rendezvous.day`` raises it to ``closing_km``
below the target, a second ``final_days`` later matches the target's orbit. From then on it
repeats the target's orbit (the same segments, ``offset_km`` behind) and its drag make-up
burns, as a GEO inspector co-located with its target does.

The plane and phase are found in two passes: the inspector's history is built once from
provisional angles, and the node and mean anomaly at launch are shifted by what it misses
the arrival point by (neither changes the rates of the other elements or the drag decay).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from ssaviewer.core.constants import EARTH_RADIUS_KM
from ssaviewer.core.simulate import dynamics as dyn
from ssaviewer.core.simulate.burns import direction, leo_burn, row, tangential_dv_mps
from ssaviewer.core.simulate.leo import run_leo
from ssaviewer.core.simulate.spec import LeoSpec
from ssaviewer.core.simulate.track import LeoState, Track

Row = dict[str, Any]
#: Already-built LEO objects an inspector may target: norad_id → (track, rows, spec).
LeoTargets = dict[int, tuple[Track, list[Row], LeoSpec]]


def _leo_at(track: Track, t_day: float) -> LeoState:
    state = track.at(t_day)
    assert isinstance(state, LeoState)
    return state


def _approach(spec: LeoSpec, start: LeoState, target: Track, rng: np.random.Generator) -> Any:
    """Return the inspector's history to its last burn: (track, state there, first burn)."""
    r = spec.rendezvous
    assert r is not None
    before, _ = run_leo(spec.norad_id, spec.name, start, r.day, rng)
    at_burn = _leo_at(before, r.day)
    aim_km = _leo_at(target, r.day).a_km - r.closing_km
    burnt, dv, way = leo_burn(at_burn, aim_km - at_burn.a_km, 0.0)
    final = r.day + r.final_days
    closing, _ = run_leo(spec.norad_id, spec.name, burnt, final, rng)
    track = Track(start.t_day, final, [*before.segments, *closing.segments])
    return track, _leo_at(track, final), (at_burn.a_km, aim_km, dv, way)


def _placed_start(spec: LeoSpec, rng: np.random.Generator, target: Track) -> LeoState:
    """Return the launch state whose plane and phase lead to the arrival point (two passes)."""
    r = spec.rendezvous
    assert r is not None
    raan, argp = rng.uniform(0.0, 360.0, 2)
    a = EARTH_RADIUS_KM + spec.altitude_km
    aim = _leo_at(target, spec.start_day)
    q = dyn.drag_q(a, spec.bstar, spec.start_day)
    start = LeoState(
        spec.start_day, a, spec.eccentricity, aim.i_deg, raan, argp, 0.0, spec.bstar, q
    )
    _, there, _ = _approach(spec, start, target, rng)
    goal = _leo_at(target, r.day + r.final_days)
    offset_deg = float(np.degrees(r.offset_km / goal.a_km))
    d_raan = goal.raan_deg - there.raan_deg
    d_u = (goal.argp_deg + goal.m_deg - offset_deg) - (there.argp_deg + there.m_deg)
    return replace(start, raan_deg=raan + d_raan, m_deg=float(np.mod(d_u, 360.0)))


def build_inspector(
    spec: LeoSpec, end_day: float, rng: np.random.Generator, targets: LeoTargets
) -> tuple[Track, list[Row]]:
    """Build a ``[[leo]]`` inspector's true history and answer-key rows.

    Rows: the two ``rendezvous`` burns (irregular), a ``proximity-operation`` norm row on the
    arrival, and the target's later drag make-up burns repeated (``co-located``).
    """
    r = spec.rendezvous
    assert r is not None
    target_track, target_rows, target_spec = targets[r.target]
    track, there, (a0, aim_km, dv1, way1) = _approach(
        spec, _placed_start(spec, rng, target_track), target_track, rng
    )
    arrive = r.day + r.final_days
    goal = _leo_at(target_track, arrive)
    offset_deg = float(np.degrees(r.offset_km / goal.a_km))
    dv_t = tangential_dv_mps(there.a_km, goal.a_km - there.a_km)
    speed = float(dyn.orbital_speed_mps(np.array(goal.a_km)))
    plane = np.radians(goal.raan_deg - there.raan_deg) * np.sin(np.radians(goal.i_deg))
    dv_n = speed * float(plane)
    name, norad, other = spec.name, spec.norad_id, f"{target_spec.name} ({target_spec.norad_id})"
    rows = [
        row(norad, name, "rendezvous", r.day, label="irregular", reasons="magnitude-outlier",
            delta_v_mps=abs(dv1), direction=way1, delta_a_km=aim_km - a0, delta_i_deg=0.0,
            notes=f"phasing orbit raised to {r.closing_km:g} km below {other}"),
        row(norad, name, "rendezvous", arrive, label="irregular", reasons="magnitude-outlier",
            delta_v_mps=float(np.hypot(dv_t, dv_n)), direction=direction(dv_t, dv_n),
            delta_a_km=goal.a_km - there.a_km, delta_i_deg=0.0,
            notes=f"orbit matched {r.offset_km:g} km behind {other} along its track"),
        row(norad, name, "proximity-operation", arrive, event_type="norm", label="irregular",
            reasons="proximity-operation",
            notes=f"stays {r.offset_km:g} km behind {other}, owner {target_spec.owner}, "
            "until the end"),
    ]  # fmt: skip
    track.segments.append(replace(goal, m_deg=goal.m_deg - offset_deg))
    for seg in target_track.segments:
        if seg.t_day > arrive and isinstance(seg, LeoState):
            track.segments.append(replace(seg, m_deg=seg.m_deg - offset_deg))
    track.end_day = min(end_day, target_track.end_day)
    for t in target_rows:
        if t["day"] > arrive and t["event_type"] == "manoeuvre":
            rows.append(
                t | {"norad_id": norad, "object_name": name, "notes": f"co-located with {other}"}
            )
    return track, rows
