"""LEO post-mission orbital lifetime: how long an object stays up after its last manoeuvre.

Objects in LEO whose mission has ended (:mod:`~ssaviewer.core.norms.end_of_mission`) and that
have not re-entered get one ``norm`` event. The decay rate is measured from the object's own
semi-major axis after its last manoeuvre (least squares over ``window_days`` windows; the
16th-84th percentile of the window rates, widened by ``solar_cycle_factor`` each way for the
unknown phase of the solar cycle, is the stated range). Where the history after
the mission is too short for a trend, the median B* of those element sets gives the rate
through SGP4's drag law. The lifetime is the exponential-atmosphere integral of
:mod:`~ssaviewer.core.norms.atmosphere` scaled to that rate.

Codes (thresholds in the rules file, section ``norm_lifetime``):

``lifetime-over-25-years``
    More than ``iadc_years`` (25): beyond the IADC and UN guidelines.
``lifetime-over-5-years``
    More than ``strict_years`` (5): beyond the US FCC 2022 rule and the ESA 2023 policy.
``lifetime-within-5-years``
    At most ``strict_years``: within every guideline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ssaviewer.core.constants import EARTH_RADIUS_KM, NS_PER_DAY
from ssaviewer.core.detect.events.event_frame import EventColumns
from ssaviewer.core.detect.rules import ALL_REGIMES, Rules, RuleSection
from ssaviewer.core.i18n import message
from ssaviewer.core.norms import sources
from ssaviewer.core.norms.atmosphere import lifetime_years
from ssaviewer.core.norms.end_of_mission import MissionEnds, norm_columns
from ssaviewer.core.table_order import epoch_ns

SECTION = "norm_lifetime"
#: SGP4's drag constants: q0 = 120 km, s = 78 km above the Earth's radius (``qoms2t``).
_S_KM = 78.0
_QOMS2T = ((120.0 - _S_KM) / EARTH_RADIUS_KM) ** 4


@dataclass(frozen=True)
class LifetimeParams:
    """LEO post-mission orbital lifetime (IADC 5.3.2, UN guideline 7; FCC 2022, ESA 2023).

    Sources: IADC Space Debris Mitigation Guidelines 5.3.2 and the UN Space Debris Mitigation
    Guidelines, guideline 7 (25 years); US FCC Second Report and Order FCC 22-74 (2022) and
    ESA Space Debris Mitigation Requirements ESSB-ST-U-007 (2023) (5 years). An estimate from
    public element sets, not a legal finding.
    """

    #: The documents this rule cites (written into every event).
    source: str = (
        f"{sources.IADC_LEO}; {sources.UN_SDM_LEO}; {sources.FCC_2022}; {sources.ESA_2023}"
    )
    #: Lifetime limit of the IADC and UN guidelines (years).
    iadc_years: float = 25.0
    #: Lifetime limit of the FCC 2022 rule and the ESA 2023 policy (years).
    strict_years: float = 5.0
    #: An object with at least this many manoeuvres ...
    min_manoeuvres: int = 3
    #: ... and none for max(min_quiet_days, cadence_factor × its usual interval) has ended.
    min_quiet_days: float = 60.0
    cadence_factor: float = 4.0
    #: Element sets this long after the last manoeuvre are left out (the burn settling).
    settle_days: float = 2.0
    #: Decay rates are fitted over windows this long (days), half-overlapping.
    window_days: float = 30.0
    #: A trend needs this many element sets after the mission (else B* gives the rate).
    min_sets: int = 10
    #: The decay may be measured at any phase of the 11-year solar cycle, when the density at
    #: 400-800 km is several times above or below its cycle mean (about 10-20× from minimum
    #: to maximum): the stated range is widened by this factor each way.
    solar_cycle_factor: float = 4.0


RULE_SECTION = RuleSection(
    SECTION, LifetimeParams, {ALL_REGIMES: LifetimeParams()}, doc=LifetimeParams.__doc__ or ""
)


def lifetime_events(
    elements: pd.DataFrame, ends: MissionEnds, decayed: np.ndarray, rules: Rules
) -> pd.DataFrame:
    """Return one ``norm`` event per LEO object whose mission ended (``event_frame`` columns).

    ``decayed`` lists the NORAD ids with a ``decay`` event (they are left out: their lifetime
    is known).
    """
    return lifetime_columns(elements, ends, decayed, rules).frame()


def lifetime_columns(
    elements: pd.DataFrame, ends: MissionEnds, decayed: np.ndarray, rules: Rules
) -> EventColumns:
    """Return :func:`lifetime_events`' columns, no table built (the pipeline joins them)."""
    p: LifetimeParams = rules.section(RULE_SECTION, ALL_REGIMES)
    ended = ends.ended(p.min_manoeuvres, p.min_quiet_days, p.cadence_factor)
    ended = ended[~ended["norad_id"].isin(decayed)]
    sets = _Columns(elements)
    rows = [
        _assess(sets, int(norad), last, p)
        for norad, last in zip(
            ended["norad_id"].tolist(), ended["last_manoeuvre_utc"].tolist(), strict=True
        )
    ]
    found = [r for r in rows if r is not None]
    return norm_columns(
        found,
        SECTION,
        p.source,
        start="epoch",
        columns={
            "perigee_km": "perigee_km",
            "lifetime_years": "years",
            "lifetime_low_years": "low",
            "lifetime_high_years": "high",
        },
        regime="LEO",
    )


