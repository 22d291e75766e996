"""Merge candidate manoeuvres into manoeuvres: one kind at a time, then in-plane with out-of-plane.

Candidates of one kind (in-plane: ``a`` and GEO ``drift``; out-of-plane: ``i``, ``raan``,
``ix``, ``iy``) whose element-set windows overlap are one manoeuvre (burns of one sequence, or
one burn seen in two elements). An in-plane and an out-of-plane manoeuvre are one ``mixed``
manoeuvre only when their largest jumps fall in the same gap; otherwise they are two
manoeuvres (e.g. a north-south burn and an east-west burn a day apart), even if their windows
overlap. Everything is array arithmetic; Python loops run only over clusters of several
candidates, to join their rule ids.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

from ssaviewer.core.detect.manoeuvres.candidates import Candidates, first_max_per_run

#: Candidate channels that are in-plane changes (a; GEO drift) and out-of-plane ones.
IN_PLANE_CHANNELS = ("a", "drift")
OUT_OF_PLANE_CHANNELS = ("i", "raan", "ix", "iy")


@dataclass(frozen=True)
class Merged:
    """Merged manoeuvres (arrays of equal length).

    ``index_peak`` is the row before the gap of the most significant candidate,
    ``index_before`` / ``index_after`` the union of the candidates' windows, ``z`` the largest
    |z|, ``in_plane`` / ``out_of_plane`` whether a detector of that kind fired, ``rules`` the
    ``;``-joined rule ids.
    """

    index_peak: np.ndarray
    index_before: np.ndarray
    index_after: np.ndarray
    z: np.ndarray
    in_plane: np.ndarray
    out_of_plane: np.ndarray
    rules: np.ndarray

    def __len__(self) -> int:
        """Return the number of manoeuvres."""
        return len(self.index_peak)

    def take(self, keep: np.ndarray) -> Merged:
        """Return the manoeuvres selected by ``keep`` (mask or positions)."""
        return Merged(*(getattr(self, f.name)[keep] for f in fields(self)))

    @classmethod
    def concat(cls, parts: list[Merged]) -> Merged:
        """Return the manoeuvres of ``parts``, in order."""
        return cls(*(np.concatenate([getattr(p, f.name) for p in parts]) for f in fields(cls)))


def combine_kinds(candidates: Candidates) -> Merged:
    """Merge candidates into manoeuvres (see the module docstring).

    Returns the ``mixed`` manoeuvres first, then the other in-plane ones, then the other
    out-of-plane ones.
    """
    in_mask = np.isin(candidates.channel, IN_PLANE_CHANNELS)
    in_plane = merge_candidates(candidates.take(in_mask))
    out_plane = merge_candidates(candidates.take(~in_mask))
    # Peaks are unique within each kind: merged windows do not overlap and hold their peaks.
    sorter = np.argsort(out_plane.index_peak, kind="stable")
    sorted_peaks = out_plane.index_peak[sorter]
    at = np.searchsorted(sorted_peaks, in_plane.index_peak)
    inside = at < len(sorted_peaks)
    match = np.zeros(len(in_plane), dtype=bool)
    match[inside] = sorted_peaks[at[inside]] == in_plane.index_peak[inside]
    pair_in = np.flatnonzero(match)
    pair_out = sorter[at[match]]
    a, b = in_plane.take(pair_in), out_plane.take(pair_out)
    mixed = Merged(
        index_peak=a.index_peak,
        index_before=np.minimum(a.index_before, b.index_before),
        index_after=np.maximum(a.index_after, b.index_after),
        z=np.maximum(a.z, b.z),
        in_plane=np.ones(len(a), dtype=bool),
        out_of_plane=np.ones(len(a), dtype=bool),
        rules=np.asarray(a.rules + ";" + b.rules, dtype=object),
    )
    rest_in = np.ones(len(in_plane), dtype=bool)
    rest_in[pair_in] = False
    rest_out = np.ones(len(out_plane), dtype=bool)
    rest_out[pair_out] = False
    return Merged.concat([mixed, in_plane.take(rest_in), out_plane.take(rest_out)])


def merge_candidates(candidates: Candidates) -> Merged:
    """Merge candidates whose element-set windows overlap into one entry per manoeuvre.

    ``index_peak`` is that of the most significant candidate (the first of equals in window
    order), ``rules`` the sorted unique rule ids, ``;``-joined.
    """
    order = np.lexsort((candidates.index_after, candidates.index_before))
    before = candidates.index_before[order]
    after = candidates.index_after[order]
    if len(order) == 0:
        empty = np.empty(0, dtype=np.int64)
        flags = np.empty(0, dtype=bool)
        return Merged(empty, empty, empty, np.empty(0), flags, flags, np.empty(0, dtype=object))
    reach = np.maximum.accumulate(after)
    new = np.ones(len(before), dtype=bool)
    new[1:] = before[1:] >= reach[:-1]
    starts = np.flatnonzero(new)
    channel = candidates.channel[order]
    abs_z = np.abs(candidates.z[order].astype(np.float64))
    return Merged(
        index_peak=candidates.index_peak[order][first_max_per_run(abs_z, new)],
        index_before=np.minimum.reduceat(before, starts),
        index_after=np.maximum.reduceat(after, starts),
        z=np.maximum.reduceat(abs_z, starts),
        in_plane=np.logical_or.reduceat(np.isin(channel, IN_PLANE_CHANNELS), starts),
        out_of_plane=np.logical_or.reduceat(np.isin(channel, OUT_OF_PLANE_CHANNELS), starts),
        rules=_joined_rules(starts, candidates.rules[order]),
    )


def _joined_rules(starts: np.ndarray, rules: np.ndarray) -> np.ndarray:
    """Sorted unique rule ids per cluster (clusters are runs beginning at ``starts``)."""
    out = np.asarray(rules[starts], dtype=object)
    stops = np.append(starts[1:], len(rules))
    for k in np.flatnonzero(stops - starts > 1):
        out[k] = ";".join(sorted(set(rules[starts[k] : stops[k]])))
    return out
