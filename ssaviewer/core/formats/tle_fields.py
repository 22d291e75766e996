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

import functools
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from ssaviewer.core.formats.tle_template import (
    ALPHA5,
    LENIENT_TEMPLATE,
    ROW,
    TEMPLATE,
    Bytes,
    ColumnRules,
    Floats,
    Ints,
    Mask,
    column_rules,
    field_starts,
    leading_blank_columns,
)


@dataclass(frozen=True)
class _Checker:
    """A template's column rules, with its literal, sign and letter columns as one lookup."""

    rules: ColumnRules
    special: npt.NDArray[np.intp]
    offsets: npt.NDArray[np.intp]
    table: Mask


def _checker(template: str) -> _Checker:
    rules = column_rules(template)
    special = np.array(sorted([*rules.literal, *rules.signs, *rules.tables]), dtype=np.intp)
    table = np.zeros((len(special), 256), dtype=bool)
    for row, column in enumerate(special):
        if column in rules.literal:
            table[row, rules.literal[column]] = True
        elif column in rules.tables:
            table[row] = rules.tables[column]
        else:
            table[row, [ord(" "), ord("+"), ord("-")]] = True
    offsets = 256 * np.arange(len(special), dtype=np.intp)
    return _Checker(rules, special, offsets, table.ravel())


_STRICT = _checker(TEMPLATE)
_LENIENT = _checker(LENIENT_TEMPLATE)
_LEAD = np.zeros(2 * ROW, dtype=bool)
_LEAD[leading_blank_columns()] = True
_AT_WORD_START = np.arange(2 * ROW) % 8 == 0
#: The leading-blank rule as byte flags in 8-byte words, and the one column at a word start.
_LEAD_WORDS = (_LEAD & ~_AT_WORD_START).astype(np.uint8).view("<u8")
_LEAD_EDGE = int(np.flatnonzero(_LEAD & _AT_WORD_START)[0])
_LEAD_MASK = _LEAD[1:]
#: The low byte of each 16-bit lane, and the multiplier that adds four 16-bit lanes.
_BYTE_LANES = np.uint64(0x00FF00FF00FF00FF)
_LANE_SUM = np.uint64(0x0001000100010001)
_FIELD_STARTS = field_starts()
_MINUS1 = np.array([33, 44, 50, 53, 59])  # columns of line 1 where '-' counts in the checksum

#: Runs of digit columns decoded as integers: name -> (first column, stop column), at most 8
#: digits each, in the 144-column layout (line 2 starts at column 72).
GROUPS: Final[dict[str, tuple[int, int]]] = {
    "year": (18, 20),
    "day": (20, 23),
    "day_fraction": (24, 32),
    "ndot": (35, 43),
    "nddot": (45, 50),
    "nddot_exp": (51, 52),
    "bstar": (54, 59),
    "bstar_exp": (60, 61),
    "ephemeris_type": (62, 63),
    "element_set_no": (64, 68),
    "norad1": (3, 7),
    "norad2": (ROW + 3, ROW + 7),
    "inclination_int": (ROW + 8, ROW + 11),
    "inclination_frac": (ROW + 12, ROW + 16),
    "raan_int": (ROW + 17, ROW + 20),
    "raan_frac": (ROW + 21, ROW + 25),
    "eccentricity": (ROW + 26, ROW + 33),
    "argp_int": (ROW + 34, ROW + 37),
    "argp_frac": (ROW + 38, ROW + 42),
    "mean_anomaly_int": (ROW + 43, ROW + 46),
    "mean_anomaly_frac": (ROW + 47, ROW + 51),
    "mean_motion_int": (ROW + 52, ROW + 54),
    "mean_motion_frac": (ROW + 55, ROW + 63),
    "rev_at_epoch": (ROW + 63, ROW + 68),
}

#: Groups in decoding order, longest first: runs of 5-8 digits need three SWAR steps, runs of
#: 3-4 two, runs of 1-2 one.
_ORDER = sorted(GROUPS, key=lambda name: GROUPS[name][0] - GROUPS[name][1])
_N_LONG = sum(GROUPS[name][1] - GROUPS[name][0] > 4 for name in _ORDER)
_N_MID = sum(GROUPS[name][1] - GROUPS[name][0] > 2 for name in _ORDER)
#: Per group: the 8-byte word ending where the run ends, the shift that puts the run's last
#: digit in the top byte, and the mask that keeps only the run's bytes.
_GROUP_OFFSETS = [max(GROUPS[name][1] - 8, 0) for name in _ORDER]
_GROUP_SHIFTS = np.array(
    [
        [8 * (offset + 8 - GROUPS[name][1])]
        for offset, name in zip(_GROUP_OFFSETS, _ORDER, strict=True)
    ],
    dtype=np.uint64,
)
_GROUP_MASKS = np.array(
    [
        [((1 << 8 * (stop - start)) - 1) << (64 - 8 * (stop - start))]
        for start, stop in (GROUPS[name] for name in _ORDER)
    ],
    dtype=np.uint64,
)

