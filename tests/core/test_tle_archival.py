"""Archival element sets are read as sgp4 reads them, each assumption named in the warnings.

The reference is ``sgp4.api.Satrec.twoline2rv`` on the same two lines: every set it reads
is read, to the same values (its angles in radians and rates in radians per minute are
compared after the same conversions it makes; B* and the second derivative, which sgp4
scales by a power of ten that is not correctly rounded, to 1e-15).
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sgp4.api import Satrec

from ssaviewer.__main__ import main
from ssaviewer.core.dataset import load
from ssaviewer.core.formats.tle import read_tle
from tests.core.test_omm_sgp4_xp import XP_KVN
from tests.core.tle_text import ISS, with_checksum

DATA = Path(__file__).resolve().parent.parent / "data"
XPDOTP = 1440.0 / (2.0 * math.pi)
DEG2RAD = math.pi / 180.0


def _assert_read_as_sgp4_reads(data: bytes, elements: pd.DataFrame) -> None:
    """Compare every loaded set with ``Satrec.twoline2rv`` on its own two lines."""
    lines = data.decode("ascii").splitlines()
    for row in elements.to_dict("records"):
        k = int(str(row["record"]).rsplit(":", 1)[1]) - 1
        sat = Satrec.twoline2rv(lines[k], lines[k + 1])
        assert sat.error == 0
        where = f"line {k + 1}"
        assert (
            row["norad_id"],
            row["element_set_no"],
            row["rev_at_epoch"],
            row["ephemeris_type"],
        ) == (
            sat.satnum,
            sat.elnum,
            sat.revnum,
            sat.ephtype,
        ), where
        assert row["eccentricity"] == sat.ecco, where
        assert row["inclination_deg"] * DEG2RAD == sat.inclo, where
        assert row["ra_of_asc_node_deg"] * DEG2RAD == sat.nodeo, where
        assert row["arg_of_pericenter_deg"] * DEG2RAD == sat.argpo, where
        assert row["mean_anomaly_deg"] * DEG2RAD == sat.mo, where
        assert row["mean_motion_rev_per_day"] / XPDOTP == sat.no_kozai, where
        assert row["mean_motion_dot"] / (XPDOTP * 1440.0) == sat.ndot, where
        nddot = row["mean_motion_ddot"] / (XPDOTP * 1440.0 * 1440.0)
        assert nddot == pytest.approx(sat.nddot, rel=1e-15, abs=0.0), where
        assert row["bstar"] == pytest.approx(sat.bstar, rel=1e-15, abs=0.0), where
        whole_days_ns = round((sat.jdsatepoch - 2440587.5) * 86400) * 10**9  # exact
        assert abs(row["epoch_utc"].value - whole_days_ns - sat.jdsatepochF * 86400e9) < 1e3, where
        designator = sat.intldesg.replace(" ", "")
        expected = "" if not designator else f"{19 if int(designator[:2]) >= 57 else 20}"
        expected += f"{designator[:2]}-{designator[2:]}" if designator else ""
        assert row["object_id"] == expected, where


@pytest.mark.realdata
def test_spot2_archival_history_is_read_whole_as_sgp4_reads_it(shared_data: Path) -> None:
    data = (shared_data / "tle" / "SPOT-2.tle").read_bytes()
    elements, rejected, warnings = read_tle(data, "SPOT-2.tle")
    n_sets = sum(line.startswith(b"1 ") for line in data.splitlines())
    assert len(rejected) == 0, rejected.head().to_string()
    assert len(elements) == n_sets
    _assert_read_as_sgp4_reads(data, elements)
    kinds = warnings.groupby("field").size().to_dict()
    # every line 1 whose fields break the letter of the format is named, field by field
    text = data.decode("ascii").splitlines()
    line1 = [line for line in text if line.startswith("1 ")]
    assert kinds["mean_motion_ddot"] == sum(line[45] == " " for line in line1)
    assert kinds["mean_motion_dot"] == sum(line[33] == "0" for line in line1)
    assert kinds["object_id"] == sum(not line[9:17].strip() for line in line1)
    first = warnings.iloc[0]
    assert (first["line"], first["field"], first["value"]) == (5, "mean_motion_ddot", "'     0+0'")
    assert first["assumed"] == "blanks in the mantissa read as zeros, 0.0, as sgp4 does"


def test_vallado_sgp4_ver_reads_every_set_and_reports_the_three_checksums() -> None:
    data = (DATA / "SGP4-VER.TLE").read_bytes()
    elements, rejected, warnings = read_tle(data, "SGP4-VER.TLE")
    text = data.decode("ascii").splitlines()
    n_sets = sum(line.startswith("1 ") for line in text)
    assert (len(elements), len(rejected)) == (n_sets - 3, 3)
    assert rejected[["line", "field", "reason"]].values.tolist() == [
        [100, "checksum", "line 1 checksum is 4, expected 2"],
        [103, "checksum", "line 1 checksum is 9, expected 6"],
        [106, "checksum", "line 1 checksum is 0, expected 3"],
    ]
    _assert_read_as_sgp4_reads(data, elements)
    tails = warnings.loc[warnings["assumed"].str.startswith("text after column 69")]
    rejected_lines = {k + offset for k in rejected["line"] for offset in (0, 1)}
    assert tails["line"].tolist() == [
        k + 1
        for k, line in enumerate(text)
        if line[:2] in ("1 ", "2 ") and line[69:].strip() and k + 1 not in rejected_lines
    ]
    assert tails["value"].iloc[0] == "     0.00      4320.0        360.00"
    comments = warnings.loc[warnings["assumed"] == "a comment line, skipped"]
    assert comments["line"].tolist() == [k + 1 for k, line in enumerate(text) if line[:1] == "#"]


def test_info_on_sgp4_ver_counts_and_exact_values(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(DATA / "SGP4-VER.TLE"), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    # 33 sets: 3 with a wrong checksum, and 00005 appears twice with the same elements
    assert (summary["element_sets"], summary["objects"], len(summary["rejected"])) == (29, 29, 3)
    assert summary["duplicates_collapsed"] == 1
    assert summary["n_warnings"] == len(summary["warnings"]) == 76
    assert summary["first_epoch_utc"] == "1980-08-17T07:06:40.136832Z"
    assert summary["files"][0]["n_warnings"] == 76


LINE1, LINE2 = ISS.lines()


def _edit(line: str, start: int, text: str) -> str:
    return with_checksum((line[:start] + text + line[start + len(text) :])[:68])


@pytest.mark.parametrize(
    ("line1", "line2", "field"),
    [
        (_edit(LINE1, 44, "     0+0"), LINE2, "mean_motion_ddot"),
        (_edit(LINE1, 44, "  1234-5"), LINE2, "mean_motion_ddot"),
        (_edit(LINE1, 33, "0.00002182"), LINE2, "mean_motion_dot"),
        (LINE1, _edit(LINE2, 26, "   6703"), "eccentricity"),
    ],
)
def test_fields_sgp4_reads_are_read_to_its_values_with_a_warning(
    line1: str, line2: str, field: str
) -> None:
    data = f"{line1}\n{line2}\n".encode()
    elements, rejected, warnings = read_tle(data, "odd.tle")
    assert len(rejected) == 0
    assert len(elements) == 1
    _assert_read_as_sgp4_reads(data, elements)
    assert warnings["field"].tolist() == [field]
    assert "as sgp4 does" in warnings["assumed"].iloc[0]


@pytest.mark.parametrize(
    ("start", "text", "field"),
    [
        (53, "   3780-4", "bstar"),  # sgp4 reads NaN from a blank-padded B* mantissa
        (33, "1.00002182", "mean_motion_dot"),  # a 1 is no sign: sgp4 reads 1.00002182
    ],
)
def test_fields_read_differently_or_not_at_all_by_sgp4_are_still_rejected(
    start: int, text: str, field: str
) -> None:
    data = f"{_edit(LINE1, start, text)}\n{LINE2}\n".encode()
    elements, rejected, warnings = read_tle(data, "odd.tle")
    assert len(elements) == 0
    assert rejected["field"].tolist() == [field]
    assert warnings.empty


def test_a_designator_with_inner_blanks_is_normalised_with_a_warning() -> None:
    old = replace(ISS, designator="59009  B")
    data = "\n".join(old.lines()).encode() + b"\n"
    elements, rejected, warnings = read_tle(data, "old.tle")
    assert rejected.empty
    assert elements["object_id"].tolist() == ["1959-009B"]
    assert warnings[["field", "value"]].values.tolist() == [["object_id", "'59009  B'"]]
    assert "'1959-009B'" in warnings["assumed"].iloc[0]


def test_a_strict_file_gets_no_warning() -> None:
    data = "\n".join(ISS.lines()).encode() + b"\n"
    read = read_tle(data, "iss.tle")
    assert (len(read.elements), len(read.rejected), len(read.warnings)) == (1, 0, 0)
    assert np.isfinite(read.elements["bstar"]).all()


def test_one_object_one_cospar_id_across_old_and_new_spellings(tmp_path: Path) -> None:
    old = replace(ISS, norad=5, designator="59009  B", day=100)
    new = replace(ISS, norad=5, designator="59009B", day=101)
    (tmp_path / "old.tle").write_text("\n".join(old.lines()) + "\n")
    (tmp_path / "new.tle").write_text("\n".join(new.lines()) + "\n")
    kvn = XP_KVN.replace("1998-067A", "1959-009  B").replace("25544", "5")
    (tmp_path / "omm.kvn").write_text(kvn)
    dataset = load(tmp_path)
    assert set(dataset.elements["object_id"].astype(str)) == {"1959-009B"}
    assert dataset.objects["object_id"].tolist() == ["1959-009B"]
    warnings = dataset.report.warnings
    assert warnings[["file", "line", "field", "value"]].values.tolist() == [
        ["old.tle", 1, "object_id", "'59009  B'"],
        ["omm.kvn", 6, "OBJECT_ID", "1959-009  B"],
    ]
    assert set(warnings["assumed"]) == {
        "inner blanks removed: object_id '1959-009B' (YYYY-NNNP{1,3})"
    }
