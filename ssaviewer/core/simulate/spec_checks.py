"""SPEC value ranges and cross-table checks (unique ids, known targets, days in span)."""

from __future__ import annotations

import math
import re

from ssaviewer.core.simulate.spec_types import GeoSpec, LeoSpec, ScenarioSpec, SpecError

FORMATS = ("tle", "omm-json")
#: SATCAT object types a SPEC may give ("" = derived from the name).
OBJECT_TYPES = ("", "PAY", "R/B", "DEB", "UNK")
#: A SATCAT owner code: 1 to 6 capital letters, digits or "/" (CelesTrak's "US", "PRC", "ESA").
OWNER_PATTERN = re.compile(r"[A-Z0-9/]{1,6}")
#: A COSPAR launch: year and launch number.
LAUNCH_PATTERN = re.compile(r"\d{4}-\d{3}")
#: Allowed ranges (inclusive) of numeric keys, per table; the model is near-circular orbits.
RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("ScenarioSpec", "days"): (1.0, 36525.0),
    ("ScenarioSpec", "seed"): (0, 2**63 - 1),
    ("LeoSpec", "altitude_km"): (150.0, 2000.0),
    ("LeoSpec", "inclination_deg"): (0.0, 180.0),
    ("LeoSpec", "bstar"): (0.0, 0.1),
    ("LeoSpec", "eccentricity"): (0.0, 0.1),
    ("LeoSpec", "start_day"): (0.0, 36525.0),
    ("LeoSpec", "drag_makeup_band_km"): (0.0, 50.0),
    ("LeoSpec", "end_of_mission_day"): (0.0, 36525.0),
    ("Burn", "day"): (0.0, 36525.0),
    ("Burn", "delta_a_km"): (-1000.0, 1000.0),
    ("Burn", "delta_i_deg"): (-10.0, 10.0),
    ("GeoSpec", "longitude_deg"): (-180.0, 360.0),
    ("GeoSpec", "inclination_deg"): (0.0, 20.0),
    ("GeoSpec", "start_day"): (0.0, 36525.0),
    ("GeoSpec", "ew_box_deg"): (0.0, 5.0),
    ("GeoSpec", "ns_box_deg"): (0.0, 5.0),
    ("GeoSpec", "drift_deg_per_day"): (-10.0, 10.0),
    ("Relocation", "day"): (0.0, 36525.0),
    ("Relocation", "to_longitude_deg"): (-180.0, 360.0),
    ("Relocation", "drift_deg_per_day"): (0.01, 10.0),
    ("EndOfLife", "day"): (0.0, 36525.0),
    ("EndOfLife", "raise_km"): (0.0, 2000.0),
    ("EndOfLife", "burns"): (1, 10),
    ("Approach", "day"): (0.0, 36525.0),
    ("Approach", "offset_km"): (0.1, 1000.0),
    ("Approach", "drift_deg_per_day"): (0.01, 10.0),
    ("Rendezvous", "day"): (0.0, 36525.0),
    ("Rendezvous", "offset_km"): (0.1, 1000.0),
    ("Rendezvous", "final_days"): (0.5, 30.0),
    ("Rendezvous", "closing_km"): (0.5, 50.0),
    ("LaunchNotice", "days_before"): (0.0, 365.0),
    ("FragmentationSpec", "day"): (0.0, 36525.0),
    ("FragmentationSpec", "pieces"): (1, 25),
    ("FragmentationSpec", "first_norad_id"): (1, 339_975),
    ("FragmentationSpec", "delta_v_mps"): (0.0, 1000.0),
    ("FragmentationSpec", "bstar_factor"): (0.1, 1000.0),
    ("FragmentationSpec", "appear_within_days"): (1.0, 365.0),
}


def _check_format(where: str, fmt: str) -> None:
    if fmt not in FORMATS:
        raise SpecError(f"{where}: key 'format'", f"expected one of {FORMATS}, got {fmt!r}")


def _check_catalogue(where: str, obj: LeoSpec | GeoSpec) -> None:
    if obj.object_type not in OBJECT_TYPES:
        raise SpecError(
            f"{where}: key 'object_type'",
            f"expected one of PAY, R/B, DEB, UNK, got {obj.object_type!r}",
        )
    if not OWNER_PATTERN.fullmatch(obj.owner):
        raise SpecError(
            f"{where}: key 'owner'",
            f"expected a SATCAT owner code (1-6 of A-Z, 0-9, /, e.g. US), got {obj.owner!r}",
        )


