"""run_detection end to end on a synthetic history: schema, labels, stable ids, user rules."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.detect import (
    DETECTOR_VERSION,
    default_rules,
    default_rules_text,
    load_rules,
    run_detection,
)
from ssaviewer.core.detect.manoeuvres.detector import DetectionCancelled
from ssaviewer.core.detect.pipeline import chunk_bounds, detect_in_chunks
from ssaviewer.core.detect.rules_file import documented_rules
from ssaviewer.core.detect.sections import SECTIONS
from ssaviewer.core.schema import EVENT_COLUMNS, LABELS
from tests.core.events_fixtures import dataset, elements

ROUTINE_DAYS = list(range(15, 240, 20))
LARGE_DAY = 150


@pytest.fixture(scope="module")
def history() -> pd.DataFrame:
    """A LEO object decaying 10 m/day, raised 0.2 km every 20 days and 15 km once."""
    rng = np.random.default_rng(3)
    a = 7000.0 - 0.01 * np.arange(240) + rng.normal(0, 0.002, 240)
    for day in ROUTINE_DAYS:
        a[day:] += 0.2
    a[LARGE_DAY:] += 15.0
    return elements(1, 240, a_km=a)


@pytest.fixture(scope="module")
def events(history: pd.DataFrame) -> pd.DataFrame:
    return run_detection(dataset(history), screen=None)


def test_schema_columns_first_in_order(events: pd.DataFrame) -> None:
    assert tuple(events.columns[: len(EVENT_COLUMNS)]) == EVENT_COLUMNS
    assert {"node", "rule_thresholds", "regime"} <= set(events.columns)
    assert set(events["label"]) <= set(LABELS)
    assert (events["detector_version"] == DETECTOR_VERSION).all()
    assert (events["source"] == "a.tle").all()


def test_every_burn_found_routine_regular_large_irregular(events: pd.DataFrame) -> None:
    m = events[events["event_type"] == "manoeuvre"]
    days = ((m["window_end_utc"] - pd.Timestamp("2025-01-01T00:00:00Z")).dt.days).tolist()
    assert days == sorted([*ROUTINE_DAYS, LARGE_DAY])
    large = m[m["delta_v_mps"] > 1.0]
    assert len(large) == 1
    assert large["label"].iloc[0] == "irregular"
    assert "large-burn" in large["reasons"].iloc[0]
    routine = m[m["delta_v_mps"] <= 1.0]
    assert (routine["label"] == "regular").all()
    assert (m["direction"] == "in-plane").all()
    assert (m["window_start_utc"] < m["window_end_utc"]).all()


def test_thresholds_recorded_as_json(events: pd.DataFrame) -> None:
    thresholds = json.loads(events["rule_thresholds"].iloc[0])
    assert thresholds["magnitude"]["large_burn_mps"] == 1.0
    assert thresholds["digest"] == default_rules().digest
    assert "inplane" in thresholds


def test_same_input_same_events_and_ids(history: pd.DataFrame, events: pd.DataFrame) -> None:
    again = run_detection(dataset(history.iloc[::-1]), screen=None)
    pd.testing.assert_frame_equal(again, events)
    assert events["event_id"].is_unique
    assert events["event_id"].str.fullmatch(r"[0-9a-f]{16}").all()


def test_a_user_rules_file_changes_the_results_as_documented(history: pd.DataFrame) -> None:
    rules = load_rules("[magnitude]\nlarge_burn_mps = 50.0\nratio = 1000.0\n", "mine.toml")
    events = run_detection(dataset(history), rules, screen=None)
    large = events[events["delta_v_mps"] > 1.0]
    # Neither large-burn nor magnitude-outlier fires now; the orbit still leaves its band.
    assert large["reasons"].iloc[0] == "leaves-box"
    assert json.loads(large["rule_thresholds"].iloc[0])["magnitude"]["large_burn_mps"] == 50.0
    relaxed = load_rules("[label]\nirregular_codes = []\n", "relaxed.toml")
    events = run_detection(dataset(history), relaxed, screen=None)
    assert (events.loc[events["event_type"] == "manoeuvre", "label"] == "regular").all()


def test_progress_and_cancel(history: pd.DataFrame) -> None:
    seen: list[float] = []
    run_detection(dataset(history), screen=None, progress=lambda f, _m: seen.append(f))
    assert seen[-1] == 1.0
    assert seen == sorted(seen)
    with pytest.raises(DetectionCancelled):
        run_detection(dataset(history), screen=None, should_stop=lambda: True)


def test_one_element_set_gives_no_events_and_no_error() -> None:
    events = run_detection(dataset(elements(1, 1)), screen=None)
    assert len(events) == 0
    assert tuple(events.columns[: len(EVENT_COLUMNS)]) == EVENT_COLUMNS


def test_shipped_default_rules_file_matches_the_code() -> None:
    text = default_rules_text()
    assert text == documented_rules(default_rules(), SECTIONS), (
        "default_rules.toml is out of date: run python -m ssaviewer.core.detect.rules_file"
    )
    assert load_rules(text, "default_rules.toml").values == default_rules().values


def test_chunk_bounds_keep_objects_whole() -> None:
    norad = np.array([1, 1, 1, 2, 2, 3, 4, 4, 4, 4])
    assert chunk_bounds(norad, 4) == [(0, 5), (5, 10)]
    assert chunk_bounds(norad, 1) == [(0, 3), (3, 5), (5, 6), (6, 10)]
    assert chunk_bounds(norad, 100) == [(0, 10)]
    assert chunk_bounds(norad[:0], 5) == []


def test_chunked_detection_equals_whole_catalogue_detection(history: pd.DataFrame) -> None:
    others = [history.assign(norad_id=k, record=history["record"] + f"#{k}") for k in (2, 3)]
    table = dataset(history, *others).elements
    rules = default_rules()
    whole = detect_in_chunks(table, rules, chunk_element_sets=10**9)
    chunked = detect_in_chunks(table, rules, chunk_element_sets=100)
    assert len(whole[0]) == 3 * 13
    pd.testing.assert_frame_equal(chunked[0], whole[0])
    pd.testing.assert_frame_equal(chunked[1], whole[1])
    rows = table.iloc[chunked[0]["index_after"].to_numpy()]
    assert (rows["epoch_utc"].to_numpy() == chunked[0]["window_end_utc"].to_numpy()).all()
