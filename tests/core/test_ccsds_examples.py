"""The CCSDS Blue Book OMM example (GOES 9), in KVN and XML, read exactly by ``info``."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from ssaviewer.__main__ import main
from ssaviewer.core.dataset import load

DATA = Path(__file__).resolve().parent.parent / "data"
EXAMPLES = [DATA / "OMMExample2.txt", DATA / "OMMExample2.xml"]


def test_info_reads_both_forms_as_one_element_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", *map(str, EXAMPLES), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert [f["format"] for f in summary["files"]] == ["omm-kvn", "omm-xml"]
    assert (summary["objects"], summary["element_sets"]) == (1, 1)
    assert summary["duplicates_collapsed"] == 1  # the same set in both forms
    assert summary["first_epoch_utc"] == "2007-03-05T10:34:41.426400Z"  # 2007-064T10:34:41.4264
    assert (summary["rejected"], summary["n_warnings"]) == ([], 0)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.suffix)
def test_values_are_those_written(path: Path) -> None:
    row = load(path).elements.iloc[0]
    assert row["norad_id"] == 23581
    assert row["object_id"] == "1995-025A"
    assert row["epoch_utc"] == pd.Timestamp("2007-03-05T10:34:41.4264Z")
    expected = {
        "mean_motion_rev_per_day": 1.00273272,
        "eccentricity": 0.0005013,
        "inclination_deg": 3.0539,
        "ra_of_asc_node_deg": 81.7939,
        "arg_of_pericenter_deg": 249.2363,
        "mean_anomaly_deg": 150.1602,
        "bstar": 0.0001,
        "mean_motion_dot": -0.00000113,
        "mean_motion_ddot": 0.0,
    }
    assert {name: row[name] for name in expected} == expected
    assert (row["element_set_no"], row["rev_at_epoch"], row["regime"]) == (925, 4316, "GEO")
