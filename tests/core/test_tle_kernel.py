"""The compiled TLE decode kernel gives what the numpy decoder gives, bit for bit, and is safe.

Every test here compares the kernel (``tle_kernel.c``) with the numpy decoder (the reference)
on the same text: the good sets' columns byte for byte, which sets are good and which are read
leniently, and through ``read_tle`` the element, rejected and warnings tables. Random and
mutated text (corrupted digits, blanks, signs, bad checksums, archival quirks, cut lines, odd
lengths, a file cut anywhere) must never make them differ, nor make the kernel read outside
the text. Where ``SSAVIEWER_REQUIRE_TLE_KERNEL=1`` (CI sets it: gcc is there) a kernel that
was not built, or does not load, fails the run instead of skipping it.
"""

from __future__ import annotations

import ctypes
import mmap
import os
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ssaviewer.core.formats import tle_decode, tle_kernel, tle_strings
from ssaviewer.core.formats.tle import read_tle
from ssaviewer.core.formats.tle_lines import Lines, pair_lines, split_lines
from ssaviewer.core.formats.tle_template import Bytes
from tests.core.tle_text import ISS, TleFields, tle_file

REQUIRED = os.environ.get("SSAVIEWER_REQUIRE_TLE_KERNEL") == "1"
REPO = Path(__file__).resolve().parents[2]


def _compiled() -> tle_kernel.Kernel:
    """Return the loaded kernel; skip (or fail, where it is required) when there is none."""
    found, why = tle_decode._kernel()
    if found is None:
        if REQUIRED:
            pytest.fail(f"SSAVIEWER_REQUIRE_TLE_KERNEL=1 but the decoder is {why}")
        pytest.skip(f"the compiled TLE kernel is not in use: {why}")
    return found


def test_the_compiled_kernel_is_in_use_where_it_is_required() -> None:
    compiled = _compiled()
    assert compiled.library.tle_kernel_abi() == tle_kernel.ABI
    assert tle_decode.decoder().startswith("C kernel")


