"""Quantities derived from the published mean elements, vectorised over the whole table."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import pandas as pd

from ssaviewer.core.constants import EARTH_RADIUS_KM, J2, MINUTES_PER_DAY, XKE_PER_MIN
from ssaviewer.core.schema import REGIMES

_X2O3 = 2.0 / 3.0
_XPDOTP = 1440.0 / (2.0 * np.pi)  # rev/day -> rad/min, as sgp4's twoline2rv


def semi_major_axis_km(
    mean_motion_rev_per_day: np.ndarray,
    eccentricity: np.ndarray,
    inclination_deg: np.ndarray,
    out: np.ndarray | None = None,
) -> np.ndarray:
    """Return SGP4's semi-major axis (km, WGS-72) for Kozai mean motions.

    The same steps as SGP4's ``initl`` (un-Kozai the mean motion) and ``sgp4init``
    (``a = (no_unkozai * tumin) ** (-2/3)``), so the result equals ``Satrec.a`` times the
    WGS-72 radius to about 1e-15 relative. The result is written to ``out`` (float64, same
    length) when given.
    """
    n = np.asarray(mean_motion_rev_per_day, dtype=np.float64)
    no_kozai = np.divide(n, _XPDOTP, out=out)
    ecc = np.asarray(eccentricity, dtype=np.float64)
    # The formulas, evaluated in place on six working arrays (same operations, same order):
    #   cosio = cos(i * pi / 180); omeosq = 1 - e * e; rteosq = sqrt(omeosq)
    #   ak = (xke / no_kozai) ** (2/3)
    #   d1 = 0.75 * J2 * (3 * cosio * cosio - 1) / (rteosq * omeosq)
    #   del = d1 / (ak * ak)
    #   adel = ak * (1 - del * del - del * (1/3 + 134 * del * del / 81))
    #   del = d1 / (adel * adel); no_unkozai = no_kozai / (1 + del)
    #   a = (no_unkozai * (1 / xke)) ** (-2/3) earth radii
    cosio = np.asarray(inclination_deg, dtype=np.float64) * (np.pi / 180.0)
    np.cos(cosio, out=cosio)
    omeosq = np.multiply(ecc, ecc)
    np.subtract(1.0, omeosq, out=omeosq)
    rteosq = np.sqrt(omeosq)
    with np.errstate(divide="ignore", invalid="ignore"):
        ak = np.divide(XKE_PER_MIN, no_kozai)
        np.power(ak, _X2O3, out=ak)
        d1 = np.multiply(3.0, cosio)
        d1 *= cosio
        d1 -= 1.0
        np.multiply(0.75 * J2, d1, out=d1)
        rteosq *= omeosq
        d1 /= rteosq
        del_ = np.multiply(ak, ak, out=cosio)
        np.divide(d1, del_, out=del_)
        inner = np.multiply(134.0, del_, out=omeosq)
        inner *= del_
        inner /= 81.0
        np.add(1.0 / 3.0, inner, out=inner)
        inner *= del_  # del * (1/3 + ...)
        adel = np.multiply(del_, del_, out=rteosq)
        np.subtract(1.0, adel, out=adel)
        adel -= inner
        adel *= ak
        del_ = np.multiply(adel, adel, out=ak)
        np.divide(d1, del_, out=del_)
        del_ += 1.0
        no_kozai /= del_  # now no_unkozai
        no_kozai *= 1.0 / XKE_PER_MIN
        np.power(no_kozai, -_X2O3, out=no_kozai)
    no_kozai *= EARTH_RADIUS_KM
    result: np.ndarray = no_kozai
    return result


def classify_regime(
    period_min: np.ndarray,
    eccentricity: np.ndarray,
    inclination_deg: np.ndarray,
    apogee_km: np.ndarray,
    perigee_km: np.ndarray,
) -> pd.Categorical[str]:
    """Classify orbits into ``schema.REGIMES`` with the boundaries documented there."""
    return _regimes(_regime_codes(period_min, eccentricity, inclination_deg, apogee_km, perigee_km))


def _regimes(codes: np.ndarray) -> pd.Categorical[str]:
    """Return the categorical of ``schema.REGIMES`` with these codes."""
    # (a dtype made once: checking the categories costs a hash table per call)
    regimes: pd.Categorical[str] = pd.Categorical.from_codes(
        codes, dtype=_REGIME_DTYPE, validate=False
    )
    return regimes


#: (``Any``: pandas-stubs type ``from_codes`` with a dtype as giving integer categories.)
_REGIME_DTYPE: Any = pd.CategoricalDtype(pd.Index(list(REGIMES)))


def _regime_codes(
    period_min: np.ndarray,
    eccentricity: np.ndarray,
    inclination_deg: np.ndarray,
    apogee_km: np.ndarray,
    perigee_km: np.ndarray,
) -> np.ndarray:
    geosync = (period_min >= 1300.0) & (period_min <= 1600.0) & (eccentricity < 0.1)
    conditions = [
        geosync & (inclination_deg < 25.0),
        geosync,
        apogee_km < 2000.0,
        (perigee_km < 2000.0) & (apogee_km >= 31570.0) & (apogee_km <= 40000.0),
        (eccentricity >= 0.25) | (apogee_km > 40000.0),
    ]
    codes: np.ndarray = np.select(conditions, [2, 3, 0, 4, 5], default=1).astype(np.int8)
    return codes


#: The float64 columns :func:`derived_columns` returns, before ``regime``.
_FLOAT_COLUMNS = ("semi_major_axis_km", "period_min", "apogee_km", "perigee_km")
#: Fewer rows than this are derived by one thread.
_ROWS_PER_THREAD = 200_000
#: Rows derived at a time (64 KiB working arrays: below the size glibc maps afresh).
_BLOCK_ROWS = 1 << 13


def derived_columns(
    mean_motion_rev_per_day: np.ndarray,
    eccentricity: np.ndarray,
    inclination_deg: np.ndarray,
    *,
    workers: int = 1,
) -> dict[str, np.ndarray | pd.Categorical[str]]:
    """Return ``semi_major_axis_km``, ``period_min``, ``apogee_km``, ``perigee_km``, ``regime``.

    One array per column (float64; ``regime`` a categorical of ``schema.REGIMES``), in that
    order, from float64 mean motion (rev/day), eccentricity and inclination (degrees). Large
    tables are split into ``workers`` row ranges derived by as many threads (numpy releases
    the GIL), each in blocks of ``_BLOCK_ROWS``; every value is computed the same way
    whatever the split.
    """
    size = len(mean_motion_rev_per_day)
    out = {name: np.empty(size, dtype=np.float64) for name in _FLOAT_COLUMNS}
    codes = np.empty(size, dtype=np.int8)
    pieces = max(1, min(workers, size // _ROWS_PER_THREAD))
    bounds = [size * k // pieces for k in range(pieces + 1)]

    def fill(low: int, high: int) -> None:
        # block by block: the working arrays stay small, in the cache and in memory the
        # process already has (table-long ones were fresh pages to fault in and zero)
        for start in range(low, high, _BLOCK_ROWS):
            rows = slice(start, min(start + _BLOCK_ROWS, high))
            _derive_into(
                mean_motion_rev_per_day[rows],
                eccentricity[rows],
                inclination_deg[rows],
                {name: column[rows] for name, column in out.items()},
                codes[rows],
            )

    if pieces == 1:
        fill(0, size)
    else:
        with ThreadPoolExecutor(pieces, thread_name_prefix="ssaviewer-derive") as pool:
            list(pool.map(fill, bounds[:-1], bounds[1:]))
    return {**out, "regime": _regimes(codes)}


def _derive_into(
    n: np.ndarray, e: np.ndarray, i: np.ndarray, out: dict[str, np.ndarray], codes: np.ndarray
) -> None:
    """Write the derived columns of one row range into ``out`` and ``codes``."""
    a = semi_major_axis_km(n, e, i, out=out["semi_major_axis_km"])
    with np.errstate(divide="ignore"):
        period = np.divide(MINUTES_PER_DAY, n, out=out["period_min"])
    apogee = np.add(1.0, e, out=out["apogee_km"])  # a * (1 + e) - R
    apogee *= a
    apogee -= EARTH_RADIUS_KM
    perigee = np.subtract(1.0, e, out=out["perigee_km"])  # a * (1 - e) - R
    perigee *= a
    perigee -= EARTH_RADIUS_KM
    codes[:] = _regime_codes(period, e, i, apogee, perigee)


def add_derived_columns(elements: pd.DataFrame) -> pd.DataFrame:
    """Add ``semi_major_axis_km``, ``period_min``, ``apogee_km``, ``perigee_km``, ``regime``.

    Works in place on ``elements`` (which must have the base element columns) and returns it.
    """
    columns = derived_columns(
        elements["mean_motion_rev_per_day"].to_numpy(dtype=np.float64),
        elements["eccentricity"].to_numpy(dtype=np.float64),
        elements["inclination_deg"].to_numpy(dtype=np.float64),
    )
    for name, values in columns.items():
        elements[name] = values
    return elements
