"""The events CSV: spreadsheet-safe, atomic, and read back exactly."""

from __future__ import annotations

import csv
import os
import stat
import tomllib
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssaviewer.core.detect.events.event_table import conform
from ssaviewer.core.export.events_csv import (
    neutralise,
    read_events_csv,
    restore,
    rules_digest,
    rules_path_for,
    write_events_csv,
)


def sample_events(n: int = 3) -> pd.DataFrame:
    t = pd.Timestamp("2025-03-01T12:00:00.123456789Z")
    frame = pd.DataFrame(
        {
            "event_id": [f"id{k}" for k in range(n)],
            "norad_id": np.arange(n) + 25544,
            "object_name": ["ISS (ZARYA)", "=cmd|' /C calc'!A0", "-DEB"][:n],
            "event_type": "manoeuvre",
            "label": ["regular", "irregular", "undetermined"][:n],
            "reasons": ["", "magnitude-outlier;large-burn", "short-history"][:n],
            "explanation": [
                "Fits.",
                "Δv 2.4 m/s is 31× this object's median of 0.08 m/s.",
                'x, "y"\nz',
            ][:n],
            "epoch_utc": [t + pd.Timedelta(days=k) for k in range(n)],
            "window_start_utc": [t] * n,
            "window_end_utc": [pd.NaT] * n,
            "direction": "in-plane",
            "delta_a_km": [-0.5, 1.25e-7, np.nan][:n],
            "delta_v_mps": [0.1, 2.4, -0.0][:n],
            "secondary_norad_id": pd.array([None, 5, None][:n], dtype="Int64"),
        }
    )
    return conform(frame)


THRESHOLDS = '{"digest":"abc","magnitude":{"floor_mps":0.02,"ratio":5.0,"types":["DEB","R/B"]}}'


def test_round_trip_restores_texts_and_dtypes_numbers_to_their_precision(tmp_path: Path) -> None:
    events = sample_events()
    events["rule_thresholds"] = pd.array([THRESHOLDS, THRESHOLDS, ""], dtype="string")
    path = tmp_path / "events.csv"
    assert write_events_csv(events, path) == 3
    back = read_events_csv(path)
    assert list(back.columns) == list(events.columns)
    assert (back.dtypes == events.dtypes).all()
    for text in ("event_id", "object_name", "explanation", "rule_thresholds"):
        assert list(back[text]) == list(events[text])
    # Regular events without a code say what they were compared with.
    assert list(back["reasons"]) == [
        "within-pattern",
        "magnitude-outlier;large-burn",
        "short-history",
    ]
    assert list(back["epoch_utc"]) == list(events["epoch_utc"].dt.round("ms"))
    np.testing.assert_array_equal(back["delta_a_km"], [-0.5, 0.0, np.nan])
    np.testing.assert_array_equal(back["delta_v_mps"], [0.1, 2.4, 0.0])
    assert list(back["secondary_norad_id"]) == list(events["secondary_norad_id"])


