"""The TLE reader on literal files: layouts, line endings, names, alpha-5, years, dtypes."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.formats.tle import decode_alpha5, parse_tle
from ssaviewer.core.schema import BASE_COLUMNS, REJECTED_COLUMNS
from tests.core.tle_text import ISS, TleFields, tle_file

OTHER = replace(ISS, norad=43013, designator="17073A", inclination_e4=987000, day=1)


def _dtypes(frame: pd.DataFrame) -> dict[str, str]:
    return {str(c): str(t) for c, t in frame.dtypes.items()}


def test_values_and_exact_dtypes() -> None:
    elements, rejected = parse_tle(tle_file([("ISS (ZARYA)", ISS)]), "iss.tle")
    assert list(elements.columns) == list(BASE_COLUMNS)
    assert _dtypes(elements) == BASE_COLUMNS
    assert len(rejected) == 0
    assert list(rejected.columns) == list(REJECTED_COLUMNS)
    row = elements.iloc[0]
    for column, value in ISS.expected().items():
        assert row[column] == value, column
    assert row["object_name"] == "ISS (ZARYA)"
    assert row["object_id"] == "1998-067A"
    assert row["source"] == "iss.tle"
    assert row["format"] == "tle"
    assert row["record"] == "iss.tle:2"
    assert row["epoch_utc"] == pd.Timestamp("2008-09-20 12:25:40.104192", tz="UTC")


def test_empty_input_gives_empty_tables_with_the_schema() -> None:
    for data in (b"", b"\n\n", b"no element sets here\n"):
        elements, rejected = parse_tle(data, "empty.tle")
        assert len(elements) == 0
        assert _dtypes(elements) == BASE_COLUMNS
        assert list(rejected.columns) == list(REJECTED_COLUMNS)


def test_crlf_lf_trailing_blanks_and_missing_final_newline_agree() -> None:
    plain = tle_file([("ISS (ZARYA)", ISS), ("", OTHER)])
    reference, _ = parse_tle(plain, "a")
    variants = [
        tle_file([("ISS (ZARYA)", ISS), ("", OTHER)], newline="\r\n"),
        plain.replace(b"\n", b"   \n"),
        plain.replace(b"\n", b" \t \r\n"),
        plain.rstrip(b"\n"),
        b"\n\n" + tle_file([("ISS (ZARYA)", ISS)]) + b"\n  \n" + tle_file([("", OTHER)]) + b"\n",
    ]
    for data in variants:
        elements, rejected = parse_tle(data, "a")
        assert len(rejected) == 0, rejected
        columns = [c for c in BASE_COLUMNS if c != "record"]
        pd.testing.assert_frame_equal(elements[columns], reference[columns])


def test_mixed_two_and_three_line_sets_and_space_track_names() -> None:
    data = tle_file(
        [("ISS (ZARYA)", ISS), ("", OTHER), ("0 STARLINK-1007", replace(ISS, norad=44713))]
    )
    elements, rejected = parse_tle(data, "mixed.tle")
    assert len(rejected) == 0
    assert list(elements["object_name"]) == ["ISS (ZARYA)", "", "STARLINK-1007"]
    assert list(elements["norad_id"]) == [25544, 43013, 44713]
    assert list(elements["record"]) == ["mixed.tle:2", "mixed.tle:4", "mixed.tle:7"]
    assert str(elements["object_name"].dtype) == "category"


@pytest.mark.parametrize(
    ("text", "value"),
    [("A0000", 100000), ("Z9999", 339999), ("H9999", 179999), ("J0000", 180000),
     ("P0001", 230001), ("00005", 5), ("99999", 99999)],
)  # fmt: skip
def test_alpha5_catalogue_numbers(text: str, value: int) -> None:
    line1, line2 = ISS.lines()
    lines = [line1[:2] + text + line1[7:68], line2[:2] + text + line2[7:68]]
    elements, rejected = parse_tle(("\n".join(lines) + "\n").encode(), "a5")
    assert len(rejected) == 0
    assert elements["norad_id"].tolist() == [value]
    assert decode_alpha5(text) == value


@pytest.mark.parametrize("letter", ["I", "O", "a"])
def test_alpha5_letters_i_and_o_are_not_catalogue_numbers(letter: str) -> None:
    line1, line2 = ISS.lines()
    lines = [line1[:2] + letter + line1[3:68], line2[:2] + letter + line2[3:68]]
    elements, rejected = parse_tle(("\n".join(lines) + "\n").encode(), "a5")
    assert len(elements) == 0
    assert rejected["field"].tolist() == ["norad_id"]


@pytest.mark.parametrize(
    ("year2", "year"), [(57, 1957), (99, 1999), (0, 2000), (8, 2008), (56, 2056)]
)
def test_two_digit_year_pivot(year2: int, year: int) -> None:
    elements, _ = parse_tle(tle_file([("", replace(ISS, year2=year2, day=1))]), "y")
    assert elements["epoch_utc"].iloc[0] == pd.Timestamp(
        year=year, month=1, day=1, hour=12, minute=25, second=40, microsecond=104192, tz="UTC"
    )


def test_designators_classification_and_ephemeris_type_four_is_kept() -> None:
    sets = [
        ("A", replace(ISS, designator="57001B", classification="S")),
        ("B", replace(ISS, designator="", ephemeris_type=4, norad=5)),
        ("C", replace(ISS, designator="24001ABC", classification="C", norad=6)),
    ]
    elements, rejected = parse_tle(tle_file(sets), "d")
    assert len(rejected) == 0
    assert elements["object_id"].tolist() == ["1957-001B", "", "2024-001ABC"]
    assert elements["classification"].tolist() == ["S", "U", "C"]
    assert elements["ephemeris_type"].tolist() == [0, 4, 0]


def test_blank_and_missing_checksums_are_accepted() -> None:
    line1, line2 = ISS.lines()
    for l1, l2 in ((line1[:68], line2[:68]), (line1[:68] + " ", line2[:68] + " ")):
        elements, rejected = parse_tle(f"{l1}\n{l2}\n".encode(), "c")
        assert len(rejected) == 0
        assert elements["norad_id"].tolist() == [25544]


def test_leading_blanks_in_numbers_and_signs() -> None:
    small = TleFields(
        inclination_e4=51234,
        raan_e4=0,
        mean_motion_e8=100279451,
        rev_at_epoch=7,
        element_set_no=1,
        ndot_e8=5,
        nddot_mantissa=-12345,
        nddot_exponent=-9,
        bstar_mantissa=99999,
        bstar_exponent=9,
    )
    elements, rejected = parse_tle(tle_file([("", small)]), "s")
    assert len(rejected) == 0
    row = elements.iloc[0]
    for column, value in small.expected().items():
        assert row[column] == value, column
    assert row["mean_motion_ddot"] == -0.12345e-9
    assert row["bstar"] == 0.99999e9


def test_many_sets_span_several_chunks_in_order() -> None:
    sets = [("", replace(ISS, norad=k + 1, rev_at_epoch=k)) for k in range(20_000)]
    elements, rejected = parse_tle(tle_file(sets), "many")
    assert len(rejected) == 0
    np.testing.assert_array_equal(elements["norad_id"].to_numpy(), np.arange(1, 20_001))
    np.testing.assert_array_equal(elements["rev_at_epoch"].to_numpy(), np.arange(20_000))


def test_names_repeated_padded_and_too_long() -> None:
    long_line = "A VERY LONG NAME " * 8  # past the 80 bytes compared at once
    sets = [
        ("SAT A", replace(ISS, norad=1)),
        ("SAT A" + " " * 100, replace(ISS, norad=2)),
        (long_line, replace(ISS, norad=3)),
        ("B", replace(ISS, norad=4)),
        ("0 SAT A", replace(ISS, norad=5)),
        (long_line + "X", replace(ISS, norad=6)),
    ]
    elements, rejected = parse_tle(tle_file(sets), "names.tle")
    expected = ["SAT A", "SAT A", "", "B", "SAT A", ""]
    assert elements["object_name"].tolist() == expected
    assert sorted(elements["object_name"].cat.categories) == sorted(set(expected))
    assert rejected["line"].tolist() == [7, 16]
    assert (rejected["field"] == "object_name").all()
    assert rejected["value"].tolist() == [long_line[:80], long_line[:80]]  # values are cut at 80
    assert rejected["reason"].str.contains("a name has at most 25 characters").all()
