"""OMM readers (XML, KVN, JSON, CSV) against the TLE reader, on real and sample element sets."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import sgp4.tests as sgp4_samples

from ssaviewer.core.formats import registry
from ssaviewer.core.formats.tle import parse_tle
from ssaviewer.core.schema import BASE_COLUMNS, REJECTED_COLUMNS
from tests.core.omm_writers import (
    CELESTRAK_CSV,
    WRITERS,
    celestrak_records,
    spacetrack_records,
    tle_pairs,
    to_csv,
    to_xml,
)

FLOATS = [c for c, t in BASE_COLUMNS.items() if t == "float64"]
EXACT = ["norad_id", "object_name", "object_id", "ephemeris_type", "element_set_no",
         "rev_at_epoch", "classification"]  # fmt: skip


def parse(data: bytes, name: str = "f") -> tuple[pd.DataFrame, pd.DataFrame]:
    spec = registry.sniff(data)
    assert spec is not None, data[:200]
    return spec.parse(data, name)


def assert_same_element_sets(omm: pd.DataFrame, tle: pd.DataFrame) -> None:
    assert len(omm) == len(tle) > 0
    for column in FLOATS:
        np.testing.assert_allclose(omm[column], tle[column], rtol=1e-12, atol=0, err_msg=column)
    for column in EXACT:
        assert omm[column].astype(str).tolist() == tle[column].astype(str).tolist(), column
    # export_omm writes epochs truncated to the microsecond (via a float Julian date);
    # TLE epochs are given to 1e-8 day (864 us), so 2 us is far below their resolution
    gap_ns = (omm["epoch_utc"] - tle["epoch_utc"]).abs().dt.total_seconds() * 1e9
    assert float(gap_ns.max()) <= 2000.0


@pytest.mark.parametrize("sample", ["MARIO_XML", "MARIO_CSV"])
def test_sgp4_celestrak_samples_match_their_tle(sample: str) -> None:
    tle, _ = parse_tle(sgp4_samples.MARIO_TLE.encode(), "mario.tle")
    omm, rejected = parse(getattr(sgp4_samples, sample).encode(), "mario")
    assert rejected.empty
    assert_same_element_sets(omm, tle)
    expected_format = "omm-xml" if sample.endswith("XML") else "omm-csv"
    assert omm["format"].tolist() == [expected_format]
    assert omm["record"].tolist() == ["mario:#1" if expected_format == "omm-xml" else "mario:2"]


@pytest.mark.realdata
@pytest.mark.parametrize("flavour", ["celestrak", "spacetrack"])
@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_real_element_sets_agree_with_tle_reader(shared_data: Path, fmt: str, flavour: str) -> None:
    text = (shared_data / "catalog" / "debris.txt").read_text().rstrip() + "\n"
    text += (shared_data / "tle" / "QZS-2.tle").read_text()
    pairs = tle_pairs(text)
    tle, tle_rejected = parse_tle(text.encode(), "real.tle")
    assert tle_rejected.empty
    records = (celestrak_records if flavour == "celestrak" else spacetrack_records)(pairs)
    omm, rejected = parse(WRITERS[fmt](records), "real")
    assert rejected.empty, rejected.head()
    assert set(omm["format"]) == {fmt}
    assert_same_element_sets(omm, tle)


def test_csv_any_column_order_extra_columns_ignored_crlf() -> None:
    pairs = tle_pairs(sgp4_samples.MARIO_TLE + sgp4_samples.VANGUARD_TLE)
    records = spacetrack_records(pairs)
    columns = list(records[0])
    random.Random(7).shuffle(columns)
    omm, rejected = parse(to_csv(records, columns).replace(b"\n", b"\r\n"))
    tle, _ = parse_tle((sgp4_samples.MARIO_TLE + sgp4_samples.VANGUARD_TLE).encode(), "t")
    assert rejected.empty
    assert_same_element_sets(omm, tle)


def test_celestrak_17_column_csv() -> None:
    pairs = tle_pairs(sgp4_samples.MARIO_TLE)
    data = to_csv(celestrak_records(pairs), CELESTRAK_CSV)
    assert data.splitlines()[0].count(b",") == 16
    omm, _ = parse(data)
    assert omm["norad_id"].tolist() == [55123]


def test_xml_bare_omm_and_namespaced_ndm() -> None:
    records = celestrak_records(tle_pairs(sgp4_samples.MARIO_TLE))
    bare, _ = parse(to_xml(records, bare=True), "bare.xml")
    assert bare["norad_id"].tolist() == [55123]
    namespaced = to_xml(records * 3).replace(b"<ndm>", b'<ndm xmlns="urn:ccsds:ndm">')
    many, rejected = parse(namespaced, "ndm.xml")
    assert rejected.empty
    assert many["record"].tolist() == ["ndm.xml:#1", "ndm.xml:#2", "ndm.xml:#3"]


def test_kvn_several_messages_units_comments_crlf() -> None:
    records = celestrak_records(tle_pairs(sgp4_samples.MARIO_TLE + sgp4_samples.VANGUARD_TLE))
    data = WRITERS["omm-kvn"](records).decode()
    lines = data.splitlines()
    k = next(k for k, line in enumerate(lines) if line.startswith("MEAN_MOTION "))
    lines[k] = f"  MEAN_MOTION={lines[k].split('=')[1].strip()}  [rev/day]"
    data = "\n".join(lines)
    omm, rejected = parse(data.replace("\n", "\r\n").encode(), "two.kvn")
    assert rejected.empty
    assert omm["norad_id"].tolist() == [55123, 5]
    assert omm["mean_motion_rev_per_day"].iloc[0] == pytest.approx(15.99081912, rel=1e-12)
    assert omm["record"].tolist()[0] == "two.kvn:1"


def test_json_single_object_and_empty_list() -> None:
    one = WRITERS["omm-json"](celestrak_records(tle_pairs(sgp4_samples.MARIO_TLE)))
    omm, _ = parse(one[1:-1])  # the object without its list brackets
    assert omm["norad_id"].tolist() == [55123]
    empty, rejected = parse(b"[]\n")
    assert empty.empty
    assert rejected.empty
    assert list(empty.columns) == list(BASE_COLUMNS)


def test_nine_digit_norad_ids() -> None:
    records = celestrak_records(tle_pairs(sgp4_samples.MARIO_TLE))
    records[0]["NORAD_CAT_ID"] = 270000123
    for fmt, write in WRITERS.items():
        omm, rejected = parse(write(records))
        assert rejected.empty, fmt
        assert omm["norad_id"].tolist() == [270000123], fmt


def test_output_dtypes_match_schema() -> None:
    records = celestrak_records(tle_pairs(sgp4_samples.MARIO_TLE))
    for write in WRITERS.values():
        omm, rejected = parse(write(records))
        assert {c: str(t) for c, t in omm.dtypes.items()} == dict(BASE_COLUMNS)
        assert list(rejected.columns) == list(REJECTED_COLUMNS)
