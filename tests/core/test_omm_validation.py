"""Bad OMM input: one bad record is rejected with its place, field, value and reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import sgp4.tests as sgp4_samples

from ssaviewer.core.dataset import load
from ssaviewer.core.formats import omm_csv, omm_json, omm_xml
from ssaviewer.core.formats.registry import sniff
from tests.core.omm_writers import (
    CELESTRAK_CSV,
    WRITERS,
    celestrak_records,
    spacetrack_records,
    tle_pairs,
    to_csv,
)


def three_records() -> list[dict[str, Any]]:
    base = celestrak_records(tle_pairs(sgp4_samples.MARIO_TLE))[0]
    return [{**base, "NORAD_CAT_ID": 55123 + k} for k in range(3)]


def expected_place(fmt: str, data: bytes, field: str) -> tuple[int, str]:
    """Where the second record's ``field`` is: (line or record number, location text)."""
    if fmt in ("omm-json", "omm-xml"):
        return 2, "record 2"
    if fmt == "omm-csv":
        return 3, "line 3"
    lines = data.decode().splitlines()
    headers = [k for k, line in enumerate(lines, 1) if line.startswith("CCSDS_OMM_VERS")]
    in_second = [
        k for k, line in enumerate(lines, 1) if headers[1] < k < headers[2] and
        line.split("=")[0].strip() == field
    ]  # fmt: skip
    k = in_second[0] if in_second else headers[1]
    return k, f"line {k}"


CASES = [
    ("ECCENTRICITY", 1.2, "expected an eccentricity in [0, 1)"),
    ("ECCENTRICITY", -0.001, "expected an eccentricity in [0, 1)"),
    ("ECCENTRICITY", 1.0, "expected an eccentricity in [0, 1)"),
    ("MEAN_MOTION", 0.0, "expected a mean motion above 0"),
    ("MEAN_MOTION", -15.5, "expected a mean motion above 0"),
    ("INCLINATION", 180.5, "expected an inclination in [0, 180]"),
    ("INCLINATION", "5l.6", "is not a finite number"),
    ("MEAN_MOTION", "NaN", "is not a finite number"),
    ("BSTAR", "inf", "is not a finite number"),
    ("EPOCH", "2023-13-45T00:00:00", "is not a UTC date-time"),
    ("EPOCH", "2023-366T00:00:00", "is not a UTC date-time"),
    ("EPOCH", "2500-01-01T00:00:00", "is out of range"),
    ("EPOCH", None, "is missing"),
    ("MEAN_ANOMALY", None, "is missing"),
    ("NORAD_CAT_ID", "1234567890", "is not an integer"),
    ("NORAD_CAT_ID", "55123.5", "is not an integer"),
    ("ELEMENT_SET_NO", "x", "is not an integer"),
    ("CLASSIFICATION_TYPE", "X", "is not one of U, C, S"),
    ("OBJECT_NAME", "MARI\u00d6", "non-ASCII"),
]


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize(("field", "value", "reason"), CASES)
def test_one_bad_record_is_rejected_and_the_others_load(
    fmt: str, field: str, value: object, reason: str
) -> None:
    records = three_records()
    records[1][field] = value
    data = WRITERS[fmt](records)
    spec = sniff(data)
    assert spec is not None
    assert spec.name == fmt
    elements, rejected = spec.parse(data, "bad.omm")
    assert elements["norad_id"].tolist() == [55123, 55125]
    assert len(rejected) == 1
    row = rejected.iloc[0]
    line, location = expected_place(fmt, data, field)
    assert (row["file"], row["line"], row["location"]) == ("bad.omm", line, location)
    assert row["field"] == field
    assert row["value"] == ("" if value is None else str(value))
    assert reason in row["reason"]
    assert row["reason"].startswith(field)


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_day_of_year_epochs_are_read(fmt: str) -> None:
    records = three_records()
    records[0]["EPOCH"] = "2023-115T10:45:30.642912"
    records[1]["EPOCH"] = "2024-366T23:59:59"
    records[2]["EPOCH"] = "2023-001T00:00:00Z"
    elements, rejected = sniff_parse(WRITERS[fmt](records))
    assert rejected.empty
    assert [str(t) for t in elements["epoch_utc"]] == [
        "2023-04-25 10:45:30.642912+00:00",
        "2024-12-31 23:59:59+00:00",
        "2023-01-01 00:00:00+00:00",
    ]


