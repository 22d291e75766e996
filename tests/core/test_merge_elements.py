"""merge_elements: sorting, exact duplicates, epoch conflicts, across files."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from ssaviewer.core.dataset import merge_elements
from ssaviewer.core.formats.tle import parse_tle
from ssaviewer.core.schema import ELEMENT_COLUMNS
from tests.core.tle_text import ISS, TleFields, tle_file

LATER = replace(ISS, day=265)
CHANGED = replace(ISS, inclination_e4=516500)  # same object and epoch, different elements


def _merge(*files: tuple[str, list[tuple[str, TleFields]]]) -> pd.DataFrame:
    frames = [parse_tle(tle_file(sets), name)[0] for name, sets in files]
    return merge_elements(frames)


def test_sorted_by_object_then_epoch_with_schema() -> None:
    other = replace(ISS, norad=5)
    merged = _merge(("a.tle", [("", LATER), ("", other), ("", ISS)]))
    assert list(merged.columns) == list(ELEMENT_COLUMNS)
    assert merged["norad_id"].tolist() == [5, 25544, 25544]
    assert merged["record"].tolist() == ["a.tle:3", "a.tle:5", "a.tle:1"]
    assert not merged["epoch_conflict"].any()
    assert merged["duplicate_records"].isna().all()


def test_exact_duplicates_across_files_collapse_into_the_first_read() -> None:
    merged = _merge(("a.tle", [("", ISS), ("", LATER)]), ("b.tle", [("", ISS)]))
    assert len(merged) == 2
    assert merged["record"].tolist() == ["a.tle:1", "a.tle:3"]
    assert merged["duplicate_records"].tolist()[0] == "b.tle:1"
    assert pd.isna(merged["duplicate_records"].tolist()[1])
    assert merged["source"].tolist() == ["a.tle", "a.tle"]
    assert {str(c): str(t) for c, t in merged.dtypes.items()} == {
        c: ("datetime64[ns, UTC]" if "datetime" in t else t) for c, t in ELEMENT_COLUMNS.items()
    }


def test_conflicting_sets_at_one_epoch_are_kept_and_flagged() -> None:
    # ISS, CHANGED, ISS again: the copy collapses even when not adjacent in the file
    merged = _merge(("a.tle", [("", ISS), ("", CHANGED), ("", ISS), ("", LATER)]))
    assert merged["record"].tolist() == ["a.tle:1", "a.tle:3", "a.tle:7"]
    assert merged["epoch_conflict"].tolist() == [True, True, False]
    assert merged["duplicate_records"].tolist()[0] == "a.tle:5"
    assert merged["inclination_deg"].tolist() == [51.6416, 51.65, 51.6416]


def test_propagatable_flag_and_derived_columns() -> None:
    merged = _merge(("a.tle", [("", replace(ISS, ephemeris_type=4)), ("", LATER)]))
    assert merged["sgp4_propagatable"].tolist() == [False, True]
    np.testing.assert_allclose(merged["period_min"], 1440.0 / merged["mean_motion_rev_per_day"])
    assert set(merged["regime"]) == {"LEO"}


def test_nothing_to_merge() -> None:
    merged = merge_elements([])
    assert len(merged) == 0
    assert list(merged.columns) == list(ELEMENT_COLUMNS)
