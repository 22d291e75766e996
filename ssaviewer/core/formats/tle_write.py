"""Write element tables as 3-line TLE text, vectorised (no Python step per element set).

Every field is built as a block of ASCII bytes with integer arithmetic on whole columns, so
a million element sets format in about a second. The layout is the one CelesTrak publishes:
a name line padded to 24 characters, then lines 1 and 2 of 69 columns with their modulo-10
checksums. Catalogue numbers above 99,999 are written in alpha-5 (A0000 = 100,000, up to
Z9999 = 339,999); B*, the second derivative of mean motion and their exponents use the
implied-decimal notation (`` 12345-3`` = 0.12345e-3).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pandas as pd

Bytes = npt.NDArray[np.uint8]
Ints = npt.NDArray[np.int64]

_ALPHA5 = np.frombuffer(b"ABCDEFGHJKLMNPQRSTUVWXYZ", dtype=np.uint8)  # I and O are skipped
_SPACE, _ZERO, _DOT, _MINUS, _PLUS = (ord(c) for c in " 0.-+")
#: What each byte adds to a checksum: its value for digits, 1 for a minus sign, else 0.
_CHECKSUM_VALUE = np.zeros(256, dtype=np.uint8)
_CHECKSUM_VALUE[_ZERO : _ZERO + 10] = np.arange(10, dtype=np.uint8)
_CHECKSUM_VALUE[_MINUS] = 1
#: Width of the name line (CelesTrak pads names to 24 characters).
NAME_WIDTH = 24
#: Largest catalogue number alpha-5 can write.
MAX_NORAD_ID = 339_999


def _digits(k: Ints, width: int, *, pad: int = _ZERO) -> Bytes:
    """Return ``(N, width)`` ASCII digits of non-negative integers, right-aligned.

    Leading zeros become ``pad`` (the last digit is always written).
    """
    # Float division is exact here (k < 2**52) and much faster than int64 division.
    powers = 10.0 ** np.arange(width - 1, -1, -1)
    quotient = np.floor(k.astype(np.float64)[:, None] / powers)
    out = (quotient - 10.0 * np.floor(quotient / 10.0) + _ZERO).astype(np.uint8)
    if pad != _ZERO:
        out[(quotient == 0) & (powers > 1)] = pad
    return out


def _column(n: int, char: str | int) -> Bytes:
    value = ord(char) if isinstance(char, str) else char
    return np.full((n, 1), value, dtype=np.uint8)


def _fixed(values: npt.NDArray[np.float64], int_width: int, decimals: int, pad: int) -> Bytes:
    """Format non-negative ``values`` as ``int_width`` digits, a point and ``decimals`` digits."""
    scale = 10**decimals
    k = np.rint(values * scale).astype(np.int64)
    k = np.clip(k, 0, 10 ** (int_width + decimals) - 1)
    return np.hstack(
        [
            _digits(k // scale, int_width, pad=pad),
            _column(len(k), _DOT),
            _digits(k % scale, decimals),
        ]
    )


def _angle(values: npt.NDArray[np.float64]) -> Bytes:
    """Format angles as ``ddd.dddd`` in [0, 360) (360.0000 after rounding wraps to 0)."""
    k = np.rint(np.mod(values, 360.0) * 1e4).astype(np.int64) % 3_600_000
    return np.hstack(
        [_digits(k // 10_000, 3, pad=_SPACE), _column(len(k), _DOT), _digits(k % 10_000, 4)]
    )


def _implied(values: npt.NDArray[np.float64]) -> Bytes:
    """Format values in implied-decimal notation: sign, 5 mantissa digits, exponent sign, digit.

    Magnitudes below 1e-10 are written as zero; above 0.99999e9 they are clipped.
    """
    magnitude = np.abs(values)
    finite = np.isfinite(magnitude) & (magnitude >= 1e-10)
    safe = np.where(finite, magnitude, 1.0)
    exponent = np.floor(np.log10(safe)).astype(np.int64) + 1
    mantissa = np.rint(safe / 10.0**exponent * 1e5).astype(np.int64)
    carry = mantissa >= 100_000
    mantissa[carry] //= 10
    exponent[carry] += 1
    over = exponent > 9
    mantissa[over], exponent[over] = 99_999, 9
    mantissa[~finite], exponent[~finite] = 0, 0
    sign = np.where(finite & (values < 0), _MINUS, _SPACE).astype(np.uint8)
    exp_sign = np.where(exponent < 0, _MINUS, _PLUS).astype(np.uint8)
    return np.hstack(
        [sign[:, None], _digits(mantissa, 5), exp_sign[:, None], _digits(np.abs(exponent), 1)]
    )


def _ndot(values: npt.NDArray[np.float64]) -> Bytes:
    """Format the first derivative of mean motion / 2 as `` .00001234`` (|value| < 1)."""
    k = np.clip(np.rint(np.abs(values) * 1e8), 0, 99_999_999).astype(np.int64)
    sign = np.where((values < 0) & (k > 0), _MINUS, _SPACE).astype(np.uint8)
    return np.hstack([sign[:, None], _column(len(k), _DOT), _digits(k, 8)])


def alpha5(norad_id: Ints) -> Bytes:
    """Return ``(N, 5)`` ASCII catalogue numbers, alpha-5 above 99,999.

    Raises
    ------
    ValueError
        When a number is negative or above ``MAX_NORAD_ID``.
    """
    ids = np.asarray(norad_id, dtype=np.int64)
    bad = (ids < 0) | (ids > MAX_NORAD_ID)
    if bad.any():
        raise ValueError(
            f"NORAD id {int(ids[bad][0])} cannot be written in a TLE: "
            f"expected 0 to {MAX_NORAD_ID} (alpha-5)"
        )
    out = _digits(ids, 5)
    high = ids >= 100_000
    out[high, 0] = _ALPHA5[ids[high] // 10_000 - 10]
    return out


def checksums(lines: Bytes) -> Bytes:
    """Return the modulo-10 checksum digit of each row of the first 68 columns."""
    total = _CHECKSUM_VALUE[lines[:, :68]].sum(axis=1, dtype=np.int64)
    result: Bytes = (total % 10 + _ZERO).astype(np.uint8)
    return result


def _codes(values: pd.Series) -> tuple[Ints, list[str]]:
    """Integer codes and the distinct texts of a column (categoricals without a copy)."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes = values.cat.codes.to_numpy().astype(np.int64)
        uniques = [str(c) for c in values.cat.categories] + [""]
        return np.where(codes < 0, len(uniques) - 1, codes), uniques
    factor_codes, factor_uniques = pd.factorize(values.astype("string").fillna(""), sort=False)
    return factor_codes.astype(np.int64), [str(u) for u in factor_uniques]


