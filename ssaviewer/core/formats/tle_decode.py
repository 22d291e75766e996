"""Element sets from paired lines: numeric columns and a validity flag per set, vectorised."""

from __future__ import annotations

import functools
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from ssaviewer.core.formats import tle_fields as tf
from ssaviewer.core.formats import tle_kernel
from ssaviewer.core.formats.tle_lines import LINE_WIDTH, Lines, gather, tail_is_blank, windows
from ssaviewer.core.formats.tle_template import ROW, Bytes, Floats, Ints, Mask

#: Sets decoded at a time: bounds the working memory (a ``tle_fields.Scratch`` of about
#: 1.5 KiB per set, 12 MiB per decoding thread).
CHUNK = 1 << 13

_NS_PER_DAY = 86_400 * 10**9
#: The day fraction has 8 digits: one unit is 86400e9 / 1e8 ns, exactly.
_NS_PER_FRACTION_UNIT = _NS_PER_DAY // 10**8

#: Range checks applied to decoded values: (column, lowest, highest, words for the message).
RANGES: tuple[tuple[str, float, float, str], ...] = (
    ("inclination_deg", 0.0, 180.0, "within [0, 180] degrees"),
    ("ra_of_asc_node_deg", 0.0, 360.0, "within [0, 360] degrees"),
    ("arg_of_pericenter_deg", 0.0, 360.0, "within [0, 360] degrees"),
    ("mean_anomaly_deg", 0.0, 360.0, "within [0, 360] degrees"),
)


@dataclass(frozen=True)
class Decoded:
    """Columns of the good sets, in order, and which of all the sets are good.

    ``columns`` maps the ``OUTPUT`` names to arrays holding only the sets that passed every
    check (``ok.sum()`` rows); ``ok`` has one flag per set given to :func:`decode`;
    ``lenient`` flags the good sets read only under ``LENIENT_TEMPLATE`` or with text after
    column 69 (they get warnings).
    """

    columns: dict[str, np.ndarray]
    ok: Mask
    lenient: Mask


def layout(lines: Lines, line1: Ints) -> Bytes:
    """Return the (k, 144) matrix of sets whose line 1 is at indices ``line1``.

    Both lines of every set are gathered at once, interleaved, so the (2k, 72) result is
    already the (k, 144) layout.
    """
    both = np.empty(2 * len(line1), dtype=np.int64)
    both[0::2] = line1
    both[1::2] = line1 + 1
    rows: Bytes = gather(lines, both, ROW, keep=LINE_WIDTH).reshape(len(line1), 2 * ROW)
    return rows


def _layout_into(lines: Lines, line1: Ints, scratch: tf.Scratch) -> tuple[Bytes, Ints]:
    """Return :func:`layout` written into ``scratch``, and the lengths of the lines gathered.

    The lines are gathered in the order line 1, line 2 of each set (``scratch.both``); the
    lengths are in that order.
    """
    k = len(line1)
    both = scratch.both[: 2 * k]
    both[0::2] = line1
    np.add(line1, 1, out=both[1::2])
    rows = scratch.rows[:k]
    flat = rows.reshape(2 * k, ROW)
    starts = np.take(lines.starts, both, out=scratch.starts[: 2 * k], mode="clip")
    lengths = np.take(lines.lengths, both, out=scratch.lengths[: 2 * k], mode="clip")
    buf = lines.buf
    if k and len(buf) >= ROW and starts.max() <= len(buf) - ROW:
        # (np.take would first copy the overlapping windows; indexing gathers them directly,
        # through a small temporary per block of lines)
        every, into = windows(buf, ROW), flat.view(f"V{ROW}").reshape(2 * k)
        for j in range(0, 2 * k, _GATHER_LINES):
            into[j : j + _GATHER_LINES] = every[starts[j : j + _GATHER_LINES]]
        flat[:, LINE_WIDTH:] = 32
        short = np.flatnonzero(lengths < LINE_WIDTH)
        if len(short):
            beyond = np.arange(ROW) >= lengths[short, None]
            flat[short] = np.where(beyond, np.uint8(32), flat[short])
    else:  # lines near the end of the buffer: as gather does them
        flat[:] = gather(lines, both, ROW, keep=LINE_WIDTH)
    return rows, lengths


#: Lines gathered through one temporary (72 KiB: below the size glibc maps afresh).
_GATHER_LINES = 1024


