"""A first look on a sparser grid: which objects need the screening grid at all.

Most objects that pass the altitude filter never come near the target; propagating each of
them on the full coarse grid of :mod:`~.engine` is most of the cost. So the objects are
first propagated on every ``factor``-th point of that grid, and only those that show a
candidate interval there (:func:`~.coarse.candidates`, with the threshold widened by the
interpolation errors of both grids) get the full grid.

Why nothing is lost: the full grid's tests keep an interval when its cubic Hermite curve
comes within the threshold plus pads and chord sagitta; the curve is then within its own
pads of the true separation, and the sparse grid's curve within the sparse pads of that
(the same bound as in :mod:`~.coarse`, doubled here). An object docked to the target stays
within the threshold everywhere, so every sparse interval passes. The factor is the
largest of ``FACTORS`` whose pads stay below ``MAX_PAD_KM``; with none, no first look.
"""

from __future__ import annotations

from typing import Final

import numpy as np

from ssaviewer.core.screening.coarse import SUBSAMPLES, candidates
from ssaviewer.core.screening.screen_sets import ScreenSets, offsets_ns

#: Sparse-grid factors tried, largest first.
FACTORS: Final = (8, 4, 2)
#: Largest interpolation pad (km) of one object on the sparse grid.
MAX_PAD_KM: Final = 5.0
#: Added to the widened threshold (km), against rounding.
SAFETY_KM: Final = 1.0


def _factor(sets: ScreenSets, rows: np.ndarray, step_s: float, points: int) -> int:
    """Return the sparse-grid factor for these rows (1: no first look)."""
    for factor in FACTORS:
        if points > 2 * factor and float(sets.pad_km(rows, factor * step_s).max()) <= MAX_PAD_KM:
            return factor
    return 1


def worth_a_fine_look(
    sets: ScreenSets,
    target: int,
    others: np.ndarray,
    start_ns: int,
    step_s: float,
    points: int,
    threshold_km: float,
) -> np.ndarray:
    """Mask of ``others`` that may have a candidate interval on the full grid.

    The full grid is ``points`` times ``step_s`` apart from ``start_ns``; ``target`` and
    ``others`` are rows of ``sets``.
    """
    factor = _factor(sets, np.concatenate(([target], others)), step_s, points)
    if factor == 1:
        return np.ones(len(others), dtype=bool)
    sparse_s = factor * step_s
    count = int(np.ceil((points - 1) / factor)) + 1
    times_ns = start_ns + offsets_ns((np.arange(count) * factor) * step_s)
    target_r, target_v, _ = sets.states(np.array([target]), times_ns)
    r, v, _ = sets.states(others, times_ns)
    gravity = sets.gravity_kmps2(np.array([target])) + sets.gravity_kmps2(others)
    full_pads = sets.pad_km(np.array([target]), step_s) + sets.pad_km(others, step_s)
    sparse_pads = sets.pad_km(np.array([target]), sparse_s) + sets.pad_km(others, sparse_s)
    full_sagitta = gravity * (step_s / SUBSAMPLES) ** 2 / 8.0
    limit = threshold_km + 2.0 * full_pads + 2.0 * sparse_pads + full_sagitta + SAFETY_KM
    found = candidates(target_r[0], target_v[0], r, v, limit, gravity, sparse_s)
    keep = np.zeros(len(others), dtype=bool)
    keep[found[0]] = True
    return keep