def _per_category(values: pd.Series, convert: dict[str, str], width: int) -> Bytes:
    """Map a text column to ``(N, width)`` ASCII through its unique values (cheap for repeats)."""
    codes, uniques = _codes(values)
    table = np.array(
        [
            list(convert.get(str(u), str(u)).encode("ascii", "replace")[:width].ljust(width))
            for u in uniques
        ],
        dtype=np.uint8,
    ).reshape(len(uniques), width)
    result: Bytes = table[codes]
    return result


def _designator(object_id: pd.Series) -> Bytes:
    """``2016-002A`` → ``16002A  `` (8 columns, left-aligned)."""
    convert = {}
    for text in _codes(object_id)[1]:
        convert[text] = f"{text[2:4]}{text[5:]}" if len(text) > 5 and text[4] == "-" else ""
    return _per_category(object_id, convert, 8)


def _epoch(epoch_utc: pd.Series) -> Bytes:
    """``YYDDD.DDDDDDDD``: two-digit year, day of year with 8 decimals."""
    epochs = pd.DatetimeIndex(epoch_utc).tz_convert("UTC")
    year = epochs.year.to_numpy().astype(np.int64)
    ns = epochs.as_unit("ns").asi8
    start = (year - 1970).astype("datetime64[Y]").astype("datetime64[ns]").astype(np.int64)
    k = (ns - start + 432_000) // 864_000 + 100_000_000  # units of 1e-8 day; day 1 = Jan 1
    return np.hstack(
        [
            _digits(year % 100, 2),
            _digits(k // 100_000_000, 3),
            _column(len(k), _DOT),
            _digits(k % 100_000_000, 8),
        ]
    )


def _floats(elements: pd.DataFrame, column: str) -> npt.NDArray[np.float64]:
    return elements[column].to_numpy(dtype=np.float64)


def tle_line1(elements: pd.DataFrame) -> Bytes:
    """Return line 1 of every element set as ``(N, 69)`` ASCII bytes, checksum included."""
    n = len(elements)
    sp = _column(n, _SPACE)
    classification = _per_category(elements["classification"], {"": "U"}, 1)
    ephemeris = elements["ephemeris_type"].to_numpy(dtype=np.int64) % 10
    set_no = elements["element_set_no"].to_numpy(dtype=np.int64) % 10_000
    line = np.hstack(
        [
            _column(n, "1"),
            sp,
            alpha5(elements["norad_id"].to_numpy(dtype=np.int64)),
            classification,
            sp,
            _designator(elements["object_id"]),
            sp,
            _epoch(elements["epoch_utc"]),
            sp,
            _ndot(_floats(elements, "mean_motion_dot")),
            sp,
            _implied(_floats(elements, "mean_motion_ddot")),
            sp,
            _implied(_floats(elements, "bstar")),
            sp,
            _digits(ephemeris, 1),
            sp,
            _digits(set_no, 4, pad=_SPACE),
            _column(n, _ZERO),
        ]
    )
    line[:, 68] = checksums(line)
    return line


def tle_line2(elements: pd.DataFrame) -> Bytes:
    """Return line 2 of every element set as ``(N, 69)`` ASCII bytes, checksum included."""
    n = len(elements)
    sp = _column(n, _SPACE)
    ecc = np.clip(np.rint(_floats(elements, "eccentricity") * 1e7), 0, 9_999_999)
    rev = elements["rev_at_epoch"].to_numpy(dtype=np.int64) % 100_000
    line = np.hstack(
        [
            _column(n, "2"),
            sp,
            alpha5(elements["norad_id"].to_numpy(dtype=np.int64)),
            sp,
            _angle(_floats(elements, "inclination_deg")),
            sp,
            _angle(_floats(elements, "ra_of_asc_node_deg")),
            sp,
            _digits(ecc.astype(np.int64), 7),
            sp,
            _angle(_floats(elements, "arg_of_pericenter_deg")),
            sp,
            _angle(_floats(elements, "mean_anomaly_deg")),
            sp,
            _fixed(_floats(elements, "mean_motion_rev_per_day"), 2, 8, _SPACE),
            _digits(rev, 5, pad=_SPACE),
            _column(n, _ZERO),
        ]
    )
    line[:, 68] = checksums(line)
    return line


def format_tle(elements: pd.DataFrame, *, names: bool = True) -> str:
    r"""Format an element table as TLE text.

    Parameters
    ----------
    elements
        A table with at least the ``schema.BASE_COLUMNS`` element fields (``norad_id``,
        ``object_name``, ``object_id``, ``epoch_utc``, the six mean elements, ``bstar``,
        ``mean_motion_dot``, ``mean_motion_ddot``, ``ephemeris_type``, ``element_set_no``,
        ``rev_at_epoch``, ``classification``), in the order the lines should appear.
    names
        True for 3-line TLE (a name line before each pair, padded to ``NAME_WIDTH``),
        False for 2-line TLE.

    Returns
    -------
    str
        ASCII text, one ``\\n`` after every line. Values are rounded to the TLE fields:
        angles to 1e-4°, eccentricity to 1e-7, mean motion to 1e-8 rev/day, epochs to
        1e-8 day, B* and the second derivative to 5 significant digits.

    Raises
    ------
    ValueError
        When a catalogue number cannot be written (negative or above ``MAX_NORAD_ID``).
    """
    n = len(elements)
    if n == 0:
        return ""
    newline = _column(n, "\n")
    blocks = [tle_line1(elements), newline, tle_line2(elements), newline]
    if names:
        name = _per_category(elements["object_name"], {}, NAME_WIDTH)
        blocks = [name, newline, *blocks]
    return np.hstack(blocks).tobytes().decode("ascii")
