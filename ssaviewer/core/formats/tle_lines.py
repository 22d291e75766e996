"""Splitting TLE text into lines and lines into element sets, without a loop per line.

The whole file is one ``uint8`` array. Newline positions give every line's start and length
(a trailing CR is not part of the line). The first two bytes of each line classify it:
``"1 "`` is a line 1, ``"2 "`` a line 2, anything else a name or stray text. A line 1 directly
followed by a line 2 is an element set; a name line is the line directly before a line 1.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from ssaviewer.core.formats.tle_template import Bytes, Ints

T = TypeVar("T")

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

    The buffer is cut into blocks; each block's newlines are found, then its lines' starts
    and lengths written straight into the result. Large buffers are done by ``workers``
    threads (numpy releases the GIL), each block by one; the result is the same whatever
    the number.
    """
    blocks = range(0, len(buf), _BLOCK)
    with _pool(workers, len(buf)) as pool:
        parts = list(pool.map(lambda k: _newlines(buf, k), blocks))
        counts = np.array([0] + [len(part) for part in parts], dtype=np.int64)
        offsets = np.cumsum(counts)
        n = int(offsets[-1])
        starts = np.empty(n + 1, dtype=np.int64)
        lengths = np.empty(n + 1, dtype=np.int64)
        starts[0] = 0
        # The line that starts each block's first line: after the last newline before it.
        previous = np.maximum.accumulate(
            np.array([-1] + [int(part[-1]) if len(part) else -1 for part in parts])
        )
        list(
            pool.map(
                lambda j: _fill_lines(
                    buf, parts[j], int(previous[j]) + 1, starts, lengths, int(offsets[j])
                ),
                range(len(parts)),
            )
        )
    lengths[n] = len(buf) - starts[n]
    if lengths[n] > 0 and buf[-1] == 13:  # a last line without LF, ending in CR
        lengths[n] -= 1
    if starts[n] == len(buf):
        starts, lengths = starts[:n], lengths[:n]
    return Lines(buf, starts, lengths)


def _newlines(buf: Bytes, k: int) -> Ints:
    """Return the positions of the LF bytes in the block of ``buf`` that starts at ``k``."""
    found: Ints = np.flatnonzero(buf[k : k + _BLOCK] == 10)
    found += k
    return found


def _fill_lines(
    buf: Bytes, newlines: Ints, first_start: int, starts: Ints, lengths: Ints, at: int
) -> None:
    """Write the starts and lengths of the lines ending at ``newlines`` from line ``at`` on.

    ``first_start`` is where the first of them starts; ``newlines`` is used up (it becomes
    the positions before each LF, for the CR test).
    """
    m = len(newlines)
    if m == 0:
        return
    np.add(newlines, 1, out=starts[at + 1 : at + 1 + m])
    mine = lengths[at : at + m]
    mine[0] = newlines[0] - first_start
    np.subtract(newlines[1:], newlines[:-1], out=mine[1:])
    mine[1:] -= 1
    # A CR just before a line's end is not part of the line.
    newlines -= 1
    np.maximum(newlines, 0, out=newlines)
    has_cr = buf[newlines] == 13
    has_cr &= mine > 0
    mine -= has_cr


def _pool(workers: int, n_bytes: int) -> Executor:
    """Return ``workers`` threads for a large buffer, else an executor that runs inline."""
    if workers > 1 and n_bytes >= _BYTES_PER_THREAD:
        return ThreadPoolExecutor(workers, thread_name_prefix="ssaviewer-lines")
    return Inline()


class Inline(Executor):
    """An executor that runs each call at once, on the calling thread (``map`` is ``map``)."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        """Run ``fn`` now; its result or exception is in the returned future."""
        done: Future[T] = Future()
        try:
            done.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # delivered by result(), as a pool would
            done.set_exception(exc)
        return done


#: Bytes scanned as one block (cache-sized).
_BLOCK = 1 << 20
#: Buffers smaller than this are scanned on the calling thread.
_BYTES_PER_THREAD = 1 << 24


def pair_lines(lines: Lines) -> Pairing:
    """Classify lines by their first two bytes and pair each line 1 with the next line 2."""
    # (For flags, ``a & ~b`` is ``a > b``: one pass and no temporary for ``~b``.)
    head = _first_two_bytes(lines)
    is1 = head == _HEAD1
    is2 = head == _HEAD2
    paired1 = np.zeros(len(head), dtype=bool)  # a line 1 followed by a line 2
    np.logical_and(is1[:-1], is2[1:], out=paired1[:-1])
    line1 = np.flatnonzero(paired1)
    orphan1 = is1  # (is1 is not needed after this)
    np.greater(is1[:-1], is2[1:], out=orphan1[:-1])
    orphan2 = is2  # a line 2 not after a paired line 1 (is2 is not needed after this)
    np.greater(is2[1:], paired1[:-1], out=orphan2[1:])
    is_comment = (head & np.uint16(0xFF)) == ord("#")
    other = np.logical_or(head == _HEAD1, head == _HEAD2)
    other |= is_comment
    np.logical_not(other, out=other)
    name = line1 - 1  # the line before each line 1 when it is a name, else -1
    name[~other[np.maximum(name, 0)]] = -1
    candidate = other  # (other is not needed after this)
    np.greater(other[:-1], paired1[1:], out=candidate[:-1])
    candidate[lines.lengths == 0] = False
    candidates = np.flatnonzero(candidate)
    stray = candidates[[lines.text(int(k)).strip() != b"" for k in candidates]]
    return Pairing(
        line1=line1,
        name=name,
        orphan1=np.flatnonzero(orphan1),
        orphan2=np.flatnonzero(orphan2),
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
        out: Bytes = windows(buf, width)[starts].view(np.uint8).reshape(len(starts), width)
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


def windows(buf: Bytes, width: int) -> np.ndarray:
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
    # Only the bytes after column ``width`` of those lines are looked at (not the whole file).
    first = lines.starts[rows[long_rows]] + width
    tail = lines.lengths[rows[long_rows]] - width
    owner = np.repeat(np.arange(len(long_rows)), tail)
    position = np.arange(len(owner)) - np.repeat(np.cumsum(tail) - tail - first, tail)
    printable = lines.buf[position] > 32
    result[long_rows] = np.bincount(owner[printable], minlength=len(long_rows)) == 0
    return result
