"""Warnings for element sets that were read although they break the letter of the format.

Archival files (and Vallado's ``SGP4-VER.TLE``) hold fields that sgp4's
``Satrec.twoline2rv`` reads: blank-padded implied-decimal mantissas (``     0+0``), a leading
``0`` in place of the first derivative's sign, blanks in the eccentricity, text after column
69, a blank international designator or one with inner blanks. Such sets are loaded, and each
such field gets one warning saying what was read. Only the sets concerned get here, one at a
time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ssaviewer.core.formats import tle_fields as tf
from ssaviewer.core.formats.tle_decode import layout
from ssaviewer.core.formats.tle_lines import LINE_WIDTH, Lines
from ssaviewer.core.formats.tle_strings import distinct_rows
from ssaviewer.core.formats.tle_template import FIELDS, ROW, Bytes, Ints, Mask


@dataclass(frozen=True)
class Assumption:
    """One field read with an assumption: 0-based line index, field, value, what was read."""

    line: int
    field: str
    value: str
    assumed: str


@dataclass(frozen=True)
class Assumptions:
    """Many :class:`Assumption` as columns: ``line`` (int64), the others object arrays."""

    line: Ints
    field: np.ndarray
    value: np.ndarray
    assumed: np.ndarray

    @staticmethod
    def of(items: Sequence[Assumption]) -> Assumptions:
        """Return the columns of ``items``, in their order."""
        return Assumptions(
            np.array([a.line for a in items], dtype=np.int64),
            np.array([a.field for a in items], dtype=object),
            np.array([a.value for a in items], dtype=object),
            np.array([a.assumed for a in items], dtype=object),
        )

    def __add__(self, other: Assumptions) -> Assumptions:
        return Assumptions(
            np.concatenate([self.line, other.line]),
            np.concatenate([self.field, other.field]),
            np.concatenate([self.value, other.value]),
            np.concatenate([self.assumed, other.assumed]),
        )

    def by_line(self) -> Assumptions:
        """Return the rows sorted by line (stable: rows of one line keep their order)."""
        order = np.argsort(self.line, kind="stable")
        return Assumptions(
            self.line[order], self.field[order], self.value[order], self.assumed[order]
        )


def lenient_sets(lines: Lines, line1: Ints) -> Assumptions:
    """Return the warnings of the sets (line 1 indices ``line1``) read under the lenient rules.

    Per set, the unusual fields in the order of ``FIELDS``, then the text after column 69 of
    each line. Vectorised over the sets: the value and what was read are worked out once per
    distinct field text (archival files repeat the same few, such as ``'     0+0'``).
    """
    if len(line1) == 0:
        return Assumptions.of([])
    rows = layout(lines, line1)
    at, field = np.nonzero(_field_failures(rows))
    texts = _field_texts(rows, at, field)
    keys = np.zeros((len(at), _KEY_WIDTH), dtype=np.uint8)  # the field, its text, NUL padding
    keys[:, 0] = field
    keys[:, 1 : 1 + _WIDEST] = texts.view(np.uint8).reshape(len(at), _WIDEST)
    code, first = distinct_rows(keys)
    distinct = [_warning(int(field[k]), texts[k].decode("ascii")) for k in first.tolist()]
    value = np.array([v for v, _ in distinct], dtype=object)
    assumed = np.array([a for _, a in distinct], dtype=object)
    fields = Assumptions(
        line1[at] + _FIELD_LINE[field] - 1, _FIELD_NAME[field], value[code], assumed[code]
    )
    return fields + Assumptions.of(_tails(lines, line1))


def _field_failures(rows: Bytes) -> Mask:
    """Return :func:`tle_fields.field_failures` of ``rows``, a block of rows at a time.

    The check makes several temporaries the size of its rows (bytes, flags, table indices):
    in blocks of ``_BLOCK_ROWS`` they stay small and their memory is reused block after
    block, instead of tens of megabytes of new pages for a large file's lenient sets.
    """
    if len(rows) <= _BLOCK_ROWS:
        return tf.field_failures(rows)
    return np.concatenate(
        [tf.field_failures(rows[k : k + _BLOCK_ROWS]) for k in range(0, len(rows), _BLOCK_ROWS)]
    )


#: Rows checked at once by :func:`_field_failures` (4096 rows of 144 bytes: 576 KiB).
_BLOCK_ROWS = 1 << 12

#: Per field of ``FIELDS``: its line (1 or 2), name, first column in the two-line layout
#: and width.
_FIELD_LINE = np.array([spec.line for spec in FIELDS], dtype=np.int64)
_FIELD_NAME = np.array([spec.name for spec in FIELDS], dtype=object)
_FIELD_START = np.array([(spec.line - 1) * ROW + spec.start for spec in FIELDS], dtype=np.int64)
_FIELD_WIDTH = np.array([spec.stop - spec.start for spec in FIELDS], dtype=np.int64)
_WIDEST = int(_FIELD_WIDTH.max())
#: A field number and its text, in whole 8-byte words.
_KEY_WIDTH = -(-(1 + _WIDEST) // 8) * 8


def _field_texts(rows: Bytes, at: Ints, field: Ints) -> np.ndarray:
    """Return the text of field ``field[k]`` of set ``at[k]`` as bytes (an ``S`` array)."""
    columns = np.minimum(_FIELD_START[field, None] + np.arange(_WIDEST), rows.shape[1] - 1)
    window = rows[at[:, None], columns]
    window[np.arange(_WIDEST) >= _FIELD_WIDTH[field, None]] = 0  # NUL: dropped by the S dtype
    texts: np.ndarray = np.ascontiguousarray(window).view(f"S{_WIDEST}").ravel()
    return texts


def _warning(field: int, value: str) -> tuple[str, str]:
    """Return the warning's value and what was read, for one field's text."""
    return repr(value), _read(FIELDS[field].name, value)


def _tails(lines: Lines, line1: Ints) -> list[Assumption]:
    """Return a warning per line (of the sets at ``line1``) with text after column 69."""
    both = np.stack([line1, line1 + 1], axis=1).ravel()
    result = []
    for index in both[lines.lengths[both] > LINE_WIDTH].tolist():
        tail = lines.text(index)[LINE_WIDTH:]
        if tail.strip():
            assumed = (
                "text after column 69 ignored, as sgp4 does (a comment); the checksum in "
                "column 69 was checked"
            )
            result.append(Assumption(index, "", tail.decode("ascii", "replace"), assumed))
    return result


def _read(field: str, value: str) -> str:
    """Say what the decoder read from an unusual field (the same as sgp4 reads)."""
    if field == "mean_motion_dot":
        number = -float(value[1:]) if value[0] == "-" else float(value[1:])
        return f"a leading {value[0]!r} in place of the sign, read as {number!r}, as sgp4 does"
    if field in ("mean_motion_ddot", "bstar"):
        sign = "-" if value[0] == "-" else ""
        mantissa = value[1:6].replace(" ", "0")
        exponent = value[6:8].replace(" ", "0")
        number = float(f"{sign}0.{mantissa}e{exponent}")
        return f"blanks in the mantissa read as zeros, {number!r}, as sgp4 does"
    if field == "eccentricity":
        number = float("0." + value.replace(" ", "0"))
        return f"blanks read as zeros, {number!r}, as sgp4 does"
    return "read as sgp4 reads it"


#: What a blank designator is read as.
BLANK_DESIGNATOR = "no international designator: object_id left empty"


def designators(line1: Ints, words: np.ndarray, cospar: Sequence[str]) -> list[Assumption]:
    """Warn about the given blank designators and designators with inner blanks (``59009  B``).

    Per such set: the 0-based index of its line 1, its 8 designator bytes as uint64 and the
    object id it was given.
    """
    result = []
    raw = np.ascontiguousarray(words, dtype="<u8").view(np.uint8).reshape(-1, 8)
    for k in range(len(line1)):
        value = raw[k].tobytes().decode("ascii", "replace")
        if not value.strip():
            assumed = BLANK_DESIGNATOR
        else:
            assumed = f"inner blanks removed: object_id {cospar[k]!r} (YYYY-NNNP{{1,3}})"
        result.append(Assumption(int(line1[k]), "object_id", repr(value), assumed))
    return result


def comments(lines: Lines, comment: Ints) -> list[Assumption]:
    """Note every ``#`` comment line (skipped, as in Vallado's ``SGP4-VER.TLE``)."""
    return [
        Assumption(k, "", lines.text(k).decode("ascii", "replace"), "a comment line, skipped")
        for k in comment.tolist()
    ]