class _Columns:
    """The element-table columns the check reads, as numpy, and each object's rows.

    The table is sorted by object and epoch (``Dataset``'s order): an object's rows are one
    slice, found by binary search.
    """

    def __init__(self, elements: pd.DataFrame) -> None:
        self.norad = elements["norad_id"].to_numpy()
        self.epoch = epoch_ns(elements["epoch_utc"])
        self._elements = elements

    def bounds(self, norad_id: int) -> tuple[int, int]:
        """``[start, stop)`` of the rows of ``norad_id`` (empty when absent)."""
        start = int(np.searchsorted(self.norad, norad_id, side="left"))
        stop = int(np.searchsorted(self.norad, norad_id, side="right"))
        return start, stop

    def values(self, name: str, start: int, stop: int) -> np.ndarray:
        """Rows ``start:stop`` of column ``name``."""
        column = self._elements[name]
        if isinstance(column.dtype, np.dtype) and column.dtype.kind == "f":
            # Floats held as numpy: the same values as a view, no Series made for the rows.
            return column.to_numpy()[start:stop]
        return column.iloc[start:stop].to_numpy()


def _assess(
    sets: _Columns, norad: int, last_manoeuvre: Any, p: LifetimeParams
) -> dict[str, object] | None:
    """Assess one object from its element sets."""
    last = pd.Timestamp(last_manoeuvre)
    start, stop = sets.bounds(norad)
    threshold = (last + pd.Timedelta(days=p.settle_days)).as_unit("ns").value
    # Rows at or after the threshold (NaT, the int64 minimum, never is).
    rows = start + np.flatnonzero(sets.epoch[start:stop] >= threshold)
    if len(rows) == 0:
        return None
    first, final = int(rows[0]), int(rows[-1]) + 1
    contiguous = len(rows) == final - first

    def column(name: str) -> np.ndarray:
        values = sets.values(name, first, final)
        return values if contiguous else values[rows - first]

    # The last of the rows is row final - 1 either way: only it is read.
    if str(sets.values("regime", final - 1, final)[0]) != "LEO":
        return None
    ns = sets.epoch[rows]
    t = (ns - ns[0]) / NS_PER_DAY
    a = column("semi_major_axis_km").astype(np.float64)
    altitude = float(np.median(a[-5:])) - EARTH_RADIUS_KM
    rates, how = _trend_rates(t, a, p)
    if rates is None:
        bstar = float(np.median(column("bstar").astype(np.float64)))
        rates = np.array([_bstar_rate(altitude + EARTH_RADIUS_KM, bstar)])
        how = message("lifetime-how.bstar").format(bstar=f"{bstar:.2e}")
    rate = float(np.median(rates))
    low_rate, high_rate = (float(np.percentile(rates, q)) for q in (16, 84))
    years = lifetime_years(altitude, rate)
    low = lifetime_years(altitude, high_rate) / p.solar_cycle_factor
    high = lifetime_years(altitude, low_rate) * p.solar_cycle_factor
    codes = _codes(years, p)
    label = "irregular" if "lifetime-over-25-years" in codes else "regular"
    return {
        "norad_id": norad,
        "label": label,
        "reasons": ";".join(codes),
        "explanation": _sentence(last, altitude, rate, how, years, low, high, codes, p),
        "epoch": last,
        "end": pd.Timestamp(int(ns[-1]), tz="UTC"),
        "perigee_km": float(sets.values("perigee_km", final - 1, final)[0]),
        "years": years,
        "low": low,
        "high": high,
    }


