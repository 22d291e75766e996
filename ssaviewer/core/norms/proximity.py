"""Proximity operations in GEO: an object that moves next to another owner's satellite and stays.

Every geosynchronous object's mean longitude (Ω + ω + M − GMST) and semi-major axis are
interpolated onto a daily grid; two objects are *near* on a day when their mean separation,
√((a·Δλ)² + Δa²), is below ``threshold_km``. A run of near days lasting at least ``min_days``
is a ``proximity-operation`` event (label ``irregular``) when

- the two have different SATCAT owners (one owner's co-located satellites are not flagged,
  nor are objects without a known owner),
- the run does not start with their common history (they came together inside the data), and
- the object that moved (the larger change of longitude over the ``lead_days`` before the
  run) made at least one manoeuvre in those days: the manoeuvres that led there.

The mean separation ignores the daily relative motion from differences of eccentricity and
inclination vectors (a few to tens of km in GEO); the close-approach screening gives the exact
miss distance of the first approach (``close-approach`` events).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import pandas as pd

from ssaviewer.core.constants import NS_PER_DAY
from ssaviewer.core.detect.element_table import in_categories
from ssaviewer.core.detect.events.event_frame import event_frame
from ssaviewer.core.detect.object_table import catalogue_column
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.i18n import message
from ssaviewer.core.norms import sources
from ssaviewer.core.simulate.geo import julian_date, mean_longitude_east_deg
from ssaviewer.core.table_order import epoch_ns

SECTION = "norm_proximity"
_UNKNOWN_OWNERS = ("", "TBD", "UNK")


@dataclass(frozen=True)
class ProximityParams:
    """Proximity to another operator's satellite in GEO and LEO (A/76/77; LTS guidelines).

    Sources: UN Secretary-General report on reducing space threats (A/76/77, 2021), which
    records states' concern at unannounced close approaches to others' satellites; UN LTS
    Guidelines (A/74/20, annex II) B.1 (share information) and B.4 (conjunction assessment).
    An estimate from public element sets, not a legal finding.

    GEO (every regime but LEO) uses the mean separation (this module); LEO the daily
    separation bound of :mod:`~ssaviewer.core.norms.proximity_leo` with ``threshold_km`` 100:
    the closest phase of the one publicly tracked LEO inspection of another state's satellite
    (Kosmos 2542 and USA 245, January-February 2020: orbit synchronised by four burns, then
    150-300 km behind, closing to about 40 km, from public element sets), while unrelated
    objects of one shell drift apart too fast to stay under it for days (1 km of height
    difference alone drifts about 140 km a day). ``neighbours`` is GEO's only.
    """

    #: The documents this rule cites (written into every event).
    source: str = sources.PROXIMITY
    #: Two objects are near when their mean separation is below this (km).
    threshold_km: float = 50.0
    #: A stay near another owner's satellite this long (days) is a proximity operation.
    min_days: float = 3.0
    #: Manoeuvres this many days before the arrival led there.
    lead_days: float = 30.0
    #: Objects within this many neighbours in longitude are compared (per day).
    neighbours: int = 4


RULE_SECTION = RuleSection(
    SECTION,
    ProximityParams,
    {ALL_REGIMES: ProximityParams(), "LEO": ProximityParams(threshold_km=100.0)},
    # The rules file's comment: the first paragraph, with where LEO's threshold comes from.
    doc="Proximity to another operator's satellite in GEO and LEO (A/76/77; LTS guidelines);"
    " LEO threshold from the Kosmos 2542 / USA 245 inspection of 2020 (docs/reason_codes.md).",
)


def proximity_events(
    elements: pd.DataFrame, objects: pd.DataFrame, manoeuvres: pd.DataFrame, rules: Rules
) -> pd.DataFrame:
    """Return one ``norm`` event per proximity operation in GEO (``event_frame`` columns)."""
    p: ProximityParams = rules.section(RULE_SECTION, "GEO")
    grid = _daily_grid(elements)
    if grid is None:
        return event_frame(0)
    days, ids, lon, a = grid
    owners = _owners(objects, ids)
    near = _near_pairs(lon, a, owners, p)
    names = elements.groupby("norad_id", observed=True)["object_name"].last().astype(str)
    rows = []
    for (i, j), hits in near.items():
        for run in _runs(hits):
            row = _event(run, i, j, days, ids, lon, a, owners, manoeuvres, names, p)
            if row is not None:
                rows.append(row)
    return proximity_frame(rows, p, "GEO")


def proximity_frame(rows: list[dict[str, object]], p: ProximityParams, regime: str) -> pd.DataFrame:
    """Return the ``proximity-operation`` events (``event_frame``) of one regime's ``rows``.

    Each row holds ``norad_id``, ``explanation``, ``start``, ``end``, ``secondary``,
    ``secondary_name``, ``miss_km`` and ``duration_days``; every event is an irregular norm
    event citing ``p.source``.
    """
    if not rows:
        return event_frame(0)
    table = pd.DataFrame(rows)
    return event_frame(
        len(table),
        norad_id=table["norad_id"].to_numpy(dtype=np.int64),
        event_type="norm",
        label="irregular",
        reasons="proximity-operation",
        explanation=table["explanation"].to_numpy(),
        epoch_utc=pd.to_datetime(table["start"], utc=True).to_numpy(),
        window_start_utc=pd.to_datetime(table["start"], utc=True).to_numpy(),
        window_end_utc=pd.to_datetime(table["end"], utc=True).to_numpy(),
        rules=SECTION,
        regime=regime,
        secondary_norad_id=table["secondary"].to_numpy(dtype=np.int64),
        secondary_name=table["secondary_name"].to_numpy(),
        miss_km=table["miss_km"].to_numpy(),
        duration_days=table["duration_days"].to_numpy(),
        norm_sources=p.source,
    )


Grid = tuple[pd.DatetimeIndex, np.ndarray, np.ndarray, np.ndarray]


#: The element-table columns :func:`_daily_grid` reads.
_GRID_COLUMNS = (
    "norad_id",
    "epoch_utc",
    "ra_of_asc_node_deg",
    "arg_of_pericenter_deg",
    "mean_anomaly_deg",
    "semi_major_axis_km",
)


def _daily_grid(elements: pd.DataFrame) -> Grid | None:
    """Daily mean longitude (unwrapped, deg) and a (km) of every GEO/IGSO object; NaN outside."""
    mask = in_categories(elements["regime"], ("GEO", "IGSO"))
    if elements["norad_id"][mask].nunique() < 2:  # before copying any rows
        return None
    geo = elements[list(_GRID_COLUMNS)][mask]  # only the columns read (not the whole table)
    t0 = geo["epoch_utc"].min().floor("D")
    days = pd.date_range(t0, geo["epoch_utc"].max().ceil("D"), freq="D")
    x = np.arange(len(days), dtype=np.float64)
    # Every row at once: days since t0, mean longitude, semi-major axis.
    t = (epoch_ns(geo["epoch_utc"]) - t0.value) / NS_PER_DAY
    ml = mean_longitude_east_deg(
        geo["ra_of_asc_node_deg"].to_numpy(dtype=np.float64),
        geo["arg_of_pericenter_deg"].to_numpy(dtype=np.float64),
        geo["mean_anomaly_deg"].to_numpy(dtype=np.float64),
        julian_date(geo["epoch_utc"]),
    )
    sma = geo["semi_major_axis_km"].to_numpy(dtype=np.float64)
    norad = geo["norad_id"].to_numpy()
    ids, starts = np.unique(norad, return_index=True)  # rows are grouped by object
    order = np.argsort(starts)
    ids, starts, stops = ids[order], starts[order], np.r_[starts[order][1:], len(norad)]
    lon = np.full((len(ids), len(days)), np.nan)
    a = np.full_like(lon, np.nan)
    for k, (s, e) in enumerate(zip(starts, stops, strict=True)):
        inside = (x >= t[s]) & (x <= t[e - 1])
        lon[k, inside] = np.interp(x[inside], t[s:e], np.degrees(np.unwrap(np.radians(ml[s:e]))))
        a[k, inside] = np.interp(x[inside], t[s:e], sma[s:e])
    return days, ids, lon, a


def _owners(objects: pd.DataFrame, ids: np.ndarray) -> np.ndarray:
    owner = catalogue_column(objects, "owner")
    values: np.ndarray = owner.reindex(ids).astype("string").fillna("").to_numpy(dtype=object)
    return values


def _near_pairs(
    lon: np.ndarray, a: np.ndarray, owners: np.ndarray, p: ProximityParams
) -> dict[tuple[int, int], np.ndarray]:
    """Days (grid columns) each pair of different-owner objects is within ``threshold_km``."""
    wrapped = np.mod(lon + 180.0, 360.0) - 180.0
    # Sorted by longitude per day (objects along axis 0); the k-th neighbour in longitude of
    # each is then the array rolled by k rows (no gather per neighbour).
    order = np.argsort(np.where(np.isnan(wrapped), np.inf, wrapped), axis=0)
    n = lon.shape[0]
    by_lon = np.take_along_axis(wrapped, order, axis=0)
    a_by_lon = np.take_along_axis(a, order, axis=0)
    unknown = np.isin(owners, _UNKNOWN_OWNERS)
    known = ~np.isnan(by_lon) & ~np.isnan(a_by_lon)  # else the separation is NaN: not near
    parts = []
    for step in range(1, min(p.neighbours, n - 1) + 1):
        # Only the days both objects are on the grid (in the order np.nonzero gives them).
        rows, days = np.nonzero(known & np.roll(known, -step, axis=0))
        later = (rows + step) % n
        i_lon, j_lon = by_lon[rows, days], by_lon[later, days]
        i_a, j_a = a_by_lon[rows, days], a_by_lon[later, days]
        dlon = np.mod(i_lon - j_lon + 180.0, 360.0) - 180.0
        near = np.hypot((i_a + j_a) / 2 * np.radians(dlon), i_a - j_a) < p.threshold_km
        rows, days = rows[near], days[near]
        one, two = order[rows, days], order[(rows + step) % n, days]
        keep = (owners[one] != owners[two]) & ~unknown[one] & ~unknown[two]
        lo, hi = np.minimum(one, two)[keep], np.maximum(one, two)[keep]
        parts.append(pd.DataFrame({"lo": lo, "hi": hi, "day": days[keep]}))
    hits = pd.concat(parts, ignore_index=True).drop_duplicates()
    return {
        (int(lo), int(hi)): np.sort(hits["day"].to_numpy()[rows])
        for (lo, hi), rows in _groups(hits["lo"].to_numpy(), hits["hi"].to_numpy())
    }


def _groups(lo: np.ndarray, hi: np.ndarray) -> list[tuple[tuple[int, int], np.ndarray]]:
    """Row positions of each distinct ``(lo, hi)`` pair."""
    if len(lo) == 0:
        return []
    keys = lo.astype(np.int64) * (int(hi.max()) + 1) + hi
    order = np.argsort(keys, kind="stable")
    bounds = np.flatnonzero(np.r_[True, np.diff(keys[order]) != 0, True])
    return [((int(lo[order[s]]), int(hi[order[s]])), order[s:e]) for s, e in pairwise(bounds)]


def _runs(hits: np.ndarray) -> list[tuple[int, int]]:
    """Split sorted grid columns into runs of consecutive days: ``(first, last)`` each."""
    breaks = np.flatnonzero(np.diff(hits) > 1)
    starts = np.r_[0, breaks + 1]
    ends = np.r_[breaks, len(hits) - 1]
    return [(int(hits[s]), int(hits[e])) for s, e in zip(starts, ends, strict=True)]


def _event(
    run: tuple[int, int],
    i: int,
    j: int,
    days: pd.DatetimeIndex,
    ids: np.ndarray,
    lon: np.ndarray,
    a: np.ndarray,
    owners: np.ndarray,
    manoeuvres: pd.DataFrame,
    names: pd.Series,
    p: ProximityParams,
) -> dict[str, object] | None:
    first, last = run
    if last - first < p.min_days:
        return None
    common = np.flatnonzero(~np.isnan(lon[i]) & ~np.isnan(lon[j]))
    if len(common) == 0 or first <= common[0]:
        return None  # together from the start of their common history: no approach seen
    lead = max(first - int(np.ceil(p.lead_days)), int(common[0]))
    moved = [abs(lon[k, first] - lon[k, lead]) for k in (i, j)]
    actor, other = (i, j) if moved[0] >= moved[1] else (j, i)
    arrive = days[first]
    own = manoeuvres[manoeuvres["norad_id"].to_numpy() == ids[actor]]
    led = own[
        (own["epoch_utc"] >= days[lead]) & (own["epoch_utc"] <= arrive + pd.Timedelta(days=1))
    ]
    if len(led) == 0:
        return None
    span = slice(first, last + 1)
    dlon = np.mod(lon[actor, span] - lon[other, span] + 180.0, 360.0) - 180.0
    dist = np.hypot(
        (a[actor, span] + a[other, span]) / 2 * np.radians(dlon), a[actor, span] - a[other, span]
    )
    duration = float(last - first)
    actor_id, other_id = int(ids[actor]), int(ids[other])
    other_name = str(names.get(other_id, ""))
    return {
        "norad_id": actor_id,
        "secondary": other_id,
        "secondary_name": other_name,
        "start": arrive,
        "end": days[last],
        "miss_km": float(np.nanmin(dist)),
        "duration_days": duration,
        "explanation": proximity_explanation(
            (str(names.get(actor_id, "")), actor_id, str(owners[actor])),
            (other_name, other_id, str(owners[other])),
            led,
            arrive,
            duration,
            float(np.nanmin(dist)),
            p,
        ),
    }


def proximity_explanation(
    actor: tuple[str, int, str],
    other: tuple[str, int, str],
    burns: pd.DataFrame,
    start: pd.Timestamp,
    duration_days: float,
    miss_km: float,
    p: ProximityParams,
) -> str:
    """Return the English explanation of a proximity operation, from the message catalogue.

    ``actor`` and ``other`` are (name, NORAD id, owner); ``burns`` the actor's manoeuvres
    that led there (``epoch_utc``, ``delta_v_mps``); ``start`` the first day together. One
    template serves GEO and LEO, so :func:`ssaviewer.core.i18n.render_explanation` renders
    both in every language.
    """
    sized, unsized = message("burn.sized"), message("burn.unsized")
    listed = ", ".join(
        (sized if np.isfinite(dv) else unsized).format(date=f"{t:%Y-%m-%d}", dv_mps=f"{dv:.2f}")
        for t, dv in zip(burns["epoch_utc"], burns["delta_v_mps"].to_numpy(np.float64), strict=True)
    )
    return (
        message("proximity-operation").format(
            name=actor[0],
            norad_id=actor[1],
            owner=actor[2],
            burns=listed,
            start_date=f"{start:%Y-%m-%d}",
            threshold=f"{p.threshold_km:g}",
            secondary_name=other[0],
            secondary_id=other[1],
            secondary_owner=other[2],
            duration=f"{duration_days:,.0f}",
            miss=f"{miss_km:,.1f}",
            source=p.source,
        )
        + f" {sources.NOT_A_FINDING}"
    )
