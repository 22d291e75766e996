"""The scenario builder's domain: objects and behaviours → SPEC and lesson TOML text.

The builder dialog keeps a table of objects (LEO or GEO, with or without routine
station-keeping) and a table of behaviours added at chosen days and magnitudes; this module
writes them as a simulator SPEC (:func:`spec_toml`, checked by
:func:`ssaviewer.core.simulate.parse_spec`) and writes the lesson with one narration note per
event (:func:`lesson_toml`; :func:`default_notes` drafts them from the answer key).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import pandas as pd

from ssaviewer.core.constants import EARTH_RADIUS_KM
from ssaviewer.core.orbits.geo import add_orbit_columns

#: Behaviours the builder offers: name → (regime, what the magnitude means).
BEHAVIOURS: Final[dict[str, tuple[str, str]]] = {
    "orbit change": ("LEO", "Δa (km), negative lowers"),
    "inclination change": ("LEO", "Δi (°)"),
    "fragmentation": ("LEO", "number of pieces (1-25)"),
    "relocation": ("GEO", "Δ longitude (°), drifting at 0.5 °/day"),
}
REGIMES: Final = ("LEO", "GEO")
#: B* of builder LEO objects (1/earth radii): a moderate drag decay.
LEO_BSTAR: Final = 8.0e-5
ROUTINE_LEO_BAND_KM: Final = 0.1
ROUTINE_GEO_BOX_DEG: Final = 0.05
RELOCATION_DRIFT_DEG_PER_DAY: Final = 0.5
#: First NORAD id of fragmentation pieces (then 100 per break-up).
FIRST_PIECE_ID: Final = 95001


@dataclass(frozen=True)
class BuilderObject:
    """One object: ``place`` is the altitude (km, LEO) or the longitude (°E, GEO)."""

    norad_id: int
    name: str
    regime: str
    place: float
    inclination_deg: float
    routine: bool


@dataclass(frozen=True)
class BuilderBehaviour:
    """One behaviour of object ``norad_id`` on ``day`` (see :data:`BEHAVIOURS`)."""

    norad_id: int
    behaviour: str
    day: float
    magnitude: float


def _text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string


def _check(objects: Sequence[BuilderObject], behaviours: Sequence[BuilderBehaviour]) -> None:
    by_id = {o.norad_id: o for o in objects}
    if len(by_id) != len(objects):
        raise ValueError("objects: two objects share a NORAD id; expected each id once")
    for o in objects:
        if o.regime not in REGIMES:
            raise ValueError(f"object {o.norad_id}: regime {o.regime!r}; expected LEO or GEO")
    for b in behaviours:
        if b.behaviour not in BEHAVIOURS:
            raise ValueError(f"behaviour {b.behaviour!r}; expected one of {', '.join(BEHAVIOURS)}")
        regime = BEHAVIOURS[b.behaviour][0]
        target = by_id.get(b.norad_id)
        if target is None or target.regime != regime:
            raise ValueError(
                f"behaviour {b.behaviour!r} on NORAD {b.norad_id}: expected a {regime} object "
                "of the scenario"
            )


def _leo(o: BuilderObject, own: list[BuilderBehaviour], k: int) -> list[str]:
    burns = [
        f"{{ day = {b.day:g}, delta_a_km = {b.magnitude:g} }}"
        if b.behaviour == "orbit change"
        else f"{{ day = {b.day:g}, delta_i_deg = {b.magnitude:g} }}"
        for b in own
        if b.behaviour in ("orbit change", "inclination change")
    ]
    lines = [
        "[[leo]]",
        f"norad_id = {o.norad_id}",
        f"name = {_text(o.name)}",
        f'object_id = "2024-{k + 1:03d}A"',
        f"altitude_km = {o.place:g}",
        f"inclination_deg = {o.inclination_deg:g}",
        f"bstar = {LEO_BSTAR:g}",
    ]
    if o.routine:
        lines.append(f"drag_makeup_band_km = {ROUTINE_LEO_BAND_KM:g}")
    if burns:
        lines.append(f"manoeuvres = [{', '.join(burns)}]")
    return lines


def _geo(o: BuilderObject, own: list[BuilderBehaviour], k: int) -> list[str]:
    lines = [
        "[[geo]]",
        f"norad_id = {o.norad_id}",
        f"name = {_text(o.name)}",
        f'object_id = "2024-{k + 1:03d}A"',
        f"longitude_deg = {o.place:g}",
        f"inclination_deg = {o.inclination_deg:g}",
    ]
    if o.routine:
        lines += [f"ew_box_deg = {ROUTINE_GEO_BOX_DEG:g}", f"ns_box_deg = {ROUTINE_GEO_BOX_DEG:g}"]
    moves = [
        f"{{ day = {b.day:g}, to_longitude_deg = {o.place + b.magnitude:g}, "
        f"drift_deg_per_day = {RELOCATION_DRIFT_DEG_PER_DAY:g} }}"
        for b in own
        if b.behaviour == "relocation"
    ]
    if moves:
        lines.append(f"relocations = [{', '.join(moves)}]")
    return lines


def spec_toml(
    name: str,
    start_utc: pd.Timestamp,
    days: float,
    seed: int,
    objects: Sequence[BuilderObject],
    behaviours: Sequence[BuilderBehaviour],
) -> str:
    """Return the SPEC TOML of a builder scenario.

    Raises
    ------
    ValueError
        Repeated NORAD ids, an unknown regime or behaviour, or a behaviour on an object of
        the wrong regime (or on none). Values out of the simulator's ranges are caught by
        :func:`~ssaviewer.core.simulate.parse_spec` on the returned text.
    """
    _check(objects, behaviours)
    start = pd.Timestamp(start_utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    blocks = [
        "# Made by the ssaviewer scenario builder.",
        f"[scenario]\nname = {_text(name)}\nstart_utc = {start}\ndays = {days:g}\nseed = {seed}",
    ]
    for k, o in enumerate(objects):
        own = [b for b in behaviours if b.norad_id == o.norad_id]
        lines = _leo(o, own, k) if o.regime == "LEO" else _geo(o, own, k)
        blocks.append("\n".join(lines))
    breakups = [b for b in behaviours if b.behaviour == "fragmentation"]
    for k, b in enumerate(breakups):
        blocks.append(
            "\n".join(
                [
                    "[[fragmentation]]",
                    f"parent = {b.norad_id}",
                    f"day = {b.day:g}",
                    f"pieces = {round(b.magnitude)}",
                    f"first_norad_id = {FIRST_PIECE_ID + 100 * k}",
                ]
            )
        )
    return "\n\n".join(blocks) + "\n"


def default_notes(answer_key: pd.DataFrame) -> pd.DataFrame:
    """Draft one narration note per irregular event: ``norad_id``, ``time_utc``, ``text``."""
    irregular = answer_key.loc[answer_key["expected_label"] == "irregular"]
    text = (
        irregular["object_name"].astype(str)
        + ": "
        + irregular["behaviour"].astype(str)
        + " ("
        + irregular["notes"].astype(str)
        + ")"
    )
    return pd.DataFrame(
        {
            "norad_id": irregular["norad_id"].astype("int64").to_numpy(),
            "time_utc": pd.to_datetime(irregular["time_utc"], utc=True).to_numpy(),
            "text": text.to_numpy(),
        }
    )


def lesson_toml(
    title: str, summary: str, tolerance_hours: float, quiz: str, notes: pd.DataFrame
) -> str:
    """Return lesson TOML (see :mod:`.lesson`); ``notes`` has ``norad_id, time_utc, text``."""
    lines = [
        "[lesson]",
        f"title = {_text(title)}",
        f"summary = {_text(summary)}",
        f"tolerance_hours = {tolerance_hours:g}",
        f"quiz = {_text(quiz)}",
    ]
    times = pd.to_datetime(notes["time_utc"], utc=True)
    for norad_id, time, text in zip(
        notes["norad_id"].astype("int64").tolist(), times, notes["text"].astype(str), strict=True
    ):
        lines += [
            "",
            "[[note]]",
            f"norad_id = {norad_id}",
            f"time_utc = {time.strftime('%Y-%m-%dT%H:%M:%SZ')}",
            f"text = {_text(text)}",
        ]
    return "\n".join(lines) + "\n"


def object_from_history(elements: pd.DataFrame, norad_id: int) -> BuilderObject:
    """Return a builder object shaped like loaded object ``norad_id`` at its last element set.

    LEO objects keep their mean altitude (clipped to the simulator's 150-2,000 km) and
    inclination; GEO and IGSO objects their longitude and inclination (clipped to 20°).

    Raises
    ------
    ValueError
        ``norad_id`` has no element sets in ``elements``.
    """
    rows = elements.loc[elements["norad_id"] == norad_id]
    if not len(rows):
        raise ValueError(f"NORAD {norad_id}: no element sets loaded; expected a loaded object")
    last = add_orbit_columns(rows.iloc[-1:]).iloc[0]
    name = str(last["object_name"]) or f"OBJECT {norad_id}"
    inclination = float(last["inclination_deg"])
    if str(last["regime"]) in ("GEO", "IGSO"):
        longitude = float(last["geo_longitude_deg"])
        return BuilderObject(
            norad_id, name, "GEO", round(longitude, 2), min(inclination, 20.0), True
        )
    altitude = float(last["semi_major_axis_km"]) - EARTH_RADIUS_KM
    altitude = min(max(altitude, 150.0), 2000.0)
    return BuilderObject(norad_id, name, "LEO", round(altitude, 1), round(inclination, 3), True)
