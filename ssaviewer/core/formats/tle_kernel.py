"""The compiled TLE decode kernel (``tle_kernel.c``), loaded with ctypes when it was built.

It decodes the sets, and also splits the text into lines (:meth:`Kernel.split_lines`),
pairs them into sets (:meth:`Kernel.pair_lines`), writes the ``record`` column's text
(:meth:`Kernel.records`) and sheds the rows of such a string column in its own memory
(:meth:`Kernel.keep_strings`, for the merge of ``load()``).

The build (``hatch_build.py``: ``pip install``, ``pip install -e .``, the wheel) compiles
``tle_kernel.c`` into ``_tle_kernel.c99.so`` (``.dylib``, ``.dll``) beside this module. When it is
there and answers the expected ABI number, :func:`kernel` returns it and
:func:`ssaviewer.core.formats.tle_decode.decode` runs it instead of the numpy decoder; when it
is missing (no compiler at install time, another platform) or refused, the numpy decoder runs,
with the same results. ``SSAVIEWER_TLE_KERNEL=off`` forces the numpy decoder.

ctypes releases the GIL during the call, so the decode threads run the kernel on every core.
The kernel is given the template checks as tables computed here from ``tle_fields`` (the numpy
decoder's own rules), so the two decoders cannot disagree on what a template allows.
"""

from __future__ import annotations

import ctypes
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ssaviewer.core.formats import tle_fields as tf
from ssaviewer.core.formats.tle_lines import Lines, Pairing
from ssaviewer.core.formats.tle_template import ROW, Bytes, Ints

#: The ABI number ``tle_kernel.c`` must report (its ``TLE_KERNEL_ABI``).
ABI = 4
#: Environment variable: ``off`` forces the numpy decoder.
ENV = "SSAVIEWER_TLE_KERNEL"
#: :meth:`Kernel.split_lines` first makes room for one line per this many bytes of text.
BYTES_PER_LINE = 16

_SUFFIX = {"win32": ".dll", "darwin": ".dylib"}.get(sys.platform, ".so")
#: Where the build puts the compiled kernel (not ``_tle_kernel.so``: a name without a dot
#: before the suffix would look like a Python extension module to pkgutil and importlib).
LIBRARY = Path(__file__).with_name("_tle_kernel.c99" + _SUFFIX)


class _Tables(ctypes.Structure):
    _fields_ = [
        ("allowed", ctypes.c_void_p),
        ("digit_ok", ctypes.c_void_p),
        ("blank_ok", ctypes.c_void_p),
        ("special", ctypes.c_void_p),
        ("lead", ctypes.c_void_p),
        ("columns_special", ctypes.c_void_p),
        ("n_special", ctypes.c_int64),
        ("days_to_year", ctypes.c_void_p),
        ("year_days", ctypes.c_void_p),
        ("alpha5", ctypes.c_void_p),
    ]


#: The kernel's output columns, in its ``Columns`` order (``tle_decode.OUTPUT``, ok, lenient).
COLUMNS: tuple[str, ...] = (
    "norad_id",
    "epoch_ns",
    "mean_motion_rev_per_day",
    "eccentricity",
    "inclination_deg",
    "ra_of_asc_node_deg",
    "arg_of_pericenter_deg",
    "mean_anomaly_deg",
    "bstar",
    "mean_motion_dot",
    "mean_motion_ddot",
    "ephemeris_type",
    "element_set_no",
    "rev_at_epoch",
    "classification_byte",
    "object_id_word",
    "ok",
    "lenient",
)


class _Columns(ctypes.Structure):
    _fields_ = [(name, ctypes.c_void_p) for name in COLUMNS]


def allowed_table() -> np.ndarray:
    """Return the templates as a (144, 256) table of flags, per column and byte.

    Bit 0: the strict template allows the byte there, bit 1: the lenient one does, judged by
    the numpy decoder's own per-byte rule (``tle_fields._class_ok``).
    """
    every = np.repeat(np.arange(256, dtype=np.uint8)[:, None], 2 * ROW, axis=1)
    _, is_digit = tf.digit_values(every)
    blank = every == 32
    strict = tf._class_ok(every, is_digit, blank, tf._STRICT)
    lenient = tf._class_ok(every, is_digit, blank, tf._LENIENT)
    both = strict.astype(np.uint8) | (lenient.astype(np.uint8) << np.uint8(1))
    table: np.ndarray = np.ascontiguousarray(both.T, dtype=np.uint8)
    return table


