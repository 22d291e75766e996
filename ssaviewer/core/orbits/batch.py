"""Many objects at many times with `SatrecArray` (in slices that let other threads run)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sgp4.api import Satrec, SatrecArray

from ssaviewer.core.orbits import errors
from ssaviewer.core.orbits.satrecs import build_satrecs
from ssaviewer.core.orbits.times import TimesLike, as_utc_index, julian_split


@dataclass(frozen=True)
class BatchResult:
    """TEME states of N objects at T times.

    Attributes
    ----------
    norad_id
        ``(N,)`` int64 catalogue numbers, in the order of the input rows.
    times_utc
        ``(T,)`` UTC times.
    position_teme_km, velocity_teme_kmps
        ``(N, T, 3)`` float64; NaN where ``ok`` is False.
    error_code
        ``(N, T)`` int16: 0 when fine, 1-6 SGP4's codes, ``errors.EPHEMERIS_TYPE_4`` for
        SGP4-XP element sets (see :data:`ssaviewer.core.orbits.errors.REASONS`).
    ok
        ``(N, T)`` bool, ``error_code == 0``.
    """

    norad_id: np.ndarray
    times_utc: pd.DatetimeIndex
    position_teme_km: np.ndarray
    velocity_teme_kmps: np.ndarray
    error_code: np.ndarray
    ok: np.ndarray

    def reasons(self) -> np.ndarray:
        """Return ``(N, T)`` human reasons ("" where ``ok``)."""
        return errors.reasons(self.error_code)


def propagate_many(
    elements: pd.DataFrame,
    times_utc: TimesLike,
    *,
    satrecs: list[Satrec] | None = None,
) -> BatchResult:
    """Propagate every row of ``elements`` (one element set per object) to every time.

    Parameters
    ----------
    elements
        Element-set rows (``schema.ELEMENT_COLUMNS``; at least the SGP4 fields,
        ``norad_id``, ``epoch_utc`` and ``ephemeris_type``). Use
        :func:`ssaviewer.core.orbits.propagate.latest_elements` to pick one row per object.
    times_utc
        The T UTC times (naive values are UTC).
    satrecs
        Records already built for these rows by :func:`~.satrecs.build_satrecs` (saves
        about 10 µs per row when the same rows are propagated repeatedly).

    Returns
    -------
    BatchResult
        Positions and velocities in TEME, with masked values and their error codes.
    """
    index = as_utc_index(times_utc)
    jd, fraction = julian_split(index)
    if satrecs is None:
        satrecs = build_satrecs(elements)
    n, t = len(satrecs), len(index)
    if n == 0 or t == 0:
        empty = np.empty((n, t, 3))
        code = np.zeros((n, t), dtype=np.int16)
        norad = elements["norad_id"].to_numpy(dtype=np.int64)
        return BatchResult(norad, index, empty, empty.copy(), code, code == 0)
    position, velocity, code, ok = propagate_records(
        satrecs, errors.element_codes(elements), jd, fraction
    )
    return BatchResult(
        norad_id=elements["norad_id"].to_numpy(dtype=np.int64),
        times_utc=index,
        position_teme_km=position,
        velocity_teme_kmps=velocity,
        error_code=code,
        ok=ok,
    )


def propagate_records(
    satrecs: list[Satrec], element_codes: np.ndarray, jd: np.ndarray, fraction: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Propagate built records to the times ``jd + fraction`` (see :func:`sgp4_in_slices`).

    ``element_codes`` are :func:`~.errors.element_codes` of the records' rows. Returns
    ``(position_teme_km, velocity_teme_kmps, error_code, ok)`` as in :class:`BatchResult`
    (at least one record and one time).
    """
    code_raw, position, velocity = sgp4_in_slices(satrecs, jd, fraction)
    code = code_raw.astype(np.int16)
    if element_codes.any():
        code = np.where(element_codes[:, None] != 0, element_codes[:, None], code)
    ok = code == 0
    if not ok.all():
        position[~ok] = np.nan
        velocity[~ok] = np.nan
    return position, velocity, code, ok


#: The most record-times one ``SatrecArray`` call evaluates (a few milliseconds of work).
SLICE_EVALUATIONS = 8192


def sgp4_in_slices(
    satrecs: list[Satrec], jd: np.ndarray, fraction: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return ``SatrecArray(satrecs).sgp4(jd, fraction)``, computed in slices.

    sgp4's ``SatrecArray`` holds the GIL for a whole call. A call of millions of record-times
    therefore freezes every other Python thread (the viewer's window among them, when
    screening runs in a worker) for as long as it lasts: slices of at most
    ``SLICE_EVALUATIONS`` record-times (whole rows of records, or pieces of one record's times)
    let the GIL change hands between them. The values are the same as one call's.
    """
    n, t = len(satrecs), len(jd)
    if n * t <= SLICE_EVALUATIONS:
        return SatrecArray(satrecs).sgp4(jd, fraction)  # type: ignore[no-any-return]
    code = np.empty((n, t), dtype=np.uint8)
    position = np.empty((n, t, 3))
    velocity = np.empty((n, t, 3))
    rows = max(1, SLICE_EVALUATIONS // t)
    times = SLICE_EVALUATIONS if rows == 1 else t
    for r in range(0, n, rows):
        array = SatrecArray(satrecs[r : r + rows])
        for c in range(0, t, times):
            part = slice(c, c + times)
            e, p, v = array.sgp4(jd[part], fraction[part])
            code[r : r + rows, part], position[r : r + rows, part], velocity[r : r + rows, part] = (
                e,
                p,
                v,
            )
    return code, position, velocity