def _check_days(source: str, spec: ScenarioSpec) -> None:
    """Every start day and event day must fall inside the scenario."""
    days: list[tuple[str, float]] = []
    for o in spec.leo:
        days.append((f"[[leo]] {o.norad_id} key 'start_day'", o.start_day))
        days += [(f"[[leo]] {o.norad_id} key 'manoeuvres'", b.day) for b in o.manoeuvres]
    for g in spec.geo:
        days.append((f"[[geo]] {g.norad_id} key 'start_day'", g.start_day))
        days += [(f"[[geo]] {g.norad_id} key 'relocations'", r.day) for r in g.relocations]
        if g.approach is not None:
            days.append((f"[[geo]] {g.norad_id} key 'approach'", g.approach.day))
    for o in spec.leo:
        if o.rendezvous is not None:
            last = o.rendezvous.day + o.rendezvous.final_days
            days.append((f"[[leo]] {o.norad_id} key 'rendezvous' (day + final_days)", last))
    days += [(f"[[fragmentation]] {f.parent} key 'day'", f.day) for f in spec.fragmentation]
    for where, day in days:
        if day >= spec.days:
            raise SpecError(
                f"{source}: {where}",
                f"expected days before the end of the scenario ({spec.days:g}), got {day:g}",
            )


def _check_rendezvous(source: str, o: LeoSpec, spec: ScenarioSpec, leo_ids: set[int]) -> None:
    """Check that a rendezvous targets another [[leo]] object, after its inspector exists."""
    r = o.rendezvous
    if r is None:
        return
    where = f"{source}: [[leo]] {o.norad_id} key 'rendezvous"
    if r.target not in leo_ids or r.target == o.norad_id:
        raise SpecError(
            f"{where}.target'", f"expected the norad_id of another [[leo]] object, got {r.target}"
        )
    if r.day <= o.start_day:
        raise SpecError(
            f"{where}.day'", f"expected a day after start_day ({o.start_day:g}), got {r.day:g}"
        )
    if o.manoeuvres or o.drag_makeup_band_km > 0 or math.isfinite(o.end_of_mission_day):
        raise SpecError(
            f"{where}'",
            "expected no manoeuvres, drag_makeup_band_km or end_of_mission_day beside it"
            " (after the rendezvous the inspector repeats its target's burns)",
        )
    if any(t.rendezvous is not None for t in spec.leo if t.norad_id == r.target):
        raise SpecError(f"{where}.target'", "expected a target without a rendezvous of its own")


def check_scenario(source: str, spec: ScenarioSpec) -> None:
    """Cross-table checks: unique ids (pieces included), known parents and targets."""
    ids: set[int] = set()
    everything: list[LeoSpec | GeoSpec] = [*spec.leo, *spec.geo]
    for k, obj in enumerate(everything):
        if obj.norad_id in ids or not 0 < obj.norad_id < 340_000:
            raise SpecError(
                f"{source}: object #{k + 1} key 'norad_id'",
                f"expected a unique id from 1 to 339999, got {obj.norad_id}",
            )
        ids.add(obj.norad_id)
        _check_format(f"{source}: object {obj.norad_id}", obj.format)
        _check_catalogue(f"{source}: object {obj.norad_id}", obj)
    _check_days(source, spec)
    geo_ids = {g.norad_id for g in spec.geo}
    for g in spec.geo:
        if g.approach is not None and g.approach.target not in geo_ids:
            raise SpecError(
                f"{source}: [[geo]] {g.norad_id} key 'approach.target'",
                f"expected the norad_id of a [[geo]] object, got {g.approach.target}",
            )
    leo_ids = {o.norad_id for o in spec.leo}
    for o in spec.leo:
        _check_rendezvous(source, o, spec, leo_ids)
    launches = {o.object_id[:8] for o in everything if o.start_day > 0}
    for n in spec.launch_notice:
        if not LAUNCH_PATTERN.fullmatch(n.launch) or n.launch not in launches:
            raise SpecError(
                f"{source}: [[launch_notice]] key 'launch'",
                "expected the COSPAR launch (YYYY-NNN) of an object with start_day > 0,"
                f" one of {sorted(launches)}, got {n.launch!r}",
            )
        if not OWNER_PATTERN.fullmatch(n.state):
            raise SpecError(
                f"{source}: [[launch_notice]] {n.launch} key 'state'",
                f"expected a SATCAT owner code (1-6 of A-Z, 0-9, /, e.g. US), got {n.state!r}",
            )
    for f in spec.fragmentation:
        if f.parent not in leo_ids:
            raise SpecError(
                f"{source}: [[fragmentation]] key 'parent'",
                f"expected the norad_id of a [[leo]] object, got {f.parent}",
            )
        pieces = set(range(f.first_norad_id, f.first_norad_id + f.pieces))
        if pieces & ids:
            raise SpecError(
                f"{source}: [[fragmentation]] key 'first_norad_id'",
                f"expected ids not used by other objects, got {f.first_norad_id} "
                f"(pieces take {f.first_norad_id}-{f.first_norad_id + f.pieces - 1})",
            )
        ids |= pieces
