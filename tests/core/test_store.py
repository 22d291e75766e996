"""The Parquet store: written, appended to, read back by load() exactly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ssaviewer.__main__ import main
from ssaviewer.core.dataset import load
from ssaviewer.core.store import MARKER, StoreError, is_store, read_partitions, write_store
from ssaviewer.core.store.keys import launch_key

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_data"


def test_launch_key_groups_a_launch_and_buckets_blank_designators() -> None:
    assert launch_key("1998-067A", 25544) == launch_key("1998-067BZ", 49044) == "1998-0xx"
    assert launch_key("2023-154C", 58000) == "2023-1xx"
    assert launch_key("", 25544) == launch_key("  ", 29999) == "norad-02xxxx"


def test_store_reads_back_the_loaded_table(tmp_path: Path) -> None:
    loaded = load(SAMPLE)
    write_store(loaded, tmp_path / "store")
    assert is_store(tmp_path / "store")
    stored = load(tmp_path / "store")
    pd.testing.assert_frame_equal(stored.elements, loaded.elements, check_categorical=False)
    pd.testing.assert_frame_equal(stored.objects, loaded.objects)
    assert stored.report.files["format"].tolist() == ["store"]


def test_each_object_and_launch_lies_in_one_partition(tmp_path: Path) -> None:
    loaded = load(SAMPLE)
    write_store(loaded, tmp_path / "store")
    index = json.loads((tmp_path / "store" / MARKER).read_text())
    seen: dict[int, str] = {}
    launches: dict[str, str] = {}
    for key in index["partitions"]:
        part = read_partitions(tmp_path / "store", [key])
        for norad, object_id in zip(part["norad_id"], part["object_id"].astype(str), strict=True):
            assert seen.setdefault(int(norad), key) == key
            launch = object_id[:8]
            if len(launch) == 8:
                assert launches.setdefault(launch, key) == key
    assert set(seen) == set(loaded.elements["norad_id"].unique())
    assert len(index["partitions"]) > 1


def test_append_collapses_duplicates_as_load_does(tmp_path: Path) -> None:
    leo = SAMPLE / "leo.tle"
    copy = tmp_path / "again" / "leo.tle"
    copy.parent.mkdir()
    shutil.copy(leo, copy)
    store = tmp_path / "store"
    write_store(load(leo), store)
    write_store(load(SAMPLE / "geo.tle"), store)
    summary = write_store(load(copy), store)
    expected = load(leo, SAMPLE / "geo.tle", copy)
    stored = load(store)
    assert summary.rows_after == len(expected.elements)
    pd.testing.assert_frame_equal(stored.elements, expected.elements, check_categorical=False)
    assert stored.elements["duplicate_records"].notna().sum() > 0


def test_cli_store_writes_and_appends(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "store"
    assert main(["store", str(SAMPLE / "leo.tle"), "-o", str(store)]) == 0
    assert main(["store", str(SAMPLE / "geo.tle"), "-o", str(store)]) == 0
    out = capsys.readouterr().out
    assert "now holds" in out
    assert len(load(store).elements) == len(load(SAMPLE / "leo.tle", SAMPLE / "geo.tle").elements)


def test_store_refuses_a_folder_that_is_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not empty and not a store"):
        write_store(load(SAMPLE / "leo.tle"), tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_a_corrupt_partition_is_reported_not_raised(tmp_path: Path) -> None:
    store = tmp_path / "store"
    write_store(load(SAMPLE / "leo.tle"), store)
    victim = next(store.glob("part=*/elements.parquet"))
    victim.write_bytes(b"not parquet")
    dataset = load(store)
    assert len(dataset.elements) == 0
    row = dataset.report.files.iloc[0]
    assert row["status"] == "error"
    assert "cannot be read" in row["message"]


def test_many_names_across_partitions_read_back_in_object_order(tmp_path: Path) -> None:
    # Two launches with interleaved NORAD ids, 100 uniquely named objects each: each file's
    # names fit 8-bit dictionary indices, both files' names together do not.
    from ssaviewer.core.dataset import Dataset, LoadReport, merge_elements, summarise_objects
    from ssaviewer.core.simulate.large import large_history

    table = large_history(200, 2, seed=1)
    odd = (table["norad_id"].to_numpy() % 2).astype(bool)
    table["object_id"] = pd.Categorical(np.where(odd, "2000-150A", "2000-001A"))
    elements = merge_elements([table])
    write_store(Dataset(elements, summarise_objects(elements, []), LoadReport()), tmp_path / "s")
    assert len(list((tmp_path / "s").glob("part=*"))) == 2
    stored = load(tmp_path / "s").elements
    pd.testing.assert_frame_equal(stored, elements, check_categorical=False)
