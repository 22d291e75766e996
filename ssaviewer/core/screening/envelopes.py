"""Each object's altitudes over its whole history: a quick first cut of shell candidates.

:func:`~.neighbours.shell_candidates` bounds every object's altitudes over a window from
the element sets serving it (mean perigee and apogee, widened by a margin and by the decay
the mean-motion derivative allows between each set's epoch and the window). Doing that for
every object of a catalogue for every window is the cost. So each object's lowest
``perigee − margin``, highest ``apogee + margin`` and largest decay rate over all its sets are
kept once (:func:`object_envelopes`), and :func:`may_be_near` bounds the window's figures with
them: the serving sets are among all sets, and each lies no farther from the window than
the farthest serving set. Only objects that pass are bounded exactly; the answer is the same.
"""

from __future__ import annotations

from typing import Final

import numpy as np

#: A perigee that may fall below this altitude (km) in the window may fall to anything
#: (the same rule as :data:`~.neighbours.DECAY_ALTITUDE_KM`).
DECAY_ALTITUDE_KM: Final = 250.0
#: Rows per block of objects when the envelopes are computed.
_BLOCK: Final = 1 << 16
#: Slack (km) against the rounding of the two ways of summing the same terms.
ROUNDING_KM: Final = 1e-3


def object_envelopes(
    first_row: np.ndarray,
    perigee_km: np.ndarray,
    apogee_km: np.ndarray,
    margin_km: np.ndarray,
    decay_km_per_s: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per object, ``(lowest perigee − margin, highest apogee + margin, largest decay)``.

    ``first_row`` is ``(N + 1,)``: each object's first row in the ``(R,)`` arrays, then R.
    NaN propagates (an object with a NaN figure is never cut).
    """
    n = len(first_row) - 1
    low, high, decay = np.empty(n), np.empty(n), np.empty(n)
    # Blocks of whole objects, so the temporaries stay small (a history has millions of rows).
    edges = np.unique(
        np.r_[np.searchsorted(first_row[:-1], np.arange(0, first_row[-1], _BLOCK)), n]
    )
    for a, b in zip(edges[:-1].tolist(), edges[1:].tolist(), strict=True):
        rows = slice(int(first_row[a]), int(first_row[b]))
        starts = first_row[a:b] - first_row[a]
        low[a:b] = np.minimum.reduceat(perigee_km[rows] - margin_km[rows], starts)
        high[a:b] = np.maximum.reduceat(apogee_km[rows] + margin_km[rows], starts)
        decay[a:b] = np.maximum.reduceat(decay_km_per_s[rows], starts)
    return low, high, decay


def may_be_near(
    envelope: tuple[np.ndarray, np.ndarray, np.ndarray],
    nearest_s: np.ndarray,
    farthest_s: np.ndarray,
    t0: int | np.ndarray,
    t1: int | np.ndarray,
    band_km: tuple[float, float] | tuple[np.ndarray, np.ndarray],
) -> np.ndarray:
    """Mask of objects whose altitudes in ``[t0, t1]`` may come into ``band_km``.

    ``nearest_s`` and ``farthest_s`` are each object's first and last serving epochs
    (seconds, as ``t0`` and ``t1``); ``band_km`` is the target's ``(low, high)`` widened by
    the threshold. True wherever a figure is NaN or the object may decay. The window and
    band may also be arrays (one per object, or broadcasting against them).
    """
    low, high, decay = envelope
    away_s = np.maximum(
        np.maximum(np.abs(nearest_s - t0), np.abs(nearest_s - t1)),
        np.maximum(np.abs(farthest_s - t0), np.abs(farthest_s - t1)),
    ).astype(np.float64)
    with np.errstate(invalid="ignore"):
        drift = decay * away_s
        lowest = low - drift - ROUNDING_KM
        highest = high + drift + ROUNDING_KM
    lowest = np.where(np.isfinite(lowest) & (lowest > DECAY_ALTITUDE_KM), lowest, -np.inf)
    result: np.ndarray = ~((lowest > band_km[1]) | (highest < band_km[0]))
    return result
