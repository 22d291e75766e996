"""The element sets one screening run reads, as arrays: no DataFrame indexing per piece.

:func:`~.screening.screen` reads the columns it needs once (:meth:`ScreenSets.of`), then
picks each piece's serving sets (:func:`serving`), propagates them (``SatrecArray``, each
record built once per run and reused by every piece) and bounds their altitudes with plain
array operations.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Final

import numpy as np
import pandas as pd
from sgp4.api import Satrec

from ssaviewer.core.constants import NS_PER_SECOND
from ssaviewer.core.orbits import errors
from ssaviewer.core.orbits.batch import propagate_records
from ssaviewer.core.orbits.satrecs import satrec_arguments_of, satrecs_at
from ssaviewer.core.orbits.times import julian_split_ns
from ssaviewer.core.screening.coarse import gravity_of, pad_km_of, periapsis_rates_of
from ssaviewer.core.screening.phasing_memo import PhasingMemo
from ssaviewer.core.screening.shells import bounds_from_states

#: Columns screening reads and the dtype each is read as (``epoch_utc``: int64 ns).
_READ: Final[dict[str, Any]] = {
    "norad_id": np.int64, "epoch_utc": "datetime64[ns]", "sgp4_propagatable": bool,
    "ephemeris_type": None, "mean_motion_rev_per_day": np.float64,
    "eccentricity": np.float64, "inclination_deg": np.float64,
    "ra_of_asc_node_deg": np.float64, "arg_of_pericenter_deg": np.float64,
    "mean_anomaly_deg": np.float64, "bstar": np.float64, "mean_motion_dot": np.float64,
    "mean_motion_ddot": np.float64, "semi_major_axis_km": np.float64,
    "period_min": np.float64, "perigee_km": np.float64, "apogee_km": np.float64,
}  # fmt: skip


def _read(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """Return the ``_READ`` columns of ``frame`` as arrays, each read once."""
    columns = {name: frame[name].to_numpy(dtype=dtype) for name, dtype in _READ.items()}
    columns["epoch_utc"] = columns["epoch_utc"].view("i8")
    return columns


def _names(values: np.ndarray) -> np.ndarray:
    """Object names as ``str``, "nan" where missing (as ``astype(str)`` of the column)."""
    return np.array(["nan" if pd.isna(n) else str(n) for n in values], dtype=object)


@dataclass(frozen=True)
class ScreenTable:
    """A whole element table's screening columns, read once, to screen many row subsets.

    ``records`` caches the SGP4 record of each table row used so far (shared by every
    subset's :class:`ScreenSets`); ``phasing`` holds verdicts of the phasing filter judged
    ahead (:mod:`~.phasing_memo`). A record keeps the mean elements of its last propagation
    (the phasing filter reads them), so one table screens in one thread at a time (a
    ``Screener`` is built per run).
    """

    columns: dict[str, np.ndarray]
    object_name: pd.Series
    records: dict[int, Satrec] = field(default_factory=dict)
    phasing: PhasingMemo = field(default_factory=PhasingMemo)

    @classmethod
    def of(cls, frame: pd.DataFrame) -> ScreenTable:
        """Read ``frame``'s screening columns (views where the dtypes allow)."""
        return cls(_read(frame), frame["object_name"])

    def sets(self, rows: np.ndarray) -> ScreenSets:
        """Return the sets at positions ``rows`` (as ``ScreenSets.of(frame.iloc[rows])``)."""
        return ScreenSets.from_columns(
            {name: values[rows] for name, values in self.columns.items()},
            lambda some: _names(self.object_name.iloc[rows[some]].to_numpy(dtype=object)),
            table=self,
            table_rows=np.asarray(rows, dtype=np.int64),
        )


@dataclass(frozen=True)
class ScreenSets:
    """Columns of an element-set table (``schema.ELEMENT_COLUMNS``) by row position.

    ``columns`` are the ``_READ`` columns' values at these rows (:func:`_read`); ``records``
    caches the SGP4 record of each row used so far; ``name_source`` gives the
    ``object_name`` of rows as ``str``. Sets taken from a :class:`ScreenTable` know their
    ``table`` and ``table_rows`` (their positions there): their records are the table's,
    and the phasing filter may look its verdicts up there.
    """

    norad_id: np.ndarray
    epoch_ns: np.ndarray
    propagatable: np.ndarray
    period_min: np.ndarray
    perigee_km: np.ndarray
    apogee_km: np.ndarray
    perigee_radius_km: np.ndarray
    perigee_rate_radps: np.ndarray
    codes: np.ndarray
    columns: dict[str, np.ndarray]
    name_source: Callable[[np.ndarray], np.ndarray]
    records: dict[int, Satrec] = field(default_factory=dict)
    table: ScreenTable | None = None
    table_rows: np.ndarray | None = None

    @classmethod
    def of(cls, frame: pd.DataFrame) -> ScreenSets:
        """Read the columns screening needs from ``frame``."""
        names = frame["object_name"]
        return cls.from_columns(
            _read(frame), lambda rows: _names(names.iloc[rows].to_numpy(dtype=object))
        )

    @classmethod
    def from_columns(
        cls,
        columns: dict[str, np.ndarray],
        name_source: Callable[[np.ndarray], np.ndarray],
        table: ScreenTable | None = None,
        table_rows: np.ndarray | None = None,
    ) -> ScreenSets:
        """Build the sets from the ``_READ`` columns' values (see :func:`_read`)."""
        r_p, _, w_p = periapsis_rates_of(columns["semi_major_axis_km"], columns["eccentricity"])
        return cls(
            norad_id=columns["norad_id"],
            epoch_ns=columns["epoch_utc"],
            propagatable=columns["sgp4_propagatable"],
            period_min=columns["period_min"],
            perigee_km=columns["perigee_km"],
            apogee_km=columns["apogee_km"],
            perigee_radius_km=r_p,
            perigee_rate_radps=w_p,
            codes=errors.element_codes_of(
                columns["eccentricity"], columns["mean_motion_rev_per_day"],
                columns["ephemeris_type"],
            ),
            columns=columns,
            name_source=name_source,
            table=table,
            table_rows=table_rows,
        )  # fmt: skip

    @cached_property
    def arguments(self) -> tuple[list[float], ...]:
        """``sgp4init`` arguments of every row (:func:`satrec_arguments_of`), on first use.

        Sets whose records all come from their table's cache never need them.
        """
        return satrec_arguments_of(self.columns)

    def satrecs(self, rows: np.ndarray) -> list[Satrec]:
        """Return the SGP4 records of the rows ``rows``, each built once (per table)."""
        if self.table is None or self.table_rows is None:
            missing = [int(r) for r in rows if int(r) not in self.records]
            self.records.update(zip(missing, satrecs_at(self.arguments, missing), strict=True))
            return [self.records[int(r)] for r in rows]
        shared, keys = self.table.records, self.table_rows[rows].tolist()
        local = [int(r) for r, key in zip(rows, keys, strict=True) if key not in shared]
        if local:
            built = satrecs_at(self.arguments, local)
            shared.update(zip(self.table_rows[local].tolist(), built, strict=True))
        return [shared[key] for key in keys]

    def names_at(self, rows: np.ndarray) -> np.ndarray:
        """Return the ``object_name`` of the rows ``rows`` as ``str`` ("nan" where missing)."""
        return self.name_source(rows)

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
    rows = np.concatenate(([target], others))
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
    result: np.ndarray = whole * NS_PER_SECOND + (fraction * NS_PER_SECOND).astype(np.int64)
    return result
