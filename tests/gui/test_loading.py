"""A file that makes a reader raise costs only itself; the others in the same load still load."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ssaviewer.core import loading
from ssaviewer.core.dataset import Dataset
from ssaviewer.core.loading import load_robustly


def test_a_file_that_breaks_the_reader_costs_only_itself(
    scenario: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.tle"
    broken.write_text("anything\n")
    from ssaviewer.core.dataset import load as real_load

    def load_with_a_reader_bug(*paths: Any, **kwargs: Any) -> Dataset:
        if any(Path(p).name == "broken.tle" for p in paths):
            raise RuntimeError("reader bug")
        return real_load(*paths, **kwargs)

    monkeypatch.setattr(loading, "load", load_with_a_reader_bug)
    dataset = load_robustly([str(scenario), str(broken)])
    assert len(dataset.elements) == 20
    files = dataset.report.files.set_index("file")
    assert files.loc["scenario.tle", "status"] == "loaded"
    assert files.loc["broken.tle", "status"] == "error"
    assert files.loc["broken.tle", "message"] == "could not be read (RuntimeError: reader bug)"
    rejected = dataset.report.rejected
    assert list(rejected["file"]) == ["broken.tle"]
    assert list(rejected["line"]) == [0]


def test_a_corrupt_archive_is_reported_by_the_loader_itself(scenario: Path, tmp_path: Path) -> None:
    broken = tmp_path / "truncated.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00" + b"\x00" * 20)
    dataset = load_robustly([str(scenario), str(broken)])
    assert len(dataset.elements) == 20
    rejected = dataset.report.rejected
    assert len(rejected) == 1
    assert rejected["file"].iloc[0].endswith("truncated.gz")
    assert "corrupt or truncated compressed data" in rejected["reason"].iloc[0]
