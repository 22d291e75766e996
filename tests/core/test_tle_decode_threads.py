"""A large TLE file is decoded by several threads, to the same tables as by one."""

from __future__ import annotations

import threading
from dataclasses import replace

import pandas as pd
import pytest

from ssaviewer.core.formats import tle_decode, tle_fields, tle_kernel, tle_strings
from ssaviewer.core.formats.tle import read_tle
from ssaviewer.core.formats.tle_lines import Lines
from ssaviewer.core.formats.tle_template import Ints
from tests.core.tle_text import ISS, tle_file

LATER = replace(ISS, day=265, norad=5)


def _text(copies: int) -> bytes:
    good = tle_file([("ISS", ISS), ("", LATER)])
    bad = good.replace(b"51.6416", b"51.6A16", 1)  # a letter in the inclination: rejected
    lenient = good.replace(b" 00000+0 ", b"     0+0 ", 1)  # blanks in a mantissa: a warning
    return (good + bad + lenient) * copies


@pytest.mark.parametrize("decoder", ["numpy", "kernel"])
def test_threads_give_the_same_tables(monkeypatch: pytest.MonkeyPatch, decoder: str) -> None:
    data = _text(6_000)  # 36,000 sets: several chunks per thread, bad sets in each
    if decoder == "numpy":
        monkeypatch.setattr(tle_decode, "_kernel", lambda: (None, "numpy (test)"))
    elif tle_decode._kernel()[0] is None:
        pytest.skip(f"the compiled TLE kernel is not in use: {tle_decode.decoder()}")
    monkeypatch.setattr(tle_decode, "KERNEL_CHUNK", 4096)
    monkeypatch.setattr(tle_decode, "WORKERS", 1)
    one = read_tle(data, "big.tle")
    monkeypatch.setattr(tle_decode, "WORKERS", 3)
    monkeypatch.setattr(tle_decode, "SETS_PER_THREAD", 2 * tle_decode.CHUNK)
    threads: set[str] = set()
    original = tle_decode._decode_chunk

    def noted(
        lines: Lines, line1: Ints, scratch: tle_fields.Scratch | None = None
    ) -> tle_decode.Decoded:
        threads.add(threading.current_thread().name)
        return original(lines, line1, scratch)

    monkeypatch.setattr(tle_decode, "_decode_chunk", noted)
    original_kernel = tle_kernel.Kernel.decode

    def noted_kernel(self: tle_kernel.Kernel, *args: object) -> int:
        threads.add(threading.current_thread().name)
        return original_kernel(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(tle_kernel.Kernel, "decode", noted_kernel)
    original_records = tle_strings.records

    def noted_records(
        source: str, numbers: Ints, kernel: tle_kernel.Kernel | None = None
    ) -> pd.arrays.ArrowStringArray:
        threads.add(threading.current_thread().name)
        return original_records(source, numbers, kernel)

    monkeypatch.setattr(tle_strings, "records", noted_records)
    several = read_tle(data, "big.tle")
    assert len({t for t in threads if t.startswith("ssaviewer-decode")}) > 1
    assert any(t.startswith("ssaviewer-beside") for t in threads)  # records beside the decode
    assert len(one.rejected) == 6_000
    assert len(one.warnings) == 6_000
    assert len(one.elements) == 30_000
    for a, b in zip(one, several, strict=True):
        pd.testing.assert_frame_equal(a, b, check_exact=True)
