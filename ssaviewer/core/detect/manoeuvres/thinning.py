"""Which element sets the manoeuvre detectors read: one per ``spacing`` on dense histories.

Archival and some current histories hold several element sets a day, fitted to overlapping
spans of observations. Neighbouring sets then differ by fit noise only, and a burn shows as a
ramp over the two or three days the fits take to absorb it rather than as a step. The
detectors' windows count element sets, so on such a history they would compare a few hours
before with a few hours after, the noise estimate would describe the hours, and a burn's ramp
would be cut into several small "steps".

The fix adapts to each object's own cadence: when the median gap between its sets is shorter
than ``dense_below_days``, its history is cut into consecutive bins of ``min_spacing_days``
(from its first epoch) and the last set of each bin is kept: the most recent fit, made with
the most observations. Histories at a set a day or sparser are left as they are, except
that of element sets sharing one epoch only the last published is read: a repeated epoch
never makes a manoeuvre (the data-quality events report the conflict, with both sets).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ssaviewer.core.constants import NS_PER_DAY
from ssaviewer.core.detect.element_table import first_rows
from ssaviewer.core.detect.rules import ALL_REGIMES, RuleSection

NAME = "thinning"


@dataclass(frozen=True)
class ThinningParams:
    """How dense histories are thinned before the manoeuvre detectors read them.

    Attributes
    ----------
    dense_below_days
        An object whose median gap between element sets is shorter than this is dense: 0.75
        day (more than one set a day, where daily histories run at 0.9-1.1 days).
    min_spacing_days
        A dense history is thinned to the last set of each bin of this length. 1.5 days: a
        LEO element set is fitted to a day or more of observations, so sets closer than that
        share most of their data. Fitted leave-one-object-out on the development objects
        (``benchmarks/bench_accuracy.py``; 1.0 to 2.5 tried); 0 switches thinning off.
    """

    dense_below_days: float = 0.75
    min_spacing_days: float = 1.5


SECTION = RuleSection(
    NAME,
    ThinningParams,
    {ALL_REGIMES: ThinningParams()},
    doc=__doc__ or "",
)


def kept_rows(
    norad_id: np.ndarray,
    epoch_ns: np.ndarray,
    spacing_days: np.ndarray,
    dense_below_days: np.ndarray | float = 0.75,
) -> np.ndarray:
    """Return the positions of the rows the detectors read, ascending.

    Parameters
    ----------
    norad_id, epoch_ns
        Object and epoch (ns since 1970) per row, sorted by object then epoch.
    spacing_days, dense_below_days
        ``min_spacing_days`` and ``dense_below_days`` per row (by the row's regime); a
        spacing of 0 keeps every distinct epoch.

    Returns
    -------
    numpy.ndarray
        int64 positions: for each object, the last row of every bin of ``spacing_days`` when
        its median gap is shorter than ``dense_below_days``, else the last row of every
        distinct epoch.
    """
    n = len(norad_id)
    if n == 0:
        return np.empty(0, dtype=np.int64)
    first = first_rows(norad_id)
    starts = np.flatnonzero(first)
    sizes = np.diff(np.append(starts, n))
    obj = np.repeat(np.arange(len(starts)), sizes)
    gap = np.empty(n)
    gap[0] = np.nan
    gap[1:] = (epoch_ns[1:] - epoch_ns[:-1]) / NS_PER_DAY
    gap[first] = np.nan
    # Dense: more than half of the object's gaps are shorter (its median gap is).
    short = np.bincount(obj, weights=gap < dense_below_days, minlength=len(starts))
    counted = np.bincount(obj, weights=np.isfinite(gap), minlength=len(starts))
    dense = short > 0.5 * counted
    spacing = np.where(dense[obj], spacing_days, 0.0)
    since_first = (epoch_ns - np.repeat(epoch_ns[starts], sizes)) / NS_PER_DAY
    with np.errstate(divide="ignore", invalid="ignore"):
        bins = np.where(spacing > 0, np.floor(since_first / spacing), since_first)
    last = np.ones(n, dtype=bool)
    last[:-1] = (obj[1:] != obj[:-1]) | (bins[1:] != bins[:-1])
    return np.flatnonzero(last).astype(np.int64)
