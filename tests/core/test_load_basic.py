"""Loading TLE files end to end: table shape, derived columns, report."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sgp4.api import Satrec

from ssaviewer.core.dataset import load
from ssaviewer.core.schema import ELEMENT_COLUMNS, OBJECT_COLUMNS

ISS = (
    "ISS (ZARYA)\n"
    "1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927\n"
    "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537\n"
)


def test_three_line_tle_loads_with_schema_dtypes(tmp_path: Path) -> None:
    path = tmp_path / "iss.txt"
    path.write_text(ISS)
    ds = load(path)
    assert list(ds.elements.columns) == list(ELEMENT_COLUMNS)
    assert {c: str(t) for c, t in ds.elements.dtypes.items()} == {
        c: ("datetime64[ns, UTC]" if "datetime" in t else t) for c, t in ELEMENT_COLUMNS.items()
    }
    row = ds.elements.iloc[0]
    assert row["norad_id"] == 25544
    assert row["object_name"] == "ISS (ZARYA)"
    assert row["object_id"] == "1998-067A"
    assert row["inclination_deg"] == 51.6416
    assert row["record"] == "iss.txt:2"
    assert list(ds.objects.columns) == list(OBJECT_COLUMNS)
    assert ds.report.n_rejected == 0


def test_semi_major_axis_matches_sgp4(tmp_path: Path) -> None:
    path = tmp_path / "iss.txt"
    path.write_text(ISS)
    row = load(path).elements.iloc[0]
    lines = ISS.splitlines()
    sat = Satrec.twoline2rv(lines[1], lines[2])
    assert row["semi_major_axis_km"] == pytest.approx(sat.a * 6378.135, rel=1e-12)
    assert row["apogee_km"] == pytest.approx(sat.alta * 6378.135, rel=1e-12)
    assert row["perigee_km"] == pytest.approx(sat.altp * 6378.135, rel=1e-12)
    assert row["regime"] == "LEO"


def test_bad_checksum_rejects_only_that_set(tmp_path: Path) -> None:
    lines = ISS.splitlines()
    bad_line1 = lines[1][:68] + str((int(lines[1][68]) + 1) % 10)
    path = tmp_path / "mixed.tle"
    path.write_text("\n".join([*lines, lines[0], bad_line1, lines[2], *lines]) + "\n")
    ds = load(path)
    assert ds.report.n_rejected == 1
    rejected = ds.report.rejected.iloc[0]
    assert rejected["file"] == "mixed.tle"
    assert rejected["line"] == 5
    assert "checksum" in rejected["reason"]
    # the two good copies are exact duplicates: one row, provenance kept
    assert len(ds.elements) == 1
    assert ds.elements["duplicate_records"].iloc[0] == "mixed.tle:8"


def test_missing_file_and_unknown_format_are_reported(tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("hello\n")
    ds = load(tmp_path / "missing.tle", junk)
    assert len(ds.elements) == 0
    reasons = list(ds.report.rejected["reason"])
    assert any("no such file" in r for r in reasons)
    assert any("not in a known format" in r and "tle" in r for r in reasons)
    assert np.all(ds.report.rejected["line"].to_numpy() == 0)
