"""The element sets one screening run reads, as arrays: no DataFrame indexing per piece.

:func:`~.screening.screen` reads the columns it needs once (:meth:`ScreenSets.of`), then
picks each piece's serving sets (:func:`serving`), propagates them (``SatrecArray``, each
record built once per run and reused by every piece) and bounds their altitudes with plain
array operations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

import numpy as np
import pandas as pd
from sgp4.api import Satrec

from ssaviewer.core.orbits import errors
from ssaviewer.core.orbits.batch import propagate_records
from ssaviewer.core.orbits.coarse import gravity_of, pad_km_of, periapsis_rates_of
from ssaviewer.core.orbits.satrecs import satrec_arguments, satrecs_at
from ssaviewer.core.orbits.shells import bounds_from_states
from ssaviewer.core.orbits.times import julian_split_ns

_NS_PER_S: Final = 1_000_000_000


@dataclass(frozen=True)
class ScreenSets:
    """Columns of an element-set table (``schema.ELEMENT_COLUMNS``) by row position.

    ``records`` caches the SGP4 record of each row used so far; ``names`` is filled on first
    use of :meth:`names_at`.
    """

    frame: pd.DataFrame
    norad_id: np.ndarray
    epoch_ns: np.ndarray
    propagatable: np.ndarray
    period_min: np.ndarray
    perigee_km: np.ndarray
    apogee_km: np.ndarray
    perigee_radius_km: np.ndarray
    perigee_rate_radps: np.ndarray
    codes: np.ndarray
    arguments: tuple[list[float], ...]
    records: dict[int, Satrec] = field(default_factory=dict)
    names: list[np.ndarray] = field(default_factory=list)

    @classmethod
    def of(cls, frame: pd.DataFrame) -> ScreenSets:
        """Read the columns screening needs from ``frame``."""
        r_p, _, w_p = periapsis_rates_of(
            frame["semi_major_axis_km"].to_numpy(dtype=np.float64),
            frame["eccentricity"].to_numpy(dtype=np.float64),
        )
        return cls(
            frame=frame,
            norad_id=frame["norad_id"].to_numpy(dtype=np.int64),
            epoch_ns=frame["epoch_utc"].to_numpy(dtype="datetime64[ns]").view("i8"),
            propagatable=frame["sgp4_propagatable"].to_numpy(dtype=bool),
            period_min=frame["period_min"].to_numpy(dtype=np.float64),
            perigee_km=frame["perigee_km"].to_numpy(dtype=np.float64),
            apogee_km=frame["apogee_km"].to_numpy(dtype=np.float64),
            perigee_radius_km=r_p,
            perigee_rate_radps=w_p,
            codes=errors.element_codes(frame),
            arguments=satrec_arguments(frame),
        )

    def satrecs(self, rows: np.ndarray) -> list[Satrec]:
        """Return the SGP4 records of the rows ``rows``, each built once."""
        missing = [int(r) for r in rows if int(r) not in self.records]
        self.records.update(zip(missing, satrecs_at(self.arguments, missing), strict=True))
        return [self.records[int(r)] for r in rows]

    def names_at(self, rows: np.ndarray) -> np.ndarray:
        """Return the ``object_name`` of the rows ``rows`` as ``str`` ("nan" where missing)."""
        if not self.names:
            self.names.append(np.asarray(self.frame["object_name"].to_numpy(), dtype=object))
        names = self.names[0][rows]
        return np.array(["nan" if pd.isna(n) else str(n) for n in names], dtype=object)

    def states(
        self, rows: np.ndarray, times_ns: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return TEME ``(position_km, velocity_kmps, ok)`` of the rows at the times (ns)."""
        jd, fraction = julian_split_ns(times_ns)
        position, velocity, _, ok = propagate_records(
            self.satrecs(rows), self.codes[rows], jd, fraction
        )
        return position, velocity, ok

    def pad_km(self, rows: np.ndarray, step_s: float) -> np.ndarray:
        """Cubic Hermite error bound of each row over a step (see :mod:`~.coarse`)."""
        return pad_km_of(self.perigee_radius_km[rows], self.perigee_rate_radps[rows], step_s)

    def gravity_kmps2(self, rows: np.ndarray) -> np.ndarray:
        """Largest gravitational acceleration (km/s²) of each row."""
        return gravity_of(self.perigee_radius_km[rows])


def serving(sets: ScreenSets, when_ns: int) -> np.ndarray:
    """Per object (ascending ``norad_id``), the row of its propagatable set nearest ``when_ns``.

    Ties go to the earlier set, as :func:`~.propagate.latest_elements` with ``"nearest"``.
    """
    rows = np.flatnonzero(sets.propagatable)
    epochs, norad = sets.epoch_ns[rows], sets.norad_id[rows]
    order = np.lexsort((epochs, np.abs(epochs - when_ns), norad))
    sorted_norad = norad[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = sorted_norad[1:] != sorted_norad[:-1]
    chosen: np.ndarray = rows[order[first]]
    return chosen


def in_shell(
    sets: ScreenSets,
    target: int,
    others: np.ndarray,
    threshold_km: float,
    times_ns: np.ndarray,
) -> np.ndarray:
    """Mask of ``others`` whose altitudes come within the threshold of the target's row.

    As :func:`~.shells.shell_filter`, from the states at ``times_ns``
    (:func:`~.shells.shell_times`).
    """
    rows = np.r_[target, others]
    position, velocity, ok = sets.states(rows, times_ns)
    low, high = bounds_from_states(
        position, velocity, ok, sets.perigee_km[rows], sets.apogee_km[rows]
    )
    mask: np.ndarray = (low[1:] - threshold_km <= high[0]) & (high[1:] + threshold_km >= low[0])
    return mask


def offsets_ns(seconds: np.ndarray) -> np.ndarray:
    """Float seconds to int64 nanoseconds, rounded as ``pandas.to_timedelta(unit="s")`` does.

    Whole seconds and the fraction (rounded to 9 decimals) are scaled apart, as pandas'
    ``cast_from_unit_vectorized``; the tests check the two agree.
    """
    values = np.asarray(seconds, dtype=np.float64)
    whole = values.astype(np.int64)
    fraction = np.round(values - whole, 9)
    result: np.ndarray = whole * _NS_PER_S + (fraction * _NS_PER_S).astype(np.int64)
    return result
