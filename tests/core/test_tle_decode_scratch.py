"""The decode's reused working arrays give what fresh arrays give, chunk after chunk."""

from __future__ import annotations

import numpy as np
import pytest

from ssaviewer.core.formats import tle_decode, tle_fields
from ssaviewer.core.formats.tle_lines import pair_lines, split_lines, tail_is_blank
from ssaviewer.core.formats.tle_template import ROW
from tests.core.tle_text import ISS, tle_file


def _mixed_text() -> bytes:
    """Good, bad, lenient, short and over-long sets, the last one ending the buffer."""
    good = tle_file([("ISS", ISS)])
    one, two = good.splitlines()[1:3]
    sets = [
        good,
        good.replace(b"51.6416", b"51.6A16", 1),  # rejected
        good.replace(b" 00000+0 ", b"     0+0 ", 1),  # lenient
        b"ISS\n" + one + b"   trailing text\n" + two + b"\n",  # text after column 69
        b"ISS\n" + one + b"      \r\n" + two + b"\t \n",  # blanks after column 69
        b"ISS\n" + one[:60] + b"\n" + two + b"\n",  # line 1 cut short
        b"ISS\n" + one + b"\n" + two[:68] + b"\n",  # line 2 without its checksum
    ]
    return b"".join(sets * 700) + b"ISS\n" + one + b"\n" + two  # no newline at the end


def test_chunks_with_reused_arrays_equal_one_fresh_decode(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = _mixed_text()
    lines = split_lines(np.frombuffer(data, dtype=np.uint8))
    line1 = pair_lines(lines).line1
    monkeypatch.setattr(tle_decode, "CHUNK", 512)  # many chunks through the same arrays
    monkeypatch.setattr(tle_decode, "_SCRATCH", [])
    chunked = tle_decode.decode(lines, line1, workers=1, use_kernel=False)
    assert len(tle_decode._SCRATCH) == 1  # one set of arrays served every chunk
    fresh = tle_decode._decode_chunk(lines, line1)  # every temporary allocated afresh
    assert np.array_equal(chunked.ok, fresh.ok)
    assert np.array_equal(chunked.lenient, fresh.lenient)
    assert 0 < chunked.ok.sum() < len(line1)
    assert chunked.lenient.any()
    for name, column in chunked.columns.items():
        expected = fresh.columns[name][fresh.ok]
        assert column.dtype == expected.dtype, name
        assert np.array_equal(column.view(np.uint8), expected.view(np.uint8)), name


def test_tail_is_blank_looks_only_after_the_width() -> None:
    text = b"abc\nabcd  \r\nabcd x\nab\nabcd\t\nabcdefgh"
    lines = split_lines(np.frombuffer(text, dtype=np.uint8))
    rows = np.arange(len(lines))
    expected = [all(byte <= 32 for byte in lines.text(int(k))[4:]) for k in rows]
    assert expected == [True, True, False, True, True, False]
    assert tail_is_blank(lines, rows, 4).tolist() == expected
    assert tail_is_blank(lines, rows[::-1], 4).tolist() == expected[::-1]


def test_row_check_on_words_equals_the_check_byte_by_byte() -> None:
    good = tle_file([("ISS", ISS)]).splitlines()
    row = np.full(2 * ROW, 32, dtype=np.uint8)
    row[:69] = np.frombuffer(good[1], dtype=np.uint8)
    row[ROW : ROW + 69] = np.frombuffer(good[2], dtype=np.uint8)
    rng = np.random.default_rng(5)
    rows = np.tile(row, (3000, 1))
    # one to three bytes per row replaced by a digit, a blank, a sign, a letter or anything
    choices = np.frombuffer(b"0123456789 +-.ACSUZ\x00\xff", dtype=np.uint8)
    for k in range(1, len(rows)):
        at = rng.integers(0, 2 * ROW, rng.integers(1, 4))
        rows[k, at] = rng.choice(choices, len(at))
    _, is_digit = tle_fields.digit_values(rows)
    expected = tle_fields.rows_ok(rows, is_digit)
    scratch = tle_fields.Scratch(len(rows))
    _, is_digit = tle_fields.digit_values(rows, scratch)
    got = tle_fields.rows_ok(rows, is_digit, scratch)
    assert expected[0]
    assert 0 < expected.sum() < len(rows)
    assert np.array_equal(got, expected)
    # and every row judged as the per-field check judges it
    assert np.array_equal(got, ~tle_fields.field_failures(rows).any(axis=1))
