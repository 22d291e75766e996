"""Every kind of bad TLE input is rejected with file, line, field, value and reason."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from ssaviewer.core.formats.tle import parse_tle, read_tle
from ssaviewer.core.formats.tle_template import FIELDS, Field
from tests.core.tle_text import ISS, tle_file, with_checksum

GOOD = replace(ISS, norad=11111)
LINE1, LINE2 = ISS.lines()


def _middle_text(name: str, line1: str, line2: str) -> bytes:
    """Return a good set, the given (name,) line 1, line 2, and another good set."""
    before = tle_file([("GOOD 1", GOOD)]).decode()
    after = tle_file([("GOOD 2", replace(GOOD, norad=22222))]).decode()
    middle = "".join(f"{text}\n" for text in (name, line1, line2) if text)
    return (before + middle + after).encode("latin-1")


def _parse_middle(name: str, line1: str, line2: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse a good set, the given (name,) line 1, line 2, and another good set."""
    return parse_tle(_middle_text(name, line1, line2), "bad.tle")


def _set_field(line: str, start: int, text: str) -> str:
    """Replace columns ``start``.. of a line (0-based) and recompute the checksum."""
    return with_checksum((line[:start] + text + line[start + len(text) :])[:68])


def _only_rejection(elements: pd.DataFrame, rejected: pd.DataFrame) -> pd.Series:
    assert elements["norad_id"].tolist() == [11111, 22222], "the good sets must survive"
    assert len(rejected) == 1, rejected.to_string()
    row = rejected.iloc[0]
    assert row["file"] == "bad.tle"
    assert row["location"] == f"line {row['line']}"
    return row


@pytest.mark.parametrize("which", [1, 2])
def test_checksum_mismatch_names_line_and_both_digits(which: int) -> None:
    lines = [LINE1, LINE2]
    bad = lines[which - 1]
    wrong = (int(bad[68]) + 3) % 10
    lines[which - 1] = bad[:68] + str(wrong)
    row = _only_rejection(*_parse_middle("ISS", *lines))
    assert row["line"] == 4 + which  # good set (3 lines), name, then the lines
    assert row["field"] == "checksum"
    assert row["value"] == str(wrong)
    assert row["reason"] == f"line {which} checksum is {wrong}, expected {bad[68]}"


def test_non_ascii_byte_in_an_element_line() -> None:
    bad = LINE2[:20] + "é" + LINE2[21:]
    row = _only_rejection(*_parse_middle("ISS", LINE1, bad))
    assert row["line"] == 6
    assert "non-ASCII byte 0xE9 at column 21" in row["reason"]


def _name_rejection(name: str) -> tuple[pd.Series, pd.DataFrame]:
    """Parse a bad name line before a good set: the line is rejected, the set loads unnamed."""
    elements, rejected = _parse_middle(name, LINE1, LINE2)
    assert elements["norad_id"].tolist() == [11111, ISS.norad, 22222]
    assert elements["object_name"].tolist() == ["GOOD 1", "", "GOOD 2"]
    assert len(rejected) == 1, rejected.to_string()
    row = rejected.iloc[0]
    assert (row["line"], row["field"]) == (4, "object_name")
    return row, elements


def test_a_name_line_that_is_not_utf8_is_rejected_and_its_set_loads_unnamed() -> None:
    row, _ = _name_rejection("SATÉLITE")  # written in Latin-1: 0xC9 alone is not UTF-8
    assert "byte 0xC9, not UTF-8 text, at column 4" in row["reason"]


@pytest.mark.parametrize("name", ["SATÉLITE-1", "ФЕНЪЮН-2", "风云二号 H", "قمر 1", "0 MÉTÉO 3"])
def test_utf8_names_in_any_script_name_their_set(name: str) -> None:
    before = tle_file([("GOOD 1", GOOD)]).decode()
    text = (before + f"{name}\n{LINE1}\n{LINE2}\n").encode("utf-8")
    elements, rejected = parse_tle(text, "names.tle")
    assert rejected.empty, rejected.to_string()
    assert elements["object_name"].tolist() == ["GOOD 1", name.removeprefix("0 ")]


