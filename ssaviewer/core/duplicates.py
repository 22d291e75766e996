"""Exact duplicate element sets: which rows collapse into which, and the records they bring.

Two rows are the same element set when they have the same object, epoch and elements
(``IDENTITY``; a missing value equals a missing value, and ``-0.0`` equals ``0.0``, as pandas
compares them). Only rows that share an object and epoch with a neighbour in a table sorted
by object and epoch can be copies, so only those are compared, all at once: a sort of their
bit patterns, never a Python step per row.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

Ints = npt.NDArray[np.int64]
Mask = npt.NDArray[np.bool_]

#: The element fields that, with the object and the epoch, make two rows the same set.
IDENTITY = (
    "mean_motion_rev_per_day",
    "eccentricity",
    "inclination_deg",
    "ra_of_asc_node_deg",
    "arg_of_pericenter_deg",
    "mean_anomaly_deg",
    "bstar",
    "mean_motion_dot",
    "mean_motion_ddot",
)
#: Between the records of the copies of one element set in ``duplicate_records``.
SEPARATOR = "; "


@dataclass(frozen=True)
class Collapsed:
    """Rows kept (positions in the sorted order, ascending) and their ``duplicate_records``.

    ``notes`` holds, per kept row, the records of the exact copies that collapsed into it
    (``SEPARATOR``-joined, in table order), or NA.
    """

    kept: Ints
    notes: pd.arrays.ArrowStringArray


def shared_epoch(norad: np.ndarray, epoch: np.ndarray) -> Mask:
    """Return, per row of a table sorted by object and epoch, whether a neighbour shares both."""
    same_as_next = (norad[1:] == norad[:-1]) & (epoch[1:] == epoch[:-1])
    shared = np.zeros(len(norad), dtype=bool)
    shared[:-1] |= same_as_next
    shared[1:] |= same_as_next
    return shared


def collapse_duplicates(
    elements: pd.DataFrame, order: Ints | None, norad: np.ndarray, epoch: np.ndarray
) -> Collapsed:
    """Find the exact copies in ``elements`` taken in ``order`` (sorted by object and epoch).

    ``order`` gives the row of ``elements`` at each sorted position (None: already sorted);
    ``norad`` and ``epoch`` (ns) are in the sorted order. Each copy collapses into the first
    row of its element set in that order, which keeps the records of the others.
    """
    n = len(norad)
    candidates = np.flatnonzero(shared_epoch(norad, epoch))
    if not len(candidates):
        return Collapsed(np.arange(n), _no_notes(n))
    rows = candidates if order is None else order[candidates]
    keys = _identity_keys(elements, rows, norad[candidates], epoch[candidates])
    # Sort the candidates by their identity, then position: equal sets become neighbours,
    # each one's first row first.
    by_identity = np.lexsort((candidates, *keys[::-1]))
    ranked = keys[:, by_identity]
    copy = np.zeros(len(candidates), dtype=bool)
    copy[1:] = (ranked[:, 1:] == ranked[:, :-1]).all(axis=0)
    if not copy.any():
        return Collapsed(np.arange(n), _no_notes(n))
    position = candidates[by_identity]
    first = np.maximum.accumulate(np.where(copy, 0, np.arange(len(copy))))
    dropped = np.zeros(n, dtype=bool)
    dropped[position[copy]] = True
    kept = np.flatnonzero(~dropped)
    # The copies, grouped by the set they collapse into (positions ascending in each group).
    into = first[copy]
    starts = np.flatnonzero(np.r_[True, into[1:] != into[:-1]])
    copies = position[copy]
    joined = _joined_records(elements, copies if order is None else order[copies], starts)
    at = np.searchsorted(kept, position[into[starts]])  # the kept row of each group
    by_row = np.argsort(at)
    notes = _sparse_strings(len(kept), at[by_row], joined.take(pa.array(by_row)))
    return Collapsed(kept, pd.arrays.ArrowStringArray(notes))


def _identity_keys(
    elements: pd.DataFrame, rows: Ints, norad: np.ndarray, epoch: np.ndarray
) -> npt.NDArray[np.int64]:
    """Return a (10, k) matrix whose equal columns are equal element sets.

    Row 0 numbers the runs of equal object and epoch; the others are the bits of the
    ``IDENTITY`` values, ``-0.0`` made ``0.0`` and every NaN one NaN.
    """
    keys = np.empty((1 + len(IDENTITY), len(rows)), dtype=np.int64)
    new_run = np.ones(len(rows), dtype=bool)
    new_run[1:] = (norad[1:] != norad[:-1]) | (epoch[1:] != epoch[:-1])
    np.cumsum(new_run, out=keys[0])
    for k, name in enumerate(IDENTITY, start=1):
        values = elements[name].to_numpy(dtype=np.float64)[rows] + 0.0  # -0.0 + 0.0 is 0.0
        values[np.isnan(values)] = np.nan
        keys[k] = values.view(np.int64)
    return keys


def _joined_records(elements: pd.DataFrame, rows: Ints, starts: Ints) -> pa.Array:
    """Return the records of ``rows`` joined by ``SEPARATOR``, a string per group at ``starts``."""
    records = pa.array(elements["record"].array).take(pa.array(rows))
    if isinstance(records, pa.ChunkedArray):  # a table concatenated from several files
        records = records.combine_chunks()
    records = records.cast(pa.string())
    offsets = pa.array(np.append(starts, len(rows)).astype(np.int32))
    joined: pa.Array = pc.binary_join(pa.ListArray.from_arrays(offsets, records), SEPARATOR)
    return joined


def _sparse_strings(n: int, rows: Ints, values: pa.Array) -> pa.Array:
    """Return a ``large_string`` array of ``n`` nulls but ``values`` at ``rows`` (ascending).

    Built from its buffers: the offsets and the validity bitmap by numpy, the characters
    those of ``values``, so that a million rows with a few thousand notes cost two passes
    over integers, not a take through a million-entry index.
    """
    values = values.cast(pa.large_string())
    starts = np.frombuffer(values.buffers()[1], dtype=np.int64)[: len(values) + 1]
    if values.offset or values.null_count or (len(starts) and starts[0]):  # not plain buffers
        slot = np.full(n, -1, dtype=np.int64)
        slot[rows] = np.arange(len(rows))
        return values.take(pa.array(slot, mask=slot < 0))
    offsets = np.zeros(n + 1, dtype=np.int64)
    offsets[rows + 1] = np.diff(starts)  # the sizes, summed in place into the offsets
    np.cumsum(offsets, out=offsets)
    valid = np.zeros(n, dtype=bool)
    valid[rows] = True
    bitmap = np.packbits(valid, bitorder="little")
    chars = values.buffers()[2]
    return pa.Array.from_buffers(
        pa.large_string(),
        n,
        [pa.py_buffer(bitmap), pa.py_buffer(offsets), chars],
        null_count=n - len(rows),
    )


def _no_notes(n: int) -> pd.arrays.ArrowStringArray:
    return pd.arrays.ArrowStringArray(pa.nulls(n, type=pa.large_string()))
