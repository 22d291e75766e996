"""SATCAT CSV: object metadata, validated per record, joined to element sets by NORAD id."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import sgp4.tests as sgp4_samples

from ssaviewer.core.dataset import load
from ssaviewer.core.formats.registry import sniff
from ssaviewer.core.formats.satcat import SATCAT_COLUMNS, parse_satcat, read_satcat

DATA = Path(__file__).resolve().parent.parent / "data"


def test_synthetic_celestrak_satcat_is_sniffed_and_validated() -> None:
    data = (DATA / "satcat_synthetic.csv").read_bytes()
    spec = sniff(data)
    assert spec is not None
    assert (spec.name, spec.kind) == ("satcat-csv", "objects")
    objects, rejected, warnings = read_satcat(data, "satcat.csv")
    assert list(objects.columns) == list(SATCAT_COLUMNS)
    assert objects["norad_id"].tolist() == [55123, 5, 99001, 99003]
    assert objects["object_type"].tolist() == ["PAY", "R/B", "DEB", "UNK"]
    assert objects["rcs_size"].tolist() == ["SMALL", "LARGE", "MEDIUM", ""]
    assert objects["decay_date"].iloc[2] == pd.Timestamp("2001-05-06")
    # an unreadable date keeps its row (name and type): the date is left empty and reported
    assert objects["object_name"].iloc[3] == "TESTSAT BADDATE"
    assert pd.isna(objects["launch_date"].iloc[3])
    assert rejected[["line", "field", "value"]].to_dict("records") == [
        {"line": 5, "field": "OBJECT_TYPE", "value": "XYZ"},
        {"line": 7, "field": "NORAD_CAT_ID", "value": "9900A"},
    ]
    assert warnings[["line", "field", "value"]].to_dict("records") == [
        {"line": 6, "field": "LAUNCH_DATE", "value": "1999-02-30x"},
    ]


def test_a_spreadsheet_date_keeps_the_row_and_names_the_field() -> None:
    data = (
        b"OBJECT_NAME,OBJECT_ID,NORAD_CAT_ID,OBJECT_TYPE,OWNER,LAUNCH_DATE,DECAY_DATE\n"
        b"TESTSAT ALPHA,1998-067UQ,55123,PAY,TST,3/4/2023,\n"
        b"TESTSAT BOOSTER,1958-002B,5,R/B,TST,1958-03-17,12/31/2030\n"
    )
    objects, rejected, warnings = read_satcat(data, "excel.csv")
    assert rejected.empty
    assert objects["object_name"].tolist() == ["TESTSAT ALPHA", "TESTSAT BOOSTER"]
    assert objects["object_type"].tolist() == ["PAY", "R/B"]
    assert pd.isna(objects["launch_date"].iloc[0])
    assert objects["launch_date"].iloc[1] == pd.Timestamp("1958-03-17")
    assert pd.isna(objects["decay_date"].iloc[1])
    assert warnings[["line", "field", "value"]].to_dict("records") == [
        {"line": 2, "field": "LAUNCH_DATE", "value": "3/4/2023"},
        {"line": 3, "field": "DECAY_DATE", "value": "12/31/2030"},
    ]
    assert warnings["assumed"].iloc[0] == (
        "not a date in the form YYYY-MM-DD: LAUNCH_DATE left empty, the row kept"
    )


def test_space_track_satcat_spelling_is_mapped() -> None:
    data = (
        b"INTLDES,NORAD_CAT_ID,OBJECT_TYPE,SATNAME,COUNTRY,LAUNCH,SITE,DECAY,RCS_SIZE\n"
        b"1998-067UQ,55123,PAYLOAD,TESTSAT ALPHA,TST,2023-03-01,TTMTR,,SMALL\n"
        b"1958-002B,5,ROCKET BODY,TESTSAT BOOSTER,TST,1958-03-17,AFETR,2030-01-01,LARGE\n"
    )
    objects, rejected = parse_satcat(data, "st.csv")
    assert rejected.empty
    assert objects["object_type"].tolist() == ["PAY", "R/B"]
    assert objects["object_name"].tolist() == ["TESTSAT ALPHA", "TESTSAT BOOSTER"]
    assert objects["owner"].tolist() == ["TST", "TST"]


def test_satcat_joins_element_sets_by_norad_id(tmp_path: Path) -> None:
    (tmp_path / "satcat.csv").write_bytes((DATA / "satcat_synthetic.csv").read_bytes())
    (tmp_path / "mario.tle").write_text(sgp4_samples.MARIO_TLE + sgp4_samples.VANGUARD_TLE)
    ds = load(tmp_path)
    objects = ds.objects.set_index("norad_id")
    assert objects.loc[55123, "object_type"] == "PAY"
    assert objects.loc[55123, "object_name"] == "MARIO"  # the element set's own name wins
    assert objects.loc[55123, "n_element_sets"] == 1
    assert objects.loc[5, "object_type"] == "R/B"
    assert objects.loc[5, "launch_date"] == pd.Timestamp("1958-03-17")
    assert objects.loc[99001, "n_element_sets"] == 0  # SATCAT only: kept, no element sets
    assert objects.loc[99001, "object_name"] == "TESTSAT FRAGMENT"
    files = ds.report.files.set_index("file")
    assert files.loc["satcat.csv", "format"] == "satcat-csv"
    assert files.loc["satcat.csv", "n_rejected"] == 2
    assert files.loc["satcat.csv", "n_warnings"] == 1


def test_satcat_alone_keeps_its_metadata() -> None:
    from ssaviewer.core.dataset import load_sources
    from ssaviewer.core.sources import Source

    data = (DATA / "satcat_synthetic.csv").read_bytes()
    ds = load_sources([Source("satcat.csv", "satcat.csv", data)])
    assert ds.elements.empty
    assert ds.objects["object_type"].tolist() == ["R/B", "PAY", "DEB", "UNK"]
    assert ds.objects["owner"].tolist() == ["TST"] * 4