def shape_ok(lines: Lines, line1: Ints) -> tuple[Mask, Mask]:
    """Return, per set and line (k, 2), whether it is long enough and has nothing after 69."""
    both = np.stack([line1, line1 + 1], axis=1)
    long_enough = lines.lengths[both] >= LINE_WIDTH - 1
    blank_tail = tail_is_blank(lines, both.ravel(), LINE_WIDTH).reshape(-1, 2)
    return long_enough, blank_tail


#: The decoded columns kept for the element table, and their dtypes.
OUTPUT: dict[str, type[np.generic]] = {
    "norad_id": np.int64,
    "epoch_ns": np.int64,
    "mean_motion_rev_per_day": np.float64,
    "eccentricity": np.float64,
    "inclination_deg": np.float64,
    "ra_of_asc_node_deg": np.float64,
    "arg_of_pericenter_deg": np.float64,
    "mean_anomaly_deg": np.float64,
    "bstar": np.float64,
    "mean_motion_dot": np.float64,
    "mean_motion_ddot": np.float64,
    "ephemeris_type": np.int8,
    "element_set_no": np.int32,
    "rev_at_epoch": np.int64,
    "classification_byte": np.uint8,
    "object_id_word": np.uint64,
}


def decode(
    lines: Lines, line1: Ints, workers: int | None = None, *, use_kernel: bool = True
) -> Decoded:
    """Decode and check every element set, a chunk at a time, keeping the good ones.

    The compiled kernel (:mod:`tle_kernel`) decodes when it was built and ``use_kernel``;
    otherwise numpy does, ``CHUNK`` sets at a time; both give the same values and flags, bit
    for bit. Large inputs are decoded by ``workers`` threads (default ``WORKERS``; numpy and
    ctypes release the GIL), each chunk into its own rows; only a file with bad sets pays a
    second copy of the columns, to drop them. Every value is the same whatever the number of
    threads.
    """
    n = len(line1)
    columns: dict[str, np.ndarray] = {name: np.empty(n, dtype) for name, dtype in OUTPUT.items()}
    ok = np.empty(n, dtype=bool)
    lenient = np.empty(n, dtype=bool)
    threads = min(WORKERS if workers is None else workers, n // SETS_PER_THREAD)
    compiled = _kernel()[0] if use_kernel else None
    if compiled is not None and _kernel_ready(lines):
        _decode_compiled(compiled, lines, line1, columns, ok, lenient, threads)
    else:
        _decode_numpy(lines, line1, columns, ok, lenient, threads)
    if not ok.all():
        columns = {name: column[ok] for name, column in columns.items()}
    return Decoded(columns, ok, lenient)


@functools.cache
def _kernel() -> tuple[tle_kernel.Kernel | None, str]:
    return tle_kernel.open_kernel(_DAYS_TO_YEAR, _YEAR_DAYS)


def compiled_kernel() -> tle_kernel.Kernel | None:
    """Return the compiled kernel in use, or None when numpy decodes (see :func:`decoder`)."""
    return _kernel()[0]


def decoder() -> str:
    """Say in words which decoder :func:`decode` uses: the compiled kernel or numpy (and why)."""
    return _kernel()[1]


def _kernel_ready(lines: Lines) -> bool:
    """Return whether the arrays of ``lines`` are as the kernel reads them.

    They always are when they come from ``split_lines``.
    """
    return (
        lines.buf.dtype == np.uint8
        and lines.starts.dtype == np.int64
        and lines.lengths.dtype == np.int64
        and lines.buf.flags.c_contiguous
        and lines.starts.flags.c_contiguous
        and lines.lengths.flags.c_contiguous
    )


#: Sets per call of the compiled kernel (it needs no working arrays: only the thread count
#: and the call overhead matter).
KERNEL_CHUNK = 1 << 15


def _decode_compiled(
    compiled: tle_kernel.Kernel,
    lines: Lines,
    line1: Ints,
    columns: dict[str, np.ndarray],
    ok: Mask,
    lenient: Mask,
    threads: int,
) -> None:
    """Fill ``columns``, ``ok`` and ``lenient`` with the compiled kernel, on ``threads``."""
    line1 = np.ascontiguousarray(line1, dtype=np.int64)
    out = {**columns, "ok": ok, "lenient": lenient}
    n = len(line1)

    def fill(k: int) -> None:
        compiled.decode(lines, line1, out, k, min(KERNEL_CHUNK, n - k))

    if threads > 1:
        with ThreadPoolExecutor(threads, thread_name_prefix="ssaviewer-decode") as pool:
            list(pool.map(fill, range(0, n, KERNEL_CHUNK)))
    else:
        for k in range(0, n, KERNEL_CHUNK):
            fill(k)


def _decode_numpy(
    lines: Lines,
    line1: Ints,
    columns: dict[str, np.ndarray],
    ok: Mask,
    lenient: Mask,
    threads: int,
) -> None:
    """Fill ``columns``, ``ok`` and ``lenient`` with the numpy decoder, on ``threads``."""
    # Each thread keeps its working arrays for all its chunks (in its core's cache), and
    # they go back to the pool at the end.
    mine = threading.local()
    taken: list[tf.Scratch] = []

    def fill(k: int) -> None:
        scratch = getattr(mine, "scratch", None)
        if scratch is None:
            scratch = mine.scratch = _take_scratch()
            taken.append(scratch)
        part = _decode_chunk(lines, line1[k : k + CHUNK], scratch)
        ok[k : k + CHUNK] = part.ok
        lenient[k : k + CHUNK] = part.lenient
        for name, column in columns.items():
            column[k : k + CHUNK] = part.columns[name]  # (some are views of scratch: copied)

    n = len(line1)
    try:
        if threads > 1:
            with ThreadPoolExecutor(threads, thread_name_prefix="ssaviewer-decode") as pool:
                list(pool.map(fill, range(0, n, CHUNK)))
        else:
            for k in range(0, n, CHUNK):
                fill(k)
    finally:
        for scratch in taken:
            _give_back(scratch)


#: Threads decoding one large file (two cores nearly halve the time).
WORKERS = max(1, min(4, os.cpu_count() or 1))
#: Fewer sets than this per thread are not worth a thread (and files that small are mostly
#: one of many in a folder, already parsed in parallel by the loader).
SETS_PER_THREAD = 1 << 17


#: Working arrays of finished chunks, for the next (at most ``WORKERS`` of about 12 MiB are
#: kept between loads): a load, even of a small file, then faults no fresh pages in for its
#: temporaries.
_SCRATCH: list[tf.Scratch] = []
_SCRATCH_LOCK = threading.Lock()


def _take_scratch() -> tf.Scratch:
    with _SCRATCH_LOCK:
        while _SCRATCH:
            scratch = _SCRATCH.pop()
            if scratch.capacity == CHUNK:
                return scratch
    return tf.Scratch(CHUNK)


def _give_back(scratch: tf.Scratch) -> None:
    with _SCRATCH_LOCK:
        if len(_SCRATCH) < WORKERS and scratch.capacity == CHUNK:
            _SCRATCH.append(scratch)


def decode_all(lines: Lines, line1: Ints) -> dict[str, np.ndarray]:
    """Decode every column of every set, checks included, in one piece (for rejected sets).

    Besides ``OUTPUT``, the columns hold ``day_of_year``, ``year_days`` and ``norad_line2``,
    used for the checks and their messages.
    """
    return _decode_chunk(lines, line1).columns


def _decode_chunk(lines: Lines, line1: Ints, scratch: tf.Scratch | None = None) -> Decoded:
    """Decode and check sets; unlike :func:`decode`, ``columns`` covers every set.

    With ``scratch`` (of at least ``len(line1)`` sets), the temporaries are its arrays and
    some returned columns are views of them, valid until it is used again.
    """
    if scratch is None:
        rows = layout(lines, line1)
        long_enough, blank_tail = shape_ok(lines, line1)
    else:
        rows, lengths = _layout_into(lines, line1, scratch)
        long_enough = (lengths >= LINE_WIDTH - 1).reshape(-1, 2)
        blank_tail = tail_is_blank(lines, scratch.both[: 2 * len(line1)], LINE_WIDTH)
        blank_tail = blank_tail.reshape(-1, 2)
    values, is_digit = tf.digit_values(rows, scratch)
    ok = tf.rows_ok(rows, is_digit, scratch)
    lenient: Mask = ~(blank_tail[:, 0] & blank_tail[:, 1])  # (not .all(axis=1): slow on 2)
    if not ok.all():  # the slower check, only for the sets the strict one refused
        odd = np.flatnonzero(~ok)
        read_anyway = tf.rows_ok_lenient(rows[odd])
        ok[odd] = read_anyway
        lenient[odd[read_anyway]] = True
    both_ok = long_enough & tf.checksum_ok(rows, values)
    ok &= both_ok[:, 0]
    ok &= both_ok[:, 1]
    groups = tf.decode_groups(values, scratch)
    columns = _numbers(rows, groups)
    ok &= columns["norad_id"] == columns["norad_line2"]
    ok &= values_ok(columns)
    return Decoded(columns, ok, lenient & ok)


def values_ok(columns: dict[str, np.ndarray]) -> Mask:
    """Return whether each set's values are in range (day of year, angles, mean motion > 0)."""
    ok: Mask = (columns["day_of_year"] >= 1) & (columns["day_of_year"] <= columns["year_days"])
    for name, low, high, _ in RANGES:
        ok &= (columns[name] >= low) & (columns[name] <= high)
    ok &= columns["mean_motion_rev_per_day"] > 0
    return ok


def _numbers(rows: Bytes, g: dict[str, Ints]) -> dict[str, np.ndarray]:
    two_digit_year = g["year"]  # always 0-99: two digit values
    return {
        "norad_id": tf.alpha5(rows, 2, g["norad1"]),
        "norad_line2": tf.alpha5(rows, ROW + 2, g["norad2"]),
        "epoch_ns": _epoch_ns(two_digit_year, g["day"], g["day_fraction"]),
        "day_of_year": g["day"],
        "year_days": _YEAR_DAYS[two_digit_year],
        "mean_motion_rev_per_day": _fixed(g, "mean_motion", 8),
        "eccentricity": g["eccentricity"] / 1e7,
        "inclination_deg": _fixed(g, "inclination", 4),
        "ra_of_asc_node_deg": _fixed(g, "raan", 4),
        "arg_of_pericenter_deg": _fixed(g, "argp", 4),
        "mean_anomaly_deg": _fixed(g, "mean_anomaly", 4),
        "bstar": tf.implied_decimal(
            g["bstar"], g["bstar_exp"], tf.signed(rows, 53), tf.signed(rows, 59)
        ),
        "mean_motion_dot": tf.signed(rows, 33) * (g["ndot"] / 1e8),
        "mean_motion_ddot": tf.implied_decimal(
            g["nddot"], g["nddot_exp"], tf.signed(rows, 44), tf.signed(rows, 50)
        ),
        "ephemeris_type": g["ephemeris_type"].astype(np.int8),
        "element_set_no": g["element_set_no"].astype(np.int32),
        "rev_at_epoch": g["rev_at_epoch"],
        "classification_byte": rows[:, 7].copy(),
        "object_id_word": np.ascontiguousarray(rows[:, 9:17]).view("<u8").ravel(),
    }


def _fixed(g: dict[str, Ints], name: str, decimals: int) -> Floats:
    """Return ``int.frac`` as the exact integer divided by a power of ten (correctly rounded)."""
    scale = 10**decimals
    result: Floats = (g[f"{name}_int"] * scale + g[f"{name}_frac"]) / float(scale)
    return result


def _year(two_digit: Ints) -> Ints:
    """Return the year of a two-digit TLE year: 57-99 are 1957-1999, 00-56 are 2000-2056."""
    result: Ints = np.where(two_digit >= 57, 1900, 2000) + two_digit
    return result


def _is_leap(year: Ints) -> Ints:
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    result: Ints = leap.astype(np.int64)
    return result


def _days_to_year(year: Ints) -> Ints:
    """Return the days from 1970-01-01 to January 1st of ``year``."""
    result: Ints = (year - 1970).astype("datetime64[Y]").astype("datetime64[D]").astype(np.int64)
    return result


#: Per two-digit year (0-99): days from 1970 to its January 1st, and its length in days.
_TWO_DIGIT = np.arange(100, dtype=np.int64)
_DAYS_TO_YEAR = _days_to_year(_year(_TWO_DIGIT))
_YEAR_DAYS = 365 + _is_leap(_year(_TWO_DIGIT))


def _epoch_ns(two_digit_year: Ints, day: Ints, fraction: Ints) -> Ints:
    """Return the epoch in ns since 1970 from the year, day of year and 8-digit day fraction."""
    ns: Ints = (_DAYS_TO_YEAR[two_digit_year] + day - 1) * _NS_PER_DAY
    ns += fraction * _NS_PER_FRACTION_UNIT
    return ns