def sniff_parse(data: bytes) -> tuple[pd.DataFrame, pd.DataFrame]:
    spec = sniff(data)
    assert spec is not None
    return spec.parse(data, "f")


@pytest.mark.parametrize("fmt", ["omm-csv", "omm-json"])
def test_junk_in_fields_that_are_not_read_costs_nothing(fmt: str) -> None:
    records = spacetrack_records(tle_pairs(sgp4_samples.MARIO_TLE))
    records[0]["COMMENT"] = "caf\u00e9 \x07"
    records[0]["GP_ID"] = ["nested", {"x": 1}] if fmt == "omm-json" else "n/a"
    elements, rejected = sniff_parse(WRITERS[fmt](records))
    assert rejected.empty
    assert elements["norad_id"].tolist() == [55123]


def test_json_objects_without_any_keyword_are_rejected_each() -> None:
    elements, rejected = omm_json.parse_omm_json(b'[{"a": 1}, {"EPOCH": null}]', "k.json")
    assert elements.empty
    assert rejected["line"].tolist() == [1, 2]
    assert set(rejected["reason"]) == {"NORAD_CAT_ID is missing (required)"}


def test_missing_column_rejects_every_record_by_line() -> None:
    records = three_records()
    for record in records:
        del record["MEAN_MOTION"]
    elements, rejected = omm_csv.parse_omm_csv(to_csv(records), "nomm.csv")
    assert elements.empty
    assert rejected["line"].tolist() == [2, 3, 4]
    assert set(rejected["reason"]) == {"MEAN_MOTION is missing (required)"}


def test_csv_row_with_too_many_fields_is_rejected_alone() -> None:
    lines = to_csv(three_records(), CELESTRAK_CSV).decode().splitlines()
    lines[2] += ",EXTRA"
    elements, rejected = omm_csv.parse_omm_csv("\n".join(lines).encode(), "x.csv")
    assert elements["norad_id"].tolist() == [55123, 55125]
    assert rejected["line"].tolist() == [3]
    assert "expected 17" in rejected["reason"].iloc[0]


@pytest.mark.parametrize("prefix", [b"\r", b"\r\n", b"\n\n"])
def test_csv_blank_lines_before_the_header_keep_line_numbers(prefix: bytes) -> None:
    data = prefix + to_csv(three_records(), CELESTRAK_CSV)
    elements, rejected = omm_csv.parse_omm_csv(data, "b.csv")
    assert rejected.empty
    first = 2 + (1 if prefix == b"\r" else prefix.count(b"\n"))
    assert elements["record"].tolist() == [f"b.csv:{first + k}" for k in range(3)]


def test_csv_with_a_broken_header_says_so() -> None:
    data = b'"' + to_csv(three_records(), CELESTRAK_CSV)
    elements, rejected = omm_csv.parse_omm_csv(data, "q.csv")
    assert elements.empty
    assert rejected["line"].tolist() == [0]
    assert "no record could be read below the header" in rejected["reason"].iloc[0]


def test_csv_quoted_line_break_keeps_true_line_numbers() -> None:
    records = three_records()
    records[0]["OBJECT_NAME"] = "TWO\nLINES"
    elements, rejected = omm_csv.parse_omm_csv(to_csv(records), "q.csv")
    assert elements["record"].tolist() == ["q.csv:4", "q.csv:5"]
    assert rejected["line"].tolist() == [2]
    assert "control characters" in rejected["reason"].iloc[0]


