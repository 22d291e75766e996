"""``ssaviewer track`` and ``ssaviewer screen`` on literal element sets."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sgp4.api import WGS72, Satrec
from sgp4.exporter import export_tle

from ssaviewer.__main__ import main
from ssaviewer.core.dataset import load
from ssaviewer.core.orbits.ground import ground_track
from ssaviewer.core.screening.screener import screen

EPOCH_DAYS_1950 = 27394.0  # 2024-12-31T00:00Z as SGP4 counts it


def _tle(norad: int, inclination_deg: float, mean_anomaly_deg: float) -> str:
    sat = Satrec()
    sat.sgp4init(
        WGS72, "i", norad, EPOCH_DAYS_1950, 0.0, 0.0, 0.0, 0.0001, 0.0,
        np.radians(inclination_deg), np.radians(mean_anomaly_deg), 15.0 / (1440 / (2 * np.pi)),
        0.0,
    )  # fmt: skip
    line1, line2 = export_tle(sat)
    return f"{line1}\n{line2}\n"


@pytest.fixture
def pair_file(tmp_path: Path) -> Path:
    """Two orbits that meet near their common node every half revolution."""
    path = tmp_path / "pair.tle"
    path.write_text(_tle(90001, 50.0, 0.0) + _tle(90002, 55.0, 0.08))
    return path


def test_track_writes_csv_matching_the_api(pair_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "track.csv"
    argv = ["track", str(pair_file), "--norad", "90001", "--start", "2024-12-31T00:00:00Z",
            "--end", "2024-12-31T01:00:00Z", "--step", "60", "--csv", str(out)]  # fmt: skip
    assert main(argv) == 0
    table = pd.read_csv(out)
    assert list(table.columns) == [
        "time_utc", "latitude_deg", "longitude_deg", "altitude_km", "ok", "reason",
    ]  # fmt: skip
    assert len(table) == 61
    assert table["time_utc"].iloc[-1] == "2024-12-31T01:00:00.000000Z"
    elements = load(pair_file).elements
    expected = ground_track(
        elements.loc[elements["norad_id"] == 90001], "2024-12-31T00:00Z", "2024-12-31T01:00Z", 60
    )
    np.testing.assert_allclose(table["latitude_deg"], expected["latitude_deg"], atol=1e-6)
    np.testing.assert_allclose(table["longitude_deg"], expected["longitude_deg"], atol=1e-6)


def test_track_prints_to_stdout(pair_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["track", str(pair_file), "--norad", "90002", "--start", "2024-12-31",
            "--end", "2024-12-31T00:10Z", "--step", "300"]  # fmt: skip
    assert main(argv) == 0
    table = pd.read_csv(StringIO(capsys.readouterr().out))
    assert len(table) == 3
    assert table["ok"].all()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"--norad": "12345"}, "--norad: NORAD id 12345 is not in the loaded data"),
        ({"--norad": "ISS"}, "--norad: expected a NORAD catalogue number"),
        ({"--end": "2024-12-30T00:00Z"}, "--end: expected a time after --start"),
        ({"--step": "-60"}, "--step: expected a positive number; got '-60'"),
        ({"--start": "tomorrow"}, "--start: expected an ISO 8601 UTC time"),
    ],
)
def test_track_bad_arguments_exit_2_with_one_line(
    pair_file: Path, capsys: pytest.CaptureFixture[str], change: dict[str, str], message: str
) -> None:
    options = {"--norad": "90001", "--start": "2024-12-31T00:00Z",
               "--end": "2024-12-31T01:00Z", "--step": "60", **change}  # fmt: skip
    argv = ["track", str(pair_file)] + [item for pair in options.items() for item in pair]
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("ssaviewer track: error: ")
    assert message in captured.err


def test_screen_json_lists_each_approach(
    pair_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["screen", str(pair_file), "--target", "90001", "--start", "2024-12-30T23:30:00Z",
            "--days", "0.5", "--km", "50", "--json"]  # fmt: skip
    assert main(argv) == 0
    records = json.loads(capsys.readouterr().out)
    expected = screen(load(pair_file).elements, 90001, "2024-12-30T23:30Z", 0.5, 50.0)
    assert len(records) == len(expected) >= 10
    keys = {"norad_id", "tca_utc", "miss_km", "relative_speed_kms",
            "radial_km", "in_track_km", "cross_track_km"}  # fmt: skip
    assert keys <= set(records[0])
    assert {r["norad_id"] for r in records} == {90002}
    assert records[0]["tca_utc"] == expected["tca_utc"].iloc[0].strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    np.testing.assert_allclose([r["miss_km"] for r in records], expected["miss_km"], atol=1e-6)


def test_screen_text_has_one_line_per_approach(
    pair_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["screen", str(pair_file), "--target", "90002", "--start", "2024-12-30T23:30:00Z",
            "--days", "0.25", "--km", "50"]  # fmt: skip
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    n = int(lines[0].split()[0])
    assert n > 0
    assert len(lines) == n + 2
    assert all("90001" in line for line in lines[2:])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"--target": "5"}, "--target: NORAD id 5 is not in the loaded data"),
        ({"--km": "-3"}, "--km: expected a positive number; got '-3'"),
        ({"--days": "a week"}, "--days: expected a positive number; got 'a week'"),
        ({"--start": "2024-13-45"}, "--start: expected an ISO 8601 UTC time"),
    ],
)
def test_screen_bad_arguments_exit_2_with_one_line(
    pair_file: Path, capsys: pytest.CaptureFixture[str], change: dict[str, str], message: str
) -> None:
    options = {"--target": "90001", "--start": "2024-12-31", "--days": "1", "--km": "10",
               **change}  # fmt: skip
    argv = ["screen", str(pair_file)] + [item for pair in options.items() for item in pair]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert message in err


def test_screen_target_without_propagatable_sets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line1, line2 = _tle(90001, 50.0, 0.0).splitlines()
    line1 = line1[:62] + "4" + line1[63:68] + str(_checksum(line1[:62] + "4" + line1[63:68]))
    path = tmp_path / "xp.tle"
    path.write_text(f"{line1}\n{line2}\n" + _tle(90002, 55.0, 0.0))
    argv = ["screen", str(path), "--target", "90001", "--start", "2024-12-31",
            "--days", "1", "--km", "10"]  # fmt: skip
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "--target: target 90001 has no SGP4-propagatable element set" in err


def _checksum(line: str) -> int:
    return sum(int(c) if c.isdigit() else c == "-" for c in line) % 10


def test_screen_on_missing_file_names_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["screen", str(tmp_path / "none.tle"), "--target", "1", "--start", "2024-12-31",
            "--days", "1", "--km", "10"]  # fmt: skip
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "PATH: no element sets could be loaded" in err
    assert "none.tle: no such file or folder" in err
