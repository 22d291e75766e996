"""The fixed-column layout of TLE lines 1 and 2, as data.

Each line is described by a template string, one character per column (0-based):

- ``1``, ``2``, `` ``, ``.``: that exact character
- ``d``: a digit; ``n``: a digit or a leading blank (no blank after a digit in the same run);
  ``N``: a digit or a blank; ``L``: an upper-case letter or a blank
- ``a``: first character of an alpha-5 catalogue number: digit, blank or a letter but I and O
- ``s``: a sign (blank, ``+`` or ``-``); ``e``: an exponent sign (``+``, ``-`` or blank)
- ``c``: classification (``U``, ``C``, ``S`` or blank); ``t``: ephemeris type (digit or blank)
- ``k``: checksum (digit, or blank when the column is missing)

Every column belongs to exactly one :class:`Field`, which is what a rejection names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

#: Array aliases used by the TLE modules.
Bytes = npt.NDArray[np.uint8]
Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
Mask = npt.NDArray[np.bool_]

LINE1: Final = "1 annnnc NNNNNLLL ddnnn.dddddddd s.dddddddd sddddded sddddded t nnnnk"
LINE2: Final = "2 annnn nnn.dddd nnn.dddd ddddddd nnn.dddd nnn.dddd nn.ddddddddnnnnnk"

#: What sgp4's ``Satrec.twoline2rv`` also reads, to the same value as the decoder gives:
#: ``z``, a first-derivative sign that may be a leading ``0`` (``0.00000102``); ``N`` in the
#: second-derivative mantissa and the eccentricity, blanks read as zeros (``     0+0``).
#: A set that breaks ``LINE1``/``LINE2`` but not these is read with a warning.
LENIENT_LINE1: Final = "1 annnnc NNNNNLLL ddnnn.dddddddd z.dddddddd sNNNNNed sddddded t nnnnk"
LENIENT_LINE2: Final = "2 annnn nnn.dddd nnn.dddd NNNNNNN nnn.dddd nnn.dddd nn.ddddddddnnnnnk"

#: Alpha-5 first letters, in value order (A = 10 ... Z = 33); I and O are skipped.
ALPHA5: Final = "ABCDEFGHJKLMNPQRSTUVWXYZ"


@dataclass(frozen=True)
class Field:
    """A run of columns of one line, named as in the element table where it has a column.

    ``start``/``stop`` are 0-based, stop exclusive; ``expected`` says in words what the field
    must look like, for rejection messages.
    """

    line: int
    name: str
    start: int
    stop: int
    expected: str


_F = Field
FIELDS: Final[tuple[Field, ...]] = (
    _F(1, "line number", 0, 1, "'1'"),
    _F(1, "separator", 1, 2, "a blank"),
    _F(1, "norad_id", 2, 7, "a 5-digit or alpha-5 catalogue number such as 25544 or A1234"),
    _F(1, "classification", 7, 8, "U, C or S"),
    _F(1, "separator", 8, 9, "a blank"),
    _F(1, "object_id", 9, 17, "an international designator such as 98067A"),
    _F(1, "separator", 17, 18, "a blank"),
    _F(1, "epoch_utc", 18, 32, "a two-digit year and day of year such as 08264.51782528"),
    _F(1, "separator", 32, 33, "a blank"),
    _F(1, "mean_motion_dot", 33, 43, "a signed decimal such as -.00002182"),
    _F(1, "separator", 43, 44, "a blank"),
    _F(1, "mean_motion_ddot", 44, 52, "an implied-decimal number such as 00000-0"),
    _F(1, "separator", 52, 53, "a blank"),
    _F(1, "bstar", 53, 61, "an implied-decimal number such as -11606-4"),
    _F(1, "separator", 61, 62, "a blank"),
    _F(1, "ephemeris_type", 62, 63, "a digit"),
    _F(1, "separator", 63, 64, "a blank"),
    _F(1, "element_set_no", 64, 68, "an integer of up to 4 digits"),
    _F(1, "checksum", 68, 69, "a digit"),
    _F(2, "line number", 0, 1, "'2'"),
    _F(2, "separator", 1, 2, "a blank"),
    _F(2, "norad_id", 2, 7, "a 5-digit or alpha-5 catalogue number such as 25544 or A1234"),
    _F(2, "separator", 7, 8, "a blank"),
    _F(2, "inclination_deg", 8, 16, "degrees such as  51.6416"),
    _F(2, "separator", 16, 17, "a blank"),
    _F(2, "ra_of_asc_node_deg", 17, 25, "degrees such as 247.4627"),
    _F(2, "separator", 25, 26, "a blank"),
    _F(2, "eccentricity", 26, 33, "7 digits with an implied leading decimal point"),
    _F(2, "separator", 33, 34, "a blank"),
    _F(2, "arg_of_pericenter_deg", 34, 42, "degrees such as 130.5360"),
    _F(2, "separator", 42, 43, "a blank"),
    _F(2, "mean_anomaly_deg", 43, 51, "degrees such as 325.0288"),
    _F(2, "separator", 51, 52, "a blank"),
    _F(2, "mean_motion_rev_per_day", 52, 63, "revolutions per day such as 15.72125391"),
    _F(2, "rev_at_epoch", 63, 68, "an integer of up to 5 digits"),
    _F(2, "checksum", 68, 69, "a digit"),
)


_DIGITS = frozenset(b"0123456789")
_CODES: Final[dict[str, frozenset[int]]] = {
    "d": _DIGITS,
    "n": _DIGITS | {32},
    "N": _DIGITS | {32},
    "k": _DIGITS | {32},
    "t": _DIGITS | {32},
    "L": frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ "),
    "a": _DIGITS | frozenset(b" " + ALPHA5.encode()),
    "s": frozenset(b" +-"),
    "e": frozenset(b" +-"),
    "z": frozenset(b" +-0"),
    "c": frozenset(b"UCS "),
}

#: Columns per line in the working layout: the 69 of the format and 3 blanks, so that a row
#: of both lines is 144 bytes, eighteen 8-byte words.
ROW: Final = 72
#: Both templates side by side: columns 0-71 are line 1, 72-143 line 2 (69-71 and 141-143 are
#: padding, always blank).
TEMPLATE: Final = LINE1 + "   " + LINE2 + "   "
#: The lenient templates side by side, the same way.
LENIENT_TEMPLATE: Final = LENIENT_LINE1 + "   " + LENIENT_LINE2 + "   "


def allowed_bytes(code: str) -> frozenset[int]:
    """Return the bytes a template code accepts."""
    return _CODES.get(code, frozenset({ord(code)}))


@dataclass(frozen=True)
class ColumnRules:
    """The template as arrays, for checking a (k, 144) matrix column by column.

    A byte is allowed when it is a digit and ``digit_ok`` holds for its column, a blank and
    ``blank_ok`` holds, or it satisfies the column's entry in ``literal`` (one exact byte),
    ``signs`` (``+`` or ``-``) or ``tables`` (a 256-entry lookup).
    """

    digit_ok: Mask
    blank_ok: Mask
    literal: dict[int, int]
    signs: tuple[int, ...]
    tables: dict[int, Mask]


def column_rules(template: str = TEMPLATE) -> ColumnRules:
    """Return the :class:`ColumnRules` of ``template`` (``TEMPLATE`` or ``LENIENT_TEMPLATE``)."""
    codes = np.array(list(template))
    digit_ok = np.isin(codes, list("dnNkta"))
    blank_ok = np.array([32 in allowed_bytes(code) for code in template])
    literal = {c: ord(code) for c, code in enumerate(template) if code in "12."}
    signs = tuple(c for c, code in enumerate(template) if code in "se")
    tables = {}
    for c, code in enumerate(template):
        if code in "acLz":
            table = np.zeros(256, dtype=bool)
            table[sorted(allowed_bytes(code))] = True
            tables[c] = table
    return ColumnRules(digit_ok, blank_ok, literal, signs, tables)


def leading_blank_columns() -> Ints:
    """Return the columns (of 144) where a blank may not follow a non-blank of its field."""
    columns = [
        c
        for c in range(len(TEMPLATE))
        if c % ROW and TEMPLATE[c] == "n" and TEMPLATE[c - 1] in "an"
    ]
    return np.array(columns, dtype=np.int64)


def field_starts() -> Ints:
    """Return each field's first column in the two-line (144-column) layout."""
    return np.array([(f.line - 1) * ROW + f.start for f in FIELDS], dtype=np.int64)
