"""Ground-truth readers: synthetic snippets and the real operator files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.truth import TRUTH_COLUMNS, read_truth
from ssaviewer.core.truth.fengyun import parse_fengyun
from ssaviewer.core.truth.ids import parse_ids, tai_to_utc
from ssaviewer.core.truth.labels_csv import parse_labels_csv
from ssaviewer.core.truth.qzss import parse_qzss


def ids_line(code: str, ptype: str, burns: list[tuple[float, float, float]]) -> str:
    """One IDS record starting 2016-019 22:18 TAI and ending 2016-020 01:06 TAI."""
    head = f"{code} 2016 019 22 18 2016 020 01 06     {ptype} {len(burns)}"
    blocks = [
        f" 2016 019 22 18 38.266 04.0e+00 {a:.6e} {b:.6e} {c:.6e} 0 0 0 0 0 0" for a, b, c in burns
    ]
    return head + "".join(blocks)


def test_ids_record_tai_to_utc_and_summed_delta_v() -> None:
    text = ids_line("JASO3", "007", [(0.0, 0.01, 0.0), (0.0, -0.02, 0.0)]) + "\n"
    table, problems = parse_ids(text, "ja3man.txt")
    assert problems == []
    assert list(table.columns) == list(TRUTH_COLUMNS)
    row = table.iloc[0]
    assert row.norad_id == 41240
    assert row.start_utc == pd.Timestamp("2016-01-19T22:17:24Z")  # 36 s of leap in 2016
    assert row.end_utc == pd.Timestamp("2016-01-20T01:05:24Z")
    assert row.dv_total_mps == pytest.approx(0.03)
    assert row.kind == "in-plane"
    assert row.source == "ja3man.txt:1"


def test_ids_axes_per_parameter_type_and_bad_line_kept_apart() -> None:
    text = "\n".join(
        [
            ids_line("SEN3A", "006", [(0.0, 0.0, 1.5)]),
            "SEN3A 2016 0xx 22 18 garbage",
            ids_line("XXXXX", "005", [(0.3, 0.0, 0.0)]),  # SPOT: T, R, L
        ]
    )
    table, problems = parse_ids(text, "s3aman.txt")
    assert list(table["kind"]) == ["out-of-plane", "in-plane"]
    assert list(table["norad_id"]) == [41335, -1]
    assert len(problems) == 1
    assert problems[0].startswith("s3aman.txt:2: ")


def test_leap_seconds() -> None:
    assert tai_to_utc(pd.Timestamp("2017-06-01T00:00:37")) == pd.Timestamp("2017-06-01", tz="UTC")
    assert tai_to_utc(pd.Timestamp("2012-01-01T00:00:34")) == pd.Timestamp("2012-01-01", tz="UTC")


def test_fengyun_cst_slash_dates_and_attitude() -> None:
    text = (
        'GEO-EW-STATION-KEEPING 2018-050A "2022-01-18T09:00:00 CST" "2022-01-18T10:00:00 CST"\n'
        'GEO-ATTITUDE-CONTROL   2018-050A "2019/05/09T16:00:00 CST" "2019/05/09T17:00:00 CST"\n'
        'GEO-NS-STATION-KEEPING 2012-002A "2018-11-27T00:00:00 CST" "2018-11-30T23:59:59 CST"\n'
        "GEO-EW-STATION-KEEPING 2018-050A 2022-01-18\n"
    )
    table, problems = parse_fengyun(text, "manFY2H.txt.fy")
    assert list(table["start_utc"]) == [
        pd.Timestamp("2022-01-18T01:00Z"),
        pd.Timestamp("2019-05-09T08:00Z"),
        pd.Timestamp("2018-11-26T16:00Z"),
    ]
    assert list(table["kind"]) == ["in-plane", "attitude", "out-of-plane"]
    assert list(table["norad_id"]) == [43491, 43491, 38049]
    assert table["dv_total_mps"].isna().all()
    assert len(problems) == 1
    assert "manFY2H.txt.fy:4" in problems[0]


def test_qzss_reads_only_the_manoeuvre_section() -> None:
    text = (
        "#+SATELLITE/MASS\n2017-11-15 11:03:31,2017-11-15 11:05:50,2200\n#-SATELLITE/MASS\n"
        "#+SATELLITE/MANEUVER\n#DATE TIME START(UTC),END(UTC),DURATION,DVX,DVY,DVZ\n"
        "2017-11-15 11:03:31,2017-11-15 11:05:50,00:02:19,-2.325,0.004,0.032\n"
        "2018-01-06 07:23:19,2018-01-06 07:24:18,00:00:59,-0.916,x,0.012\n"
        "#-SATELLITE/MANEUVER\n#+SATELLITE/UNLOADING\n2018-01-01 00:00:00,2018-01-01 00:01:00\n"
    )
    table, problems = parse_qzss(text, "QZS2_ManeuverLabels.txt")
    assert len(table) == 1
    assert table["norad_id"].iloc[0] == 42738
    assert table["start_utc"].iloc[0] == pd.Timestamp("2017-11-15T11:03:31Z")
    assert table["dv_total_mps"].iloc[0] == pytest.approx(np.sqrt(2.325**2 + 0.004**2 + 0.032**2))
    assert len(problems) == 1
    assert "QZS2_ManeuverLabels.txt:7" in problems[0]


def test_labels_csv_and_missing_columns() -> None:
    text = (
        "norad_id,start_utc,end_utc,dv_total_mps,kind,source\n"
        "41240,2016-01-19T22:17:24Z,2016-01-20T01:05:24Z,0.02923,in-plane,x:1\n"
        "41240,not a time,2016-01-20T01:05:24Z,,in-plane,x:2\n"
    )
    table, problems = parse_labels_csv(text, "Jason-3.csv")
    assert len(table) == 1
    assert table["dv_total_mps"].iloc[0] == pytest.approx(0.02923)
    assert problems[0].startswith("Jason-3.csv:3: ")
    empty, problems = parse_labels_csv("a,b\n1,2\n", "x.csv")
    assert len(empty) == 0
    assert "missing column(s) norad_id, start_utc, end_utc" in problems[0]


def test_read_truth_refuses_unknown_formats() -> None:
    with pytest.raises(ValueError, match=r"notes\.txt: not a known ground-truth format"):
        read_truth("hello\n", "notes.txt")


OPERATOR_FILES = {
    "ja3man.txt": "Jason-3.csv",
    "s3aman.txt": "Sentinel-3A.csv",
    "cs2man.txt": "CryoSat-2.csv",
    "h2aman.txt": "Haiyang-2A.csv",
    "manFY2F.txt.fy": "Fengyun-2F.csv",
    "manFY2H.txt.fy": "Fengyun-2H.csv",
    "QZS2_ManeuverLabels.txt": "QZS-2.csv",
}


@pytest.mark.parametrize(("operator_file", "labels_file"), OPERATOR_FILES.items())
def test_real_operator_files_agree_with_the_labels(
    shared_data: Path, operator_file: str, labels_file: str
) -> None:
    path = shared_data / "operator-records" / operator_file
    table, problems = read_truth(path.read_text(), path.name)
    labels, label_problems = read_truth(
        (shared_data / "labels" / labels_file).read_text(), labels_file
    )
    assert problems == []
    assert label_problems == []
    ours = table.sort_values("start_utc", kind="stable").reset_index(drop=True)
    theirs = labels.sort_values("start_utc", kind="stable").reset_index(drop=True)
    assert len(ours) == len(theirs) > 10
    assert (ours["start_utc"] == theirs["start_utc"]).all()
    assert (ours["end_utc"] == theirs["end_utc"]).all()
    assert (ours["norad_id"] == theirs["norad_id"]).all()
    assert (ours["kind"] == theirs["kind"]).all()
    np.testing.assert_allclose(ours["dv_total_mps"], theirs["dv_total_mps"], atol=2e-6)