def test_info_says_which_decoder_reads_tle(
    repo_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ssaviewer.__main__ import main

    assert main(["info", str(repo_root / "sample_data" / "leo.tle")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"TLE decoder: {tle_decode.decoder()}" in lines
    if tle_decode._kernel()[0] is not None:
        assert "TLE decoder: C kernel (_tle_kernel.c99.so)" in lines


def test_off_in_the_environment_means_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    _compiled()
    monkeypatch.setenv(tle_kernel.ENV, "off")
    found, why = tle_kernel.open_kernel(tle_decode._DAYS_TO_YEAR, tle_decode._YEAR_DAYS)
    assert found is None
    assert why == f"numpy ({tle_kernel.ENV}=off)"


def _lines(data: bytes | Bytes) -> Lines:
    buf = np.frombuffer(data, dtype=np.uint8) if isinstance(data, bytes) else data
    return split_lines(buf)


def assert_same_decode(data: bytes | Bytes) -> tle_decode.Decoded:
    """Decode ``data`` with both decoders and assert every output is identical."""
    _compiled()
    lines = _lines(data)
    line1 = pair_lines(lines).line1
    kernel = tle_decode.decode(lines, line1, workers=1)
    reference = tle_decode.decode(lines, line1, workers=1, use_kernel=False)
    assert kernel.ok.tolist() == reference.ok.tolist()
    assert kernel.lenient.tolist() == reference.lenient.tolist()
    assert list(kernel.columns) == list(reference.columns)
    for name, column in kernel.columns.items():
        expected = reference.columns[name]
        assert column.dtype == expected.dtype, name
        assert column.tobytes() == expected.tobytes(), (name, column, expected)
    return kernel


def assert_same_tables(data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    """``read_tle`` with the kernel and with numpy: the same three tables."""
    _compiled()
    with_kernel = read_tle(data, "x.tle")
    with monkeypatch.context() as patch:
        patch.setattr(tle_decode, "_kernel", lambda: (None, "numpy (test)"))
        reference = read_tle(data, "x.tle")
    for name in ("elements", "rejected", "warnings"):
        got, expected = getattr(with_kernel, name), getattr(reference, name)
        pd.testing.assert_frame_equal(got, expected, check_exact=True)
        assert got.equals(expected), name


GOOD = tle_file([("ISS", ISS)])
ONE, TWO = GOOD.splitlines()[1:3]

#: Bytes a corruption writes: digits, blanks, signs, letters, control and non-ASCII bytes.
NOISE = b"0123456789     +-.ACIOSUZaz#\t\r\x00\x7f\x80\xff"

element_sets = st.builds(
    TleFields,
    norad=st.integers(0, 339_999),
    classification=st.sampled_from("UCS"),
    designator=st.sampled_from(["98067A", "", "57001B", "24123ABC"]),
    year2=st.integers(0, 99),
    day=st.integers(0, 366),
    day_fraction_e8=st.integers(0, 10**8 - 1),
    ndot_e8=st.integers(-(10**8) + 1, 10**8 - 1),
    nddot_mantissa=st.integers(-99_999, 99_999),
    nddot_exponent=st.integers(-9, 9),
    bstar_mantissa=st.integers(-99_999, 99_999),
    bstar_exponent=st.integers(-9, 9),
    ephemeris_type=st.sampled_from([0, 2, 4]),
    element_set_no=st.integers(0, 9999),
    inclination_e4=st.integers(0, 1_900_000),
    raan_e4=st.integers(0, 3_700_000),
    eccentricity_e7=st.integers(0, 9_999_999),
    argp_e4=st.integers(0, 3_700_000),
    mean_anomaly_e4=st.integers(0, 3_700_000),
    mean_motion_e8=st.integers(0, 10**10 - 1),
    rev_at_epoch=st.integers(0, 99_999),
)

#: Archival quirks sgp4 reads (the lenient template) and near misses it does not.
QUIRKS = [
    (b" 00000+0 ", b"     0+0 "),
    (b" 00000+0 ", b" 00000 0 "),
    (b"-.00002182", b"-0.0002182"),
    (b"-.00002182", b" 0.0002182"),
    (b"-.00002182", b"+.00002182"),
    (b"0006703", b"   6703"),
    (b"0006703", b"6703   "),
    (b" 51.6416", b"51.6416 "),
    (b"U 98067A", b"  98067A"),
    (b"25544", b" 5544"),
    (b"25544", b"A5544"),
    (b"25544", b"I5544"),
    (b"  292", b" 2 92"),
]


@st.composite
def mutated_text(draw: st.DrawFn) -> bytes:
    """A TLE file of random sets, then random corruptions of its bytes and lines."""
    sets = draw(st.lists(st.tuples(st.sampled_from(["", "ISS", "0 X"]), element_sets), max_size=6))
    text = bytearray(tle_file(sets, newline=draw(st.sampled_from(["\n", "\r\n"]))))
    for _ in range(draw(st.integers(0, 3))):
        old, new = draw(st.sampled_from(QUIRKS))
        text = text.replace(old, new, 1)
    for _ in range(draw(st.integers(0, 6))):
        if not text:
            break
        at = draw(st.integers(0, len(text) - 1))
        action = draw(st.sampled_from(["byte", "delete", "insert", "cut_line", "tail"]))
        if action == "byte":
            text[at] = draw(st.sampled_from(NOISE))
        elif action == "delete":
            del text[at : at + draw(st.integers(1, 80))]
        elif action == "insert":
            text[at:at] = draw(st.binary(max_size=8))
        elif action == "cut_line":  # a line cut short (or emptied) before its end
            end = text.find(b"\n", at)
            if end > at:
                del text[at:end]
        else:  # text or blanks after a line's column 69
            end = text.find(b"\n", at)
            if end >= 0:
                text[end:end] = draw(st.sampled_from([b"  ", b" x", b"\t", b"   trailing"]))
    if draw(st.booleans()):  # the file cut anywhere (a last line without its newline)
        text = text[: draw(st.integers(0, len(text)))]
    return bytes(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_text())
@example(GOOD)
@example(GOOD.replace(b" 00000+0 ", b"     0+0 ", 1))
@example(b"ISS\n" + ONE + b"   trailing\n" + TWO + b"\n")
@example(b"ISS\n" + ONE[:60] + b"\n" + TWO + b"\n")
@example(b"ISS\n" + ONE + b"\n" + TWO[:68])
@example(b"1 \n2 ")
@example(b"1 \n2")
@example(b"")
def test_random_and_mutated_text_decodes_identically(data: bytes) -> None:
    assert_same_decode(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_text())
def test_random_and_mutated_text_gives_the_same_tables(data: bytes) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert_same_tables(data, monkeypatch)


def test_every_single_byte_change_of_a_set_decodes_identically() -> None:
    """Each column of both lines, set to each byte of NOISE: good, lenient or rejected alike."""
    variants = []
    for line in (0, 1):
        for column in range(69):
            for byte in NOISE:
                pair = [bytearray(ONE), bytearray(TWO)]
                pair[line][column] = byte
                variants.append(b"X\n" + bytes(pair[0]) + b"\n" + bytes(pair[1]) + b"\n")
    decoded = assert_same_decode(b"".join(variants))
    assert 0 < decoded.ok.sum() < len(variants)
    assert decoded.lenient.any()


def test_the_edges_of_every_range_decode_identically() -> None:
    """Each range check at, just inside and just outside its bounds (and leap years)."""
    edges: dict[str, list[int]] = {
        "inclination_e4": [0, 1_799_999, 1_800_000, 1_800_001],
        "raan_e4": [0, 3_599_999, 3_600_000, 3_600_001],
        "argp_e4": [0, 3_599_999, 3_600_000, 3_600_001],
        "mean_anomaly_e4": [0, 3_599_999, 3_600_000, 3_600_001],
        "mean_motion_e8": [0, 1, 9_999_999_999],
        "day": [0, 1, 365, 366],
        "year2": [0, 56, 57, 99, 4, 0],
    }
    sets = [ISS]
    for name, values in edges.items():
        sets += [replace(ISS, **{name: value}) for value in values]  # type: ignore[arg-type]
    sets += [replace(ISS, year2=year, day=366) for year in (0, 1, 4, 56, 60, 96, 99)]
    decoded = assert_same_decode(tle_file([("", s) for s in sets]))
    assert 0 < decoded.ok.sum() < len(sets)


def test_many_sets_over_threads_and_chunks_decode_identically(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sets = [("", replace(ISS, norad=k, rev_at_epoch=k % 99_999)) for k in range(3000)]
    data = bytearray(tle_file(sets))
    data[10 * 140 + 70 + 10] = ord("Z")  # set 10: a letter in its inclination
    monkeypatch.setattr(tle_decode, "KERNEL_CHUNK", 257)
    _compiled()
    lines = _lines(bytes(data))
    line1 = pair_lines(lines).line1
    monkeypatch.setattr(tle_decode, "SETS_PER_THREAD", 1)  # two threads even for 3000 sets
    threaded = tle_decode.decode(lines, line1, workers=2)
    reference = tle_decode.decode(lines, line1, workers=1, use_kernel=False)
    assert threaded.ok.tolist() == reference.ok.tolist()
    assert np.flatnonzero(~threaded.ok).tolist() == [10]
    for name, column in threaded.columns.items():
        assert column.tobytes() == reference.columns[name].tobytes(), name


def test_real_files_give_the_same_tables(
    shared_data: Path, repo_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = sorted((shared_data / "tle").glob("*")) + sorted(
        (repo_root / "sample_data").glob("*.tle")
    )
    assert paths
    for path in paths:
        data = path.read_bytes()
        assert_same_decode(data)
        assert_same_tables(data, monkeypatch)


def test_sample_data_gives_the_same_tables(
    repo_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = sorted((repo_root / "sample_data").glob("*.tle"))
    assert paths
    for path in paths:
        assert_same_tables(path.read_bytes(), monkeypatch)


@pytest.mark.skipif(sys.platform != "linux", reason="mprotect guard page: Linux only")
def test_the_kernel_never_reads_past_the_text() -> None:
    """Texts ending right before an unreadable page: a read past the end would crash."""
    compiled = _compiled()
    page = mmap.PAGESIZE
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    area = mmap.mmap(-1, 2 * page)
    anchor = ctypes.c_char.from_buffer(area)
    address = ctypes.addressof(anchor)
    del anchor
    assert libc.mprotect(address + page, page, 0) == 0  # PROT_NONE
    try:
        endings = [
            GOOD,
            GOOD[:-1],  # no newline at the end
            b"ISS\n" + ONE + b"\n" + TWO + b"    trailing text",
            b"ISS\n" + ONE + b"\n" + TWO[:40],
            b"ISS\n" + ONE + b"\n2 ",
            b"1 \n2 ",
        ]
        for text in endings:
            area[page - len(text) : page] = text
            buf = np.frombuffer(area, dtype=np.uint8, count=len(text), offset=page - len(text))
            lines = split_lines(buf)
            split = compiled.split_lines(buf)  # (the kernel's own split reads only the text)
            assert split.starts.tolist() == lines.starts.tolist()
            assert split.lengths.tolist() == lines.lengths.tolist()
            assert compiled.pair_lines(lines).line1.tolist() == pair_lines(lines).line1.tolist()
            line1 = pair_lines(lines).line1
            out = {n: np.zeros(len(line1), d) for n, d in tle_decode.OUTPUT.items()}
            out["ok"] = np.zeros(len(line1), bool)
            out["lenient"] = np.zeros(len(line1), bool)
            compiled.decode(lines, line1, out, 0, len(line1))
            # and line indices outside the lines: rejected sets, no read
            past = np.array([len(lines) - 1, len(lines), -5, 10**12], dtype=np.int64)
            flags = {n: np.ones(len(past), d) for n, d in tle_decode.OUTPUT.items()}
            flags["ok"] = np.ones(len(past), bool)
            flags["lenient"] = np.ones(len(past), bool)
            assert compiled.decode(lines, past, flags, 0, len(past)) == 0
            assert not flags["ok"].any()
    finally:  # (the area is unmapped when the arrays viewing it are gone)
        libc.mprotect(address + page, page, mmap.PROT_READ | mmap.PROT_WRITE)


@settings(max_examples=300, deadline=None)
@given(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=40),
    st.lists(st.integers(-(2**63), 2**63 - 1), max_size=50),
)
@example("x.tle", [1, 9, 10, 99, 100, 0, -1, -10, 2**63 - 1, -(2**63)])
@example("", [])
def test_the_kernel_writes_the_records_arrow_writes(source: str, numbers: list[int]) -> None:
    """``source:line`` strings: the same values and the same Arrow type as Arrow's cast + join."""
    compiled = _compiled()
    line_numbers = np.array(numbers, dtype=np.int64)
    got = tle_strings.records(source, line_numbers, compiled)
    expected = tle_strings.records(source, line_numbers)
    got_arrow, expected_arrow = pa.array(got), pa.array(expected)
    assert got_arrow.type == expected_arrow.type == pa.large_string()
    assert got_arrow.equals(expected_arrow)
    assert got.dtype == expected.dtype
    assert got.tolist() == [f"{source}:{k}" for k in numbers]


def test_the_kernel_refuses_record_offsets_that_would_write_outside() -> None:
    """Offsets past the end, or not the records' lengths: -1, and no byte outside is written."""
    compiled = _compiled()
    library = compiled.library
    numbers = np.array([7, 12345], dtype=np.int64)
    offsets = np.empty(3, dtype=np.int64)
    total = library.tle_record_offsets(3, numbers.ctypes.data, 2, offsets.ctypes.data)
    assert total == 5 + 9
    assert offsets.tolist() == [0, 5, 14]
    guarded = np.full(total + 8, 0xAA, dtype=np.uint8)
    data = guarded[:total]
    for bad in ([0, 5, 15], [0, 4, 13], [-1, 4, 13]):
        wrong = np.array(bad, dtype=np.int64)
        done = library.tle_record_text(
            b"abc", 3, numbers.ctypes.data, 2, wrong.ctypes.data, data.ctypes.data, total
        )
        assert done == -1
        assert (guarded[total:] == 0xAA).all()
    assert (
        library.tle_record_text(
            b"abc", 3, numbers.ctypes.data, 2, offsets.ctypes.data, data.ctypes.data, total
        )
        == 0
    )
    assert data.tobytes() == b"abc:7abc:12345"
    assert (guarded[total:] == 0xAA).all()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([b"\n", b"\r", b"\r\n", b"a", b"1 ", b" ", b"\x00"]), max_size=60))
@example([])
@example([b"\r"])
@example([b"a", b"\r"])
@example([b"\n", b"\n"])
def test_the_kernel_splits_lines_as_numpy_does(pieces: list[bytes]) -> None:
    """LF and CRLF ends, lone CRs, empty lines, a last line with or without LF: the same lines."""
    compiled = _compiled()
    buf = np.frombuffer(b"".join(pieces), dtype=np.uint8)
    expected = split_lines(buf)
    # in one pass (room enough), and counted first when the room guessed is too small
    for room in (None, len(expected), max(0, len(expected) - 1), 0):
        got = compiled.split_lines(buf, room)
        assert got.starts.tolist() == expected.starts.tolist()
        assert got.lengths.tolist() == expected.lengths.tolist()
        assert got.buf is buf


def test_the_kernel_splits_blank_lines_past_its_first_guess_of_room() -> None:
    """More lines than one per ``BYTES_PER_LINE`` bytes: counted, then split, all of them."""
    text = b"\n" * 1000 + b"1 x\r\n" + b"\r\n" * 500 + b"end"
    buf = np.frombuffer(text, dtype=np.uint8)
    assert len(text) // tle_kernel.BYTES_PER_LINE + 16 < 1502
    got, expected = _compiled().split_lines(buf), split_lines(buf)
    assert len(got) == 1502
    assert got.starts.tobytes() == expected.starts.tobytes()
    assert got.lengths.tobytes() == expected.lengths.tobytes()


def test_the_kernel_splits_a_large_text_as_numpy_does_on_threads() -> None:
    sets = [("SAT", replace(ISS, norad=k)) for k in range(20_000)]
    text = tle_file(sets).replace(b"\n", b"\r\n", 7_000) + b"trailing\r"
    buf = np.frombuffer(text, dtype=np.uint8)
    got, expected = _compiled().split_lines(buf), split_lines(buf, workers=4)
    assert len(got) == 60_001
    assert got.starts.tobytes() == expected.starts.tobytes()
    assert got.lengths.tobytes() == expected.lengths.tobytes()


def test_the_kernel_refuses_to_write_more_lines_than_it_was_given_room_for() -> None:
    compiled = _compiled()
    buf = np.frombuffer(b"a\nb\nc", dtype=np.uint8)
    guarded = np.full(4, -7, dtype=np.int64)
    lengths = np.zeros(4, dtype=np.int64)
    n = compiled.library.tle_split_lines(
        buf.ctypes.data, 5, guarded.ctypes.data, lengths.ctypes.data, 2
    )
    assert n == -1
    assert guarded[2:].tolist() == [-7, -7]
    assert compiled.library.tle_count_newlines(buf.ctypes.data, 5) == 2


#: Lines that pair_lines tells apart: line 1s and 2s (also too short, or indented), names,
#: comments, blank and empty lines.
_LINE_KINDS = [b"1 ", b"1 25544U", b"2 ", b"2 25544", b"1", b"2", b" 1 ", b"ISS", b"0 ISS", b"#x"]
_LINE_KINDS += [b"#", b"", b"  ", b"\t", b"1\t", b"x"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_LINE_KINDS), max_size=40),
    st.sampled_from([b"\n", b"\r\n"]),
    st.booleans(),
)
@example([b"1 ", b"2 "], b"\n", False)
@example([b"ISS", b"1 ", b"2 ", b"2 ", b"1 ", b"1 ", b"2 "], b"\n", True)
@example([b"1"], b"\n", False)
def test_the_kernel_pairs_lines_as_numpy_does(
    lines: list[bytes], end: bytes, last_end: bool
) -> None:
    """Sets, names, orphans, comments and stray text: the same line indices as numpy's."""
    compiled = _compiled()
    text = end.join(lines) + (end if last_end else b"")
    found = split_lines(np.frombuffer(text, dtype=np.uint8))
    got, expected = compiled.pair_lines(found), pair_lines(found)
    for name in ("line1", "name", "orphan1", "orphan2", "stray", "comment"):
        assert getattr(got, name).tolist() == getattr(expected, name).tolist(), name
        assert getattr(got, name).dtype == np.int64


def _strings_with_buffers(texts: list[str]) -> tuple[np.ndarray, np.ndarray, pa.Array]:
    """Return writable offsets and bytes, and the ``large_string`` array made of them."""
    encoded = [t.encode("utf-8") for t in texts]
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum([len(e) for e in encoded], out=offsets[1:])
    data = np.frombuffer(b"".join(encoded) + b"\x00", dtype=np.uint8).copy()[:-1]
    array = pa.Array.from_buffers(
        pa.large_string(), len(texts), [None, pa.py_buffer(offsets), pa.py_buffer(data)]
    )
    return offsets, data, array


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(max_size=6), max_size=30),
    st.data(),
)
@example([], None)
@example(["a", "", "bc"], None)
def test_the_kernel_keeps_strings_in_place_as_a_take_keeps_them(
    texts: list[str], data: st.DataObject | None
) -> None:
    """Any strings (empty, multi-byte), any increasing rows kept: what Arrow's take gives."""
    offsets, chars, array = _strings_with_buffers(texts)
    if data is None:
        kept = np.arange(0, len(texts), 2, dtype=np.int64)
    else:
        flags = data.draw(st.lists(st.booleans(), min_size=len(texts), max_size=len(texts)))
        kept = np.flatnonzero(np.array(flags, dtype=bool)).astype(np.int64)
    expected = array.take(pa.array(kept))
    end = _compiled().keep_strings(
        offsets.ctypes.data, len(texts), chars.ctypes.data, len(chars), kept
    )
    assert end == offsets[len(kept)]
    got = pa.Array.from_buffers(
        pa.large_string(),
        len(kept),
        [None, pa.py_buffer(offsets[: len(kept) + 1]), pa.py_buffer(chars[:end])],
    )
    assert got.to_pylist() == expected.to_pylist() == [texts[k] for k in kept]