def word_rules(allowed: np.ndarray) -> tuple[np.ndarray, ...]:
    """Return the strict template's rules as the kernel's 8-column words (0x80 per column).

    ``digit_ok``/``blank_ok``: the column takes every digit / a blank, and nothing else but
    those; ``special``: every other column (judged by its ``allowed`` table, one lookup each),
    also returned as a list of columns; ``lead``: the leading-blank rule's columns.
    """
    strict: np.ndarray = (allowed & 1).astype(bool)
    digits: np.ndarray = np.all(strict[:, 48:58], axis=1)
    blank: np.ndarray = strict[:, 32]
    simple = np.zeros_like(strict)
    simple[:, 48:58] = digits[:, None]
    simple[:, 32] = blank
    special = (simple != strict).any(axis=1)

    def words(flags: np.ndarray) -> np.ndarray:
        return np.where(flags, np.uint8(0x80), np.uint8(0)).astype(np.uint8).view("<u8").copy()

    return (
        words(digits & ~special),
        words(blank & ~special),
        words(special),
        words(tf._LEAD),
        np.flatnonzero(special).astype(np.int32),
    )


@dataclass(frozen=True)
class Kernel:
    """The loaded library and the tables it reads (kept alive with it)."""

    library: ctypes.CDLL
    path: Path
    arrays: tuple[np.ndarray, ...]
    tables: _Tables

    def decode(
        self,
        lines: Lines,
        line1: Ints,
        columns: dict[str, np.ndarray],
        first: int,
        count: int,
    ) -> int:
        """Decode sets ``first`` to ``first + count - 1`` of ``line1``; return how many are good.

        Each set's values go to its own row of ``columns`` (``COLUMNS``: contiguous, of the
        dtypes of ``tle_decode.OUTPUT``, and bool for ``ok``/``lenient``). ``line1`` must be
        contiguous int64. Releases the GIL while it runs.
        """
        out = _Columns(*(columns[name].ctypes.data for name in COLUMNS))
        good: int = self.library.tle_decode(
            lines.buf.ctypes.data,
            len(lines.buf),
            lines.starts.ctypes.data,
            lines.lengths.ctypes.data,
            min(len(lines.starts), len(lines.lengths)),
            line1.ctypes.data,
            first,
            count,
            ctypes.byref(self.tables),
            ctypes.byref(out),
        )
        return good

    def split_lines(self, buf: Bytes, room: int | None = None) -> Lines:
        """Return the lines of ``buf`` (contiguous ``uint8``), as :func:`tle_lines.split_lines`.

        The same starts and lengths, found with ``memchr`` on this thread: in one pass when
        the text has at most ``room`` lines (by default one per ``BYTES_PER_LINE`` bytes: an
        element set's lines are some 70 bytes long, a name's 25), else (blank lines by the
        thousand) in two, counting them first. The arrays have room for ``room`` lines, but
        only the rows written are touched (memory is faulted in as written).
        """
        size = len(buf)
        capacity = size // BYTES_PER_LINE + 16 if room is None else room
        for attempt in range(2):
            if attempt:
                capacity = self.library.tle_count_newlines(buf.ctypes.data, size) + 1
            starts = np.empty(capacity, dtype=np.int64)
            lengths = np.empty(capacity, dtype=np.int64)
            n = self.library.tle_split_lines(
                buf.ctypes.data, size, starts.ctypes.data, lengths.ctypes.data, capacity
            )
            if n >= 0:
                return Lines(buf, starts[:n], lengths[:n])
        # (cannot happen: the capacity is then the count of newlines, plus one)
        raise RuntimeError(f"tle_split_lines found more than {capacity} lines")

    def pair_lines(self, lines: Lines) -> Pairing:
        """Return what :func:`tle_lines.pair_lines` returns for ``lines``, found in one pass."""
        n = len(lines)
        starts = np.ascontiguousarray(lines.starts, dtype=np.int64)
        lengths = np.ascontiguousarray(lines.lengths, dtype=np.int64)
        # Room for every line in each (only the rows written are touched: memory is faulted
        # in as written, so the unused room costs address space, not pages).
        found = [np.empty(n, dtype=np.int64) for _ in range(6)]
        counts = np.zeros(5, dtype=np.int64)
        self.library.tle_pair_lines(
            lines.buf.ctypes.data,
            len(lines.buf),
            starts.ctypes.data,
            lengths.ctypes.data,
            n,
            *(array.ctypes.data for array in found),
            counts.ctypes.data,
        )
        n_line1, n_orphan1, n_orphan2, n_comment, n_candidate = counts.tolist()
        line1, name, orphan1, orphan2, comment, candidate = found
        candidates = candidate[:n_candidate]
        stray = candidates[[lines.text(int(k)).strip() != b"" for k in candidates]]
        return Pairing(
            line1=line1[:n_line1],
            name=name[:n_line1],
            orphan1=orphan1[:n_orphan1],
            orphan2=orphan2[:n_orphan2],
            stray=np.asarray(stray, dtype=np.int64),
            comment=comment[:n_comment],
        )

    def records(self, prefix: bytes, numbers: Ints) -> tuple[Ints, np.ndarray]:
        """Return the offsets and bytes of the strings ``prefix:number``, one per number.

        ``offsets`` has ``len(numbers) + 1`` entries (int64, the first 0), ``data`` the UTF-8
        bytes: an Arrow ``large_string`` array's buffers. Releases the GIL while it runs.
        """
        numbers = np.ascontiguousarray(numbers, dtype=np.int64)
        n = len(numbers)
        offsets = np.empty(n + 1, dtype=np.int64)
        total = self.library.tle_record_offsets(
            len(prefix), numbers.ctypes.data, n, offsets.ctypes.data
        )
        data = np.empty(total, dtype=np.uint8)
        done = self.library.tle_record_text(
            prefix,
            len(prefix),
            numbers.ctypes.data,
            n,
            offsets.ctypes.data,
            data.ctypes.data,
            total,
        )
        if done != 0:  # (cannot happen: the offsets are the kernel's own)
            raise RuntimeError(f"tle_record_text refused the offsets of {n} records")
        return offsets, data

    def keep_strings(self, offsets: int, n: int, data: int, data_len: int, kept: Ints) -> int:
        """Keep strings ``kept`` of a ``large_string`` array in its own buffers; see the C.

        ``offsets`` and ``data`` are the addresses of its (writable) offsets (``n + 1``
        int64) and bytes (``data_len``); ``kept`` increases strictly. String ``kept[j]``
        becomes string ``j``. Returns the new end of the data, or -1 when the offsets or
        ``kept`` fail a check (nothing is written then). Releases the GIL while it runs.
        """
        kept = np.ascontiguousarray(kept, dtype=np.int64)
        end: int = self.library.tle_keep_strings(
            offsets, n, data, data_len, kept.ctypes.data, len(kept)
        )
        return end


