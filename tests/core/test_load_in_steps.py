"""A load in steps: the data so far after each step, and in the end what a whole load gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from ssaviewer.core.dataset import Dataset, LoadCancelled
from ssaviewer.core.formats.tle_write import format_tle
from ssaviewer.core.loading import load_in_steps, load_robustly
from ssaviewer.core.simulate.large import FIRST_NORAD_ID, large_history

OBJECTS_PER_FILE = 4


def write_files(folder: Path, n_files: int) -> list[Path]:
    """``n_files`` TLE files of 4 objects × 6 sets, object ids ascending across the files."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(n_files):
        first = FIRST_NORAD_ID + k * OBJECTS_PER_FILE
        table = large_history(OBJECTS_PER_FILE, 3, seed=k, sets_per_day=2, first_norad_id=first)
        path = folder / f"part_{k:02d}.tle"
        path.write_text(format_tle(table), encoding="ascii")
        paths.append(path)
    return paths


def assert_same_load(got: Dataset, expected: Dataset) -> None:
    pd.testing.assert_frame_equal(got.elements, expected.elements)
    pd.testing.assert_frame_equal(got.objects, expected.objects)
    pd.testing.assert_frame_equal(got.report.files, expected.report.files)
    pd.testing.assert_frame_equal(got.report.rejected, expected.report.rejected)


def test_each_step_shows_more_and_the_end_equals_a_whole_load(tmp_path: Path) -> None:
    write_files(tmp_path, 8)
    steps: list[Dataset] = []
    result = load_in_steps([str(tmp_path)], steps.append, first_step_bytes=1)
    assert_same_load(result, load_robustly([str(tmp_path)]))
    # Steps of 1, 4 and 3 files (each at least STEP_GROWTH = 4 times all before it, until
    # the files run out): two shown before the end.
    assert [len(s.objects) for s in steps] == [4, 20]
    assert [len(s.elements) for s in steps] == [24, 120]
    for step in steps:  # each a finished load of the first files: sorted, derived, complete
        first_files = sorted(set(step.elements["norad_id"]))
        assert first_files == list(range(FIRST_NORAD_ID, FIRST_NORAD_ID + len(first_files)))
        expected = result.elements.loc[result.elements["norad_id"].isin(first_files)]
        pd.testing.assert_frame_equal(step.elements, expected, check_categorical=False)


def test_a_load_that_fits_in_one_step_shows_nothing_before_the_end(tmp_path: Path) -> None:
    write_files(tmp_path, 3)
    steps: list[Dataset] = []
    result = load_in_steps([str(tmp_path)], steps.append)  # the default first step: 48 MB
    assert steps == []
    assert_same_load(result, load_robustly([str(tmp_path)]))


def test_same_file_names_in_two_steps_both_stay_in_the_report(tmp_path: Path) -> None:
    write_files(tmp_path / "a", 1)
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "part_00.tle").write_text(
        format_tle(large_history(2, 2, seed=9, first_norad_id=FIRST_NORAD_ID + 100)),
        encoding="ascii",
    )
    paths = [str(tmp_path / "a"), str(tmp_path / "b")]
    result = load_in_steps(paths, lambda _: None, first_step_bytes=1)
    assert list(result.report.files["file"]) == ["part_00.tle", "part_00.tle"]
    assert_same_load(result, load_robustly(paths))


def test_a_file_in_no_known_format_is_listed_and_the_rest_loads(tmp_path: Path) -> None:
    write_files(tmp_path, 2)
    (tmp_path / "part_00_notes.tle").write_text("1 not an element set\n2 at all\n")
    steps: list[Dataset] = []
    result = load_in_steps([str(tmp_path)], steps.append, first_step_bytes=1)
    assert len(result.objects) == 2 * OBJECTS_PER_FILE
    files = result.report.files.set_index("file")["status"]
    assert files["part_00_notes.tle"] == "skipped"
    assert_same_load(result, load_robustly([str(tmp_path)]))


def test_should_stop_cancels_between_files(tmp_path: Path) -> None:
    write_files(tmp_path, 4)
    steps: list[Dataset] = []
    with pytest.raises(LoadCancelled):
        load_in_steps(
            [str(tmp_path)], steps.append, should_stop=lambda: bool(steps), first_step_bytes=1
        )
    assert len(steps) == 1  # it stopped at the first check after the first step was shown


def test_large_history_parts_have_distinct_ids_and_two_sets_a_day() -> None:
    first = large_history(3, 4, seed=0, sets_per_day=2)
    second = large_history(3, 4, seed=1, sets_per_day=2, first_norad_id=FIRST_NORAD_ID + 3)
    assert len(first) == 3 * 4 * 2
    assert not set(first["norad_id"]) & set(second["norad_id"])
    assert set(first["object_id"]).isdisjoint(set(second["object_id"]))
    days = first.groupby("norad_id")["epoch_utc"].agg(lambda e: (e.max() - e.min()).days)
    assert (days <= 4).all()


def test_every_simulated_object_of_a_thousand_loads() -> None:
    """Launch numbers stay three digits (object 999 of each thousand was rejected before)."""
    from ssaviewer.core.dataset import load_sources
    from ssaviewer.core.sources import Source

    table = large_history(1001, 1, seed=3)
    text = format_tle(table).encode("ascii")
    loaded = load_sources([Source("large.tle", "large.tle", text)])
    assert loaded.report.rejected.empty
    assert len(loaded.objects) == 1001
    assert loaded.objects["object_id"].is_unique


def test_a_reader_that_raises_costs_only_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ssaviewer.core.loading as loading

    write_files(tmp_path, 4)
    real = loading.load_sources  # type: ignore[attr-defined]

    def breaks_on_part_02(sources: Any, **kwargs: Any) -> Dataset:
        sources = list(sources)
        if any(s.name == "part_02.tle" for s in sources):
            raise RuntimeError("a reader bug")
        return real(sources, **kwargs)

    monkeypatch.setattr(loading, "load_sources", breaks_on_part_02)
    result = load_in_steps([str(tmp_path)], lambda _: None, first_step_bytes=1)
    files = result.report.files.set_index("file")
    assert files.loc["part_02.tle", "status"] == "error"
    assert "a reader bug" in str(files.loc["part_02.tle", "message"])
    assert len(result.objects) == 3 * OBJECTS_PER_FILE
    assert list(result.report.files["file"]).count("part_03.tle") == 1