def test_json_that_is_not_json_or_not_objects() -> None:
    _, rejected = omm_json.parse_omm_json(b'[{"EPOCH": ', "cut.json")
    assert rejected["line"].tolist() == [0]
    assert rejected["reason"].iloc[0].startswith("is not valid JSON")
    good = WRITERS["omm-json"](three_records()[:1]).decode()
    elements, rejected = omm_json.parse_omm_json(f"[42, {good[1:-1]}, true]".encode(), "j")
    assert elements["record"].tolist() == ["j:#2"]
    assert rejected["line"].tolist() == [1, 3]
    assert rejected["value"].tolist() == ["42", "true"]


def test_json_nested_values_are_rejected_not_crashed() -> None:
    records = three_records()
    records[2]["MEAN_MOTION"] = {"value": 15.9}
    records[0]["EPOCH"] = True
    elements, rejected = omm_json.parse_omm_json(WRITERS["omm-json"](records), "n.json")
    assert elements["record"].tolist() == ["n.json:#2"]
    assert rejected["field"].tolist() == ["EPOCH", "MEAN_MOTION"]


BOMB = (
    b'<?xml version="1.0"?>\n<!DOCTYPE omm [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (k, (b"&lol%d;" % (k - 1) if k > 1 else b"&lol;") * 10)
        for k in range(1, 10)
    )
    + b"]>\n<omm><body><segment><metadata><OBJECT_NAME>&lol9;</OBJECT_NAME></metadata>"
    b"</segment></body></omm>\n"
)
EXTERNAL = (
    b'<?xml version="1.0"?>\n<!DOCTYPE omm [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    b"<omm><body><segment><metadata><OBJECT_NAME>&x;</OBJECT_NAME></metadata>"
    b"</segment></body></omm>\n"
)
EXTERNAL_DTD = b'<?xml version="1.0"?>\n<!DOCTYPE omm SYSTEM "http://example.org/omm.dtd">\n<omm/>'
PLAIN_DTD = b'<?xml version="1.0"?>\n<!DOCTYPE omm [<!ELEMENT omm ANY>]>\n<omm/>'


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (BOMB, "entity-expansion bomb"),
        (EXTERNAL, "external entity"),
        (EXTERNAL_DTD, "refers to an external DTD (http://example.org/omm.dtd)"),
        (PLAIN_DTD, "contains a DTD"),
        (b"<omm><body><segment>", "is not well-formed XML"),
        (b"<ndm><omm></omm></ndm>", "holds no OMM <segment>"),
    ],
)
def test_unsafe_or_broken_xml_is_refused_as_a_whole(data: bytes, reason: str) -> None:
    spec = sniff(data)
    assert spec is not None
    assert spec.name == "omm-xml"
    elements, rejected = omm_xml.parse_omm_xml(data, "evil.xml")
    assert elements.empty
    assert rejected["line"].tolist() == [0]
    assert rejected["location"].tolist() == ["file"]
    assert reason in rejected["reason"].iloc[0]
    assert rejected["reason"].iloc[0].startswith("XML ")


def test_utf16_document_cannot_hide_its_dtd() -> None:
    data = BOMB.decode().replace('version="1.0"', 'version="1.0" encoding="UTF-16"')
    encoded = data.encode("utf-16")
    assert b"<!DOCTYPE" not in encoded
    _, rejected = omm_xml.parse_omm_xml(encoded, "wide.xml")
    assert "refused for safety" in rejected["reason"].iloc[0]


def test_unsafe_xml_is_reported_by_load(tmp_path: Path) -> None:
    (tmp_path / "bomb.xml").write_bytes(BOMB)
    ds = load(tmp_path / "bomb.xml")
    assert ds.elements.empty
    assert ds.report.rejected["file"].tolist() == ["bomb.xml"]
    assert "refused for safety" in ds.report.rejected["reason"].iloc[0]
