"""The fast paths of ``load()`` for small inputs give exactly what the paths they bypass give.

Each fast path (a file parsed on the calling thread, the object summary of a sorted table,
the report tables, the sniffers) is compared with the general code it short-cuts, on
generated inputs: same columns, dtypes, values and index.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssaviewer.core import dataset
from ssaviewer.core.dataset import FILE_COLUMNS, Dataset, load_sources, merge_elements
from ssaviewer.core.element_take import keep_rows_in_place, take_columns
from ssaviewer.core.formats import omm_kvn, registry, tle_strings
from ssaviewer.core.schema import (
    REJECTED_COLUMNS,
    WARNING_COLUMNS,
    empty_frame,
    rejected_frame,
    warnings_frame,
)
from ssaviewer.core.sources import Source, SourceError
from tests.core.tle_text import ISS, tle_file

#: Names a set may carry: none (a 2-line set), padded, plain.
NAMES = ("", "SAT A", "  SAT B  ", "SAT C")

#: One element set: (file number, name, NORAD id, day of year).
element_sets = st.lists(
    st.tuples(st.integers(0, 3), st.sampled_from(NAMES), st.integers(100, 105), st.integers(1, 9)),
    min_size=1,
    max_size=30,
)


def _sources(sets: list[tuple[int, str, int, int]]) -> list[Source | SourceError]:
    files: dict[int, list[tuple[str, object]]] = {}
    for file, name, norad, day in sets:
        files.setdefault(file, []).append((name, replace(ISS, norad=norad, day=day)))
    return [
        Source(f"f{k}.tle", f"/data/f{k}.tle", tle_file(files[k]))  # type: ignore[arg-type]
        for k in sorted(files)
    ]


def _assert_same(a: Dataset, b: Dataset) -> None:
    for got, expected in (
        (a.elements, b.elements),
        (a.objects, b.objects),
        (a.report.files, b.report.files),
        (a.report.rejected, b.report.rejected),
        (a.report.warnings, b.report.warnings),
    ):
        pd.testing.assert_frame_equal(got, expected, check_exact=True)
        assert [type(got[c].array) for c in got] == [type(expected[c].array) for c in expected]


@settings(max_examples=40, deadline=None)
@given(element_sets)
def test_a_sorted_table_is_summarised_as_the_general_path_does(
    sets: list[tuple[int, str, int, int]],
) -> None:
    elements = load_sources(_sources(sets)).elements
    fast = dataset._summary_of_sorted(elements)
    assert fast is not None  # (load's tables are sorted, with categorical names and sources)
    pd.testing.assert_frame_equal(fast, dataset._summary_of_elements(elements), check_exact=True)
    assert fast["object_type"].cat.categories.equals(
        dataset._summary_of_elements(elements)["object_type"].cat.categories
    )


def test_file_names_and_norad_names_as_the_general_path_gives() -> None:
    # 101 alone in its file (named after it), 102 in two files, 103 shares a file with 104
    sets = [(0, "", 101, 1), (1, "", 102, 1), (2, "", 102, 2), (3, "", 103, 1), (3, "", 104, 2)]
    elements = load_sources(_sources(sets)).elements
    fast = dataset._summary_of_sorted(elements)
    assert fast is not None
    pd.testing.assert_frame_equal(fast, dataset._summary_of_elements(elements), check_exact=True)
    assert fast["object_name"].tolist() == ["f0", "NORAD 102", "NORAD 103", "NORAD 104"]
    assert fast["name_source"].tolist() == ["file name", "NORAD id", "NORAD id", "NORAD id"]


def test_an_unsorted_table_takes_the_general_path() -> None:
    elements = load_sources(_sources([(0, "SAT A", 101, 1), (0, "SAT C", 102, 2)])).elements
    assert dataset._summary_of_sorted(elements.iloc[::-1].reset_index(drop=True)) is None


@settings(max_examples=25, deadline=None)
@given(element_sets)
def test_files_parsed_on_the_calling_thread_equal_files_parsed_by_the_pool(
    sets: list[tuple[int, str, int, int]],
) -> None:
    sources = [*_sources(sets), Source("notes.txt", "/data/notes.txt", b"hello\n")]
    inline = load_sources(list(sources))
    original = dataset.INLINE_BYTES
    dataset.INLINE_BYTES = 0  # every file to the pool
    try:
        pooled = load_sources(list(sources))
    finally:
        dataset.INLINE_BYTES = original
    _assert_same(inline, pooled)


def test_a_small_last_file_is_parsed_without_a_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_threads(*args: object, **kwargs: object) -> None:
        raise AssertionError("a thread pool was started")

    monkeypatch.setattr(dataset, "ThreadPoolExecutor", no_threads)
    loaded = load_sources(_sources([(0, "SAT A", 101, 1)]))
    assert len(loaded.elements) == 1
    with pytest.raises(AssertionError, match="thread pool"):  # two files: the first one is
        load_sources(_sources([(0, "SAT A", 101, 1), (1, "SAT A", 101, 2)]))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(1, 99), max_size=5), st.booleans())
def test_record_tables_equal_the_general_construction(lines: list[int], warn: bool) -> None:
    n = len(lines)
    texts = [f"reason {k}" for k in range(n)]
    got = (
        warnings_frame("f.tle", lines, ["bstar"] * n, ["x"] * n, texts)
        if warn
        else rejected_frame("f.tle", lines, texts, value=["x"] * n, field=["bstar"] * n)
    )
    expected = pd.DataFrame(
        {
            "file": pd.array(["f.tle"] * n, dtype="string"),
            "line": np.asarray(lines, dtype=np.int64),
            "location": pd.array([f"line {k}" for k in lines], dtype="string"),
            "field": pd.array(["bstar"] * n, dtype="string"),
            "value": pd.array(["x"] * n, dtype="string"),
            "assumed" if warn else "reason": pd.array(texts, dtype="string"),
        }
    )
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    pd.testing.assert_frame_equal(
        got.iloc[:0], empty_frame(WARNING_COLUMNS if warn else REJECTED_COLUMNS)
    )


def test_the_files_table_equals_the_general_construction() -> None:
    rows = [
        dataset._file_row("a.tle", "/d/a.tle", "tle", "loaded", 3, 1, ""),
        dataset._file_row("b", "/d/b", "", "error", 0, 1, "not in a known format"),
    ]
    for some in (rows, rows[:1], []):
        expected = pd.DataFrame(some, columns=list(FILE_COLUMNS)).astype(FILE_COLUMNS)
        pd.testing.assert_frame_equal(dataset._files_frame(some), expected, check_exact=True)


def _looks_like_tle_before(head: bytes) -> bool:
    """The TLE sniffer as it was: every line of the head stripped, then pairs compared."""
    lines = [line.strip() for line in head.replace(b"\r", b"").split(b"\n")]
    lines = [line for line in lines if not line.startswith(b"#")]
    return any(
        a.startswith(b"1 ") and b.startswith(b"2 ") and len(a) >= 60
        for a, b in itertools.pairwise(lines)
    )


LINE_1 = ISS.lines()[0]
LINE_2 = ISS.lines()[1]
pieces = st.sampled_from(
    [LINE_1, LINE_2, LINE_1[:50], "  " + LINE_1, "# note", "", "   ", "ISS", "2 x", "1 y"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, max_size=8), st.sampled_from(["\n", "\r\n", "\r"]))
def test_the_tle_sniffer_gives_what_it_gave(lines: list[str], newline: str) -> None:
    head = newline.join(lines).encode("ascii")
    assert registry._looks_like_tle(head) == _looks_like_tle_before(head)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["CCSDS_OMM_VERS = 2.0", "  CCSDS_OMM_VERS=3", "X CCSDS_OMM_VERS = 2", "", "A = 1"]
        ),
        max_size=5,
    )
)
def test_the_kvn_sniffer_gives_what_the_reader_module_gives(lines: list[str]) -> None:
    head = "\n".join(lines).encode("ascii")
    assert registry._looks_like_omm_kvn(head) == omm_kvn.looks_like_omm_kvn(head)
    assert omm_kvn.looks_like_omm_kvn(head) == bool(
        re.search(rb"^[ \t]*CCSDS_OMM_VERS[ \t]*=", head, re.MULTILINE)
    )


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 200), st.data())
def test_rows_kept_in_place_equal_a_take(n: int, data: st.DataObject) -> None:
    keep = data.draw(st.lists(st.booleans(), min_size=n, max_size=n))
    kept = np.flatnonzero(keep).astype(np.int64)
    rng = np.random.default_rng(n)
    frame = pd.DataFrame(
        {
            "x": rng.random(n),
            "k": pd.Categorical(rng.choice(["a", "b"], n)),
            "s": pd.array([f"r{k}" for k in range(n)], dtype="string"),
        }
    )
    expected = take_columns({str(k): v for k, v in frame.copy(deep=True).items()}, kept)
    got = keep_rows_in_place({str(k): v for k, v in frame.copy(deep=True).items()}, kept)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)


def test_a_merged_table_does_not_write_into_the_tables_it_was_merged_from() -> None:
    elements = load_sources(_sources([(0, "SAT A", 101, 1), (0, "SAT A", 101, 2)])).elements
    before = elements.copy(deep=True)
    merged = merge_elements([elements])  # sorted, no copies: its columns may share memory
    merged.loc[0, "bstar"] = 123.0
    merged.loc[0, "norad_id"] = 7
    pd.testing.assert_frame_equal(elements, before, check_exact=True)


@pytest.mark.parametrize("value", ["f.tle", "tle", "é.tle"])
def test_constant_and_classification_columns_equal_validated_categoricals(value: str) -> None:
    got = tle_strings.constant(value, 3)
    expected = pd.Categorical.from_codes([0, 0, 0], categories=pd.Index([value]))
    pd.testing.assert_extension_array_equal(got, expected)
    assert got.categories.dtype == expected.categories.dtype
    bytes_ = np.frombuffer(b"U CSx", dtype=np.uint8)
    got = tle_strings.classifications(bytes_)
    expected = pd.Categorical.from_codes([0, 0, 1, 2, 0], categories=pd.Index(["U", "C", "S"]))
    pd.testing.assert_extension_array_equal(got, expected)


def test_regimes_equal_a_validated_categorical() -> None:
    from ssaviewer.core.derive import _regimes
    from ssaviewer.core.schema import REGIMES

    codes = np.array([0, 5, 2, 1], dtype=np.int8)
    expected = pd.Categorical.from_codes(codes, categories=pd.Index(list(REGIMES)))
    got = _regimes(codes)
    pd.testing.assert_extension_array_equal(got, expected)
    assert got.codes.dtype == expected.codes.dtype


@settings(max_examples=100, deadline=None)
@given(st.lists(st.booleans(), max_size=40))
def test_rows_before_the_first_dropped_one_are_counted(keep: list[bool]) -> None:
    from ssaviewer.core.element_take import _in_place

    kept = np.flatnonzero(keep).astype(np.int64)
    assert _in_place(kept) == next(
        (k for k, row in enumerate(kept.tolist()) if row != k), len(kept)
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 10)), min_size=1, max_size=8))
def test_columns_alone_in_their_memory_are_those_numpy_finds(
    slices: list[tuple[int, int]],
) -> None:
    from ssaviewer.core.element_take import _unshared

    memory = np.zeros(50)
    columns = {f"c{k}": pd.Series(memory[a : a + n], copy=False) for k, (a, n) in enumerate(slices)}
    columns["own"] = pd.Series(np.ones(3))
    arrays = {name: series.to_numpy() for name, series in columns.items()}
    expected = {
        name
        for name, values in arrays.items()
        if not any(
            other != name and np.may_share_memory(values, theirs)
            for other, theirs in arrays.items()
        )
    }
    assert _unshared(columns) == expected
