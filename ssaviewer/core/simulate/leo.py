"""LEO objects: drag decay, drag make-up manoeuvres, one-off burns and re-entry."""

from __future__ import annotations

from dataclasses import dataclass
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

Row = dict[str, Any]


def initial_state(spec: LeoSpec, rng: np.random.Generator) -> LeoState:
    """Return the mean elements at ``spec.start_day`` (angles drawn from ``rng``)."""
    a = EARTH_RADIUS_KM + spec.altitude_km
    if spec.drag_makeup_band_km > 0:
        a += spec.drag_makeup_band_km * rng.uniform(-0.5, 1.0)
    raan, argp, m = rng.uniform(0.0, 360.0, 3)
    q = dyn.drag_q(a, spec.bstar, spec.start_day)
    return LeoState(
        spec.start_day, a, spec.eccentricity, spec.inclination_deg, raan, argp, m, spec.bstar, q
    )


def _next_makeup(state: LeoState, lower_km: float, rng: np.random.Generator) -> float:
    """Day of the next drag make-up burn: when a reaches the band's floor, a little early."""
    days = dyn.days_to_reach_km(state.a_km, state.q, lower_km)
    return state.t_day + max(days - rng.uniform(0.0, 1.0), 0.5)


@dataclass
class _Plan:
    """Mutable schedule of one LEO object: drag make-up band and its next burn."""

    norad_id: int
    name: str
    rng: np.random.Generator
    band_km: float
    reference_km: float
    next_makeup: float = np.inf
    n_makeup: int = 0
    last_burn: LeoState | None = None

    def schedule(self, state: LeoState) -> None:
        """Plan the next make-up burn from ``state`` (none without a band)."""
        if self.band_km > 0:
            self.next_makeup = _next_makeup(state, self.reference_km - self.band_km, self.rng)


def _one_off(plan: _Plan, state: LeoState, burn: Burn) -> tuple[LeoState, Row]:
    """Apply an unannounced burn: raising, lowering or an inclination change."""
    state, dv, way = leo_burn(state, burn.delta_a_km, burn.delta_i_deg)
    plan.reference_km += burn.delta_a_km
    plan.last_burn = state
    plan.schedule(state)
    kind = _kind(burn)
    return state, row(
        plan.norad_id, plan.name, kind, state.t_day, label="irregular",
        reasons="first-of-kind" if kind == "inclination-change" else "magnitude-outlier",
        delta_v_mps=dv, direction=way, delta_a_km=burn.delta_a_km,
        delta_i_deg=burn.delta_i_deg, notes="unannounced one-off burn",
    )  # fmt: skip


def _makeup(plan: _Plan, state: LeoState) -> tuple[LeoState, Row]:
    """Apply a routine drag make-up burn back to the top of the band."""
    delta_a = plan.reference_km + plan.band_km - state.a_km
    state, dv, way = leo_burn(state, delta_a, 0.0)
    plan.n_makeup += 1
    plan.last_burn = state
    plan.schedule(state)
    return state, row(
        plan.norad_id, plan.name, "drag-makeup", state.t_day, delta_v_mps=dv, direction=way,
        delta_a_km=delta_a, delta_i_deg=0.0, notes=f"routine drag make-up #{plan.n_makeup}",
    )  # fmt: skip


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
    end_of_mission_day: float = np.inf,
) -> tuple[Track, list[Row]]:
    """Evolve a LEO object from ``state`` to ``end_day`` or re-entry.

    First the next event is found (a one-off burn, a drag make-up burn when a reaches the
    lower edge of ``band_km`` around its reference, re-anchoring, re-entry); then the state is
    advanced to it and the burn applied. From ``end_of_mission_day`` on no burn is made (the
    answer key gets an ``end-of-mission`` norm row, see :func:`end_of_mission_row`). Returns
    the track and its answer-key rows.
    """
    track = Track(first_day=state.t_day, end_day=end_day, segments=[state])
    rows: list[Row] = []
    pending = sorted(burns, key=lambda b: b.day)
    reference = state.a_km if reference_km is None else reference_km
    plan = _Plan(norad_id, name, rng, band_km, reference)
    plan.schedule(state)
    floor = EARTH_RADIUS_KM + REENTRY_ALTITUDE_KM
    while True:
        seg = track.segments[-1]
        assert isinstance(seg, LeoState)
        reentry = seg.t_day + dyn.days_to_reach_km(seg.a_km, seg.q, floor)
        anchor = seg.t_day + (1.0 if seg.a_km < EARTH_RADIUS_KM + 250 else REANCHOR_DAYS)
        burn_day = pending[0].day if pending else np.inf
        t = min(reentry, anchor, burn_day, plan.next_makeup, end_of_mission_day)
        if t >= end_day:
            break
        if t == end_of_mission_day:
            pending, plan.band_km, plan.next_makeup = [], 0.0, np.inf
            end_of_mission_day = np.inf
            if plan.last_burn is not None:
                rows.append(end_of_mission_row(plan.norad_id, plan.name, plan.last_burn))
            continue
        if t == reentry:
            track.end_day = reentry
            notes = "mean altitude reached 120 km: re-entry"
            rows.append(row(norad_id, name, "decay", t, event_type="decay", notes=notes))
            break
        new = advance(seg, t)
        assert isinstance(new, LeoState)
        if t == burn_day:
            new, event = _one_off(plan, new, pending.pop(0))
            rows.append(event)
        elif t == plan.next_makeup:
            new, event = _makeup(plan, new)
            rows.append(event)
        track.segments.append(new)
    return track, rows


#: Lifetime thresholds (years) of the guidelines the answer key states the truth against:
#: 25 years (IADC, UN), 5 years (FCC 2022, ESA 2023); see ``ssaviewer.core.norms``.
LIFETIME_LIMITS_YEARS = (25.0, 5.0)


def true_lifetime_years(state: LeoState) -> float:
    """Years from ``state`` until the mean altitude reaches 120 km, at mean solar density."""
    q = float(dyn.drag_constant_km5_per_day(np.array(state.a_km), np.array(state.bstar)))
    floor = EARTH_RADIUS_KM + REENTRY_ALTITUDE_KM
    return dyn.days_to_reach_km(state.a_km, q, floor) / 365.25


def end_of_mission_row(norad_id: int, name: str, last_burn: LeoState) -> Row:
    """Return the answer-key row of a LEO end of mission: its true post-mission lifetime."""
    years = true_lifetime_years(last_burn)
    over_25, over_5 = (years > limit for limit in LIFETIME_LIMITS_YEARS)
    reasons = (
        "lifetime-over-25-years;lifetime-over-5-years"
        if over_25
        else "lifetime-over-5-years"
        if over_5
        else "lifetime-within-5-years"
    )
    return row(
        norad_id, name, "end-of-mission", last_burn.t_day, event_type="norm",
        label="irregular" if over_25 else "regular", reasons=reasons,
        notes=f"last drag make-up; true remaining lifetime {years:.1f} years (SGP4 drag law)",
    )  # fmt: skip


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
        end_of_mission_day=spec.end_of_mission_day,
    )