def open_kernel(days_to_year: Ints, year_days: Ints) -> tuple[Kernel | None, str]:
    """Return the compiled kernel, or None, and in words which decoder that leaves in use.

    None when the library is absent, does not load, reports another ABI, the machine is
    big-endian or ``SSAVIEWER_TLE_KERNEL=off``; the words then say why. ``days_to_year`` and
    ``year_days`` are ``tle_decode``'s tables per two-digit year.
    """
    if os.environ.get(ENV, "").lower() == "off":
        return None, f"numpy ({ENV}=off)"
    if sys.byteorder != "little":
        return None, "numpy (the compiled kernel reads little-endian words)"
    if not LIBRARY.is_file():
        return None, f"numpy (no compiled kernel at {LIBRARY})"
    try:
        library = ctypes.CDLL(str(LIBRARY))
        library.tle_kernel_abi.restype = ctypes.c_int
        found = library.tle_kernel_abi()
    except (OSError, AttributeError) as exc:
        return None, f"numpy (the compiled kernel {LIBRARY} does not load: {exc})"
    if found != ABI:
        return None, f"numpy (the compiled kernel {LIBRARY} is ABI {found}, expected {ABI})"
    library.tle_decode.restype = ctypes.c_int64
    library.tle_decode.argtypes = [
        ctypes.c_void_p,
        ctypes.c_int64,
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_int64,
        ctypes.c_void_p,
        ctypes.c_int64,
        ctypes.c_int64,
        ctypes.POINTER(_Tables),
        ctypes.POINTER(_Columns),
    ]
    pointer, number, text = ctypes.c_void_p, ctypes.c_int64, ctypes.c_char_p
    signatures = {  # name: (result, arguments), as in tle_kernel.c
        "tle_count_newlines": (number, [pointer, number]),
        "tle_split_lines": (number, [pointer, number, pointer, pointer, number]),
        "tle_pair_lines": (None, [pointer, number, pointer, pointer, number, *[pointer] * 7]),
        "tle_record_offsets": (number, [number, pointer, number, pointer]),
        "tle_record_text": (number, [text, number, pointer, number, pointer, pointer, number]),
        "tle_keep_strings": (number, [pointer, number, pointer, number, pointer, number]),
    }
    for name, (result, arguments) in signatures.items():
        function = getattr(library, name)
        function.restype = result
        function.argtypes = arguments
    allowed = allowed_table()
    digit_ok, blank_ok, special, lead, columns_special = word_rules(allowed)
    arrays = (
        allowed,
        digit_ok,
        blank_ok,
        special,
        lead,
        columns_special,
        np.ascontiguousarray(days_to_year, dtype=np.int64),
        np.ascontiguousarray(year_days, dtype=np.int64),
        np.ascontiguousarray(tf._ALPHA5_VALUE, dtype=np.int64),
    )
    pointers = [array.ctypes.data for array in arrays]
    tables = _Tables(*pointers[:6], len(columns_special), *pointers[6:])
    return Kernel(library, LIBRARY, arrays, tables), f"C kernel ({LIBRARY.name})"
