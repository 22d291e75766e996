"""LEO objects: drag decay, drag make-up manoeuvres, one-off burns and re-entry."""

from __future__ import annotations

from typing import Any

import numpy as np

from ssaviewer.core.constants import EARTH_RADIUS_KM
from ssaviewer.core.simulate import dynamics as dyn
from ssaviewer.core.simulate.burns import leo_burn, row
from ssaviewer.core.simulate.spec import Burn, LeoSpec
from ssaviewer.core.simulate.track import LeoState, Track, advance

#: Mean altitude (km) taken as re-entry: element sets stop, the answer key records a decay.
REENTRY_ALTITUDE_KM = 120.0
#: Segments are re-anchored this often (days) so the drag constant follows the altitude.
REANCHOR_DAYS = 5.0


def initial_state(spec: LeoSpec, rng: np.random.Generator) -> LeoState:
    """Return the mean elements at ``spec.start_day`` (angles drawn from ``rng``)."""
    a = EARTH_RADIUS_KM + spec.altitude_km
    if spec.drag_makeup_band_km > 0:
        a += spec.drag_makeup_band_km * rng.uniform(-0.5, 1.0)
    raan, argp, m = rng.uniform(0.0, 360.0, 3)
    q = float(dyn.drag_constant_km5_per_day(np.array(a), np.array(spec.bstar)))
    return LeoState(
        spec.start_day, a, spec.eccentricity, spec.inclination_deg, raan, argp, m, spec.bstar, q
    )


def _next_makeup(state: LeoState, lower_km: float, rng: np.random.Generator) -> float:
    """Day of the next drag make-up burn: when a reaches the band's floor, a little early."""
    days = dyn.days_to_reach_km(state.a_km, state.q, lower_km)
    return state.t_day + max(days - rng.uniform(0.0, 1.0), 0.5)


def run_leo(
    norad_id: int,
    name: str,
    state: LeoState,
    end_day: float,
    rng: np.random.Generator,
    *,
    band_km: float = 0.0,
    reference_km: float | None = None,
    burns: tuple[Burn, ...] = (),
) -> tuple[Track, list[dict[str, Any]]]:
    """Evolve a LEO object from ``state`` to ``end_day`` or re-entry.

    First the next event is found (a one-off burn, a drag make-up burn when a reaches the
    lower edge of ``band_km`` around its reference, re-anchoring, re-entry); then the state is
    advanced to it and the burn applied. Returns the track and its answer-key rows.
    """
    track = Track(first_day=state.t_day, end_day=end_day, segments=[state])
    rows: list[dict[str, Any]] = []
    pending = sorted(burns, key=lambda b: b.day)
    reference = state.a_km if reference_km is None else reference_km
    makeup = _next_makeup(state, reference - band_km, rng) if band_km > 0 else np.inf
    count = 0
    while True:
        seg = track.segments[-1]
        assert isinstance(seg, LeoState)
        floor = EARTH_RADIUS_KM + REENTRY_ALTITUDE_KM
        reentry = seg.t_day + dyn.days_to_reach_km(seg.a_km, seg.q, floor)
        anchor = seg.t_day + (1.0 if seg.a_km < EARTH_RADIUS_KM + 250 else REANCHOR_DAYS)
        burn_day = pending[0].day if pending else np.inf
        t = min(reentry, anchor, burn_day, makeup)
        if t >= end_day:
            break
        if t == reentry:
            track.end_day = reentry
            rows.append(
                row(
                    norad_id,
                    name,
                    "decay",
                    reentry,
                    event_type="decay",
                    notes="mean altitude reached 120 km: re-entry",
                )
            )
            break
        new = advance(seg, t)
        assert isinstance(new, LeoState)
        if t == burn_day:
            burn = pending.pop(0)
            new, dv, way = leo_burn(new, burn.delta_a_km, burn.delta_i_deg)
            reference += burn.delta_a_km
            kind = _kind(burn)
            reason = "magnitude-outlier" if kind != "inclination-change" else "first-of-kind"
            rows.append(
                row(
                    norad_id,
                    name,
                    kind,
                    t,
                    label="irregular",
                    reasons=reason,
                    delta_v_mps=dv,
                    direction=way,
                    delta_a_km=burn.delta_a_km,
                    delta_i_deg=burn.delta_i_deg,
                    notes="unannounced one-off burn",
                )
            )
            if band_km > 0:
                makeup = _next_makeup(new, reference - band_km, rng)
        elif t == makeup:
            delta_a = reference + band_km - new.a_km
            new, dv, way = leo_burn(new, delta_a, 0.0)
            count += 1
            rows.append(
                row(
                    norad_id,
                    name,
                    "drag-makeup",
                    t,
                    delta_v_mps=dv,
                    direction=way,
                    delta_a_km=delta_a,
                    delta_i_deg=0.0,
                    notes=f"routine drag make-up #{count}",
                )
            )
            makeup = _next_makeup(new, reference - band_km, rng)
        track.segments.append(new)
    return track, rows


def _kind(burn: Burn) -> str:
    if burn.delta_a_km == 0:
        return "inclination-change"
    return "orbit-raising" if burn.delta_a_km > 0 else "orbit-lowering"


def build_leo(
    spec: LeoSpec, end_day: float, rng: np.random.Generator
) -> tuple[Track, list[dict[str, Any]]]:
    """Build a ``[[leo]]`` object's true history and answer-key rows."""
    return run_leo(
        spec.norad_id,
        spec.name,
        initial_state(spec, rng),
        end_day,
        rng,
        band_km=spec.drag_makeup_band_km,
        reference_km=EARTH_RADIUS_KM + spec.altitude_km,
        burns=spec.manoeuvres,
    )