def test_the_kernel_refuses_rows_or_offsets_it_cannot_keep_and_writes_nothing() -> None:
    """Rows not increasing or out of range, offsets past the data or decreasing: -1, untouched."""
    compiled = _compiled()
    for kept, offsets_given, data_len in (
        ([1, 0], [0, 1, 3, 4], 4),  # not increasing
        ([0, 0], [0, 1, 3, 4], 4),  # repeated
        ([0, 3], [0, 1, 3, 4], 4),  # row 3 of 3
        ([-1], [0, 1, 3, 4], 4),  # negative
        ([2], [0, 1, 3, 9], 4),  # an end past the data
        ([1], [0, 3, 1, 4], 4),  # decreasing offsets
        ([0, 1, 2, 3], [0, 1, 3, 4], 4),  # more rows kept than there are
    ):
        offsets = np.array(offsets_given, dtype=np.int64)
        guarded = np.frombuffer(b"abcd" + b"\xaa" * 8, dtype=np.uint8).copy()
        before = (offsets.copy(), guarded.copy())
        end = compiled.keep_strings(
            offsets.ctypes.data, 3, guarded.ctypes.data, data_len, np.array(kept)
        )
        assert end == -1, kept
        assert offsets.tolist() == before[0].tolist()
        assert guarded.tobytes() == before[1].tobytes()


