"""load_sources parses files in threads: same result as one by one, in order, cancellable."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core import dataset
from ssaviewer.core.dataset import LoadCancelled, load_sources, summarise_objects
from ssaviewer.core.formats import registry
from ssaviewer.core.formats.read import Read
from ssaviewer.core.sources import Source, SourceError
from tests.core.tle_text import ISS, tle_file


def _sources() -> list[Source | SourceError]:
    """Twelve TLE files (objects overlap between files, so the merge must sort), a broken
    path and a file in no known format."""
    items: list[Source | SourceError] = []
    for k in range(12):
        sets = [
            (f"SAT {k % 5}", replace(ISS, norad=100 + (k * 7 + j) % 9, day=10 + j))
            for j in range(6)
        ]
        items.append(Source(f"f{k:02d}.tle", f"/data/f{k:02d}.tle", tle_file(sets)))
        if k == 4:
            items.append(SourceError("/data/missing.tle", "no such file or folder"))
        if k == 7:
            items.append(Source("notes.txt", "/data/notes.txt", b"hello\n", from_folder=True))
    return items


def _assert_same(left: dataset.Dataset, right: dataset.Dataset) -> None:
    pd.testing.assert_frame_equal(left.elements, right.elements, check_exact=True)
    pd.testing.assert_frame_equal(left.objects, right.objects, check_exact=True)
    pd.testing.assert_frame_equal(left.report.files, right.report.files)
    pd.testing.assert_frame_equal(left.report.rejected, right.report.rejected)


def test_threads_give_what_one_by_one_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dataset, "READ_WORKERS", 1)
    alone = load_sources(_sources())
    monkeypatch.setattr(dataset, "READ_WORKERS", 3)
    threaded = load_sources(_sources())
    _assert_same(threaded, alone)
    files = threaded.report.files
    expected = [f"f{k:02d}.tle" for k in range(12)]
    expected.insert(5, "/data/missing.tle")
    expected.insert(9, "notes.txt")
    assert files["file"].tolist() == expected
    assert files.set_index("file").loc["notes.txt", "status"] == "skipped"
    assert threaded.report.rejected["file"].tolist() == ["/data/missing.tle"]


def test_progress_is_reported_in_file_order_from_the_calling_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dataset, "READ_WORKERS", 2)
    seen: list[tuple[float, str, threading.Thread]] = []
    load_sources(_sources(), progress=lambda f, m: seen.append((f, m, threading.current_thread())))
    messages = [m for _, m, _ in seen]
    names = [f"reading f{k:02d}.tle" for k in range(12)]
    names.insert(8, "reading notes.txt")
    assert messages == [*names, "merging", "done"]
    assert {t for _, _, t in seen} == {threading.current_thread()}
    fractions = [f for f, _, _ in seen]
    assert fractions == sorted(fractions)


def test_should_stop_cancels_and_reads_no_further_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dataset, "READ_WORKERS", 2)
    handed_out: list[str] = []

    def sources() -> Iterator[Source | SourceError]:
        for item in _sources():
            handed_out.append(item.name if isinstance(item, Source) else item.path)
            yield item

    with pytest.raises(LoadCancelled):
        load_sources(sources(), should_stop=lambda: len(handed_out) >= 3)
    assert len(handed_out) == 3


def test_a_reader_exception_propagates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dataset, "READ_WORKERS", 2)

    def broken(data: bytes, name: str) -> Read:
        raise RuntimeError(f"reader bug in {name}")

    spec = registry.sniff(tle_file([("", ISS)]))
    assert spec is not None
    monkeypatch.setattr(dataset, "sniff", lambda data: replace(spec, read=broken))
    with pytest.raises(RuntimeError, match=r"reader bug in f00\.tle"):
        load_sources(_sources())


def test_object_summary_from_run_boundaries_equals_groupby() -> None:
    merged = load_sources(_sources()).elements
    fast = dataset._per_object(merged)
    pd.testing.assert_frame_equal(fast, dataset._per_object_grouped(merged), check_exact=True)
    assert fast["n_element_sets"].sum() == len(merged)
    last_names = merged.groupby("norad_id").tail(1)["object_name"].tolist()
    assert fast["object_name"].tolist() == last_names
    # a table not sorted by object and epoch takes the groupby path, with the same meaning
    shuffled = merged.sample(frac=1.0, random_state=np.random.default_rng(0))
    pd.testing.assert_frame_equal(
        dataset._per_object(shuffled), dataset._per_object_grouped(shuffled), check_exact=True
    )
    assert len(summarise_objects(merged, [])) == merged["norad_id"].nunique()


def test_the_program_asks_numpy_for_ordinary_pages_through_its_public_switch() -> None:
    code = "import ssaviewer.__main__, os; print(os.environ['NUMPY_MADVISE_HUGEPAGE'])"
    env = {k: v for k, v in os.environ.items() if k != "NUMPY_MADVISE_HUGEPAGE"}
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert run.stdout.strip() == "0"
    # a user's own choice wins
    env["NUMPY_MADVISE_HUGEPAGE"] = "1"
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert run.stdout.strip() == "1"


def test_no_private_numpy_switch_is_reached() -> None:
    root = Path(dataset.__file__).resolve().parents[1]
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "_set_madvise_hugepage" not in text, path
        assert "numpy._core" not in text, path
