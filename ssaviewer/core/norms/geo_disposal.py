"""GEO end of mission: re-orbited above the protected region, or abandoned inside it.

The protected GEO region is the shell within ``protected_half_km`` (200) of the geostationary
altitude (35,786 km) and within ±15° latitude (inclination ≤ ``protected_inclination_deg``).

``disposal-ok`` / ``disposal-below-guideline``
    The object's last manoeuvres raised it: its final mean altitude (median of the last
    ``final_sets`` element sets, at least ``settle_days`` after the last manoeuvre) is at least
    ``min_raise_km`` above the altitude it kept before them, and it made no manoeuvre after.
    The achieved perigee above the geostationary altitude is compared with the IADC minimum
    ΔH = 235 km + 1000·C_R·A/m km and the eccentricity with ``max_eccentricity`` (0.003).
    C_R and A/m are not in element sets: the defaults ``reflectivity`` (1.5) and
    ``area_to_mass_m2_per_kg`` (0.02) are used, and the explanation says so.
``abandoned-in-geo``
    The object kept station (``min_manoeuvres`` or more manoeuvres) and then made none for
    max(``min_quiet_days``, ``cadence_factor`` × its usual interval) while still inside the
    protected region: it drifts or librates in the belt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ssaviewer.core.constants import EARTH_RADIUS_KM, NS_PER_DAY
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.i18n import message
from ssaviewer.core.norms import sources
from ssaviewer.core.norms.end_of_mission import MissionEnds, ObjectRows, norm_frame
from ssaviewer.core.orbits.frames import SIDEREAL_DEG_PER_DAY
from ssaviewer.core.table_order import epoch_ns

SECTION = "norm_geo_disposal"
#: Geostationary altitude (km above the WGS-72 equatorial radius the element table uses).
GEO_ALTITUDE_KM = 42164.17 - EARTH_RADIUS_KM
_COLUMNS = [
    "epoch_utc",
    "perigee_km",
    "apogee_km",
    "eccentricity",
    "inclination_deg",
    "semi_major_axis_km",
    "mean_motion_rev_per_day",
    "regime",
]


@dataclass(frozen=True)
class GeoDisposalParams:
    """GEO end-of-mission disposal (IADC 5.3.1, UN guideline 6).

    Sources: IADC Space Debris Mitigation Guidelines 5.3.1 (re-orbit ΔH ≥ 235 km +
    1000·C_R·A/m, e ≤ 0.003) and the UN Space Debris Mitigation Guidelines, guideline 6. An
    estimate from public element sets, not a legal finding.
    """

    #: The documents this rule cites (written into every event).
    source: str = f"{sources.IADC_GEO}; {sources.UN_SDM_GEO}"
    #: Solar radiation pressure coefficient C_R assumed (element sets do not carry it).
    reflectivity: float = 1.5
    #: Area-to-mass ratio A/m assumed (m²/kg; a typical GEO communications satellite).
    area_to_mass_m2_per_kg: float = 0.02
    #: Largest eccentricity of a compliant disposal orbit.
    max_eccentricity: float = 0.003
    #: Half-height of the protected GEO region (km) ...
    protected_half_km: float = 200.0
    #: ... and its inclination limit (deg; ±15° latitude).
    protected_inclination_deg: float = 15.0
    #: A final altitude at least this far (km) above the kept one is a disposal.
    min_raise_km: float = 50.0
    #: The raising manoeuvres: those within this many days before the last one.
    disposal_days: float = 30.0
    #: The final orbit is the median of the last this-many element sets ...
    final_sets: int = 5
    #: ... at least this many days after the last manoeuvre (no manoeuvre after it).
    settle_days: float = 5.0
    #: Abandoned: at least this many manoeuvres before ...
    min_manoeuvres: int = 3
    #: ... and none for max(min_quiet_days, cadence_factor × the usual interval).
    min_quiet_days: float = 60.0
    cadence_factor: float = 4.0


RULE_SECTION = RuleSection(
    SECTION,
    GeoDisposalParams,
    {ALL_REGIMES: GeoDisposalParams()},
    doc=GeoDisposalParams.__doc__ or "",
)


def disposal_events(
    elements: pd.DataFrame, manoeuvres: pd.DataFrame, ends: MissionEnds, rules: Rules
) -> pd.DataFrame:
    """Return one ``norm`` event per GEO object re-orbited or abandoned (``event_frame``)."""
    p: GeoDisposalParams = rules.section(RULE_SECTION, ALL_REGIMES)
    geo_rows = elements["regime"].isin(["GEO", "IGSO"]).to_numpy()
    if not geo_rows.any() or len(ends.table) == 0:
        return norm_frame([], SECTION, p.source, start="start", columns={})  # nothing to assess
    object_of_row = elements["norad_id"].to_numpy()
    ids = ends.table["norad_id"].to_numpy()
    is_geo = np.isin(ids, np.unique(object_of_row[geo_rows]))
    # Cheap first cut: quiet long enough to be abandoned, or now well above the object's
    # median altitude (a re-orbit); the few left are assessed one by one. Only the GEO
    # objects can be candidates: only theirs are measured (rows sorted by object).
    sma = elements["semi_major_axis_km"].to_numpy(dtype=np.float64)
    risen = np.full(len(ids), np.nan)
    for k in np.flatnonzero(is_geo).tolist():
        start, stop = (
            np.searchsorted(object_of_row, ids[k], side="left"),
            np.searchsorted(object_of_row, ids[k], side="right"),
        )
        if stop > start:
            risen[k] = sma[stop - 1] - _median(sma[start:stop])
    quiet = ends.table["quiet_days"].to_numpy()
    candidates = ends.table[
        is_geo
        & (quiet >= p.settle_days)
        & ((quiet >= p.min_quiet_days) | (risen >= p.min_raise_km / 2))
    ]
    rows = ObjectRows(elements, _COLUMNS)
    by_object = manoeuvres[["norad_id", "epoch_utc", "delta_a_km"]].groupby("norad_id")
    found = []
    listed: Any = candidates.itertuples()
    for end in listed:
        norad = int(end.norad_id)
        row = _assess(rows.of(norad), by_object.get_group(norad), end, p)
        if row is not None:
            found.append(row)
    return norm_frame(
        found,
        SECTION,
        p.source,
        start="start",
        columns={
            "regime": "regime",
            "perigee_km": "perigee_km",
            "delta_a_km": "raise_km",
            "delta_e": "eccentricity",
        },
    )


def _median(values: np.ndarray) -> float:
    """Median of the values that are not NaN (NaN when none), as pandas' grouped median."""
    known = np.sort(values[~np.isnan(values)])
    n = len(known)
    if n == 0:
        return float("nan")
    if n % 2:
        return float(known[n // 2])
    return float((known[n // 2] + known[n // 2 - 1]) / 2)


def minimum_raise_km(p: GeoDisposalParams) -> float:
    """Return the IADC minimum perigee raise ΔH = 235 + 1000·C_R·A/m (km)."""
    return 235.0 + 1000.0 * p.reflectivity * p.area_to_mass_m2_per_kg


def _assess(
    sets: pd.DataFrame, own: pd.DataFrame, end: Any, p: GeoDisposalParams
) -> dict[str, object] | None:
    """Assess one object from its element sets and its manoeuvres."""
    norad = int(end.norad_id)
    last = pd.Timestamp(end.last_manoeuvre_utc)
    # Plain arrays: this runs once per candidate object, so pandas' per-call cost matters.
    t = epoch_ns(sets["epoch_utc"])
    after = np.flatnonzero(t >= last.value + p.settle_days * NS_PER_DAY)
    before = t < last.value - p.disposal_days * NS_PER_DAY
    if len(after) < p.final_sets or not before.any():
        return None
    final = after[-p.final_sets :]

    def median(column: str, rows: np.ndarray) -> float:
        return float(np.median(sets[column].to_numpy(dtype=np.float64)[rows]))

    perigee, apogee = median("perigee_km", final), median("apogee_km", final)
    e = median("eccentricity", final)
    kept = median("semi_major_axis_km", before) - EARTH_RADIUS_KM
    raised = (perigee + apogee) / 2 - kept
    base = {
        "norad_id": norad,
        "epoch": last,
        "end": sets["epoch_utc"].iloc[after[-1]],
        "regime": str(sets["regime"].iloc[after[-1]]),
        "perigee_km": perigee,
        "raise_km": raised,
        "eccentricity": e,
    }
    if raised >= p.min_raise_km:
        return base | _disposal(perigee, e, raised, _raising_start(own, last, p), last, p)
    inside = (
        perigee <= GEO_ALTITUDE_KM + p.protected_half_km
        and apogee >= GEO_ALTITUDE_KM - p.protected_half_km
        and median("inclination_deg", final) <= p.protected_inclination_deg
    )
    quiet = float(end.quiet_days)
    usual = float(end.usual_interval_days)
    limit = max(p.min_quiet_days, p.cadence_factor * usual if np.isfinite(usual) else 0.0)
    if not inside or quiet < limit or int(end.n_manoeuvres) < p.min_manoeuvres:
        return None
    drift = median("mean_motion_rev_per_day", final) * 360.0 - SIDEREAL_DEG_PER_DAY
    return base | {
        "start": last,
        "label": "irregular",
        "reasons": "abandoned-in-geo",
        "explanation": message("abandoned-in-geo").format(
            quiet=f"{quiet:,.0f}",
            last_date=f"{last:%Y-%m-%d}",
            usual_interval=_days(usual),
            perigee_offset=f"{perigee - GEO_ALTITUDE_KM:+,.0f}",
            apogee_offset=f"{apogee - GEO_ALTITUDE_KM:+,.0f}",
            rate=f"{drift:+.2f}",
            guideline=sources.IADC_GEO,
            source=sources.UN_SDM_GEO,
        )
        + f" {sources.NOT_A_FINDING}",
    }


def _raising_start(own: pd.DataFrame, last: pd.Timestamp, p: GeoDisposalParams) -> pd.Timestamp:
    """Return when the raising manoeuvres that end the history began (``disposal_days``)."""
    recent = own[own["epoch_utc"] >= last - pd.Timedelta(days=p.disposal_days)]
    recent = recent.sort_values("epoch_utc")
    # A raising burn lifts a by more than a tenth of min_raise_km (station-keeping: a few km).
    raising = recent["delta_a_km"].to_numpy(dtype=np.float64, na_value=np.nan) > (
        0.1 * p.min_raise_km
    )
    # Walk back from the last manoeuvre while the manoeuvres raise the orbit.
    k = len(recent)
    while k > 0 and raising[k - 1]:
        k -= 1
    return pd.Timestamp(recent["epoch_utc"].iloc[min(k, len(recent) - 1)])


def _disposal(
    perigee: float,
    e: float,
    raised: float,
    start: pd.Timestamp,
    last: pd.Timestamp,
    p: GeoDisposalParams,
) -> dict[str, object]:
    need = minimum_raise_km(p)
    above = perigee - GEO_ALTITUDE_KM
    low, eccentric = above < need, e > p.max_eccentricity
    short = low or eccentric
    variant = (
        "both" if low and eccentric else "perigee" if low else "eccentricity" if short else "ok"
    )
    verdict = message(f"disposal-verdict.{variant}").format(
        perigee_above=f"{above:,.0f}",
        minimum=f"{need:,.0f}",
        eccentricity=f"{e:.4f}",
        max_eccentricity=f"{p.max_eccentricity:g}",
    )
    sentence = message("disposal").format(
        start_date=f"{start:%Y-%m-%d}",
        last_date=f"{last:%Y-%m-%d}",
        raised=f"{raised:,.0f}",
        verdict=verdict,
        reflectivity=f"{p.reflectivity:g}",
        area_to_mass=f"{p.area_to_mass_m2_per_kg:g}",
        guideline=sources.IADC_GEO,
        source=sources.UN_SDM_GEO,
    )
    return {
        "start": start,
        "label": "irregular" if short else "regular",
        "reasons": "disposal-below-guideline" if short else "disposal-ok",
        "explanation": f"{sentence} {sources.NOT_A_FINDING}",
    }


def _days(value: float) -> str:
    return f"{value:,.0f} days" if np.isfinite(value) else "unknown"