@pytest.mark.skipif(sys.platform != "linux", reason="mprotect guard page: Linux only")
def test_the_kernel_keeps_strings_without_touching_past_their_buffers() -> None:
    """The bytes end just before a page the process may not touch: kept, no fault."""
    page = mmap.PAGESIZE
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    area = mmap.mmap(-1, 2 * page)
    buffer = np.frombuffer(area, dtype=np.uint8)
    address = buffer.ctypes.data
    texts = ["x" * 10 + str(k) for k in range(300)]
    encoded = "".join(texts).encode()
    chars = buffer[page - len(encoded) : page]
    chars[:] = np.frombuffer(encoded, dtype=np.uint8)
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum([len(t) for t in texts], out=offsets[1:])
    kept = np.arange(1, len(texts), 3, dtype=np.int64)
    assert libc.mprotect(address + page, page, 0) == 0  # PROT_NONE
    try:
        end = _compiled().keep_strings(
            offsets.ctypes.data, len(texts), chars.ctypes.data, len(chars), kept
        )
    finally:
        libc.mprotect(address + page, page, mmap.PROT_READ | mmap.PROT_WRITE)
    got = [chars[offsets[j] : offsets[j + 1]].tobytes().decode() for j in range(len(kept))]
    assert got == [texts[k] for k in kept]
    assert end == offsets[len(kept)]
    del chars, buffer
    area.close()
