"""Fragmentation: a debris cloud thrown off a LEO parent, catalogued over the following days."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from ssaviewer.core.simulate import dynamics as dyn
from ssaviewer.core.simulate.burns import row
from ssaviewer.core.simulate.spec import FragmentationSpec, LeoSpec
from ssaviewer.core.simulate.track import LeoState, Track

#: COSPAR piece letters (I and O are not used).
PIECE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def piece_designator(parent_object_id: str, k: int) -> str:
    """Designator of the k-th piece after the parent (``2009-001A`` → ``2009-001B``, ...).

    Pieces after Z continue AA, AB, ... as the catalogue does.
    """
    base = parent_object_id.rstrip(PIECE_LETTERS)
    index = PIECE_LETTERS.index(parent_object_id[len(base) :][-1:] or "A") + 1 + k
    if index < len(PIECE_LETTERS):
        return base + PIECE_LETTERS[index]
    first, second = divmod(index - len(PIECE_LETTERS), len(PIECE_LETTERS))
    return base + PIECE_LETTERS[first] + PIECE_LETTERS[second]


def piece_state(parent: LeoState, dv_rtn_mps: np.ndarray, bstar: float) -> LeoState:
    """Parent state changed by a radial/along-track/cross-track Δv (Gauss, near-circular)."""
    speed = float(dyn.orbital_speed_mps(np.array(parent.a_km)))
    dv_r, dv_t, dv_n = (float(x) for x in dv_rtn_mps)
    u = np.radians(parent.argp_deg + parent.m_deg)
    argp = np.radians(parent.argp_deg)
    ex = parent.e * np.cos(argp) + (2 * dv_t * np.cos(u) + dv_r * np.sin(u)) / speed
    ey = parent.e * np.sin(argp) + (2 * dv_t * np.sin(u) - dv_r * np.cos(u)) / speed
    new_argp = float(np.degrees(np.arctan2(ey, ex)))
    a = parent.a_km + 2.0 * parent.a_km * dv_t / speed
    sin_i = max(np.sin(np.radians(parent.i_deg)), 1e-3)
    return replace(
        parent,
        a_km=a,
        e=float(np.hypot(ex, ey)),
        i_deg=parent.i_deg + float(np.degrees(dv_n / speed * np.cos(u))),
        raan_deg=parent.raan_deg + float(np.degrees(dv_n / speed * np.sin(u) / sin_i)),
        argp_deg=new_argp,
        m_deg=parent.argp_deg + parent.m_deg - new_argp,
        bstar=bstar,
        q=dyn.drag_q(a, bstar, parent.t_day),
    )


def break_up(
    spec: FragmentationSpec, parent: LeoSpec, parent_track: Track, rng: np.random.Generator
) -> tuple[list[tuple[int, str, str, LeoState, float]], dict[str, Any]]:
    """Make the debris pieces of one fragmentation.

    Returns
    -------
    (pieces, answer_row)
        ``pieces``: per piece (norad_id, name, object_id, state at the break-up, first day it
        is published); ``answer_row``: the parent's ``fragmentation`` answer-key row.
    """
    state = parent_track.at(spec.day)
    assert isinstance(state, LeoState)
    pieces = []
    for k in range(spec.pieces):
        direction = rng.standard_normal(3)
        size = spec.delta_v_mps * rng.lognormal(0.0, 0.5)
        dv = direction / np.linalg.norm(direction) * size
        bstar = parent.bstar * spec.bstar_factor * rng.lognormal(0.0, 0.5)
        first = spec.day + rng.uniform(1.0, spec.appear_within_days)
        pieces.append(
            (
                spec.first_norad_id + k,
                f"{parent.name} DEB",
                piece_designator(parent.object_id, k),
                piece_state(state, dv, bstar),
                first,
            )
        )
    ids = f"{spec.first_norad_id}-{spec.first_norad_id + spec.pieces - 1}"
    answer = row(
        parent.norad_id,
        parent.name,
        "fragmentation",
        spec.day,
        event_type="fragmentation",
        label="irregular",
        reasons="fragmentation",
        notes=f"{spec.pieces} pieces, NORAD {ids}, designators {pieces[0][2]}..{pieces[-1][2]},"
        f" catalogued within {spec.appear_within_days:g} days",
    )
    return pieces, answer
