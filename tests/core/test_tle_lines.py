"""split_lines and the line heads of pair_lines, against a plain Python reading of the bytes."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssaviewer.core.formats import tle_lines
from ssaviewer.core.formats.tle_lines import pair_lines, split_lines


def _python_lines(data: bytes) -> list[bytes]:
    """Lines as a person reads them: LF ends a line, a CR before it is not part of it."""
    parts = data.split(b"\n")
    if parts and parts[-1] == b"":
        parts.pop()  # the LF of the last line ends it; no empty line after it
    return [p[:-1] if p.endswith(b"\r") else p for p in parts]


def _found(data: bytes, workers: int = 1) -> list[bytes]:
    lines = split_lines(np.frombuffer(data, dtype=np.uint8), workers=workers)
    return [lines.text(k) for k in range(len(lines))]


def _found_in_blocks(data: bytes) -> list[list[bytes]]:
    """The lines found with blocks of 1, 2, 3 and 5 bytes (CRLF and lines across blocks)."""
    found = []
    for block in (1, 2, 3, 5):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(tle_lines, "_BLOCK", block)
            found.append(_found(data))
    return found


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\n",
        b"\r\n",
        b"\r",
        b"1",
        b"1\n",
        b"ab\r\ncd",
        b"ab\r\ncd\r",
        b"\n\nx\n\r\n2 ",
        b"1 a\n2 b\r\nZ",
    ],
)
def test_edges(data: bytes) -> None:
    assert _found(data) == _python_lines(data)
    assert _found_in_blocks(data) == [_python_lines(data)] * 4


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([b"\n", b"\r", b"\r\n", b"1 ", b"2 ", b"x", b"#", b" "])))
def test_any_mix_of_line_ends(pieces: list[bytes]) -> None:
    data = b"".join(pieces)
    assert _found(data) == _python_lines(data)
    assert _found_in_blocks(data) == [_python_lines(data)] * 4


def test_threads_find_the_same_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(11)
    data = rng.choice(np.frombuffer(b"\n\r12 abc", dtype=np.uint8), 300_000).tobytes()
    monkeypatch.setattr(tle_lines, "_BYTES_PER_THREAD", 1)
    monkeypatch.setattr(tle_lines, "_BLOCK", 997)  # many blocks, lines across their edges
    one = split_lines(np.frombuffer(data, dtype=np.uint8), workers=1)
    several = split_lines(np.frombuffer(data, dtype=np.uint8), workers=3)
    assert np.array_equal(one.starts, several.starts)
    assert np.array_equal(one.lengths, several.lengths)
    assert [one.text(k) for k in range(len(one))] == _python_lines(data)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([b"\n", b"\r\n", b"1 ", b"2 ", b"1", b"2", b"N", b"#"])))
def test_pairs_and_names_follow_the_first_two_bytes(pieces: list[bytes]) -> None:
    data = b"".join(pieces)
    texts = _python_lines(data)
    pairing = pair_lines(split_lines(np.frombuffer(data, dtype=np.uint8)))
    line1 = [
        k for k in range(len(texts) - 1) if texts[k][:2] == b"1 " and texts[k + 1][:2] == b"2 "
    ]
    assert pairing.line1.tolist() == line1
    names = [
        k - 1
        if k >= 1 and texts[k - 1][:2] not in (b"1 ", b"2 ") and not texts[k - 1][:1] == b"#"
        else -1
        for k in line1
    ]
    assert pairing.name.tolist() == names
