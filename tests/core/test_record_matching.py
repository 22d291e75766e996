"""Operator records matched to detected manoeuvres as ``evaluate`` matches them."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.evaluate import evaluate
from ssaviewer.core.truth import read_truth
from ssaviewer.core.truth.matching import (
    ATTITUDE,
    MATCHED,
    NO_DETECTION,
    NOT_LOADED,
    OUTSIDE,
    match_records,
    object_scores,
)
from ssaviewer.core.truth.notifications import orbit_records, resolve_notifications

DAY = pd.Timedelta(days=1)
T0 = pd.Timestamp("2025-01-01", tz="UTC")

#: Two objects with one element set a day for 30 days.
ELEMENTS = pd.DataFrame(
    {
        "norad_id": np.repeat([101, 102], 30),
        "epoch_utc": [T0 + k * DAY for k in range(30)] * 2,
        "object_name": ["ONE"] * 30 + ["TWO"] * 30,
    }
)
OBJECTS = pd.DataFrame({"norad_id": [101, 102], "object_id": ["2020-001A", "2020-002A"]})


def _manoeuvre(event_id: str, norad: int, day: int) -> dict[str, object]:
    """A manoeuvre between the element sets of day ``day`` and ``day + 1``."""
    return {
        "event_id": event_id,
        "norad_id": norad,
        "event_type": "manoeuvre",
        "epoch_utc": T0 + (day + 0.5) * DAY,
        "window_start_utc": T0 + day * DAY,
        "window_end_utc": T0 + (day + 1) * DAY,
    }


EVENTS = pd.DataFrame(
    [
        _manoeuvre("m-a", 101, 5),
        _manoeuvre("m-b", 101, 12),  # no record: not announced
        _manoeuvre("m-c", 102, 20),  # announced by COSPAR id only
        {**_manoeuvre("d-a", 101, 20), "event_type": "data-quality"},  # not a manoeuvre
    ]
)

RECORDS_CSV = """norad_id,start_utc,end_utc,kind,note
101,2025-01-06T10:00:00Z,2025-01-06T10:20:00Z,in-plane,burn one
101,2025-01-21T08:00:00Z,2025-01-21T08:10:00Z,in-plane,announced but not seen
101,2025-03-01T00:00:00Z,2025-03-01T00:10:00Z,in-plane,after the last element set
555,2025-01-10T00:00:00Z,2025-01-10T00:10:00Z,in-plane,object not loaded
101,2025-01-09T00:00:00Z,2025-01-09T00:10:00Z,attitude,attitude slew
"""


@pytest.fixture
def records() -> pd.DataFrame:
    truth, problems = read_truth(RECORDS_CSV, "notes.csv")
    assert problems == []
    by_cospar = truth.iloc[[0]].assign(
        norad_id=-1, object_id="2020-002A", start_utc=T0 + 20.6 * DAY, end_utc=T0 + 20.7 * DAY
    )
    return pd.concat([truth, by_cospar], ignore_index=True)


def test_each_record_gets_its_manoeuvre_or_says_why_not(records: pd.DataFrame) -> None:
    match = match_records(records, EVENTS, ELEMENTS, OBJECTS)
    out = match.records
    assert list(out["event_id"]) == ["m-a", "", "", "", "", "m-c"]
    assert list(out["status"]) == [MATCHED, NO_DETECTION, OUTSIDE, NOT_LOADED, ATTITUDE, MATCHED]
    assert out["norad_id"].iloc[-1] == 102  # resolved from the COSPAR id


def test_manoeuvres_are_announced_only_when_paired(records: pd.DataFrame) -> None:
    manoeuvres = match_records(records, EVENTS, ELEMENTS, OBJECTS).manoeuvres
    announced = dict(zip(manoeuvres["event_id"], manoeuvres["announced"], strict=True))
    assert announced == {"m-a": True, "m-b": False, "m-c": True}


def test_scores_are_evaluates_for_the_objects_with_records(records: pd.DataFrame) -> None:
    scores = object_scores(match_records(records, EVENTS, ELEMENTS, OBJECTS))
    gap = scores[scores["mode"] == "gap"].set_index("norad_id")
    assert list(gap.index) == [101, 102]
    assert gap.loc[[101], ["tp", "fp", "fn"]].to_numpy().tolist() == [[1, 1, 1]]
    assert gap.loc[101, "precision"] == pytest.approx(0.5)
    assert gap.loc[102, "recall"] == pytest.approx(1.0)
    truth = records.assign(norad_id=[101, 101, 101, 555, 101, 102])
    direct = evaluate(EVENTS, truth, ELEMENTS).scores
    direct = direct[direct["scope"] == "object"].reset_index(drop=True)
    columns = [c for c in scores.columns if c != "name"]
    pd.testing.assert_frame_equal(scores[columns], direct[columns], check_dtype=False)


def test_records_outside_any_gap_match_nothing() -> None:
    truth, _ = read_truth(RECORDS_CSV, "notes.csv")
    match = match_records(truth, EVENTS.iloc[0:0], ELEMENTS, OBJECTS)
    assert set(match.records["event_id"]) == {""}
    assert len(match.manoeuvres) == 0


def test_notifications_drop_attitude_and_resolve_cospar_ids(records: pd.DataFrame) -> None:
    notes = resolve_notifications(orbit_records(records), OBJECTS)
    assert notes is not None
    assert list(notes["norad_id"]) == [101, 101, 101, 555, 102]
    assert list(notes.columns) == ["norad_id", "start_utc", "end_utc"]


def test_records_of_objects_not_loaded_are_listed_not_scored(records: pd.DataFrame) -> None:
    match = match_records(records, EVENTS.iloc[0:0], ELEMENTS.iloc[0:0], OBJECTS.iloc[0:0])
    assert set(match.records["status"]) == {NOT_LOADED, ATTITUDE}
    assert len(object_scores(match)) == 0
