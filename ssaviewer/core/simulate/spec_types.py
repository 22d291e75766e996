"""The frozen dataclasses a scenario SPEC becomes, and the error a bad SPEC raises."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd


class SpecError(ValueError):
    """A SPEC problem: ``where`` (table and key) and ``expected`` (what would be valid)."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


@dataclass(frozen=True)
class Burn:
    """A one-off (irregular) LEO manoeuvre: ``day`` after the start, Δa (km), Δi (deg)."""

    day: float
    delta_a_km: float = 0.0
    delta_i_deg: float = 0.0


@dataclass(frozen=True)
class Relocation:
    """A GEO slot change: drift starts on ``day`` at ``drift_deg_per_day`` toward the slot."""

    day: float
    to_longitude_deg: float
    drift_deg_per_day: float = 0.5


@dataclass(frozen=True)
class Approach:
    """An inspector's approach: on ``day`` it drifts to ``offset_km`` of GEO object ``target``."""

    target: int
    day: float
    offset_km: float = 10.0
    drift_deg_per_day: float = 0.3


@dataclass(frozen=True)
class Rendezvous:
    """A LEO inspector's rendezvous with LEO object ``target`` (another owner's, usually).

    The inspector starts (``start_day``, its launch) in a phasing orbit at its own
    ``altitude_km``, in the plane the target's will have on ``day`` and phased so that two
    in-plane burns, on ``day`` (most of the height) and ``final_days`` later (the rest),
    park it ``offset_km`` behind the target along its track; from then on it repeats the
    target's orbit and drag make-up burns.
    """

    target: int
    day: float
    offset_km: float = 20.0
    final_days: float = 3.0
    #: Height below the target's (km) the first burn leaves for the last days of approach.
    closing_km: float = 3.0


@dataclass(frozen=True)
class LaunchNotice:
    """A pre-launch notification of launch ``launch`` (``YYYY-NNN``) by ``state``.

    The simulator writes it into ``launch_notifications.csv``, dated ``days_before`` days
    before the launch's first element set; a launch inside the scenario with no notice is
    unannounced.
    """

    launch: str
    state: str
    days_before: float = 7.0
    note: str = ""


@dataclass(frozen=True)
class EndOfLife:
    """The end of a GEO mission on ``day``: station-keeping stops for good.

    With ``raise_km`` > 0 the object is first re-orbited above the belt by ``burns`` equal
    tangential burns 2.5 days apart (so their eccentricity changes cancel) and then drifts;
    with ``raise_km`` = 0 it is abandoned where it is and drifts or librates in the belt.
    """

    day: float
    raise_km: float = 0.0
    burns: int = 2


@dataclass(frozen=True)
class LeoSpec:
    """A low-Earth-orbit object (keys of a ``[[leo]]`` table).

    ``object_type`` is a SATCAT type (PAY, R/B, DEB, UNK; "" = from the name, see
    ``catalogue.default_object_type``) and ``owner`` a SATCAT owner code ("TBD" = unknown).
    """

    norad_id: int
    name: str
    object_id: str
    altitude_km: float
    inclination_deg: float
    bstar: float
    eccentricity: float = 0.001
    format: str = "tle"
    start_day: float = 0.0
    drag_makeup_band_km: float = 0.0
    manoeuvres: tuple[Burn, ...] = ()
    object_type: str = ""
    owner: str = "TBD"
    #: The mission ends on this day: no drag make-up after it (never by default).
    end_of_mission_day: float = math.inf
    #: An inspector's rendezvous with another [[leo]] object (none by default).
    rendezvous: Rendezvous | None = None


@dataclass(frozen=True)
class GeoSpec:
    """A geosynchronous object (keys of a ``[[geo]]`` table); ``object_type``, ``owner`` as LEO."""

    norad_id: int
    name: str
    object_id: str
    longitude_deg: float
    inclination_deg: float = 0.05
    format: str = "tle"
    start_day: float = 0.0
    ew_box_deg: float = 0.0
    ns_box_deg: float = 0.0
    drift_deg_per_day: float = 0.0
    relocations: tuple[Relocation, ...] = ()
    approach: Approach | None = None
    object_type: str = ""
    owner: str = "TBD"
    end_of_life: EndOfLife | None = None


@dataclass(frozen=True)
class FragmentationSpec:
    """A break-up of LEO object ``parent`` (keys of a ``[[fragmentation]]`` table)."""

    parent: int
    day: float
    pieces: int
    first_norad_id: int
    delta_v_mps: float = 10.0
    bstar_factor: float = 5.0
    appear_within_days: float = 10.0


@dataclass(frozen=True)
class ScenarioSpec:
    """A whole scenario: span, seed and objects."""

    name: str
    start_utc: pd.Timestamp
    days: float
    seed: int
    leo: tuple[LeoSpec, ...] = ()
    geo: tuple[GeoSpec, ...] = ()
    fragmentation: tuple[FragmentationSpec, ...] = ()
    launch_notice: tuple[LaunchNotice, ...] = ()
