"""Large uncompressed files are memory-mapped; loading them gives the same tables as bytes."""

from __future__ import annotations

import gzip
import mmap
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from ssaviewer.core import sources
from ssaviewer.core.dataset import load, load_sources
from ssaviewer.core.sources import Source, iter_sources
from tests.core.tle_text import ISS, tle_file

needs_map = pytest.mark.skipif(not sources._POPULATE, reason="no MAP_POPULATE on this platform")


def _big_tle() -> bytes:
    """About 1.3 MiB of TLEs (over the mapping threshold), with one corrupt line 2."""
    sets = [
        (f"SAT {k % 7}", replace(ISS, norad=1000 + k % 300, day=1 + k // 300)) for k in range(9000)
    ]
    data = bytearray(tle_file(sets))
    assert len(data) > sources._MAP_FROM_BYTES
    bad = data.index(b"\n2 ", 500_000) + 10
    data[bad] = ord("x")
    return bytes(data)


@needs_map
def test_a_large_plain_file_is_mapped_and_loads_as_its_bytes_do(tmp_path: Path) -> None:
    data = _big_tle()
    path = tmp_path / "big.tle"
    path.write_bytes(data)
    (item,) = iter_sources([path])
    assert isinstance(item, Source)
    assert isinstance(item.data, mmap.mmap)
    assert item.data[:] == data
    mapped = load(path)
    read = load_sources([Source("big.tle", str(path), data)])
    assert len(mapped.elements) == 8999
    assert mapped.report.n_rejected == 1
    pd.testing.assert_frame_equal(mapped.elements, read.elements, check_exact=True)
    pd.testing.assert_frame_equal(mapped.objects, read.objects, check_exact=True)
    pd.testing.assert_frame_equal(mapped.report.rejected, read.report.rejected)


@needs_map
def test_a_large_compressed_file_is_still_decompressed(tmp_path: Path) -> None:
    data = _big_tle()
    packed = gzip.compress(data, compresslevel=1)
    path = tmp_path / "big.tle.gz"
    path.write_bytes(packed + b"\0" * sources._MAP_FROM_BYTES)  # pad: large enough to map
    items = list(iter_sources([path]))
    assert [type(i) for i in items] == [Source]
    assert isinstance(items[0], Source)
    assert items[0].name == "big.tle"
    assert items[0].data == data


def test_a_small_file_is_read_as_bytes(tmp_path: Path) -> None:
    path = tmp_path / "small.tle"
    path.write_bytes(b"1 2 3\n")
    (item,) = iter_sources([path])
    assert isinstance(item, Source)
    assert item.data == b"1 2 3\n"
    assert isinstance(item.data, bytes)