def _trend_rates(t: np.ndarray, a: np.ndarray, p: LifetimeParams) -> tuple[np.ndarray | None, str]:
    """Decay rates (km/day, positive when decaying) of half-overlapping windows, or None."""
    if len(t) < p.min_sets or t[-1] < p.window_days:
        return None, ""
    starts = np.arange(0.0, t[-1] - p.window_days + 1e-9, p.window_days / 2)
    # t ascends: each window's sets are the slice between two binary searches.
    lo = np.searchsorted(t, starts, side="left")
    hi = np.searchsorted(t, starts + p.window_days, side="right")
    lines = _vander(t)
    rates = [
        -_slope(lines[i:j], a[i:j])
        for i, j in zip(lo.tolist(), hi.tolist(), strict=True)
        if j - i >= 5
    ]
    if len(rates) < 2:
        rates = [-_slope(lines, a)]
    how = message("lifetime-how.trend").format(
        days=f"{t[-1]:.0f}", windows=len(rates), window=f"{p.window_days:g}"
    )
    return np.array(rates, dtype=np.float64), how


def _vander(t: np.ndarray) -> np.ndarray:
    """``np.vander(t, 2)``: the columns ``t`` and 1 (rows of a window are a slice of it)."""
    lines = np.empty((len(t), 2), dtype=np.float64)
    lines[:, 0] = t
    lines[:, 1] = 1.0
    return lines


def _slope(lines: np.ndarray, y: np.ndarray) -> float:
    """Slope of the least-squares line through ``y`` over ``lines[:, 0]``.

    The same arithmetic as ``np.polyfit(lines[:, 0], y, 1)[0]`` (columns scaled to unit norm,
    then ``lstsq`` with ``rcond = len * eps``), so the same value to the last bit, without
    its per-call checks and set-up (thousands of windows in a large catalogue).
    """
    scale = np.sqrt((lines * lines).sum(axis=0))
    rcond = len(lines) * _EPS
    c = np.linalg.lstsq(lines / scale, y, rcond)[0]
    return float(c[0] / scale[0])


#: Machine epsilon of float64 (``np.polyfit``'s rcond is the sets times it).
_EPS = float(np.finfo(np.float64).eps)


def _bstar_rate(a_km: float, bstar: float) -> float:
    """SGP4's secular decay |da/dt| (km/day) for ``bstar``: 2·a·C1, near-circular."""
    n_rad_per_day = np.sqrt(398600.8 / a_km**3) * 86400.0
    q = 2.0 * bstar * _QOMS2T * n_rad_per_day * (a_km / EARTH_RADIUS_KM) ** 2 * EARTH_RADIUS_KM**5
    return float(q / (a_km - EARTH_RADIUS_KM - _S_KM) ** 4)


def _codes(years: float, p: LifetimeParams) -> list[str]:
    if years > p.iadc_years:
        return ["lifetime-over-25-years", "lifetime-over-5-years"]
    if years > p.strict_years:
        return ["lifetime-over-5-years"]
    return ["lifetime-within-5-years"]


def _years(value: float) -> str:
    return "centuries" if not np.isfinite(value) or value > 1000 else f"{value:,.1f} years"


def _sentence(
    last: pd.Timestamp,
    altitude: float,
    rate: float,
    how: str,
    years: float,
    low: float,
    high: float,
    codes: list[str],
    p: LifetimeParams,
) -> str:
    # Over 25 years is always over 5 too: one verdict fragment says both.
    verdict = message(
        "lifetime-verdict.over-25"
        if "lifetime-over-25-years" in codes
        else "lifetime-verdict.over-5"
        if "lifetime-over-5-years" in codes
        else "lifetime-verdict.within-5"
    ).format(
        iadc_years=f"{p.iadc_years:g}",
        strict_years=f"{p.strict_years:g}",
        guideline=sources.IADC_LEO,
        source=sources.UN_SDM_LEO,
    )
    sentence = message("lifetime").format(
        last_date=f"{last:%Y-%m-%d}",
        altitude=f"{altitude:,.0f}",
        rate_m=f"{rate * 1000:,.1f}",
        how=how,
        years=_years(years),
        low=_years(low),
        high=_years(high),
        factor=f"{p.solar_cycle_factor:g}",
        lifetime_verdict=verdict,
    )
    return f"{sentence} {sources.NOT_A_FINDING}"