_ALPHA5_VALUE = np.zeros(256, dtype=np.int64)
_ALPHA5_VALUE[np.frombuffer(b"0123456789", dtype=np.uint8)] = np.arange(10)
_ALPHA5_VALUE[np.frombuffer(ALPHA5.encode(), dtype=np.uint8)] = np.arange(10, 10 + len(ALPHA5))


class Scratch:
    """Working arrays for decoding up to ``capacity`` sets at a time, reused chunk after chunk.

    Every large temporary of the decode (the byte matrix, its digit values and masks, the
    lookups and the SWAR words) is written into these arrays with ``out=`` instead of being
    allocated per chunk: a fresh temporary is a fresh mapping whose pages the kernel must
    fault in and zero again each time (most of a load's system time), a reused one stays
    mapped and in the CPU cache. About 1.5 KiB per set of capacity.
    """

    def __init__(self, capacity: int) -> None:
        n = capacity
        width = 2 * ROW
        self.capacity = n
        self.rows = np.empty((n, width), dtype=np.uint8)
        self.values = np.empty((n, width), dtype=np.uint8)
        self.is_digit = np.empty((n, width), dtype=bool)
        self.blank = np.empty((n, width), dtype=bool)
        self.good = np.empty((n, width), dtype=bool)
        self.other = np.empty((n, width), dtype=bool)
        self.special_ok = np.empty((len(_STRICT.special), n), dtype=bool)
        self.lead = np.empty((n, width // 8), dtype=np.uint64)
        self.words = np.empty((len(GROUPS), n), dtype=np.uint64)
        self.upper = np.empty((len(GROUPS), n), dtype=np.uint64)
        self.both = np.empty(2 * n, dtype=np.int64)
        self.starts = np.empty(2 * n, dtype=np.int64)
        self.lengths = np.empty(2 * n, dtype=np.int64)


def _words(flags: np.ndarray) -> np.ndarray:
    """Return a contiguous (k, 144) byte or flag matrix as (k, 18) 8-byte words (a view).

    Flags are bytes holding 0 or 1, so ``&`` and ``|`` of their words are ``and`` and ``or``
    of every flag, eight at a time, without a broadcast over each row.
    """
    return flags.view(np.uint8).view("<u8")


@dataclass(frozen=True)
class _Repeated:
    """The strict template's rules as (capacity, 18) words, the same for every row.

    ``digit_ok`` and ``blank_ok`` are the column flags, with every special column (literal,
    sign or letter, judged by its own table) allowed in ``special``; ``lead`` the
    leading-blank words. Read-only, shared by the decoding threads.
    """

    digit_ok: np.ndarray
    blank_ok: np.ndarray
    special: np.ndarray
    lead: np.ndarray


@functools.lru_cache(maxsize=2)
def _repeated(capacity: int) -> _Repeated:
    def repeat(row: np.ndarray) -> np.ndarray:
        words = np.tile(_words(row[None, :]), (capacity, 1))
        words.flags.writeable = False
        return words

    special = np.zeros(2 * ROW, dtype=bool)
    special[_STRICT.special] = True
    rules = _STRICT.rules
    return _Repeated(
        repeat(rules.digit_ok),
        repeat(rules.blank_ok),
        repeat(special),
        repeat(_LEAD_WORDS.view(np.uint8)),
    )


#: Per special column of the strict template, its 256-entry table of allowed bytes.
_SPECIAL_TABLES = _STRICT.table.reshape(len(_STRICT.special), 256)


def digit_values(rows: Bytes, scratch: Scratch | None = None) -> tuple[Bytes, Mask]:
    """Return each byte's digit value (0 for non-digits) and the digit mask.

    With ``scratch``, both are written into its arrays (``rows`` has at most its capacity).
    """
    k = len(rows)
    shifted = np.subtract(rows, np.uint8(48), out=None if scratch is None else scratch.values[:k])
    is_digit = np.less(shifted, 10, out=None if scratch is None else scratch.is_digit[:k])
    values: Bytes = np.multiply(shifted, is_digit.view(np.uint8), out=shifted)  # (not np.where)
    return values, is_digit


def _class_ok(rows: Bytes, is_digit: Mask, blank: Mask, checker: _Checker = _STRICT) -> Mask:
    """Return, per byte, whether it is allowed in its column (the leading-blank rule aside)."""
    good: Mask = (is_digit & checker.rules.digit_ok) | (blank & checker.rules.blank_ok)
    # literal, sign and letter columns: one lookup in a (column, byte) table
    special = rows[:, checker.special].astype(np.intp)
    special += checker.offsets
    good[:, checker.special] = checker.table[special]
    return good


def _lead_violations(blank: Mask, scratch: Scratch | None = None) -> Mask:
    """Return, per row, whether a blank follows a non-blank inside a leading-blank field.

    Works on the blank flags as 8-byte words: byte i of ``word << 8`` is byte i-1 of the word.
    The one rule column at a word boundary is checked on its own.
    """
    words = blank.view(np.uint8).view("<u8")
    found = np.left_shift(
        words, np.uint64(8), out=None if scratch is None else scratch.lead[: len(blank)]
    )
    np.invert(found, out=found)
    found &= words
    found &= _LEAD_WORDS if scratch is None else _repeated(scratch.capacity).lead[: len(blank)]
    edge = blank[:, _LEAD_EDGE] & ~blank[:, _LEAD_EDGE - 1]
    if not edge.any() and not found.any():
        return np.zeros(len(blank), dtype=bool)
    result: Mask = np.any(found, axis=1) | edge
    return result


def rows_ok(rows: Bytes, is_digit: Mask, scratch: Scratch | None = None) -> Mask:
    """Return, per row, whether every byte is allowed (fast when the whole chunk is).

    With ``scratch``, the per-byte masks are written into its arrays.
    """
    blank = np.equal(rows, 32, out=None if scratch is None else scratch.blank[: len(rows)])
    if scratch is None:
        good = _class_ok(rows, is_digit, blank)
        special_ok = None
    else:  # the digit and blank rules on 8-byte words, each special column by its table
        k = len(rows)
        repeated = _repeated(scratch.capacity)
        good = scratch.good[:k]
        words = _words(good)
        np.bitwise_and(_words(is_digit), repeated.digit_ok[:k], out=words)
        words |= np.bitwise_and(_words(blank), repeated.blank_ok[:k], out=_words(scratch.other[:k]))
        words |= repeated.special[:k]
        special_ok = scratch.special_ok[:, :k]
        for j, column in enumerate(_STRICT.special):
            np.take(_SPECIAL_TABLES[j], rows[:, column], out=special_ok[j], mode="clip")
    lead = _lead_violations(blank, scratch)
    if good.all() and (special_ok is None or special_ok.all()):
        return ~lead
    result: Mask = np.all(good, axis=1) & ~lead
    if special_ok is not None:
        result &= np.all(special_ok, axis=0)
    return result


def rows_ok_lenient(rows: Bytes) -> Mask:
    """Return, per row, whether every byte is allowed by ``LENIENT_TEMPLATE``.

    For the few rows that break the strict template: what sgp4 also reads, to the same value.
    """
    _, is_digit = digit_values(rows)
    blank = rows == 32
    good = _class_ok(rows, is_digit, blank, _LENIENT)
    result: Mask = np.all(good, axis=1) & ~_lead_violations(blank)
    return result


def field_failures(rows: Bytes, *, lenient: bool = False) -> Mask:
    """Return a (k, len(FIELDS)) mask: which fields of each row break the template.

    With ``lenient``, the template is ``LENIENT_TEMPLATE``: the fields that make a set
    unreadable rather than merely unusual.
    """
    _, is_digit = digit_values(rows)
    blank = rows == 32
    good = _class_ok(rows, is_digit, blank, _LENIENT if lenient else _STRICT)
    good[:, 1:] &= ~(blank[:, 1:] & ~blank[:, :-1] & _LEAD_MASK)
    failed: Mask = ~np.logical_and.reduceat(good, _FIELD_STARTS, axis=1)
    return failed


def decode_groups(values: Bytes, scratch: Scratch | None = None) -> dict[str, Ints]:
    """Combine the digits of every run in ``GROUPS`` into integers (SWAR, 8 digits a word).

    Each run is read as the 8-byte word that ends where it ends, the bytes before it masked
    off, so the digits sit in the top bytes, most significant first. Each step joins pairs of
    neighbouring lanes (digits, then 2-digit, then 4-digit numbers); a run stops after the
    steps its length needs and is read from the top lane. With ``scratch``, the words are its
    arrays: the returned integers are views of them, valid until it is used again.
    """
    k = len(values)
    if k == 0:
        return {name: np.zeros(0, dtype=np.int64) for name in GROUPS}
    if scratch is None:
        words = np.empty((len(GROUPS), k), dtype=np.uint64)
        upper = np.empty((len(GROUPS), k), dtype=np.uint64)
    else:
        words, upper = scratch.words[:, :k], scratch.upper[:, :k]
    for row, offset in enumerate(_GROUP_OFFSETS):
        words[row] = np.ndarray((k,), dtype="<u8", buffer=values, offset=offset, strides=(2 * ROW,))
    words <<= _GROUP_SHIFTS
    words &= _GROUP_MASKS
    _swar_step(words, upper, 10, 8, 0x00FF00FF00FF00FF)
    _swar_step(words[:_N_MID], upper[:_N_MID], 100, 16, 0x0000FFFF0000FFFF)
    _swar_step(words[:_N_LONG], upper[:_N_LONG], 10000, 32, 0xFFFFFFFF)
    words[_N_LONG:_N_MID] >>= np.uint64(32)
    words[_N_MID:] >>= np.uint64(48)
    numbers = words.view(np.int64)  # every value is below 10**8
    return {name: numbers[row] for row, name in enumerate(_ORDER)}


def _swar_step(words: np.ndarray, upper: np.ndarray, factor: int, shift: int, mask: int) -> None:
    """Join neighbouring lanes in place: ``(words * factor + (words >> shift)) & mask``.

    ``upper`` (the shape of ``words``) is working space.
    """
    np.right_shift(words, np.uint64(shift), out=upper)
    words *= np.uint64(factor)
    words += upper
    words &= np.uint64(mask)


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
    # First the nine words of each line added lane by lane (every byte a digit value, at
    # most 9, so a byte of the sum is at most 81: no carry); then the eight bytes of each sum,
    # added in pairs into 16-bit lanes and those four by one multiplication. Integer steps
    # only: a floating-point matrix product would wake BLAS threads in every decode thread.
    words = values.view("<u8")
    per_line = ROW // 8
    line_words = np.empty((len(values), 2), dtype=np.uint64)
    for line in range(2):
        first = line * per_line
        total = line_words[:, line]
        np.add(words[:, first], words[:, first + 1], out=total)
        for word in range(first + 2, first + per_line):
            total += words[:, word]
    lanes = line_words & _BYTE_LANES
    line_words >>= np.uint64(8)
    line_words &= _BYTE_LANES
    lanes += line_words
    lanes *= _LANE_SUM
    lanes >>= np.uint64(48)
    sums = lanes.astype(np.int64)
    minus = rows[:, _MINUS1] == ord("-")
    for column in range(len(_MINUS1)):
        sums[:, 0] += minus[:, column]
    sums -= values[:, [68, ROW + 68]].astype(np.int64)
    result: Ints = sums % 10
    return result


def signed(rows: Bytes, column: int) -> Ints:
    """Return -1 where ``column`` holds '-', else +1."""
    result: Ints = _SIGN[rows[:, column]]
    return result


_SIGN = np.ones(256, dtype=np.int64)
_SIGN[ord("-")] = -1
#: Exact powers of ten, 10**0 to 10**14 (the widest shift an implied decimal can need).
_POW10 = np.array([10.0**k for k in range(15)])


def implied_decimal(mantissa: Ints, exponent: Ints, sign: Ints, exp_sign: Ints) -> Floats:
    """Return ``sign * 0.mantissa * 10**(exp_sign * exponent)`` for 5-digit mantissas.

    The power of ten is applied as one exact division (or multiplication), so the value is
    the correctly rounded decimal, as ``float("0.12345e-3")``.
    """
    shift = 5 - exp_sign * exponent
    scale = _POW10[np.abs(shift)]
    magnitude = np.where(shift >= 0, mantissa / scale, mantissa * scale)
    result: Floats = sign * magnitude
    return result


def alpha5(rows: Bytes, column: int, rest: Ints) -> Ints:
    """Decode a catalogue number whose first character is at ``column`` (alpha-5 aware)."""
    result: Ints = _ALPHA5_VALUE[rows[:, column]] * 10000 + rest
    return result
