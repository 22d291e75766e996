"""Checking and decoding the fixed columns of many element sets at once.

The input is a (k, 144) byte matrix, one row per element set: line 1 in columns 0-68, line 2
in columns 72-140, blanks elsewhere (see :mod:`tle_template`). Every check and every number is
computed for all rows together; nothing loops over rows.

Numbers are decoded exactly: the digits of a field are gathered into 8-byte words and combined
by SWAR arithmetic into one integer, then divided by the field's power of ten. An exact integer
divided by an exact power of ten is correctly rounded, so the result equals Python's
``float(text)`` of the field.
"""

from __future__ import annotations

from typing import Final

import numpy as np

from ssaviewer.core.formats.tle_template import (
    ALPHA5,
    FIELDS,
    ROW,
    Bytes,
    Floats,
    Ints,
    Mask,
    column_kinds,
    field_starts,
    leading_blank_columns,
    special_table,
)

_DIGIT_ONLY, _DIGIT_OR_BLANK, _SPECIAL = column_kinds()
_DIGIT_OK = _DIGIT_ONLY | _DIGIT_OR_BLANK
_SPECIAL_TABLE = special_table(_SPECIAL)
_LEAD = leading_blank_columns()
_FIELD_STARTS = field_starts()
_ZERO = 69  # a padding column: always blank, so its digit value is 0
_MINUS1 = np.array([33, 44, 50, 53, 59])  # columns of line 1 where '-' counts in the checksum


def _group(*columns: int) -> list[int]:
    """Left-pad digit columns to one 8-byte word (most significant first)."""
    return [_ZERO] * (8 - len(columns)) + list(columns)


def _line2(*columns: int) -> list[int]:
    return [ROW + c for c in columns]


#: Digit columns of every integer decoded, each one 8-byte word.
GROUPS: Final[dict[str, list[int]]] = {
    "year": _group(18, 19),
    "day": _group(20, 21, 22),
    "day_fraction": _group(*range(24, 32)),
    "ndot": _group(*range(35, 43)),
    "nddot": _group(*range(45, 50)),
    "nddot_exp": _group(51),
    "bstar": _group(*range(54, 59)),
    "bstar_exp": _group(60),
    "ephemeris_type": _group(62),
    "element_set_no": _group(*range(64, 68)),
    "norad1": _group(3, 4, 5, 6),
    "norad2": _group(*_line2(3, 4, 5, 6)),
    "inclination": _group(*_line2(8, 9, 10, 12, 13, 14, 15)),
    "raan": _group(*_line2(17, 18, 19, 21, 22, 23, 24)),
    "eccentricity": _group(*_line2(*range(26, 33))),
    "argp": _group(*_line2(34, 35, 36, 38, 39, 40, 41)),
    "mean_anomaly": _group(*_line2(43, 44, 45, 47, 48, 49, 50)),
    "mean_motion_int": _group(*_line2(52, 53)),
    "mean_motion_frac": _group(*_line2(*range(55, 63))),
    "rev_at_epoch": _group(*_line2(*range(63, 68))),
}
_GROUP_NAMES = list(GROUPS)
_GROUP_COLUMNS = np.array([c for name in _GROUP_NAMES for c in GROUPS[name]], dtype=np.int64)

_ALPHA5_VALUE = np.zeros(256, dtype=np.int64)
_ALPHA5_VALUE[np.frombuffer(b"0123456789", dtype=np.uint8)] = np.arange(10)
_ALPHA5_VALUE[np.frombuffer(ALPHA5.encode(), dtype=np.uint8)] = np.arange(10, 10 + len(ALPHA5))


def digit_values(rows: Bytes) -> tuple[Bytes, Mask]:
    """Return each byte's digit value (0 for non-digits) and the digit mask."""
    shifted = rows - np.uint8(48)
    is_digit = shifted < 10
    values: Bytes = np.where(is_digit, shifted, np.uint8(0))
    return values, is_digit


