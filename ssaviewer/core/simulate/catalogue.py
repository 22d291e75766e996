"""The scenario's SATCAT: one CelesTrak-format CSV row of catalogue metadata per object.

Nothing here draws random numbers, so writing the SATCAT leaves the element sets and the
answer key exactly as they were. The orbit columns (PERIOD, INCLINATION, APOGEE, PERIGEE)
come from each object's last published element set, as CelesTrak's come from the current one.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

from ssaviewer.core.derive import add_derived_columns

#: CelesTrak SATCAT columns, in CelesTrak's order.
SATCAT_HEADER: Final[tuple[str, ...]] = (
    "OBJECT_NAME",
    "OBJECT_ID",
    "NORAD_CAT_ID",
    "OBJECT_TYPE",
    "OPS_STATUS_CODE",
    "OWNER",
    "LAUNCH_DATE",
    "LAUNCH_SITE",
    "DECAY_DATE",
    "PERIOD",
    "INCLINATION",
    "APOGEE",
    "PERIGEE",
    "RCS",
    "DATA_STATUS_CODE",
    "ORBIT_CENTER",
    "ORBIT_TYPE",
)

#: Launches a year used to turn a COSPAR launch number into a date (about today's rate).
LAUNCHES_PER_YEAR: Final = 120.0

#: Radar cross-section (m²) written per type and regime: a GEO payload is a large bus with
#: wings, a LEO payload a small satellite, an upper stage large, a debris piece small.
RCS_M2: Final[dict[tuple[str, bool], float]] = {
    ("PAY", False): 1.5,
    ("PAY", True): 12.0,
    ("R/B", False): 8.0,
    ("R/B", True): 10.0,
    ("DEB", False): 0.05,
    ("DEB", True): 0.05,
}

#: CelesTrak launch-site codes by owner: (LEO site, LEO site above 60° inclination, GEO site).
LAUNCH_SITES: Final[dict[str, tuple[str, str, str]]] = {
    "US": ("AFETR", "AFWTR", "AFETR"),
    "PRC": ("JSC", "TSC", "XICLF"),
    "CIS": ("TYMSC", "PLMSC", "TYMSC"),
    "JPN": ("TANSC", "TANSC", "TANSC"),
    "IND": ("SRILR", "SRILR", "SRILR"),
}
#: LEO orbits inclined more than this go up from the owner's northern or polar site.
POLAR_INCLINATION_DEG: Final = 60.0
#: Owners not listed above launch from Kourou (Ariane, Vega) by default.
DEFAULT_LAUNCH_SITES: Final = ("FRGUI", "FRGUI", "FRGUI")


def default_object_type(name: str) -> str:
    """SATCAT type from a name: ``... R/B`` → R/B, ``... DEB`` → DEB, anything else PAY."""
    upper = name.strip().upper()
    if upper.endswith("R/B"):
        return "R/B"
    if upper.endswith(" DEB") or upper == "DEB":
        return "DEB"
    return "PAY"


def launch_dates(object_ids: pd.Series, latest_utc: pd.Series) -> pd.Series:
    """Launch dates (UTC midnight) from COSPAR designators ``YYYY-NNNP``.

    Launch NNN of year YYYY is put (NNN − 1) × 365 / ``LAUNCHES_PER_YEAR`` days into the year
    (at most 31 December). Objects of one launch (same ``YYYY-NNN``) share the date, which is
    moved back to the earliest ``latest_utc`` of the launch when it would fall after it (an
    object cannot be published before it is launched).
    """
    launch = object_ids.astype("string").str.slice(0, 8)
    year = pd.to_numeric(launch.str.slice(0, 4), errors="coerce").fillna(2000)
    number = pd.to_numeric(launch.str.slice(5, 8), errors="coerce").fillna(1)
    day = np.minimum(np.round((number - 1) * 365.0 / LAUNCHES_PER_YEAR), 364)
    starts = pd.to_datetime(year.astype(int).astype(str) + "-01-01", format="%Y-%m-%d")
    dates = starts + pd.to_timedelta(day, unit="D")
    limit = latest_utc.dt.tz_localize(None).dt.floor("D").groupby(launch).transform("min")
    return dates.where(limit.isna() | (dates <= limit), limit)


def _launch_site(owner: str, geo: bool, inclination_deg: float) -> str:
    leo, polar, geo_site = LAUNCH_SITES.get(owner, DEFAULT_LAUNCH_SITES)
    if geo:
        return geo_site
    return (
        polar if np.isfinite(inclination_deg) and inclination_deg > POLAR_INCLINATION_DEG else leo
    )


def _ops_status(row: pd.Series) -> str:
    """CelesTrak's code: D decayed, + operational (it manoeuvres), - not; blank if not PAY."""
    if pd.notna(row["decay_utc"]):
        return "D"
    if row["object_type"] != "PAY":
        return ""
    return "+" if row["manoeuvres"] else "-"


