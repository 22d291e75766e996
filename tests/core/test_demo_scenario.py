"""The simulator's demo scenario (sample_data/): every injected behaviour labelled as its key says."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from ssaviewer.core.dataset import load
from ssaviewer.core.detect import run_detection

ROUTINE = ("drag-makeup", "geo-ew-station-keeping", "geo-ns-station-keeping")
DAY = pd.Timedelta(days=1)


@pytest.fixture(scope="module")
def scenario(repo_root: Path) -> tuple[pd.DataFrame, pd.DataFrame, set[int]]:
    dataset = load(repo_root / "sample_data")
    events = run_detection(dataset)
    key = pd.read_csv(repo_root / "sample_data" / "answer_key.csv", dtype={"expected_reasons": str})
    key["time_utc"] = pd.to_datetime(key["time_utc"], utc=True)
    key["expected_reasons"] = key["expected_reasons"].fillna("")
    return events, key, set(dataset.elements["norad_id"].tolist())


def matches(events: pd.DataFrame, row: pd.Series) -> pd.DataFrame:
    """The events of the key row's type and object whose window brackets its time (± 1 day)."""
    same = events[(events["norad_id"] == row.norad_id) & (events["event_type"] == row.event_type)]
    if row.event_type == "manoeuvre":
        return same[
            (same["window_start_utc"] <= row.time_utc + DAY)
            & (same["window_end_utc"] >= row.time_utc - DAY)
        ]
    if row.event_type == "close-approach":
        return same[
            (same["epoch_utc"] >= row.time_utc - DAY)
            & (same["epoch_utc"] <= row.time_utc + 4 * DAY)
        ]
    return same[(same["epoch_utc"] - row.time_utc).abs() <= 15 * DAY]


def test_every_irregular_behaviour_decay_and_fragmentation_found_as_the_key_says(
    scenario: tuple[pd.DataFrame, pd.DataFrame, set[int]],
) -> None:
    events, key, loaded = scenario
    special = key[~key["behaviour"].isin(ROUTINE) & key["norad_id"].isin(loaded)]
    assert len(special) >= 8
    for row in special.itertuples():
        found = matches(events, row)
        assert len(found), f"{row.object_name} {row.behaviour} at {row.time_utc} not found"
        assert (found["label"] == row.expected_label).any(), (row.behaviour, list(found["label"]))
        got = set(";".join(found["reasons"]).split(";"))
        wanted = set(filter(None, row.expected_reasons.split(";")))
        assert wanted <= got, (row.object_name, row.behaviour, wanted, got)


def test_routine_burns_found_are_labelled_regular_or_undetermined(
    scenario: tuple[pd.DataFrame, pd.DataFrame, set[int]],
) -> None:
    events, key, loaded = scenario
    routine = key[key["behaviour"].isin(ROUTINE) & key["norad_id"].isin(loaded)]
    found_labels = [matches(events, row)["label"] for row in routine.itertuples()]
    labels = pd.concat([f for f in found_labels if len(f)])
    assert len(labels) >= 400
    assert set(labels) <= {"regular", "undetermined"}, labels.value_counts().to_dict()
    assert (labels == "regular").mean() >= 0.9


def test_no_irregular_manoeuvre_outside_the_answer_key(
    scenario: tuple[pd.DataFrame, pd.DataFrame, set[int]],
) -> None:
    events, key, _ = scenario
    irregular = key[key["expected_label"] == "irregular"]
    flagged = events[(events["event_type"] == "manoeuvre") & (events["label"] == "irregular")]
    for event in flagged.itertuples():
        near = irregular[
            (irregular["norad_id"] == event.norad_id)
            & (irregular["time_utc"] >= event.window_start_utc - DAY)
            & (irregular["time_utc"] <= event.window_end_utc + DAY)
        ]
        assert len(near), f"{event.norad_id} flagged at {event.epoch_utc}: {event.explanation}"


@pytest.mark.xfail(
    strict=True,
    reason="GEO station-keeping detection (branch detect, first untuned version) and the OMM "
    "JSON reader (branch omm, for sample_data/geo.json) are not complete on this branch yet",
)
def test_every_injected_behaviour_found(
    scenario: tuple[pd.DataFrame, pd.DataFrame, set[int]],
) -> None:
    events, key, _ = scenario
    missing = [row.Index for row in key.itertuples() if len(matches(events, row)) == 0]
    assert missing == []
