"""Where each partition's rows go in the element table (sorted by object, then epoch)."""

from __future__ import annotations

import itertools

import numpy as np

from ssaviewer.core.store.keys import object_runs
from ssaviewer.core.store.marker import StoreError
from ssaviewer.core.store.partition import PartitionFile, each


class Placement:
    """Where each partition's rows go in the table (sorted by object, then epoch).

    Partitions whose NORAD ranges do not overlap are laid end to end (one slice each);
    otherwise the table is a list of ``pieces`` (partition, first row, rows: object runs in
    NORAD order, neighbours joined), copied once every partition is read.
    """

    def __init__(self, files: list[PartitionFile]) -> None:
        self.files = files
        sizes = np.array([f.n_rows for f in files], dtype=np.int64)
        self.n_rows = int(sizes.sum())
        self.slices: dict[int, slice] | None = None
        self.pieces: list[tuple[int, int, int]] = []
        self.runs_of: dict[int, list[tuple[int, int]]] = {k: [] for k in range(len(files))}
        self._pending: dict[int, tuple[np.ndarray, dict[int, np.ndarray]]] = {}
        filled = [k for k in range(len(files)) if sizes[k]]
        ranges = [files[k].norad_range for k in filled]
        if all(r is not None for r in ranges):
            ends = {k: r for k, r in zip(filled, ranges, strict=True) if r is not None}
            by_first = sorted(filled, key=lambda k: ends[k][0])
            if all(ends[a][1] < ends[b][0] for a, b in itertools.pairwise(by_first)):
                stops = np.cumsum(sizes[by_first])
                pairs = zip(by_first, stops, strict=True)
                self.slices = {k: slice(int(e - sizes[k]), int(e)) for k, e in pairs}
                for k in range(len(files)):
                    self.slices.setdefault(k, slice(0, 0))
                return
        norad = each(files, PartitionFile.norad_ids)
        runs = [object_runs(ids) for ids in norad]
        run_part = np.concatenate([np.full(len(f), k) for k, (f, _) in enumerate(runs)])
        run_first = np.concatenate([f for f, _ in runs])
        run_len = np.concatenate([s - f for f, s in runs])
        run_norad = np.concatenate([ids[f] for ids, (f, _) in zip(norad, runs, strict=True)])
        order = np.argsort(run_norad, kind="stable")
        # the table as pieces (partition, first row, rows): runs in order, neighbours joined
        part, first, length = run_part[order], run_first[order], run_len[order]
        new = np.flatnonzero(
            np.r_[True, (part[1:] != part[:-1]) | (first[1:] != first[:-1] + length[:-1])]
        )
        pieces = zip(part[new], first[new], np.add.reduceat(length, new), strict=True)
        self.pieces = [(int(k), int(a), int(n)) for k, a, n in pieces] if len(new) else []
        # each partition's pieces in its own row order: (first row in the table, rows)
        at = 0
        for k, _, n in self.pieces:
            self.runs_of[k].append((at, n))
            at += n

    def put(self, out: np.ndarray, k: int, values: np.ndarray) -> None:
        """Copy partition ``k``'s ``values`` to their rows of ``out``.

        When partitions interleave, the values are kept until :meth:`finish` copies every
        partition's object runs at once.
        """
        self._check(k, values)
        if self.slices is not None:
            out[self.slices[k]] = values
        else:
            self._pending.setdefault(id(out), (out, {}))[1][k] = values

    def finish(self) -> None:
        """Copy the values kept by :meth:`put`, whole runs in table order."""
        for out, parts in self._pending.values():
            if all(k in parts for k, _, _ in self.pieces):
                np.concatenate([parts[k][a : a + n] for k, a, n in self.pieces], out=out)
                continue
            at = 0  # the other partitions' rows were read in place (``runs_of``)
            for k, first, n in self.pieces:
                if k in parts:
                    out[at : at + n] = parts[k][first : first + n]
                at += n
        self._pending.clear()

    def fill_value(self, out: np.ndarray, k: int, value: object) -> None:
        """Set partition ``k``'s rows of ``out`` to ``value``."""
        if self.slices is not None:
            out[self.slices[k]] = value
            return
        for first, n in self.runs_of[k]:
            out[first : first + n] = value

    def put_mapped(self, out: np.ndarray, k: int, mapping: np.ndarray, index: np.ndarray) -> None:
        """Write ``mapping[index]`` to partition ``k``'s rows of ``out`` (without a temporary)."""
        self._check(k, index)
        if len(mapping) == 1 and self.slices is not None:  # one value (NA has its own)
            out[self.slices[k]] = mapping[0]
        elif self.slices is not None:
            np.take(mapping, index, out=out[self.slices[k]])
        else:
            self.put(out, k, mapping[index])

    def _check(self, k: int, values: np.ndarray) -> None:
        if len(values) != self.files[k].n_rows:
            raise StoreError(
                f"{self.files[k].path}: a column of {len(values)} rows, not {self.files[k].n_rows}"
            )

    def order(self) -> list[int] | None:
        """Return the partitions in table order, or None when their rows interleave."""
        if self.slices is None:
            return None
        slices = self.slices
        return sorted(slices, key=lambda k: (slices[k].start, slices[k].stop))
