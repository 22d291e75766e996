"""The phasing filter's verdicts for many targets at once, judged ahead and looked up.

Close-approach screening after manoeuvres asks the phasing filter (:mod:`~.phasing`) about a
few dozen objects per piece of each manoeuvre's window; one call per piece costs more in
array set-up than in arithmetic. A :class:`PhasingMemo` holds the verdicts of every pair of
many pieces, judged in one :func:`~.phasing.may_meet_pairs` call per span length
(:func:`judge`), keyed by the table rows of the target and of the other object, the piece's
start (ns) and span (s) and the threshold (km). Each pair's verdict depends on its two
element sets alone, so a verdict looked up is the one the filter gives in a call of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from sgp4.api import Satrec

from ssaviewer.core.orbits.times import julian_split_ns
from ssaviewer.core.screening.phasing import may_meet_pairs

#: ``(target table row, piece start ns, span s, threshold km)``.
Key = tuple[int, int, float, float]


@dataclass(frozen=True)
class Request:
    """One piece to judge: the target's and the others' table rows, the span and threshold."""

    target_row: int
    other_rows: np.ndarray
    start_ns: int
    span_s: float
    threshold_km: float

    @property
    def key(self) -> Key:
        """The memo key of this piece."""
        return (self.target_row, self.start_ns, self.span_s, self.threshold_km)


@dataclass
class PhasingMemo:
    """Verdicts by piece: the other rows (ascending) and whether each may meet the target."""

    verdicts: dict[Key, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)

    def lookup(self, key: Key, other_rows: np.ndarray) -> np.ndarray | None:
        """Mask of ``other_rows`` the filter keeps, or None unless every one was judged."""
        entry = self.verdicts.get(key)
        if entry is None:
            return None
        rows, kept = entry
        if len(other_rows) == 0:
            return np.zeros(0, dtype=bool)
        at = np.searchsorted(rows, other_rows)
        if (at >= len(rows)).any() or (rows[np.minimum(at, len(rows) - 1)] != other_rows).any():
            return None
        mask: np.ndarray = kept[at]
        return mask


def judge(
    memo: PhasingMemo,
    requests: list[Request],
    satrecs: Callable[[np.ndarray], list[Satrec]],
    apogee_km: np.ndarray,
) -> None:
    """Judge every pair of ``requests`` and store the verdicts in ``memo``.

    ``satrecs(rows)`` gives the SGP4 records of table rows, ``apogee_km`` the table's mean
    apogee altitudes. One :func:`~.phasing.may_meet_pairs` call per (span, threshold).
    """
    groups: dict[tuple[float, float], list[Request]] = {}
    for request in requests:
        if request.key not in memo.verdicts:
            groups.setdefault((request.span_s, request.threshold_km), []).append(request)
    for (span_s, km), group in groups.items():
        _judge_group(memo, group, satrecs, apogee_km, span_s, km)


def _judge_group(
    memo: PhasingMemo,
    group: list[Request],
    satrecs: Callable[[np.ndarray], list[Satrec]],
    apogee_km: np.ndarray,
    span_s: float,
    km: float,
) -> None:
    """Judge the pieces of one span and threshold in one call."""
    # Each (row, start) once: its record's model over the piece is the same in every pair.
    counts = np.array([len(r.other_rows) for r in group], dtype=np.int64)
    targets = np.array([r.target_row for r in group], dtype=np.int64)
    starts = np.array([r.start_ns for r in group], dtype=np.int64)
    rows = np.concatenate([targets, *(r.other_rows for r in group)]).astype(np.int64)
    at = np.concatenate([starts, np.repeat(starts, counts)])
    items, inverse = np.unique(np.stack((rows, at), axis=1), axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    sats = satrecs(items[:, 0])
    jd, fraction = julian_split_ns(items[:, 1])
    since_min = np.array(
        [
            ((j - s.jdsatepoch) + (f - s.jdsatepochF)) * 1440.0
            for s, j, f in zip(sats, jd.tolist(), fraction.tolist(), strict=True)
        ]
    )
    target_of_pair = np.repeat(inverse[: len(group)], counts)
    other_of_pair = inverse[len(group) :]
    kept = may_meet_pairs(
        sats, since_min, apogee_km[items[:, 0]], target_of_pair, other_of_pair, span_s, km
    )
    bounds = np.r_[0, np.cumsum(counts)]
    for k, request in enumerate(group):
        mine = kept[bounds[k] : bounds[k + 1]]
        order = np.argsort(request.other_rows, kind="stable")
        memo.verdicts[request.key] = (request.other_rows[order], mine[order])