def test_file_is_utf8_with_header_iso_z_times_and_neutralised_text(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    write_events_csv(sample_events(), path)
    text = path.read_bytes().decode("utf-8")
    assert not text.startswith("\ufeff")
    header, first, second = text.split("\r\n")[:3]
    assert header.startswith("event_id,norad_id,object_name,event_type,label,reasons,explanation")
    assert "2025-03-01T12:00:00.123Z" in first  # to the millisecond
    assert ",-0.5," in first  # a negative number stays a number
    assert "'=cmd|' /C calc'!A0" in second  # a formula is neutralised
    assert "Δv 2.4 m/s is 31×" in second


def test_numbers_are_rounded_to_the_documented_precision(tmp_path: Path) -> None:
    """Issue 10 defect 8: no float noise, no nanoseconds, no JSON per row."""
    events = sample_events(1)
    events["delta_i_deg"] = 0.00010000000000331966
    events["delta_e"] = 1.1699999999999905e-05
    events["confidence"] = 0.9830165383196614
    events["significance_sigma"] = 45.64766370438488
    events["rule_thresholds"] = pd.array([THRESHOLDS], dtype="string")
    path = tmp_path / "events.csv"
    write_events_csv(events, path)
    with open(path, encoding="utf-8", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert row["delta_i_deg"] == "0.0001"
    assert row["delta_e"] == "0.0000117"
    assert row["confidence"] == "0.983"
    assert row["significance_sigma"] == "45.65"
    assert row["epoch_utc"] == "2025-03-01T12:00:00.123Z"
    assert "rule_thresholds" not in row
    assert row["rules_digest"] == rules_digest(THRESHOLDS)


def test_rules_are_written_once_beside_the_csv(tmp_path: Path) -> None:
    events = sample_events()
    other = THRESHOLDS.replace("5.0", "6.0")
    events["rule_thresholds"] = pd.array([THRESHOLDS, other, THRESHOLDS], dtype="string")
    path = tmp_path / "events.csv"
    write_events_csv(events, path)
    rules = rules_path_for(path)
    assert rules.name == "events.rules.toml"
    data = tomllib.loads(rules.read_text(encoding="utf-8"))
    assert sorted(data) == sorted({rules_digest(THRESHOLDS), rules_digest(other)})
    assert data[rules_digest(other)]["magnitude"]["ratio"] == 6.0
    assert list(read_events_csv(path)["rule_thresholds"]) == [THRESHOLDS, other, THRESHOLDS]
    rules.unlink()  # without the rules file, the digests stay
    back = read_events_csv(path)
    assert list(back["rules_digest"]) == [rules_digest(t) for t in (THRESHOLDS, other, THRESHOLDS)]


def test_a_byte_order_mark_on_request_and_read_either_way(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    write_events_csv(sample_events(), path, bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfevent_id,")
    assert list(read_events_csv(path).columns[:2]) == ["event_id", "norad_id"]


def test_geo_node_codes_are_explained(tmp_path: Path) -> None:
    events = sample_events(2)
    events["node"] = pd.array(["NK", ""], dtype="string")
    path = tmp_path / "events.csv"
    write_events_csv(events, path)
    back = read_events_csv(path)
    assert back["explanation"].iloc[0] == (
        "Fits. Node NK (nominal keeping): station-kept before and after."
    )
    assert back["explanation"].iloc[1] == events["explanation"].iloc[1]


#: An export as ``ssaviewer detect`` wrote it before issue 10 (full numbers, nanoseconds,
#: the thresholds' JSON in every row, no byte-order mark).
OLD_FORMAT = (
    "event_id,norad_id,object_name,event_type,label,reasons,explanation,epoch_utc,"
    "window_start_utc,window_end_utc,direction,delta_a_km,delta_i_deg,delta_e,delta_v_mps,"
    "confidence,rules,detector_version,source,node,regime,rule_thresholds\r\n"
    "7d5e205a35b5ae90,90001,AURORA-1,manoeuvre,regular,,\"Fits this object's pattern of life:"
    ' Δv 0.101 m/s in-plane.",2024-01-12T12:45:17.000000Z,2024-01-12T02:11:29.802624Z,'
    "2024-01-12T17:59:55.083840123Z,in-plane,0.18236557585260016,0.00010000000000331966,"
    "1.1699999999999905e-05,0.10080962717122643,0.9830165383196614,inplane.step,1.0,leo.tle,"
    ',LEO,"{""approach"":{""days"":3.0}}"\r\n'
)


def test_files_in_the_old_format_are_still_read(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_bytes(OLD_FORMAT.encode("utf-8"))
    back = read_events_csv(path)
    assert back["delta_i_deg"].iloc[0] == 0.00010000000000331966
    assert back["window_end_utc"].iloc[0] == pd.Timestamp("2024-01-12T17:59:55.083840123Z")
    assert back["rule_thresholds"].iloc[0] == '{"approach":{"days":3.0}}'
    assert back["reasons"].iloc[0] == ""
    assert str(back["norad_id"].dtype) == "int64"


@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_exports_get_the_mode_of_any_new_file(tmp_path: Path, umask: int) -> None:
    """Issue 10 defect 5: not 0600 whatever the umask."""
    events = sample_events()
    events["rule_thresholds"] = pd.array([THRESHOLDS] * 3, dtype="string")
    old = os.umask(umask)
    try:
        path = tmp_path / "events.csv"
        write_events_csv(events, path)
        plain = tmp_path / "plain.txt"
        plain.write_text("x", encoding="utf-8")
    finally:
        os.umask(old)
    expected = 0o666 & ~umask
    assert stat.S_IMODE(plain.stat().st_mode) == expected
    assert stat.S_IMODE(path.stat().st_mode) == expected
    assert stat.S_IMODE(rules_path_for(path).stat().st_mode) == expected


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-DEB", "'-DEB"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=x", "''=x"),
        ("'plain", "'plain"),
        ("plain", "plain"),
        ("", ""),
    ],
)
def test_neutralise_exactly_what_is_documented(text: str, cell: str) -> None:
    assert neutralise(text) == cell
    assert restore(cell) == text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(), min_size=1, max_size=5))
def test_arbitrary_text_round_trips(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str]
) -> None:
    events = sample_events(1)
    events = pd.concat([events] * len(texts), ignore_index=True)
    events["explanation"] = pd.array(texts, dtype="string")
    events["object_name"] = pd.array(texts[::-1], dtype="string")
    path = tmp_path_factory.mktemp("csv") / "events.csv"
    write_events_csv(events, path)
    back = read_events_csv(path)
    assert list(back["explanation"]) == texts
    assert list(back["object_name"]) == texts[::-1]


