"""The element-table columns the manoeuvre and outlier detectors read, as plain numpy arrays.

Taking a column out of a DataFrame costs far more than slicing an array, so the columns are
taken once per table (:meth:`ElementArrays.of`) and every chunk of objects is a set of views
(:meth:`ElementArrays.rows`). Nothing here copies the values.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class ElementArrays:
    """Mean elements of many objects, one entry per element set (row of the element table).

    Attributes
    ----------
    norad_id, epoch_ns
        Object and epoch (int64 nanoseconds since 1970-01-01 UTC).
    n_rev_per_day, e, i_deg, raan_deg, argp_deg, m_deg
        Published mean motion, eccentricity, inclination, node, perigee, mean anomaly.
    a_km
        ``semi_major_axis_km`` when the table has it, else None (derived from ``n``).
    ndot_rev_per_day2
        ``mean_motion_dot`` when the table has it, else None.
    regime_code, regime_names
        Orbital regime per row as an index into ``regime_names``.
    """

    norad_id: np.ndarray
    epoch_ns: np.ndarray
    n_rev_per_day: np.ndarray
    e: np.ndarray
    i_deg: np.ndarray
    raan_deg: np.ndarray
    argp_deg: np.ndarray
    m_deg: np.ndarray
    a_km: np.ndarray | None
    ndot_rev_per_day2: np.ndarray | None
    regime_code: np.ndarray
    regime_names: tuple[str, ...]

    @classmethod
    def of(cls, elements: pd.DataFrame) -> ElementArrays:
        """Take the columns of ``elements`` (``schema.ELEMENT_COLUMNS``) once."""

        def column(name: str) -> np.ndarray:
            return np.asarray(elements[name].to_numpy(dtype=np.float64))

        if "regime" in elements:
            regime = pd.Categorical(elements["regime"])
            codes = np.asarray(regime.codes)
            names = tuple(str(c) for c in regime.categories)
        else:
            codes, names = np.zeros(len(elements), dtype=np.int16), ("LEO",)
        epoch = elements["epoch_utc"].to_numpy(dtype="datetime64[ns]", copy=False)
        return cls(
            norad_id=np.asarray(elements["norad_id"].to_numpy(dtype=np.int64)),
            epoch_ns=epoch.view(np.int64),
            n_rev_per_day=column("mean_motion_rev_per_day"),
            e=column("eccentricity"),
            i_deg=column("inclination_deg"),
            raan_deg=column("ra_of_asc_node_deg"),
            argp_deg=column("arg_of_pericenter_deg"),
            m_deg=column("mean_anomaly_deg"),
            a_km=column("semi_major_axis_km") if "semi_major_axis_km" in elements else None,
            ndot_rev_per_day2=column("mean_motion_dot") if "mean_motion_dot" in elements else None,
            regime_code=codes,
            regime_names=names,
        )

    def rows(self, start: int, stop: int) -> ElementArrays:
        """Return rows ``[start, stop)`` as views."""
        sliced = {
            f.name: getattr(self, f.name)[start:stop]
            for f in fields(self)
            if isinstance(getattr(self, f.name), np.ndarray)
        }
        return replace(self, **sliced)

    def take(self, positions: np.ndarray) -> ElementArrays:
        """Return the rows at ``positions`` (copies)."""
        taken = {
            f.name: getattr(self, f.name)[positions]
            for f in fields(self)
            if isinstance(getattr(self, f.name), np.ndarray)
        }
        return replace(self, **taken)

    def __len__(self) -> int:
        """Return the number of element sets."""
        return len(self.epoch_ns)
