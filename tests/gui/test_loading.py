"""A file that makes a reader raise costs only itself; the others in the same load still load."""

from __future__ import annotations

from pathlib import Path

from ssaviewer.gui.loading import load_robustly


def test_a_file_that_breaks_the_reader_costs_only_itself(scenario: Path, tmp_path: Path) -> None:
    broken = tmp_path / "truncated.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00" + b"\x00" * 20)
    dataset = load_robustly([str(scenario), str(broken)])
    assert len(dataset.elements) == 20
    files = dataset.report.files.set_index("file")
    assert files.loc["scenario.tle", "status"] == "loaded"
    assert files.loc["truncated.gz", "status"] == "error"
    assert "could not be read" in str(files.loc["truncated.gz", "message"])
    rejected = dataset.report.rejected
    assert list(rejected["file"]) == ["truncated.gz"]
    assert list(rejected["line"]) == [0]
