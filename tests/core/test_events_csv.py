"""The events CSV: spreadsheet-safe, atomic, and read back exactly."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssaviewer.core.detect.event_table import EVENT_DTYPES, conform
from ssaviewer.core.export.events_csv import (
    neutralise,
    read_events_csv,
    restore,
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


def test_round_trip_restores_texts_numbers_times_and_dtypes(tmp_path: Path) -> None:
    events = sample_events()
    path = tmp_path / "events.csv"
    assert write_events_csv(events, path) == 3
    back = read_events_csv(path)
    pd.testing.assert_frame_equal(back, events)
    assert list(back.columns[:19]) == list(EVENT_DTYPES)[:19]


def test_file_is_utf8_with_header_iso_z_times_and_neutralised_text(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    write_events_csv(sample_events(), path)
    text = path.read_bytes().decode("utf-8")
    header, first, second = text.split("\r\n")[:3]
    assert header.startswith("event_id,norad_id,object_name,event_type,label,reasons,explanation")
    assert "2025-03-01T12:00:00.123456789Z" in first
    assert ",-0.5," in first  # a negative number stays a number
    assert "'=cmd|' /C calc'!A0" in second  # a formula is neutralised
    assert "Δv 2.4 m/s is 31×" in second


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
    assert os.listdir(tmp_path) == ["events.csv"]
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
