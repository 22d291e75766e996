"""The element table as the detectors see it: sort order, object runs, epochs, rule vectors.

Every detector reads tables sorted by object, then epoch (``load()`` returns element sets in
that order; :func:`is_sorted_by_object` checks it). This module is the one home of what that
order gives:

- **object runs**: :func:`first_rows` (True at each object's first row), :func:`run_starts`,
  :func:`edge_positions`, :func:`object_index`;
- **epochs as integers**: :func:`epoch_ns` (nanoseconds since 1970) and
  :func:`search_rows` (vectorised binary search by (object, epoch) key); the time constants
  are :data:`~ssaviewer.core.constants.NS_PER_DAY` and its neighbours;
- **per-regime parameter vectors**: :class:`Regimes`, :class:`RegimeParams` and :func:`per_row`
  (a rule value for every row from its regime, with no per-row text);
- **the columns the manoeuvre detectors read**, as plain arrays: :class:`ElementArrays`.

Everything here works on numpy arrays in one pass, with no Python loop per row or per object.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt
import pandas as pd

from ssaviewer.core.detect.rules import Rules, RuleSection
from ssaviewer.core.table_order import epoch_ns, is_sorted_by_object

__all__ = [
    "ElementArrays",
    "RegimeParams",
    "Regimes",
    "category_codes",
    "edge_positions",
    "epoch_ns",
    "first_rows",
    "group_medians",
    "is_sorted_by_object",
    "mark_ranges",
    "object_index",
    "per_row",
    "rule_values",
    "run_starts",
    "search_rows",
]

BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

#: A rules section's params dataclass.
P = TypeVar("P")


def object_index(norad: np.ndarray) -> tuple[IntArray, np.ndarray]:
    """Group codes per object in order of first appearance, and each group's object.

    The same as ``pd.factorize(norad)``; contiguous objects (a table sorted by object) take a
    fast path with no hashing.
    """
    first = first_rows(norad)
    objects = norad[first]
    if len(np.unique(objects)) == len(objects):
        groups: IntArray = np.cumsum(first, dtype=np.int64) - 1
        return groups, objects
    codes, uniques = pd.factorize(norad)
    return codes.astype(np.int64), np.asarray(uniques)


def first_rows(norad: np.ndarray) -> BoolArray:
    """Return True at the first row of each object in a table grouped by object."""
    out: BoolArray = np.empty(len(norad), dtype=bool)
    if len(norad):
        out[0] = True
        np.not_equal(norad[1:], norad[:-1], out=out[1:])
    return out


def run_starts(keys: np.ndarray) -> IntArray:
    """Return the positions where a run of equal ``keys`` starts (0 first, when not empty)."""
    starts: IntArray = np.flatnonzero(first_rows(keys))
    return starts


#: Up to this many values a grouped median sorts them (pandas' set-up costs more); above,
#: pandas' compiled grouped median (the same values) is faster.
SORTED_MEDIAN_MAX = 4096


def group_medians(values: FloatArray, group: IntArray, n_groups: int) -> FloatArray:
    """Return the median of ``values`` per ``group`` (0 .. n_groups-1).

    The values of ``pd.Series(values).groupby(group).median()`` placed by group: NaN values
    are left out, a group with none (or no rows) gets NaN, an even count gives the mean of
    the middle two, ``(a + b) / 2``. Small inputs by one sort, large ones by pandas (or by
    ``np.median``, which selects the same values, when all rows are of one group).
    """
    out: FloatArray = np.full(n_groups, np.nan)
    if len(values) == 0:
        return out
    if len(values) > SORTED_MEDIAN_MAX:
        starts = run_starts(group)
        if len(values) >= RUN_MEDIAN_MIN_SETS * len(starts) and (group[1:] >= group[:-1]).all():
            # Few long runs, each a group (one object's history, a few objects' rows):
            # one selection per run, no grouping.
            return _run_medians(values, group, starts, out)
        medians = pd.Series(values).groupby(group).median()
        out[medians.index.to_numpy(dtype=np.int64)] = medians.to_numpy(dtype=np.float64)
        return out
    order = np.lexsort((values, group))  # NaN last in each group
    v = values[order]
    g = group[order]
    starts = run_starts(g)
    finite = np.add.reduceat(~np.isnan(v), starts)
    upper = v[starts + finite // 2 - (finite == 0)]
    lower = v[starts + np.maximum(finite - 1, 0) // 2]
    median = np.where(finite % 2 == 1, upper, (upper + lower) / 2)
    median[finite == 0] = np.nan
    out[g[starts]] = median
    return out


#: Rows per group from which :func:`group_medians` of groups in runs selects each run's
#: median on its own (``np.median``: the same values); below it pandas' grouped median,
#: whose cost is per row, not per group, is faster.
RUN_MEDIAN_MIN_SETS = 512


def _run_medians(
    values: FloatArray, group: IntArray, starts: IntArray, out: FloatArray
) -> FloatArray:
    """:func:`group_medians` of ``values`` whose groups are the runs beginning at ``starts``.

    ``np.median`` of each run's non-NaN values, written at the run's group in ``out``; a run
    with none keeps NaN. ``np.median`` selects the same middle values as pandas, and an even
    count's mean of two, ``(a + b) / 2``, is the same arithmetic.
    """
    stops = np.r_[starts[1:], len(values)]
    for start, stop in zip(starts.tolist(), stops.tolist(), strict=True):
        run = values[start:stop]
        finite = run[~np.isnan(run)]
        if len(finite):
            out[group[start]] = np.median(finite)
    return out


def edge_positions(norad: np.ndarray, last: bool) -> IntArray:
    """Return the positions of each object's first (or last) row, in row order.

    The rows ``groupby("norad_id").head(1)`` (or ``.tail(1)``) selects; a table grouped by
    object takes a fast path with no hashing.
    """
    starts = np.flatnonzero(first_rows(norad))
    if len(np.unique(norad[starts])) == len(starts):
        return np.r_[starts[1:] - 1, len(norad) - 1] if last and len(starts) else starts
    repeated = pd.Series(norad).duplicated(keep="last" if last else "first").to_numpy()
    return np.flatnonzero(~repeated)


def search_rows(
    norad: np.ndarray,
    epoch: IntArray | FloatArray,
    key_norad: np.ndarray,
    key_epoch: IntArray | FloatArray,
    side: str,
) -> IntArray:
    """Return the insertion points of (object, epoch) keys in rows sorted by object, then epoch.

    Epochs are any one numeric time scale (nanoseconds, or days).

    Like ``np.searchsorted`` on the pairs: with ``side="left"`` the first row not before the
    key, with ``side="right"`` the first row after it. ``norad`` and ``epoch`` must be sorted
    as :func:`is_sorted_by_object` checks.
    """
    lo = np.searchsorted(norad, key_norad, side="left").astype(np.int64)
    hi = np.searchsorted(norad, key_norad, side="right").astype(np.int64)
    last = max(len(epoch) - 1, 0)
    # Bisect every key's object segment at once: log2(longest history) rounds.
    while True:
        active = lo < hi
        if not active.any():
            return lo
        mid = (lo + hi) // 2
        at = epoch[np.minimum(mid, last)] if len(epoch) else np.zeros(len(mid), np.int64)
        after = (at < key_epoch) if side == "left" else (at <= key_epoch)
        lo = np.where(active & after, mid + 1, lo)
        hi = np.where(active & ~after, mid, hi)


def mark_ranges(n: int, lo: IntArray, hi: IntArray) -> BoolArray:
    """Return a mask of ``n`` rows, True in every half-open range ``[lo[k], hi[k])``."""
    depth = np.zeros(n + 1, dtype=np.int64)
    keep = hi > lo
    np.add.at(depth, lo[keep], 1)
    np.add.at(depth, hi[keep], -1)
    out: BoolArray = np.cumsum(depth[:n]) > 0
    return out


def category_codes(column: pd.Series) -> tuple[npt.NDArray[np.integer[Any]], list[str]]:
    """Return integer codes and their labels (``str`` of each value) for a column of any dtype."""
    values = column.array
    if isinstance(values, pd.Categorical):
        # The categorical's own codes (``column.cat.codes`` without its Series).
        codes = values.codes
        labels = [str(c) for c in values.categories]
    else:
        codes, uniques = pd.factorize(column)
        labels = [str(u) for u in uniques]
    if (codes < 0).any():
        # Missing values: a label of their own, as str() of them reads.
        labels.append(str(column[codes < 0].iloc[0]))
        codes = np.where(codes < 0, len(labels) - 1, codes)
    return codes, labels


def text_at(column: pd.Series, rows: np.ndarray) -> np.ndarray:
    """Return ``column.iloc[rows].astype(str).to_numpy()``; a categorical's by its codes.

    The element table's ``regime`` is categorical: its rows' text is then ``str`` of each
    category taken at their codes, with no Series taken and converted. Rows with a missing
    value (which ``astype(str)`` keeps missing) go through pandas.
    """
    values = column.array
    codes = values.codes[rows] if isinstance(values, pd.Categorical) else None
    if codes is None or (codes < 0).any():
        out: np.ndarray = column.iloc[rows].astype(str).to_numpy()
        return out
    labels = np.array([str(c) for c in values.categories], dtype=object)
    texts: np.ndarray = labels[codes]
    return texts


def in_categories(column: pd.Series, names: Sequence[str]) -> BoolArray:
    """``column.isin(names).to_numpy()`` for text ``names``, by the codes of a categorical.

    A categorical column (the element table's ``regime``) is tested once per category, not
    once per row; a missing value is in none. Other dtypes go to ``isin`` itself.
    """
    values = column.array
    if not isinstance(values, pd.Categorical):
        out: BoolArray = column.isin(names).to_numpy(dtype=bool)
        return out
    wanted = np.r_[np.isin(np.asarray(values.categories, dtype=object), list(names)), False]
    hit: BoolArray = wanted[values.codes]  # code -1 (missing) reads the final False
    return hit


@dataclass(frozen=True)
class Regimes:
    """A regime column as codes and labels: per-row rule values without per-row text."""

    codes: npt.NDArray[np.integer[Any]]
    labels: list[str]

    @classmethod
    def of(cls, column: pd.Series) -> Regimes:
        """Return the regimes of ``column`` (any dtype; missing values read as ``str()``)."""
        return cls(*category_codes(column))

    def param(
        self, rules: Rules, section: RuleSection[P], field: Callable[[P], float]
    ) -> FloatArray:
        """Return ``field(rules.section(section, regime))`` for every row, as floats."""
        values: FloatArray = rule_values(rules, section, field, self.labels)[self.codes]
        return values

    def isin(self, names: tuple[str, ...]) -> BoolArray:
        """Return whether each row's regime is one of ``names``."""
        out: BoolArray = np.isin(np.array(self.labels, dtype=object), list(names))[self.codes]
        return out


@dataclass(frozen=True)
class RegimeParams:
    """Rule values looked up once per regime present: ``params(section, field)`` per row."""

    rules: Rules
    regimes: Regimes

    def __call__(self, section: RuleSection[P], field: Callable[[P], float]) -> FloatArray:
        """Return ``field(rules.section(section, regime))`` for every row, as floats."""
        return self.regimes.param(self.rules, section, field)


def per_row(
    rules: Rules,
    section: RuleSection[P],
    field: Callable[[P], float],
    regimes: Sequence[str] | npt.NDArray[Any] | pd.Series,
) -> FloatArray:
    """Return ``field(rules.section(section, regime))`` for every row's regime, as floats.

    ``field`` reads one value of the section's params, e.g. ``lambda p: p.min_sigma`` (so
    mypy checks the name). ``regimes`` may be a categorical Series (the element table's): it
    is factorised, not converted to text, so a million rows cost milliseconds.
    """
    if isinstance(regimes, pd.Series) and isinstance(regimes.array, pd.Categorical):
        by_codes = _per_category(rules, section, field, regimes.array)
        if by_codes is not None:
            return by_codes
    values_in = regimes if isinstance(regimes, pd.Series) else np.asarray(regimes)
    codes, uniques = pd.factorize(values_in)
    values = np.array(
        [float(field(rules.section(section, str(u)))) for u in np.asarray(uniques)],
        dtype=np.float64,
    )
    out: FloatArray = values[codes] if len(values) else np.zeros(len(codes))
    return out


def _per_category(
    rules: Rules, section: RuleSection[P], field: Callable[[P], float], values: pd.Categorical
) -> FloatArray | None:
    """:func:`per_row` of a categorical by its codes (no factorising); None with a missing value.

    Each category present is looked up once, as the factorised values are.
    """
    codes = values.codes
    if (codes < 0).any():
        return None
    present = np.flatnonzero(np.bincount(codes, minlength=len(values.categories)))
    looked_up = np.zeros(len(values.categories), dtype=np.float64)
    for k in present.tolist():
        looked_up[k] = float(field(rules.section(section, str(values.categories[k]))))
    out: FloatArray = looked_up[codes]
    return out


def rule_values(
    rules: Rules, section: RuleSection[P], field: Callable[[P], float], labels: list[str]
) -> FloatArray:
    """Return ``field(rules.section(section, label))`` as floats, one per regime label."""
    return np.array(
        [float(field(rules.section(section, label))) for label in labels], dtype=np.float64
    )


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