def _number(values: pd.Series, digits: int) -> pd.Series:
    return values.map(lambda v: "" if pd.isna(v) else f"{v:.{digits}f}")


def format_satcat(catalogue: pd.DataFrame, elements: pd.DataFrame) -> str:
    """Write a scenario's objects as CelesTrak SATCAT CSV text.

    Parameters
    ----------
    catalogue
        One row per object: ``norad_id``, ``object_name``, ``object_id``, ``object_type``
        (PAY, R/B, DEB, UNK), ``owner``, ``geo`` (bool), ``manoeuvres`` (bool: the object
        manoeuvres, so a payload is operational) and ``decay_utc`` (re-entry time or NaT).
    elements
        The published element sets (``BASE_COLUMNS``); the last per object gives PERIOD (min),
        INCLINATION (deg), APOGEE and PERIGEE (km above 6378.135 km).

    Returns
    -------
    str
        CSV text with ``SATCAT_HEADER``, one row per object by NORAD id, LF line ends.
        Dates are ``YYYY-MM-DD``; ORBIT_TYPE is IMP for a decayed object, else ORB.
    """
    cat = catalogue.sort_values("norad_id").reset_index(drop=True)
    ordered = elements.sort_values(["norad_id", "epoch_utc"], kind="stable")
    last = ordered.groupby("norad_id", sort=True).tail(1).copy()
    last = add_derived_columns(last).set_index("norad_id").reindex(cat["norad_id"])
    first = ordered.groupby("norad_id")["epoch_utc"].min().reindex(cat["norad_id"])
    launch = launch_dates(cat["object_id"], pd.Series(first.to_numpy(), index=cat.index))
    inclination = last["inclination_deg"].to_numpy(dtype=np.float64)
    decayed = cat["decay_utc"].notna()
    kinds = zip(cat["object_type"], cat["geo"], strict=True)
    rcs = [RCS_M2.get((t, bool(g)), np.nan) for t, g in kinds]
    table = pd.DataFrame(
        {
            "OBJECT_NAME": cat["object_name"],
            "OBJECT_ID": cat["object_id"],
            "NORAD_CAT_ID": cat["norad_id"].astype(str),
            "OBJECT_TYPE": cat["object_type"],
            "OPS_STATUS_CODE": cat.apply(_ops_status, axis=1),
            "OWNER": cat["owner"],
            "LAUNCH_DATE": launch.dt.strftime("%Y-%m-%d"),
            "LAUNCH_SITE": [
                _launch_site(o, bool(g), i)
                for o, g, i in zip(cat["owner"], cat["geo"], inclination, strict=True)
            ],
            "DECAY_DATE": cat["decay_utc"].dt.strftime("%Y-%m-%d").fillna(""),
            "PERIOD": _number(pd.Series(last["period_min"].to_numpy()), 2),
            "INCLINATION": _number(pd.Series(inclination), 2),
            "APOGEE": _number(pd.Series(last["apogee_km"].to_numpy()), 0),
            "PERIGEE": _number(pd.Series(last["perigee_km"].to_numpy()), 0),
            "RCS": _number(pd.Series(rcs), 4),
            "DATA_STATUS_CODE": "",
            "ORBIT_CENTER": "EA",
            "ORBIT_TYPE": np.where(decayed, "IMP", "ORB"),
        }
    )
    return table[list(SATCAT_HEADER)].to_csv(index=False, lineterminator="\n")
