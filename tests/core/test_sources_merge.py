"""Compressed files, archives, folders, and one history merged from many formats and files."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import sgp4.tests as sgp4_samples

from ssaviewer.core.dataset import load
from ssaviewer.core.formats.tle import parse_tle
from tests.core.omm_writers import (
    WRITERS,
    as_numbers,
    decimal_records,
    tle_pairs,
    to_csv,
    to_json,
    to_kvn,
    to_xml,
)


def zipped(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"inner/{name}", data)
    return out.getvalue()


COMPRESSORS: dict[str, Callable[[bytes], bytes]] = {
    ".gz": gzip.compress,
    ".bz2": bz2.compress,
    ".xz": lzma.compress,
}

MARIO = decimal_records(tle_pairs(sgp4_samples.MARIO_TLE + sgp4_samples.VANGUARD_TLE))


@pytest.mark.parametrize("suffix", sorted(COMPRESSORS))
@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_compressed_files_load_transparently(tmp_path: Path, fmt: str, suffix: str) -> None:
    data = WRITERS[fmt](MARIO)
    (tmp_path / f"plain.{fmt}").write_bytes(data)
    (tmp_path / f"packed.{fmt}{suffix}").write_bytes(COMPRESSORS[suffix](data))
    plain = load(tmp_path / f"plain.{fmt}").elements
    packed = load(tmp_path / f"packed.{fmt}{suffix}").elements
    assert len(packed) == 2
    assert packed["source"].tolist() == [f"packed.{fmt}"] * 2  # compression suffix dropped
    np.testing.assert_array_equal(packed["eccentricity"], plain["eccentricity"])
    assert (packed["format"] == fmt).all()


def test_zip_members_load_and_are_named_inside_the_archive(tmp_path: Path) -> None:
    (tmp_path / "omm.zip").write_bytes(zipped("mario.xml", to_xml(MARIO)))
    ds = load(tmp_path / "omm.zip")
    assert ds.elements["source"].tolist() == ["omm.zip/inner/mario.xml"] * 2
    assert ds.elements["record"].tolist() == [
        "omm.zip/inner/mario.xml:#2",  # VANGUARD 1 (NORAD 5) sorts first
        "omm.zip/inner/mario.xml:#1",
    ]


def test_truncated_archive_is_an_error_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "cut.json.gz").write_bytes(gzip.compress(to_json(MARIO))[:40])
    ds = load(tmp_path / "cut.json.gz")
    assert ds.elements.empty
    assert "corrupt or truncated" in ds.report.rejected["reason"].iloc[0]


def test_folder_loads_every_file_and_skips_what_is_not_element_sets(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.tle").write_text(sgp4_samples.MARIO_TLE)
    (tmp_path / "sub" / "b.kvn").write_bytes(to_kvn(MARIO[1:]))
    (tmp_path / "sub" / "notes.txt").write_text("meeting notes, not element sets\n")
    (tmp_path / "labels.csv").write_text("norad_id,start_utc\n5,2020-01-01\n")
    (tmp_path / ".hidden.tle").write_text(sgp4_samples.VANGUARD_TLE)
    ds = load(tmp_path)
    files = ds.report.files.set_index("file")
    assert sorted(files.index) == ["a.tle", "b.kvn", "labels.csv", "notes.txt"]
    assert files.loc["a.tle", "format"] == "tle"
    assert files.loc["b.kvn", "format"] == "omm-kvn"
    assert files.loc["notes.txt", "status"] == "skipped"
    assert files.loc["labels.csv", "status"] == "skipped"
    assert "tried omm-xml, omm-json, omm-kvn, omm-csv, satcat-csv, tle" in str(
        files.loc["notes.txt", "message"]
    )
    assert ds.report.rejected.empty  # skipped files in a folder are not errors
    assert sorted(ds.elements["norad_id"]) == [5, 55123]


def test_unknown_format_named_directly_lists_every_format_tried(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello\n")
    reason = load(tmp_path / "notes.txt").report.rejected["reason"].iloc[0]
    assert reason == (
        "not in a known format (tried omm-xml, omm-json, omm-kvn, omm-csv, satcat-csv, tle)"
    )


@pytest.mark.realdata
def test_history_split_over_formats_merges_into_one_sorted_history(
    shared_data: Path, tmp_path: Path
) -> None:
    pairs = tle_pairs((shared_data / "tle" / "Jason-3.tle").read_text())[:400]
    records = decimal_records(pairs)
    # TLE 0-99; Space-Track CSV 100-219; CelesTrak JSON 200-299 (overlap 200-219);
    # XML in a zip 280-349 (overlap 280-299); KVN, gzipped, 350-399
    (tmp_path / "part1.tle").write_text(
        "\n".join(line for _, l1, l2 in pairs[:100] for line in (l1, l2)) + "\n"
    )
    (tmp_path / "part2.csv").write_bytes(to_csv(records[100:220]))
    (tmp_path / "part3.json").write_bytes(to_json(as_numbers(records[200:300])))
    (tmp_path / "part4.zip").write_bytes(zipped("part4.xml", to_xml(records[280:350])))
    (tmp_path / "part5.kvn.gz").write_bytes(gzip.compress(to_kvn(records[350:400])))
    ds = load(tmp_path)
    elements = ds.elements
    assert ds.report.rejected.empty
    reference, _ = parse_tle(
        "\n".join(f"{l1}\n{l2}" for _, l1, l2 in pairs).encode(), "Jason-3.tle"
    )
    assert len(elements) == len(reference.drop_duplicates(["epoch_utc", "element_set_no"]))
    assert elements["epoch_utc"].is_monotonic_increasing
    assert elements["source"].value_counts().to_dict() == {
        "part1.tle": 100,
        "part2.csv": 120,
        "part3.json": 80,
        "part5.kvn": 50,
        "part4.zip/inner/part4.xml": 50,
    }
    collapsed = elements.dropna(subset=["duplicate_records"])
    assert len(collapsed) == 40
    assert collapsed["duplicate_records"].str.startswith(("part3.json:#", "part4.zip/")).all()
    # the same decimal text gives the same doubles, whichever format carried it
    expected = reference.sort_values("epoch_utc", kind="stable").drop_duplicates(
        ["epoch_utc", "element_set_no"]
    )
    for column in ("mean_motion_rev_per_day", "eccentricity", "bstar", "mean_motion_dot"):
        np.testing.assert_array_equal(elements[column], expected[column], err_msg=column)
    gap = elements["epoch_utc"].reset_index(drop=True) - expected["epoch_utc"].reset_index(
        drop=True
    )
    assert gap.abs().max() < pd.Timedelta(microseconds=1)


def test_a_corrupt_gzip_body_is_reported_and_the_files_beside_it_load(tmp_path: Path) -> None:
    from ssaviewer.core.dataset import load

    good = tmp_path / "good.tle"
    good.write_text(
        "1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927\n"
        "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537\n"
    )
    # A valid gzip header followed by a deflate stream with an invalid block type: zlib.error.
    (tmp_path / "broken.tle.gz").write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage")
    ds = load(tmp_path)
    assert list(ds.elements["norad_id"]) == [25544]
    problem = ds.report.rejected.loc[ds.report.rejected["line"] == 0].iloc[0]
    assert problem["file"].endswith("broken.tle.gz")
    assert "corrupt or truncated compressed data" in problem["reason"]
