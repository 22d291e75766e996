"""Merging loads keeps the copies each load found (issue 10 defect 4)."""

from __future__ import annotations

from pathlib import Path

from ssaviewer.core.dataset import Dataset, LoadReport, load
from ssaviewer.core.loading import merged_dataset
from ssaviewer.core.schema import ELEMENT_COLUMNS, OBJECT_COLUMNS, empty_frame

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


def _with_copies(tmp_path: Path) -> Path:
    lines = (SAMPLE / "leo.tle").read_text(encoding="ascii").splitlines()[:30]
    path = tmp_path / "copies.tle"
    path.write_text("\n".join(lines + lines[:9]) + "\n", encoding="ascii")
    return path


def test_merging_into_nothing_changes_nothing(tmp_path: Path) -> None:
    loaded = load(_with_copies(tmp_path))
    assert loaded.elements["duplicate_records"].notna().sum() == 3
    empty = Dataset(empty_frame(ELEMENT_COLUMNS), empty_frame(OBJECT_COLUMNS), LoadReport())
    merged = merged_dataset(empty, loaded)
    assert list(merged.elements["duplicate_records"]) == list(loaded.elements["duplicate_records"])


def test_a_second_load_adds_its_copies_to_those_found_before(tmp_path: Path) -> None:
    loaded = load(_with_copies(tmp_path))
    again = merged_dataset(loaded, loaded)
    notes = again.elements["duplicate_records"].dropna()
    assert len(notes) == 10  # every set now has a copy; the three copied twice list both
    assert sum(len(n.split("; ")) for n in notes) == 3 + 10
