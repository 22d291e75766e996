"""The demo scenario (sample_data/): every injected behaviour labelled as its key says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
    last = dataset.elements.groupby("norad_id")["epoch_utc"].max()
    # Behaviours with two days of element sets after them (a step needs sets after it).
    key["observable"] = key["time_utc"] <= key["norad_id"].map(last) - 2 * DAY
    return events, key, set(dataset.elements["norad_id"].tolist())


def rows_of(frame: pd.DataFrame) -> list[Any]:
    """The rows as named tuples (typed Any: pandas-stubs cannot type their fields)."""
    return list(frame.itertuples())


def matches(events: pd.DataFrame, row: Any) -> Any:
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
    for row in rows_of(special):
        found = matches(events, row)
        assert len(found), f"{row.object_name} {row.behaviour} at {row.time_utc} not found"
        assert (found["label"] == row.expected_label).any(), (row.behaviour, list(found["label"]))
        got = set(";".join(found["reasons"]).split(";"))
        wanted = set(filter(None, row.expected_reasons.split(";")))
        assert wanted <= got, (row.object_name, row.behaviour, wanted, got)


def test_routine_burns_found_are_labelled_regular(
    scenario: tuple[pd.DataFrame, pd.DataFrame, set[int]],
) -> None:
    events, key, loaded = scenario
    routine = key[key["behaviour"].isin(ROUTINE) & key["norad_id"].isin(loaded)]
    found_labels = [matches(events, row)["label"] for row in rows_of(routine)]
    labels = pd.concat([f for f in found_labels if len(f)])
    assert len(labels) >= 400
    # The target is 90 %. The few misses are burns of series the detector mostly
    # misses (a lone detected north-south burn is, from the data, a first and large one).
    assert (labels != "irregular").mean() >= 0.98, labels.value_counts().to_dict()
    assert (labels == "regular").mean() >= 0.95, labels.value_counts().to_dict()


def irregular_outside_the_key(events: pd.DataFrame, key: pd.DataFrame) -> list[str]:
    """Irregular manoeuvres with no irregular key row within their window (± 1 day)."""
    irregular = key[key["expected_label"] == "irregular"]
    flagged = events[(events["event_type"] == "manoeuvre") & (events["label"] == "irregular")]
    out = []
    for event in rows_of(flagged):
        near = irregular[
            (irregular["norad_id"] == event.norad_id)
            & (irregular["time_utc"] >= event.window_start_utc - DAY)
            & (irregular["time_utc"] <= event.window_end_utc + DAY)
        ]
        if len(near) == 0:
            out.append(f"{event.norad_id} at {event.epoch_utc}: {event.explanation}")
    return out


def test_every_observable_behaviour_found_and_labelled_as_the_key_says(
    scenario: tuple[pd.DataFrame, pd.DataFrame, set[int]], repo_root: Path
) -> None:
    # Objects whose file loads (geo.json needs the OMM JSON reader), and behaviours with two
    # days of element sets after them (a step needs element sets after it to show).
    events, key, loaded = scenario
    last = load(repo_root / "sample_data").elements.groupby("norad_id")["epoch_utc"].max()
    observable = key[
        key["norad_id"].isin(loaded) & (key["time_utc"] <= key["norad_id"].map(last) - 2 * DAY)
    ]
    assert len(observable) >= 450
    for row in rows_of(observable):
        labels = set(matches(events, row)["label"])
        allowed = {row.expected_label} | ({"undetermined"} if row.behaviour in ROUTINE else set())
        assert labels & allowed, (row.object_name, row.behaviour, row.time_utc, labels)
    assert irregular_outside_the_key(events, key) == []
