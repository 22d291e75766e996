"""Impulsive burns on mean elements with Gauss's variational equations (near-circular orbits).

A tangential Δv_t changes a by 2aΔv_t/v and the eccentricity vector by 2Δv_t/v towards the
burn's argument of latitude; a normal Δv_n changes the inclination vector by Δv_n/v (done at
a node, so a LEO burn changes i only). Answer-key rows are built here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from ssaviewer.core.simulate import dynamics as dyn
from ssaviewer.core.simulate.track import LeoState

#: A component below this fraction of the total Δv does not make a burn "mixed".
MIXED_FRACTION = 0.1


def direction(dv_tangential_mps: float, dv_normal_mps: float) -> str:
    """``in-plane``, ``out-of-plane`` or ``mixed`` from the Δv components."""
    total = np.hypot(dv_tangential_mps, dv_normal_mps)
    if abs(dv_normal_mps) <= MIXED_FRACTION * total:
        return "in-plane"
    if abs(dv_tangential_mps) <= MIXED_FRACTION * total:
        return "out-of-plane"
    return "mixed"


def tangential_dv_mps(a_km: float, delta_a_km: float) -> float:
    """Tangential Δv (m/s, signed) that changes a circular orbit's a by ``delta_a_km``."""
    speed = float(dyn.orbital_speed_mps(np.array(a_km)))
    return speed * delta_a_km / (2.0 * a_km)


def leo_burn(state: LeoState, delta_a_km: float, delta_i_deg: float) -> tuple[LeoState, float, str]:
    """Apply a burn of Δa, Δi to a LEO state; returns the new state, |Δv| (m/s), direction."""
    speed = float(dyn.orbital_speed_mps(np.array(state.a_km)))
    dv_t = tangential_dv_mps(state.a_km, delta_a_km)
    dv_n = speed * np.radians(delta_i_deg)
    u = np.radians(state.argp_deg + state.m_deg)
    argp = np.radians(state.argp_deg)
    ex = state.e * np.cos(argp) + 2.0 * dv_t / speed * np.cos(u)
    ey = state.e * np.sin(argp) + 2.0 * dv_t / speed * np.sin(u)
    new_argp = float(np.degrees(np.arctan2(ey, ex)))
    a = state.a_km + delta_a_km
    new = replace(
        state,
        a_km=a,
        e=float(np.hypot(ex, ey)),
        i_deg=state.i_deg + delta_i_deg,
        argp_deg=new_argp,
        m_deg=state.argp_deg + state.m_deg - new_argp,
        q=dyn.drag_q(a, state.bstar, state.t_day),
    )
    return new, float(np.hypot(dv_t, dv_n)), direction(dv_t, dv_n)


def row(
    norad_id: int,
    name: str,
    behaviour: str,
    day: float,
    *,
    event_type: str = "manoeuvre",
    label: str = "regular",
    reasons: str = "",
    delta_v_mps: float = float("nan"),
    direction: str = "",
    delta_a_km: float = float("nan"),
    delta_i_deg: float = float("nan"),
    notes: str = "",
) -> dict[str, Any]:
    """One answer-key row (``day`` is converted to ``time_utc`` by the scenario)."""
    return {
        "norad_id": norad_id,
        "object_name": name,
        "behaviour": behaviour,
        "event_type": event_type,
        "expected_label": label,
        "expected_reasons": reasons,
        "day": day,
        "delta_v_mps": delta_v_mps,
        "direction": direction,
        "delta_a_km": delta_a_km,
        "delta_i_deg": delta_i_deg,
        "notes": notes,
    }