def test_a_utf8_name_longer_than_a_name_is_still_a_damaged_line() -> None:
    text = f"{'风' * 26}\n{LINE1}\n{LINE2}\n".encode()
    elements, rejected = parse_tle(text, "names.tle")
    assert elements["object_name"].tolist() == [""]
    assert "a 26-character line before a line 1" in rejected.iloc[0]["reason"]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("\x00" + LINE2[1:], "control byte 0x00 at column 1"),  # line 2 with its '2' lost
        ("X" + LINE2[1:], "a 69-character line before a line 1"),
        ("0 " + "N" * 26, "a name has at most 25 characters"),
        (LINE2[30:], "a piece of an element line"),  # a line 2 split in two
        ("  12345.6 -7+ ", "a piece of an element line"),
    ],
)
def test_damaged_element_lines_never_become_names(name: str, words: str) -> None:
    row, _ = _name_rejection(name)
    assert words in row["reason"]
    assert row["value"] == name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("N" * 25, "N" * 25),
        ("0 " + "N" * 25, "N" * 25),
        ("  SL-16 R/B     ", "SL-16 R/B"),
        ("1998-067A", "1998-067A"),
        ("0 ", ""),
    ],
)
def test_names_within_the_rules_are_kept(name: str, expected: str) -> None:
    elements, rejected = _parse_middle(name, LINE1, LINE2)
    assert len(rejected) == 0, rejected.to_string()
    assert elements["object_name"].tolist() == ["GOOD 1", expected, "GOOD 2"]


def test_truncated_line() -> None:
    row = _only_rejection(*_parse_middle("ISS", LINE1, LINE2[:50]))
    assert row["line"] == 6
    assert row["reason"] == (
        "line 2 is truncated: 50 characters, expected 69 (68 without the checksum)"
    )


def test_text_after_column_69_is_read_with_a_warning_as_sgp4_reads_it() -> None:
    data = _middle_text("ISS", LINE1 + "  extra", LINE2)
    read = read_tle(data, "bad.tle")
    assert read.elements["norad_id"].tolist() == [11111, 25544, 22222]
    assert len(read.rejected) == 0
    assert read.warnings[["line", "value"]].values.tolist() == [[5, "  extra"]]
    assert "text after column 69 ignored" in read.warnings["assumed"].iloc[0]


def test_text_after_column_69_does_not_hide_a_wrong_checksum() -> None:
    wrong = str((int(LINE1[68]) + 1) % 10)
    row = _only_rejection(*_parse_middle("ISS", LINE1[:68] + wrong + "  extra", LINE2))
    assert row["line"] == 5
    assert row["reason"] == f"line 1 checksum is {wrong}, expected {LINE1[68]}"


def test_line1_without_line2_and_line2_without_line1() -> None:
    elements, rejected = _parse_middle("", LINE1, "")
    assert elements["norad_id"].tolist() == [11111, 22222]
    reasons = rejected["reason"].tolist()
    assert len(reasons) == 1
    assert "line 1 that is not followed by its line 2" in reasons[0]
    assert rejected["line"].tolist() == [4]
    elements, rejected = _parse_middle("", "", LINE2)
    assert elements["norad_id"].tolist() == [11111, 22222]
    assert rejected["line"].tolist() == [4]
    assert "line 2 that does not follow a line 1" in rejected["reason"].iloc[0]


def test_stray_text_is_reported_and_comment_lines_are_noted() -> None:
    data = b"# my notes\nHEADER\n" + tle_file([("ISS", ISS)])
    elements, rejected, warnings = read_tle(data, "notes.tle")
    assert len(elements) == 1
    assert rejected["line"].tolist() == [2]
    assert "neither a TLE line" in rejected["reason"].iloc[0]
    assert rejected["value"].iloc[0] == "HEADER"
    assert warnings[["line", "value", "assumed"]].values.tolist() == [
        [1, "# my notes", "a comment line, skipped"]
    ]


def test_mismatched_catalogue_numbers() -> None:
    row = _only_rejection(*_parse_middle("ISS", LINE1, _set_field(LINE2, 2, "25545")))
    assert row["line"] == 6
    assert row["field"] == "norad_id"
    assert row["reason"] == "line 2 catalogue number 25545 differs from line 1's 25544"


