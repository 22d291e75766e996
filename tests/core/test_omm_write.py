"""The OMM JSON writer: CelesTrak keys, values sgp4 reads, agreement with the TLE writer."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from sgp4 import omm
from sgp4.api import Satrec

import ssaviewer
from ssaviewer.core.formats.omm_write import OMM_KEYS, format_omm_json
from ssaviewer.core.formats.registry import READERS
from ssaviewer.core.formats.tle_write import format_tle
from tests.core.test_tle_write import make_elements


def test_one_object_per_element_set_with_celestrak_keys() -> None:
    table = make_elements(20, seed=3)
    records = json.loads(format_omm_json(table))
    assert len(records) == 20
    assert [list(r) for r in records] == [list(OMM_KEYS)] * 20
    first = records[0]
    assert first["NORAD_CAT_ID"] == int(table["norad_id"].iloc[0])
    assert first["OBJECT_ID"] == str(table["object_id"].iloc[0])
    assert first["EPOCH"] == table["epoch_utc"].iloc[0].strftime("%Y-%m-%dT%H:%M:%S.%f")
    assert first["CLASSIFICATION_TYPE"] == "U"


def test_sgp4_omm_initialises_the_same_satellite_as_the_tle() -> None:
    # The TLE epoch is rounded to 1e-8 day, so use epochs on that grid for an exact match.
    table = make_elements(100, seed=4, norad_id=np.arange(1, 101) * 997)
    table["epoch_utc"] = table["epoch_utc"].dt.round("1s")
    records = json.loads(format_omm_json(table))
    lines = format_tle(table).splitlines()
    for k, fields in enumerate(records):
        from_omm = Satrec()
        omm.initialize(from_omm, {key: str(value) for key, value in fields.items()})
        from_tle = Satrec.twoline2rv(lines[3 * k + 1], lines[3 * k + 2])
        for attribute in ("no_kozai", "ecco", "inclo", "nodeo", "argpo", "mo", "bstar"):
            assert getattr(from_omm, attribute) == pytest.approx(
                getattr(from_tle, attribute), rel=1e-12, abs=1e-15
            ), attribute
        jd_omm = from_omm.jdsatepoch + from_omm.jdsatepochF
        jd_tle = from_tle.jdsatepoch + from_tle.jdsatepochF
        assert jd_omm == pytest.approx(jd_tle, abs=1e-8)
        assert math.isclose(from_omm.ndot, from_tle.ndot, rel_tol=1e-9, abs_tol=1e-15)


def test_values_are_rounded_to_tle_precision() -> None:
    table = make_elements(1, mean_motion_rev_per_day=15.123456789123, bstar=1.234567e-4)
    record = json.loads(format_omm_json(table))[0]
    assert record["MEAN_MOTION"] == 15.12345679
    assert record["BSTAR"] == 0.00012346


def test_empty_table_is_an_empty_array() -> None:
    assert json.loads(format_omm_json(make_elements(2).iloc[:0])) == []


def test_round_trip_through_load(tmp_path: Path) -> None:
    if "omm-json" not in {spec.name for spec in READERS}:
        pytest.skip("the OMM JSON reader is not on this branch yet (checked with sgp4.omm above)")
    table = make_elements(300, seed=6)
    table["epoch_utc"] = table["epoch_utc"].dt.round("1us")
    (tmp_path / "x.json").write_text(format_omm_json(table))
    dataset = ssaviewer.load(tmp_path / "x.json")
    assert dataset.report.rejected.empty
    back = dataset.elements.set_index(["norad_id", "epoch_utc"])
    for norad_id, epoch, n, ecc in table[
        ["norad_id", "epoch_utc", "mean_motion_rev_per_day", "eccentricity"]
    ].itertuples(index=False):
        row = back.loc[(norad_id, epoch)]
        assert row["mean_motion_rev_per_day"] == pytest.approx(n, abs=0.5e-8)
        assert row["eccentricity"] == pytest.approx(ecc, abs=0.5e-7)