def column_ok(rows: Bytes, is_digit: Mask) -> Mask:
    """Return, per byte, whether it is allowed in its column of the template."""
    blank = rows == 32
    good: Mask = (is_digit & _DIGIT_OK) | (blank & _DIGIT_OR_BLANK)
    good[:, _SPECIAL] = _SPECIAL_TABLE[np.arange(len(_SPECIAL)), rows[:, _SPECIAL]]
    good[:, _LEAD] &= ~(blank[:, _LEAD] & ~blank[:, _LEAD - 1])
    return good


def field_failures(rows: Bytes) -> Mask:
    """Return a (k, len(FIELDS)) mask: which fields of each row break the template."""
    _, is_digit = digit_values(rows)
    good = column_ok(rows, is_digit)
    failed: Mask = ~np.logical_and.reduceat(good, _FIELD_STARTS, axis=1)
    return failed


def decode_groups(values: Bytes) -> dict[str, Ints]:
    """Combine the digits of every group in ``GROUPS`` into integers (SWAR, 8 digits a word)."""
    gathered = np.ascontiguousarray(values[:, _GROUP_COLUMNS])
    words = gathered.view("<u8").astype(np.uint64, copy=False)
    words = (words * np.uint64(10) + (words >> np.uint64(8))) & np.uint64(0x00FF00FF00FF00FF)
    words = (words * np.uint64(100) + (words >> np.uint64(16))) & np.uint64(0x0000FFFF0000FFFF)
    words = (words * np.uint64(10000) + (words >> np.uint64(32))) & np.uint64(0xFFFFFFFF)
    numbers = words.astype(np.int64)
    return {name: numbers[:, k] for k, name in enumerate(_GROUP_NAMES)}


def checksum_ok(rows: Bytes, values: Bytes) -> Mask:
    """Return, shape (k, 2), whether each line matches its checksum (a blank one matches)."""
    stated = values[:, [68, ROW + 68]].astype(np.int64)
    ok: Mask = (_computed(rows, values) == stated) | (rows[:, [68, ROW + 68]] == 32)
    return ok


def computed_checksums(rows: Bytes) -> Ints:
    """Return the checksum each line should carry, shape (k, 2)."""
    values, _ = digit_values(rows)
    return _computed(rows, values)


def _computed(rows: Bytes, values: Bytes) -> Ints:
    """Sum the digits of the first 68 columns (and 1 per '-') of each line, modulo 10."""
    words = values.view("<u8")
    byte_sums = (words * np.uint64(0x0101010101010101)) >> np.uint64(56)
    sums = byte_sums.reshape(len(rows), 2, ROW // 8).sum(axis=2, dtype=np.int64)
    sums[:, 0] += (rows[:, _MINUS1] == ord("-")).sum(axis=1)
    sums -= values[:, [68, ROW + 68]].astype(np.int64)
    result: Ints = sums % 10
    return result


def signed(rows: Bytes, column: int) -> Ints:
    """Return -1 where ``column`` holds '-', else +1."""
    result: Ints = np.where(rows[:, column] == ord("-"), -1, 1).astype(np.int64)
    return result


def implied_decimal(mantissa: Ints, exponent: Ints, sign: Ints, exp_sign: Ints) -> Floats:
    """Return ``sign * 0.mantissa * 10**(exp_sign * exponent)`` for 5-digit mantissas.

    The power of ten is applied as one exact division (or multiplication), so the value is
    the correctly rounded decimal, as ``float("0.12345e-3")``.
    """
    shift = 5 - exp_sign * exponent
    scale = 10.0 ** np.abs(shift)
    magnitude = np.where(shift >= 0, mantissa / scale, mantissa * scale)
    result: Floats = sign * magnitude
    return result


def alpha5(rows: Bytes, column: int, rest: Ints) -> Ints:
    """Decode a catalogue number whose first character is at ``column`` (alpha-5 aware)."""
    result: Ints = _ALPHA5_VALUE[rows[:, column]] * 10000 + rest
    return result


