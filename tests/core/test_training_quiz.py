"""Quiz scoring against a literal answer key."""

from __future__ import annotations

import pandas as pd
import pytest

from ssaviewer.core.training import quiz_key, results_csv, score_marks, summarise
from ssaviewer.core.training.quiz import RESULT_COLUMNS

KEY_ROWS = [
    # norad_id, object_name, behaviour, event_type, expected_label, time_utc
    (101, "ALPHA", "orbit-raising", "manoeuvre", "irregular", "2025-01-10T12:00:00Z"),
    (101, "ALPHA", "drag-makeup", "manoeuvre", "regular", "2025-01-02T00:00:00Z"),
    (102, "BRAVO", "inclination-change", "manoeuvre", "irregular", "2025-01-20T00:00:00Z"),
    (103, "CHARLIE", "geo-ew-station-keeping", "manoeuvre", "regular", "2025-01-05T06:00:00Z"),
]


def answer_key() -> pd.DataFrame:
    columns = ["norad_id", "object_name", "behaviour", "event_type", "expected_label", "time_utc"]
    return pd.DataFrame(KEY_ROWS, columns=columns)


def marks(*rows: tuple[str, int, str, str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["trainee", "norad_id", "time_utc", "label"])


def by_event(results: pd.DataFrame, trainee: str) -> dict[int, str]:
    own = results[(results["trainee"] == trainee) & results["event_id"].notna()]
    return dict(zip(own["event_id"].astype(int), own["outcome"].astype(str), strict=True))


def test_key_is_numbered_in_time_order_and_scores_all_events_by_default() -> None:
    key = quiz_key(answer_key())
    assert key["object_name"].tolist() == ["ALPHA", "CHARLIE", "ALPHA", "BRAVO"]
    assert key["event_id"].tolist() == [1, 2, 3, 4]
    assert key["scored"].all()
    assert quiz_key(answer_key(), "irregular")["scored"].tolist() == [False, False, True, True]


def test_found_missed_false_marks_and_labels() -> None:
    key = quiz_key(answer_key())
    trainee_marks = marks(
        ("ann", 101, "2025-01-10T20:00:00Z", "irregular"),  # event 3, 8 h late, right label
        ("ann", 103, "2025-01-05T00:00:00Z", "irregular"),  # event 2, wrong label
        ("ann", 102, "2025-01-25T00:00:00Z", "irregular"),  # 5 days off: a false mark
        ("ann", 104, "2025-01-10T00:00:00Z", "regular"),  # no such object's event
    )
    results = score_marks(key, trainee_marks, tolerance_hours=24)
    assert list(results.columns) == list(RESULT_COLUMNS)
    assert by_event(results, "ann") == {1: "missed", 2: "found", 3: "found", 4: "missed"}
    assert (results["outcome"] == "false mark").sum() == 2
    found = results[results["outcome"] == "found"].set_index("event_id")
    assert found.loc[3, "label_correct"]
    assert not found.loc[2, "label_correct"]
    assert found.loc[3, "time_error_hours"] == pytest.approx(8.0)
    assert found.loc[2, "time_error_hours"] == pytest.approx(-6.0)
    summary = summarise(results).set_index("trainee")
    assert summary.loc["ann"].to_dict() == {
        "found": 2,
        "missed": 2,
        "false_marks": 2,
        "correct_labels": 1,
        "events": 4,
    }


def test_each_trainee_is_scored_on_their_own_marks() -> None:
    key = quiz_key(answer_key())
    trainee_marks = marks(
        ("ann", 102, "2025-01-20T01:00:00Z", "irregular"),
        ("bob", 101, "2025-01-02T03:00:00Z", "regular"),
    )
    results = score_marks(key, trainee_marks, tolerance_hours=24)
    assert by_event(results, "ann") == {1: "missed", 2: "missed", 3: "missed", 4: "found"}
    assert by_event(results, "bob") == {1: "found", 2: "missed", 3: "missed", 4: "missed"}
    assert summarise(results)["trainee"].tolist() == ["ann", "bob"]


def test_nearest_mark_wins_and_a_second_mark_on_one_event_is_false() -> None:
    key = quiz_key(answer_key())
    trainee_marks = marks(
        ("ann", 102, "2025-01-20T10:00:00Z", "irregular"),
        ("ann", 102, "2025-01-19T22:00:00Z", "regular"),  # nearer: 2 h early
    )
    results = score_marks(key, trainee_marks, tolerance_hours=24)
    found = results[results["outcome"] == "found"].iloc[0]
    assert found["mark_label"] == "regular"
    assert found["time_error_hours"] == pytest.approx(-2.0)
    false = results[results["outcome"] == "false mark"].iloc[0]
    assert false["mark_time_utc"] == pd.Timestamp("2025-01-20T10:00:00Z")


def test_tolerance_is_inclusive() -> None:
    key = quiz_key(answer_key())
    on_edge = marks(("ann", 102, "2025-01-21T00:00:00Z", "irregular"))
    beyond = marks(("ann", 102, "2025-01-21T00:00:01Z", "irregular"))
    assert by_event(score_marks(key, on_edge, 24), "ann")[4] == "found"
    assert by_event(score_marks(key, beyond, 24), "ann")[4] == "missed"


def test_irregular_quiz_neither_rewards_nor_punishes_routine_marks() -> None:
    key = quiz_key(answer_key(), "irregular")
    trainee_marks = marks(
        ("ann", 101, "2025-01-02T01:00:00Z", "regular"),  # the routine make-up
        ("ann", 102, "2025-01-20T00:00:00Z", "irregular"),
    )
    results = score_marks(key, trainee_marks, 24)
    assert by_event(results, "ann") == {1: "not scored", 3: "missed", 4: "found"}
    summary = summarise(results).iloc[0]
    assert (summary["found"], summary["missed"], summary["false_marks"]) == (1, 1, 0)
    assert summary["events"] == 2


def test_bad_label_is_named() -> None:
    key = quiz_key(answer_key())
    with pytest.raises(ValueError, match="'odd'; expected one of regular, irregular"):
        score_marks(key, marks(("ann", 101, "2025-01-10T12:00:00Z", "odd")), 24)


def test_csv_has_one_row_per_trainee_and_event() -> None:
    key = quiz_key(answer_key())
    trainee_marks = marks(
        ("ann", 101, "2025-01-10T12:00:00Z", "irregular"),
        ("bob", 105, "2025-01-01T00:00:00Z", "regular"),
    )
    lines = results_csv(score_marks(key, trainee_marks, 24)).splitlines()
    assert lines[0] == ",".join(RESULT_COLUMNS)
    assert len(lines) == 1 + 4 + 4 + 1  # header, ann's 4 events, bob's 4 events and 1 false mark
    assert (
        "ann,found,3,101,ALPHA,manoeuvre,2025-01-10T12:00:00Z,irregular,"
        "2025-01-10T12:00:00Z,irregular,True,0.000" in lines
    )
    assert "bob,false mark,,105,,,,,2025-01-01T00:00:00Z,regular,," in lines


def test_notes_attach_to_their_events_and_a_stray_note_is_named() -> None:
    notes = pd.DataFrame(
        {
            "norad_id": [102],
            "time_utc": pd.to_datetime(["2025-01-20T05:00:00Z"]),
            "text": ["BRAVO tilts its orbit"],
        }
    )
    key = quiz_key(answer_key(), notes=notes, tolerance_hours=6)
    assert key.set_index("event_id").loc[4, "narration"] == "BRAVO tilts its orbit"
    assert (key["narration"] != "").sum() == 1
    with pytest.raises(ValueError, match=r"NORAD 102 .* within 4 h"):
        quiz_key(answer_key(), notes=notes, tolerance_hours=4)


def test_presentation_reveals_events_notes_and_anomalies_in_time() -> None:
    from ssaviewer.core.schema import EVENT_COLUMNS
    from ssaviewer.core.training.reveal import current_note, revealed_events, step_anomaly

    notes = pd.DataFrame(
        {
            "norad_id": [101],
            "time_utc": pd.to_datetime(["2025-01-10T12:00:00Z"]),
            "text": ["ALPHA climbs"],
        }
    )
    key = quiz_key(answer_key(), notes=notes)
    day = pd.Timestamp("2025-01-10T12:00:00Z")
    shown = revealed_events(key, day - pd.Timedelta(seconds=1))
    assert list(shown.columns) == list(EVENT_COLUMNS)
    assert shown["event_id"].tolist() == ["K1", "K2"]
    assert revealed_events(key, day)["event_id"].tolist() == ["K1", "K2", "K3"]
    assert revealed_events(key, day)["explanation"].iloc[2] == "ALPHA climbs"
    assert current_note(key, day - pd.Timedelta(seconds=1)) is None
    assert current_note(key, pd.Timestamp("2025-03-01T00:00:00Z")) == 2
    assert step_anomaly(key, pd.Timestamp("2025-01-01T00:00:00Z"), +1) == 2
    assert step_anomaly(key, day, +1) == 3
    assert step_anomaly(key, day, -1) is None
    assert step_anomaly(key, pd.Timestamp("2025-02-01T00:00:00Z"), +1) is None
