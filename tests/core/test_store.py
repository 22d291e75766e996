"""The Parquet store: written, appended to, read back by load() exactly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from ssaviewer.__main__ import main
from ssaviewer.core.dataset import load
from ssaviewer.core.store import MARKER, StoreError, is_store, read_partitions, write_store
from ssaviewer.core.store.keys import launch_key

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_data"


def assert_identical(got: pd.DataFrame, expected: pd.DataFrame) -> None:
    """The same table: ``DataFrame.equals``, the same dtypes, categories in the same order."""
    assert list(got.columns) == list(expected.columns)
    assert got.dtypes.to_dict() == expected.dtypes.to_dict()
    for name in got.columns:
        if isinstance(got[name].dtype, pd.CategoricalDtype):
            mine, theirs = got[name].cat.categories, expected[name].cat.categories
            assert mine.dtype == theirs.dtype, name
            assert list(mine) == list(theirs), name
    assert got.equals(expected)


def test_launch_key_groups_a_launch_and_buckets_blank_designators() -> None:
    assert launch_key("1998-067A", 25544) == launch_key("1998-067BZ", 49044) == "1998-0xx"
    assert launch_key("2023-154C", 58000) == "2023-1xx"
    assert launch_key("", 25544) == launch_key("  ", 29999) == "norad-02xxxx"


def test_store_reads_back_the_loaded_table(tmp_path: Path) -> None:
    loaded = load(SAMPLE)
    write_store(loaded, tmp_path / "store")
    assert is_store(tmp_path / "store")
    stored = load(tmp_path / "store")
    assert_identical(stored.elements, loaded.elements)
    assert_identical(stored.objects, loaded.objects)
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
    assert_identical(stored.elements, expected.elements)
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
    assert_identical(stored, elements)


def test_files_appended_one_by_one_read_as_loading_them_together(tmp_path: Path) -> None:
    # TLE and OMM files (whose readers give their categories different dtypes) and files
    # without element sets, each appended on its own
    files = sorted(p for p in SAMPLE.iterdir() if p.is_file())
    for path in files:
        write_store(load(path), tmp_path / "store")
    assert_identical(load(tmp_path / "store").elements, load(*files).elements)


def test_partition_files_are_plain_parquet_for_other_tools(tmp_path: Path) -> None:
    loaded = load(SAMPLE)
    write_store(loaded, tmp_path / "store")
    for path in (tmp_path / "store").glob("part=*/elements.parquet"):
        table = pq.read_table(path)
        schema = table.schema
        # numbers are required columns; a value the file has not (OMM BTERM in a TLE) is NaN
        assert not schema.field("bterm_m2_per_kg").nullable
        assert schema.field("epoch_utc").type == pa.timestamp("ns", tz="UTC")
        assert pa.types.is_dictionary(schema.field("object_name").type)
        theirs = table.to_pandas()
        ours = loaded.elements[loaded.elements["norad_id"].isin(theirs["norad_id"])]
        for name in ("norad_id", "epoch_utc", "mean_motion_rev_per_day", "bterm_m2_per_kg"):
            np.testing.assert_array_equal(theirs[name].to_numpy(), ours[name].to_numpy())
        assert (
            theirs["object_name"].astype(str).tolist() == ours["object_name"].astype(str).tolist()
        )


def _write_version_1(elements: pd.DataFrame, store: Path) -> None:
    """Write ``elements`` as the first store layout did (pandas' own Arrow conversion)."""
    from ssaviewer.core.store.keys import object_keys

    keys = object_keys(elements, {})
    key_of_row = elements["norad_id"].map(keys)
    for key in sorted(set(keys.values())):
        part = elements[(key_of_row == key).to_numpy()].reset_index(drop=True)
        for name in ("object_name", "object_id", "classification", "source", "format"):
            part[name] = part[name].cat.remove_unused_categories()
        folder = store / f"part={key}"
        folder.mkdir(parents=True)
        table = pa.Table.from_pandas(part, preserve_index=False)
        pq.write_table(table, folder / "elements.parquet", compression="none")
    sizes = key_of_row.value_counts()
    marker = {
        "format": "ssaviewer-store",
        "version": 1,
        "partitions": {k: int(sizes[k]) for k in sorted(sizes.index)},
        "objects": {str(n): k for n, k in keys.items()},
    }
    (store / MARKER).write_text(json.dumps(marker))


def test_a_version_1_store_still_reads_and_the_next_append_rewrites_it(tmp_path: Path) -> None:
    store = tmp_path / "old"
    leo = load(SAMPLE / "leo.tle")
    _write_version_1(leo.elements, store)
    pd.testing.assert_frame_equal(load(store).elements, leo.elements, check_categorical=False)
    write_store(load(SAMPLE / "geo.tle"), store)
    assert json.loads((store / MARKER).read_text())["version"] == 2
    both = load(SAMPLE / "leo.tle", SAMPLE / "geo.tle").elements
    pd.testing.assert_frame_equal(load(store).elements, both, check_categorical=False)


def test_a_store_from_a_newer_ssaviewer_is_refused_with_what_to_do(tmp_path: Path) -> None:
    store = tmp_path / "store"
    write_store(load(SAMPLE / "leo.tle"), store)
    marker = json.loads((store / MARKER).read_text())
    marker["version"] = 99
    (store / MARKER).write_text(json.dumps(marker))
    with pytest.raises(StoreError, match=r"ssaviewer-store.json: store version 99 .*update"):
        read_partitions(store)
    row = load(store).report.files.iloc[0]
    assert row["status"] == "error"
    assert "ssaviewer store" in row["message"]


def test_a_partition_with_a_name_the_store_does_not_list_is_refused(tmp_path: Path) -> None:
    store = tmp_path / "store"
    write_store(load(SAMPLE / "leo.tle"), store)
    victim = next(store.glob("part=*/elements.parquet"))
    table = pq.read_table(victim)
    names = table.column("object_name").combine_chunks()
    forged = pa.DictionaryArray.from_arrays(
        names.indices, pa.array(["FORGED"] * len(names.dictionary))
    )
    index = table.schema.get_field_index("object_name")
    pq.write_table(table.set_column(index, "object_name", forged), victim)
    with pytest.raises(StoreError, match=r"elements.parquet: 'object_name' holds 'FORGED'"):
        read_partitions(store)


def test_numbers_are_read_raw_and_a_file_rewritten_by_another_tool_still_reads(
    tmp_path: Path,
) -> None:
    from ssaviewer.core.store.pages import raw_columns

    loaded = load(SAMPLE)
    store = tmp_path / "store"
    write_store(loaded, store)
    victim = next(store.glob("part=*/elements.parquet"))
    meta = pq.read_metadata(victim)
    leaves = {meta.schema.column(i).path: i for i in range(meta.num_columns)}
    numbers = {"norad_id", "epoch_utc", "mean_motion_rev_per_day", "semi_major_axis_km"}
    with victim.open("rb") as handle:
        raw = raw_columns(handle.fileno(), meta, {n: leaves[n] for n in numbers})
    assert set(raw) == numbers  # one plain page each: copied without Arrow
    # the same rows, compressed and in small pages by a plain pyarrow writer: decoded by Arrow
    table = pq.read_table(victim)
    pq.write_table(table, victim, compression="snappy", data_page_size=1024)
    meta = pq.read_metadata(victim)
    with victim.open("rb") as handle:
        assert raw_columns(handle.fileno(), meta, {n: leaves[n] for n in numbers}) == {}
    assert_identical(load(store).elements, loaded.elements)


def test_without_pread_as_on_windows_arrow_reads_every_column_identically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ssaviewer.core.store import constants, pages

    loaded = load(SAMPLE)
    write_store(loaded, tmp_path / "store")
    monkeypatch.setattr(pages, "_HAS_PREAD", False)
    monkeypatch.setattr(constants, "_HAS_PREAD", False)
    victim = next((tmp_path / "store").glob("part=*/elements.parquet"))
    meta = pq.read_metadata(victim)
    with victim.open("rb") as handle:
        assert pages.raw_columns(handle.fileno(), meta, {"norad_id": 0}) == {}
        assert constants.constant_columns(handle.fileno(), meta, {"format": 20}) == {}
    stored = load(tmp_path / "store")
    assert_identical(stored.elements, loaded.elements)
    assert_identical(stored.objects, loaded.objects)


def test_real_histories_and_catalogue_read_back_identical(
    tmp_path: Path, shared_data: Path
) -> None:
    # real quirks (repeated epochs, archival fields) and the catalogue's launches, whose
    # NORAD ids interleave across partitions (objects catalogued years after their launch)
    paths = [shared_data / "tle", shared_data / "catalog"]
    loaded = load(*paths)
    write_store(loaded, tmp_path / "store")
    from ssaviewer.core.store.partition import PartitionFile
    from ssaviewer.core.store.placement import Placement

    files = sorted((tmp_path / "store").glob("part=*/elements.parquet"))
    assert len(files) > 50
    assert Placement([PartitionFile.open(f) for f in files]).slices is None  # runs interleave
    stored = load(tmp_path / "store")
    assert_identical(stored.elements, loaded.elements)
    assert_identical(stored.objects, loaded.objects)


def test_columns_of_one_value_are_filled_from_their_dictionary_page_not_decoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ssaviewer.core.store.constants import constant_columns
    from ssaviewer.core.store.partition import PartitionFile

    loaded = load(SAMPLE / "leo.tle")
    store = tmp_path / "store"
    write_store(loaded, store)
    victim = store / "part=2021-0xx" / "elements.parquet"  # two objects, one file, one format
    meta = pq.read_metadata(victim)
    leaves = {meta.schema.column(i).path: i for i in range(meta.num_columns)}
    names = ["format", "bterm_m2_per_kg", "ephemeris_type", "object_name", "norad_id"]
    with victim.open("rb") as handle:
        found = constant_columns(handle.fileno(), meta, {n: leaves[n] for n in names})
    assert set(found) == {"format", "bterm_m2_per_kg", "ephemeris_type"}
    assert found["format"].value == b"tle"
    assert np.isnan(np.frombuffer(found["bterm_m2_per_kg"].value, "<f8")[0])
    assert found["ephemeris_type"].value == bytes(4)
    # Arrow is not asked for them, nor for duplicate notes no row has (the statistics say
    # so), and the table is the one loaded
    asked: list[str] = []
    decode = PartitionFile.decode

    def spy(self: PartitionFile, columns: list[str], use_threads: bool) -> dict[str, pa.Array]:
        asked.extend(columns)
        return decode(self, columns, use_threads)

    monkeypatch.setattr(PartitionFile, "decode", spy)
    assert_identical(load(store).elements, loaded.elements)
    assert "object_name" in asked
    skipped = {"format", "bterm_m2_per_kg", "ephemeris_type", "classification"}
    assert not (skipped | {"duplicate_records"}) & set(asked)
    # a value the store does not list is refused, read from the page as from Arrow
    data = victim.read_bytes()
    start = meta.row_group(0).column(leaves["format"]).dictionary_page_offset
    at = data.index(b"tle", start)
    victim.write_bytes(data[:at] + b"xyz" + data[at + 3 :])
    with pytest.raises(StoreError, match=r"2021-0xx.elements.parquet: 'format' holds 'xyz'"):
        read_partitions(store)


def test_a_partition_file_read_from_several_threads_at_once_reads_whole(tmp_path: Path) -> None:
    """The decoder thread and the placement's NORAD reads may read one file at the same time.

    Arrow's reader of a file is not safe to share between threads (its read-ahead cache
    loses ranges); each read of a ``PartitionFile`` must still give the whole column.
    """
    from concurrent.futures import ThreadPoolExecutor

    from ssaviewer.core.store.partition import PartitionFile

    write_store(load(SAMPLE), tmp_path / "store")
    path = max((tmp_path / "store").glob("part=*/elements.parquet"), key=lambda p: p.stat().st_size)
    opened = PartitionFile.open(path)
    columns = ["object_name", "object_id", "record", "norad_id", "epoch_utc"]
    expected = pq.read_table(path, columns=columns)

    def read(k: int) -> bool:
        got = opened.decode(columns, use_threads=bool(k % 2))
        return all(got[c].equals(expected.column(c).combine_chunks()) for c in columns)

    with ThreadPoolExecutor(8) as pool:
        assert all(pool.map(read, range(400)))
