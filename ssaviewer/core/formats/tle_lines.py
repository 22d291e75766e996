"""Splitting TLE text into lines and lines into element sets, without a loop per line.

The whole file is one ``uint8`` array. Newline positions give every line's start and length
(a trailing CR is not part of the line). The first two bytes of each line classify it:
``"1 "`` is a line 1, ``"2 "`` a line 2, anything else a name or stray text. A line 1 directly
followed by a line 2 is an element set; a name line is the line directly before a line 1.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from ssaviewer.core.formats.tle_template import Bytes, Ints

#: Width of an element line: 68 characters and the checksum.
LINE_WIDTH = 69


@dataclass(frozen=True)
class Lines:
    """Where each line of a file starts and how long it is (CR/LF excluded), 0-based."""

    buf: Bytes
    starts: Ints
    lengths: Ints

    def __len__(self) -> int:
        return len(self.starts)

    def text(self, index: int) -> bytes:
        """Return the raw bytes of one line (for messages)."""
        start = int(self.starts[index])
        return bytes(self.buf[start : start + int(self.lengths[index])])


@dataclass(frozen=True)
class Pairing:
    """Element sets found in the lines, and the lines that belong to none.

    ``line1`` holds the 0-based line index of each set's line 1 (its line 2 follows it);
    ``name`` the index of its name line or -1. ``orphan1``/``orphan2`` are line 1s without a
    line 2 and line 2s without a line 1; ``stray`` are other non-blank lines that are not the
    name of a set (a line before an orphan line 1 included); ``comment`` are lines starting
    with ``#`` (as in Vallado's ``SGP4-VER.TLE``), never names.
    """

    line1: Ints
    name: Ints
    orphan1: Ints
    orphan2: Ints
    stray: Ints
    comment: Ints


def split_lines(buf: Bytes, workers: int = 1) -> Lines:
    """Find every line of ``buf`` (LF or CRLF endings; a last line without LF counts).

    Large buffers are scanned by ``workers`` threads (numpy releases the GIL); the result is
    the same whatever the number. Three arrays of one integer per line are written (the
    newline positions, reused for the CR test, the starts and the lengths), nothing more.
    """
    newlines = _newlines(buf, workers)
    n = len(newlines)
    starts = np.empty(n + 1, dtype=np.int64)
    starts[0] = 0
    np.add(newlines, 1, out=starts[1:])
    lengths = np.empty(n + 1, dtype=np.int64)
    np.subtract(newlines, starts[:n], out=lengths[:n])
    lengths[n] = len(buf) - starts[n]
    # A CR just before a line's end is not part of the line.
    before_end = newlines  # reused: the newline positions are not needed any more
    before_end -= 1
    np.maximum(before_end, 0, out=before_end)
    has_cr = buf[before_end] == 13
    has_cr &= lengths[:n] > 0
    lengths[:n] -= has_cr
    if lengths[n] > 0 and buf[-1] == 13:  # a last line without LF, ending in CR
        lengths[n] -= 1
    if starts[n] == len(buf):
        starts, lengths = starts[:n], lengths[:n]
    return Lines(buf, starts, lengths)


def _newlines(buf: Bytes, workers: int = 1, block: int = 1 << 20) -> Ints:
    """Return the positions of LF bytes, scanning cache-sized blocks (on threads if large)."""

    def scan(k: int) -> Ints:
        found: Ints = np.flatnonzero(buf[k : k + block] == 10)
        found += k
        return found

    offsets = range(0, len(buf), block)
    if workers > 1 and len(buf) >= _BYTES_PER_THREAD:
        with ThreadPoolExecutor(workers, thread_name_prefix="ssaviewer-lines") as pool:
            parts = list(pool.map(scan, offsets))
    else:
        parts = [scan(k) for k in offsets]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


#: Buffers smaller than this are scanned on the calling thread.
_BYTES_PER_THREAD = 1 << 24


def pair_lines(lines: Lines) -> Pairing:
    """Classify lines by their first two bytes and pair each line 1 with the next line 2."""
    head = _first_two_bytes(lines)
    is1 = head == _HEAD1
    is2 = head == _HEAD2
    next_is2 = np.append(is2[1:], False)
    paired1 = is1 & next_is2
    paired2 = np.append(False, paired1[:-1])
    line1 = np.flatnonzero(paired1)
    is_comment = (head & np.uint16(0xFF)) == ord("#")
    other = ~is1 & ~is2 & ~is_comment
    name = line1 - 1  # the line before each line 1 when it is a name, else -1
    name[~other[np.maximum(name, 0)]] = -1
    next_is_paired1 = np.append(paired1[1:], False)
    candidates = np.flatnonzero(other & ~next_is_paired1 & (lines.lengths > 0))
    stray = candidates[[lines.text(int(k)).strip() != b"" for k in candidates]]
    return Pairing(
        line1=line1,
        name=name,
        orphan1=np.flatnonzero(is1 & ~next_is2),
        orphan2=np.flatnonzero(is2 & ~paired2),
        stray=np.asarray(stray, dtype=np.int64),
        comment=np.flatnonzero(is_comment),
    )


_HEAD1 = np.uint16(ord("1") + (ord(" ") << 8))
_HEAD2 = np.uint16(ord("2") + (ord(" ") << 8))


def _first_two_bytes(lines: Lines) -> npt.NDArray[np.uint16]:
    """Return the first two bytes of every line as one little-endian uint16.

    0 for an empty line; a one-byte line gives its byte (and 0 as the second).
    """
    head = np.zeros(len(lines), dtype=np.uint16)
    if len(lines.buf) < 2:
        if len(lines) and len(lines.buf):
            head[lines.lengths > 0] = lines.buf[0]
        return head
    pairs = np.ndarray((len(lines.buf) - 1,), dtype="<u2", buffer=lines.buf, strides=(1,))
    # Every line but a last one-byte line starts within ``pairs``; short lines are fixed below.
    inside = len(lines) - int(lines.starts[-1] > len(pairs) - 1) if len(lines) else 0
    head[:inside] = pairs[lines.starts[:inside]]
    short = np.flatnonzero(lines.lengths < 2)
    head[short] = 0
    single = short[lines.lengths[short] == 1]
    head[single] = lines.buf[lines.starts[single]]
    return head


def gather(lines: Lines, rows: Ints, width: int, fill: int = 32, keep: int | None = None) -> Bytes:
    """Copy lines ``rows`` into a (len(rows), width) matrix padded with ``fill``.

    Bytes past a line's length (its line ending, the next line) and columns from ``keep``
    (default ``width``) on become ``fill``; longer lines are cut.
    """
    keep = width if keep is None else keep
    buf = lines.buf
    starts = lines.starts[rows]
    if len(rows) == 0:
        return np.full((0, width), fill, dtype=np.uint8)
    if len(buf) >= width and starts.max() <= len(buf) - width:
        out: Bytes = _windows(buf, width)[starts].view(np.uint8).reshape(len(starts), width)
    else:
        out = _gather_near_end(buf, starts, width, fill)
    out[:, keep:] = fill
    if fill == 0:  # names: zero everything past each line's end with one multiplication
        out *= (np.arange(width) < lines.lengths[rows, None]).view(np.uint8)
        return out
    short = np.flatnonzero(lines.lengths[rows] < keep)
    if len(short):
        beyond = np.arange(width) >= lines.lengths[rows[short], None]
        out[short] = np.where(beyond, np.uint8(fill), out[short])
    return out


def _windows(buf: Bytes, width: int) -> np.ndarray:
    """Return every ``width``-byte window of ``buf`` as one opaque item (a copy is a memcpy)."""
    return np.ndarray((len(buf) - width + 1,), dtype=f"V{width}", buffer=buf, strides=(1,))


def _gather_near_end(buf: Bytes, starts: Ints, width: int, fill: int) -> Bytes:
    """Like the window gather, for lines within ``width`` bytes of the end of ``buf``."""
    tail_start = max(len(buf) - 2 * width, 0)
    inner = starts <= len(buf) - width
    out = np.full((len(starts), width), fill, dtype=np.uint8)
    tail = np.full(len(buf) - tail_start + width, fill, dtype=np.uint8)
    tail[: len(buf) - tail_start] = buf[tail_start:]
    if inner.any():
        out[inner] = sliding_window_view(buf, width)[starts[inner]]
    out[~inner] = sliding_window_view(tail, width)[starts[~inner] - tail_start]
    return out


def tail_is_blank(lines: Lines, rows: Ints, width: int) -> np.ndarray:
    """Return, per line in ``rows``, whether everything after column ``width`` is blank."""
    result = np.ones(len(rows), dtype=bool)
    long_rows = np.flatnonzero(lines.lengths[rows] > width)
    if len(long_rows) == 0:
        return result
    starts = lines.starts[rows[long_rows]]
    bounds = np.empty(2 * len(long_rows), dtype=np.int64)
    bounds[0::2] = starts + width
    bounds[1::2] = starts + lines.lengths[rows[long_rows]]
    printable = np.append(lines.buf > 32, False)
    result[long_rows] = ~np.logical_or.reduceat(printable, bounds)[0::2]
    return result
