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
the most observations. Histories at a set a day or sparser are left as they are.

One bin is a compromise: at 1 day fit noise between sets that share observations passes for
small steps, at 2 days a burn's ramp and the next burn blur together. A dense history is
therefore read twice, at ``min_spacing_days`` and at ``confirm_spacing_days``, and a
manoeuvre found in the first reading is kept only where the second finds one in an
overlapping window (the first reading's window and time are kept): a real change is seen at
both bins, fit noise rarely lines up at both. On the development objects (issue 9) this
drops 4 of SPOT-2's 17 false alarms and none of its or Envisat's burns. Both bins stay in
``benchmarks/bench_accuracy.py``'s leave-one-object-out grid (the two archival objects prefer
different bins, so the held-out figure is lower than the in-sample one).

Element sets of one object whose epochs are less than ``SAME_EPOCH_NS`` (1 s) apart are one
epoch published more than once (archival files repeat a set with its fraction of day rounded
differently, 0.86 ms apart, sometimes with different elements: a fit made before a burn
and one made after it). Only one of them is read: the one closest to the next distinct
epoch's set (each element's difference scaled by the object's median step of that
element), because the history that follows confirms it; among identical sets, the last
published. A repeated epoch therefore never makes a manoeuvre, and a stale fit repeated at
the epoch of a fresh one does not hide the burn (the data-quality events report differing
sets at one epoch, with both records).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ssaviewer.core.constants import NS_PER_DAY, SAME_EPOCH_NS
from ssaviewer.core.detect.element_table import first_rows, group_medians
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
        share most of their data. 0 switches thinning off.
    confirm_spacing_days
        A manoeuvre found on a dense history must also be found, in an overlapping window,
        when the history is thinned at this bin instead: 1 day. 0 switches the confirmation
        off (one reading). Histories that are not dense are read once.
    """

    dense_below_days: float = 0.75
    min_spacing_days: float = 1.5
    confirm_spacing_days: float = 1.0


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
    elements: tuple[np.ndarray, ...] = (),
    chosen: np.ndarray | None = None,
) -> np.ndarray:
    """Return the positions of the rows the detectors read, ascending.

    Parameters
    ----------
    norad_id, epoch_ns
        Object and epoch (ns since 1970) per row, sorted by object then epoch.
    spacing_days, dense_below_days
        ``min_spacing_days`` and ``dense_below_days`` per row (by the row's regime); a
        spacing of 0 keeps every distinct epoch.
    elements
        Element values per row (e.g. semi-major axis, inclination, eccentricity) used to
        choose among sets of one repeated epoch (:func:`repeated_epoch_choice`); empty: the
        last published is read.
    chosen
        ``repeated_epoch_choice(norad_id, epoch_ns, elements)`` when already known (it does
        not depend on the spacing: two readings of one table share it).

    Returns
    -------
    numpy.ndarray
        int64 positions: for each object, one row per repeated epoch
        (:func:`repeated_epoch_choice`), then of those the last row of every bin of
        ``spacing_days`` when its median gap is shorter than ``dense_below_days``, else
        every one.
    """
    if chosen is None:
        chosen = repeated_epoch_choice(norad_id, epoch_ns, elements)
    if len(chosen) == len(norad_id):
        return _binned(norad_id, epoch_ns, spacing_days, dense_below_days)
    spacing = np.broadcast_to(spacing_days, norad_id.shape)[chosen]
    dense = np.broadcast_to(dense_below_days, norad_id.shape)[chosen]
    kept: np.ndarray = chosen[_binned(norad_id[chosen], epoch_ns[chosen], spacing, dense)]
    return kept


def repeated_epoch_choice(
    norad_id: np.ndarray, epoch_ns: np.ndarray, elements: tuple[np.ndarray, ...] = ()
) -> np.ndarray:
    """Return the rows read when several share an epoch (within ``SAME_EPOCH_NS``), ascending.

    Rows of one object whose epoch is less than ``SAME_EPOCH_NS`` after the previous row's
    form one repeated epoch. Of each, the row whose ``elements`` are closest to the first row
    of the object's next epoch is read (distance: the sum over elements of the absolute
    difference divided by the object's median absolute step of that element); ties, an
    object's last epoch, and empty ``elements`` read the last row. Other rows: all read.
    """
    n = len(norad_id)
    if n < 2:
        return np.arange(n, dtype=np.int64)
    new_object = first_rows(norad_id)
    same = np.zeros(n, dtype=bool)
    same[1:] = (np.diff(epoch_ns) < SAME_EPOCH_NS) & ~new_object[1:]
    if not same.any():
        return np.arange(n, dtype=np.int64)
    cluster = np.cumsum(~same) - 1
    starts = np.flatnonzero(~same)
    last_of_cluster = np.r_[starts[1:] - 1, n - 1]
    if not elements:
        return np.asarray(last_of_cluster, dtype=np.int64)
    # Only rows of clusters of two or more have a choice; the others are all read.
    chosen_among = (np.diff(np.r_[starts, n]) > 1)[cluster]
    multi = np.flatnonzero(chosen_among)
    # The first row of the next cluster of the same object (-1 at an object's last epoch).
    next_start = np.r_[starts[1:], -1][cluster[multi]]
    has_next = next_start >= 0
    has_next[has_next] = ~new_object[next_start[has_next]]
    distance = np.zeros(len(multi))
    objects = np.cumsum(new_object) - 1
    # Steps between distinct epochs, of the objects with a choice to make only.
    step_object = objects[starts[1:]]
    chooses = np.zeros(int(objects[-1]) + 1, dtype=bool)
    chooses[objects[multi]] = True
    read = np.flatnonzero(~new_object[starts[1:]] & chooses[step_object])
    scales = _median_steps(elements, starts, read, step_object[read], int(objects[-1]) + 1)
    for values, scale in zip(elements, scales, strict=True):
        scale = np.where(scale > 0, scale, 1.0)[objects[multi]]
        target = values[np.where(has_next, next_start, multi)]
        distance += np.abs(values[multi] - target) / scale
    distance[~has_next] = 0.0
    # Per cluster the smallest distance; ties go to the last row (reverse position order).
    order = multi[np.lexsort((-multi, distance, cluster[multi]))]
    first_in_cluster = np.r_[True, cluster[order][1:] != cluster[order][:-1]]
    return np.sort(np.r_[np.flatnonzero(~chosen_among), order[first_in_cluster]]).astype(np.int64)


def _median_steps(
    elements: tuple[np.ndarray, ...],
    starts: np.ndarray,
    read: np.ndarray,
    group: np.ndarray,
    n_groups: int,
) -> list[np.ndarray]:
    """Per element, the median absolute step between distinct epochs per object.

    ``read`` picks the steps (between ``starts``) counted, ``group`` is their object; steps
    that are not finite are left out, and an object without steps gets NaN. The elements
    share one grouping (pandas' compiled median, which needs no sort of the values).
    """
    out = []
    for values in elements:
        step = np.abs(np.diff(values[starts]))[read]
        out.append(group_medians(np.where(np.isfinite(step), step, np.nan), group, n_groups))
    return out


def _binned(
    norad_id: np.ndarray,
    epoch_ns: np.ndarray,
    spacing_days: np.ndarray | float,
    dense_below_days: np.ndarray | float,
) -> np.ndarray:
    """Return the last row of every bin of a dense object, every row of another."""
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
