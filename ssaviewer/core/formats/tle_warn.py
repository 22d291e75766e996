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
from ssaviewer.core.formats.tle_template import FIELDS, Ints


@dataclass(frozen=True)
class Assumption:
    """One field read with an assumption: 0-based line index, field, value, what was read."""

    line: int
    field: str
    value: str
    assumed: str


def lenient_sets(lines: Lines, line1: Ints) -> list[Assumption]:
    """Return the warnings of the sets (line 1 indices ``line1``) read under the lenient rules."""
    if len(line1) == 0:
        return []
    failed = tf.field_failures(layout(lines, line1))
    result: list[Assumption] = []
    for k, first in enumerate(line1.tolist()):
        texts = (lines.text(first), lines.text(first + 1))
        for index in np.flatnonzero(failed[k]):
            spec = FIELDS[int(index)]
            value = texts[spec.line - 1][spec.start : spec.stop].decode("ascii")
            result.append(
                Assumption(first + spec.line - 1, spec.name, repr(value), _read(spec.name, value))
            )
        for offset, text in enumerate(texts):
            tail = text[LINE_WIDTH:]
            if tail.strip():
                assumed = (
                    "text after column 69 ignored, as sgp4 does (a comment); the checksum in "
                    "column 69 was checked"
                )
                result.append(
                    Assumption(first + offset, "", tail.decode("ascii", "replace"), assumed)
                )
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