def test_flagged_only_keeps_irregular_events(tmp_path: Path) -> None:
    path = tmp_path / "flagged.csv"
    assert write_events_csv(sample_events(), path, flagged_only=True) == 1
    assert list(read_events_csv(path)["label"]) == ["irregular"]


def test_write_is_atomic_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "events.csv"
    path.write_text("old contents", encoding="utf-8")

    def fail(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_events_csv(sample_events(), path)
    assert path.read_text(encoding="utf-8") == "old contents"
    assert os.listdir(tmp_path) == ["events.csv"]
    monkeypatch.undo()
    write_events_csv(sample_events(), path)
    assert sorted(os.listdir(tmp_path)) == ["events.csv", "events.rules.toml"]
    assert len(read_events_csv(path)) == 3


def test_reading_a_bad_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("event_id,norad_id\nabc,1\nabc\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.csv: line 3: 1 cells, expected 2"):
        read_events_csv(path)
    path.write_text("event_id,norad_id\nabc,ISS\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.csv: column norad_id: cannot read as int64"):
        read_events_csv(path)


def test_empty_table_round_trips(tmp_path: Path) -> None:
    events = sample_events().iloc[0:0]
    path = tmp_path / "none.csv"
    write_events_csv(events, path)
    pd.testing.assert_frame_equal(read_events_csv(path), events.reset_index(drop=True))


def test_a_markup_name_is_plain_text_in_the_csv(tmp_path: Path) -> None:
    """Names are free text from the data: written as text, read back as text."""
    events = sample_events(2)
    events["object_name"] = pd.array(["<img src=x onerror=f()>", "=IMPORTXML(x)"], dtype="string")
    path = tmp_path / "events.csv"
    write_events_csv(events, path)
    with open(path, encoding="utf-8", newline="") as handle:
        names = [row["object_name"] for row in csv.DictReader(handle)]
    assert names == ["<img src=x onerror=f()>", "'=IMPORTXML(x)"]
    assert list(read_events_csv(path)["object_name"]) == list(events["object_name"])


def test_every_number_column_of_the_event_table_has_a_documented_precision() -> None:
    from ssaviewer.core.export import events_csv
    from ssaviewer.core.schema import EVENT_DTYPES

    floats = [c for c, t in EVENT_DTYPES.items() if t == "float64"]
    assert [c for c in floats if c not in events_csv.DECIMALS] == []


def test_confidence_is_truncated_so_thresholds_compare_as_before(tmp_path: Path) -> None:
    events = sample_events(3)
    events["confidence"] = [0.9496, 0.95, 0.99999]
    path = tmp_path / "events.csv"
    write_events_csv(events, path)
    assert list(read_events_csv(path)["confidence"]) == [0.949, 0.95, 0.999]