@pytest.mark.parametrize(
    ("line", "start", "text", "field", "columns"),
    [
        (2, 8, " 51.64x6", "inclination_deg", "columns 9-16"),
        (2, 8, "  nan   ", "inclination_deg", "columns 9-16"),
        (2, 26, "-006703", "eccentricity", "columns 27-33"),
        (2, 52, "15.7212539 ", "mean_motion_rev_per_day", "columns 53-63"),
        (2, 8, "5 1.6416", "inclination_deg", "columns 9-16"),
        (1, 18, "08264,51782528", "epoch_utc", "columns 19-32"),
        (1, 53, "-11606*4", "bstar", "columns 54-61"),
        (1, 7, "X", "classification", "column 8"),
        (1, 62, "x", "ephemeris_type", "column 63"),
        (1, 32, "x", "separator", "column 33"),
    ],
)
def test_unparsable_fields_name_field_columns_and_value(
    line: int, start: int, text: str, field: str, columns: str
) -> None:
    lines = [LINE1, LINE2]
    lines[line - 1] = _set_field(lines[line - 1], start, text)
    row = _only_rejection(*_parse_middle("ISS", *lines))
    assert row["line"] == 4 + line
    assert row["field"] == field
    assert row["value"] == repr(lines[line - 1][start : start + len(text)])
    assert row["reason"].startswith(f"line {line} {columns}: expected ")


@pytest.mark.parametrize(
    ("start", "text", "field", "words"),
    [
        (8, "180.0001", "inclination_deg", "within [0, 180] degrees"),
        (17, "360.0001", "ra_of_asc_node_deg", "within [0, 360] degrees"),
        (34, "400.0000", "arg_of_pericenter_deg", "within [0, 360] degrees"),
        (43, "999.9999", "mean_anomaly_deg", "within [0, 360] degrees"),
        (52, " 0.00000000", "mean_motion_rev_per_day", "above 0"),
    ],
)
def test_out_of_range_values(start: int, text: str, field: str, words: str) -> None:
    row = _only_rejection(*_parse_middle("ISS", LINE1, _set_field(LINE2, start, text)))
    assert row["field"] == field
    assert row["reason"].endswith(words)
    assert row["value"] == repr(float(text))


def test_boundary_values_are_accepted() -> None:
    line2 = _set_field(_set_field(LINE2, 8, "180.0000"), 17, "360.0000")
    elements, rejected = _parse_middle("ISS", LINE1, line2)
    assert len(rejected) == 0
    assert elements["inclination_deg"].tolist()[1] == 180.0


@pytest.mark.parametrize(("day", "accepted"), [("000", False), ("366", True), ("367", False)])
def test_day_of_year_range(day: str, accepted: bool) -> None:
    line1 = _set_field(LINE1, 18, "08" + day)  # 2008 is a leap year
    elements, rejected = _parse_middle("ISS", line1, LINE2)
    assert len(elements) == (3 if accepted else 2)
    if not accepted:
        assert rejected["field"].tolist() == ["epoch_utc"]
        assert rejected["reason"].iloc[0] == "epoch day of year must be within [1, 366]"


def test_one_bad_set_in_ten_thousand_costs_only_itself() -> None:
    sets = [(f"SAT {k}", replace(ISS, norad=k + 1)) for k in range(10_000)]
    text = tle_file(sets).decode().split("\n")
    bad_line = 3 * 4321 + 2  # line 2 of set 4321 (0-based line index)
    text[bad_line] = text[bad_line][:68] + str((int(text[bad_line][68]) + 1) % 10)
    elements, rejected = parse_tle("\n".join(text).encode(), "big.tle")
    assert len(elements) == 9_999
    assert 4322 not in set(elements["norad_id"])
    assert rejected["line"].tolist() == [bad_line + 1]


@pytest.mark.parametrize(
    "spec",
    [f for f in FIELDS if f.name == "separator" and f.start > 1],  # column 2 makes no TLE line
    ids=lambda f: f"{f.line}:{f.start}",
)
def test_a_digit_in_any_separator_column_is_rejected(spec: Field) -> None:
    lines = [LINE1, LINE2]
    lines[spec.line - 1] = _set_field(lines[spec.line - 1], spec.start, "5")
    row = _only_rejection(*_parse_middle("ISS", *lines))
    assert row["field"] == "separator"
    assert row["reason"] == f"line {spec.line} column {spec.start + 1}: expected a blank"
