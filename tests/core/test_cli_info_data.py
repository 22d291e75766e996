"""``ssaviewer info`` on every file of ../shared/data and on the OMM forms."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest
import sgp4.tests as sgp4_samples

from ssaviewer.__main__ import main
from tests.core.omm_writers import decimal_records, tle_pairs, to_json, to_kvn

ELEMENT_FOLDERS = ("tle", "catalog")


@pytest.mark.realdata
def test_info_reads_every_shared_file_and_skips_the_others(
    shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["info", str(shared_data), "--json"])
    summary = json.loads(capsys.readouterr().out)
    assert status == 0
    assert summary["rejected"] == []
    every_file = sorted(p for p in shared_data.rglob("*") if p.is_file())
    files = {Path(f["path"]): f for f in summary["files"]}
    assert sorted(files) == every_file
    for path, row in files.items():
        if path.parent.name in ELEMENT_FOLDERS:
            n_sets = sum(line.startswith("1 ") for line in path.read_text().splitlines())
            assert (row["status"], row["format"], row["n_loaded"]) == ("loaded", "tle", n_sets)
            assert row["n_rejected"] == 0
        else:
            assert row["status"] == "skipped", path
            assert row["message"].startswith("not in a known format (tried omm-xml")
    assert set(summary["per_source"]) == {
        p.name for p in files if p.parent.name in ("tle", "catalog")
    }
    element_files = [p for p in files if p.parent.name in ELEMENT_FOLDERS]
    assert summary["first_epoch_utc"] == _earliest_epoch(element_files)
    assert summary["objects"] >= 12801


def _earliest_epoch(paths: list[Path]) -> str:
    """Return the earliest line-1 epoch of the files, from its text (YYDDD.dddddddd)."""
    epochs = []
    for path in paths:
        for line in path.read_text().splitlines():
            if line.startswith("1 "):
                two_digit, day, eight_digits = int(line[18:20]), int(line[20:23]), int(line[24:32])
                year = 1900 + two_digit if two_digit >= 57 else 2000 + two_digit
                epochs.append((year, day, eight_digits))
    year, day, eight_digits = min(epochs)
    start = dt.datetime(year, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=day - 1)
    epoch = start + dt.timedelta(microseconds=eight_digits * 864)  # 1e-8 day is 864 us
    return epoch.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@pytest.mark.realdata
def test_info_text_lists_skipped_files_compactly(
    shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", str(shared_data)]) == 0
    out = capsys.readouterr().out
    n_other = sum(
        1 for p in shared_data.rglob("*") if p.is_file() and p.parent.name not in ELEMENT_FOLDERS
    )
    assert f"skipped {n_other} file(s) not in a known format" in out
    assert "error:" not in out
    assert "rejected: 0" in out


def test_info_reads_the_omm_forms(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = decimal_records(tle_pairs(sgp4_samples.MARIO_TLE))
    (tmp_path / "mario.xml").write_text(sgp4_samples.MARIO_XML)
    (tmp_path / "mario.csv").write_text(sgp4_samples.MARIO_CSV)
    (tmp_path / "mario.json.gz").write_bytes(gzip.compress(to_json(records)))
    (tmp_path / "mario.kvn").write_bytes(to_kvn(records))
    status = main(["info", str(tmp_path), "--json"])
    summary = json.loads(capsys.readouterr().out)
    assert status == 0
    assert {f["file"]: f["format"] for f in summary["files"]} == {
        "mario.csv": "omm-csv",
        "mario.json": "omm-json",
        "mario.kvn": "omm-kvn",
        "mario.xml": "omm-xml",
    }
    # the same element set four times, written by CelesTrak and by us: one row, three copies
    assert (summary["objects"], summary["element_sets"]) == (1, 1)
    assert summary["duplicates_collapsed"] == 1
    assert summary["first_epoch_utc"] == "2023-04-25T10:45:30.642912Z"


def test_info_names_a_bad_omm_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = sgp4_samples.MARIO_CSV.replace(",.0014649,", ",1.0014649,")
    (tmp_path / "bad.csv").write_text(bad)
    status = main(["info", str(tmp_path / "bad.csv")])
    out = capsys.readouterr().out
    assert status == 1
    assert "bad.csv line 2: ECCENTRICITY is out of range: expected an eccentricity in [0, 1)" in out
    assert "[1.0014649]" in out
