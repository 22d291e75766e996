"""The evaluation machinery on literal cases: merging, one-to-one matching, the 5 mm/s rule."""

from __future__ import annotations

import pandas as pd
import pytest

from ssaviewer.core.evaluate import evaluate
from ssaviewer.core.truth import truth_frame

DAY = pd.Timedelta(days=1)
T0 = pd.Timestamp("2024-01-01T00:00:00Z")


def elements(norad_id: int = 1, days: int = 10, object_id: str = "2024-001A") -> pd.DataFrame:
    """Element sets at 00:00 UTC on ``days`` consecutive days (e0 … e9)."""
    return pd.DataFrame(
        {
            "norad_id": norad_id,
            "epoch_utc": [T0 + k * DAY for k in range(days)],
            "object_name": "A",
            "object_id": object_id,
            "regime": "LEO",
        }
    )


def truth(
    *records: tuple[str, str, float], norad_id: int = 1, kind: str = "in-plane"
) -> pd.DataFrame:
    n = len(records)
    return truth_frame(
        [norad_id] * n,
        ["2024-001A"] * n,
        [pd.Timestamp(r[0]) for r in records],
        [pd.Timestamp(r[1]) for r in records],
        [r[2] for r in records],
        [kind] * n,
        [f"t:{k}" for k in range(n)],
    )


def detection(start_day: int, end_day: int, epoch: str, norad_id: int = 1) -> dict[str, object]:
    return {
        "norad_id": norad_id,
        "epoch_utc": pd.Timestamp(epoch),
        "window_start_utc": T0 + start_day * DAY,
        "window_end_utc": T0 + end_day * DAY,
    }


def score(result: object, mode: str, name: str = "A") -> dict[str, float]:
    scores = result.scores  # type: ignore[attr-defined]
    row = scores[(scores["mode"] == mode) & (scores["name"] == name)].iloc[0]
    return dict(row)


@pytest.fixture
def case() -> object:
    records = truth(
        ("2024-01-03T06:00Z", "2024-01-03T07:00Z", 0.02),  # gap 3, merged with the next
        ("2024-01-03T18:00Z", "2024-01-03T19:00Z", 0.03),
        ("2024-01-06T12:00Z", "2024-01-06T12:10Z", 0.003),  # under 5 mm/s
        ("2024-01-08T12:00Z", "2024-01-08T13:00Z", 0.1),  # gap 8
    )
    found = pd.DataFrame(
        [
            detection(2, 3, "2024-01-03T12:00Z"),  # A: the gap-3 event
            detection(3, 4, "2024-01-04T06:00Z"),  # B: a second one near it
            detection(5, 6, "2024-01-06T12:00Z"),  # C: the small burn
            detection(8, 9, "2024-01-09T12:00Z"),  # D: one gap late, 23 h late
        ]
    )
    return evaluate(found, records, elements())


def test_records_in_one_gap_form_one_event(case: object) -> None:
    events = case.truth_events  # type: ignore[attr-defined]
    assert list(events["gap_lo"]) == [3, 6, 8]
    assert list(events["n_records"]) == [2, 1, 1]
    assert events["dv_total_mps"].iloc[0] == pytest.approx(0.05)
    assert list(events["small"]) == [False, True, False]


def test_gap_matching_one_to_one_and_small_burns_ignored(case: object) -> None:
    gap = score(case, "gap")
    assert (gap["tp"], gap["fp"], gap["fn"], gap["ignored"]) == (2, 1, 0, 1)
    assert gap["precision"] == pytest.approx(2 / 3)
    assert gap["recall"] == pytest.approx(1.0)
    assert gap["f1"] == pytest.approx(0.8)
    assert gap["f2"] == pytest.approx(5 * (2 / 3) / (4 * 2 / 3 + 1))
    assert gap["false_alarms_per_year"] == pytest.approx(1 / (9 / 365.25))
    status = case.detections["status_gap"].tolist()  # type: ignore[attr-defined]
    assert status == ["hit", "false-alarm", "ignored", "hit"]


def test_time_matching_within_twelve_hours(case: object) -> None:
    hours = score(case, "12h")
    assert (hours["tp"], hours["fp"], hours["fn"], hours["ignored"]) == (1, 2, 1, 1)
    status = case.detections["status_12h"].tolist()  # type: ignore[attr-defined]
    assert status == ["hit", "false-alarm", "ignored", "false-alarm"]


def test_two_gaps_away_is_a_miss_and_a_false_alarm() -> None:
    records = truth(("2024-01-03T06:00Z", "2024-01-03T07:00Z", 0.5))
    found = pd.DataFrame([detection(4, 5, "2024-01-05T00:00Z")])
    gap = score(evaluate(found, records, elements()), "gap")
    assert (gap["tp"], gap["fp"], gap["fn"]) == (0, 1, 1)


def test_unknown_delta_v_counts_and_attitude_and_outside_records_do_not() -> None:
    records = pd.concat(
        [
            truth(("2024-01-03T06:00Z", "2024-01-03T07:00Z", float("nan"))),
            truth(("2024-01-05T06:00Z", "2024-01-05T07:00Z", float("nan")), kind="attitude"),
            truth(("2023-12-25T06:00Z", "2023-12-25T07:00Z", 1.0)),  # before the first set
        ],
        ignore_index=True,
    )
    gap = score(
        evaluate(pd.DataFrame([detection(2, 3, "2024-01-03T12:00Z")]), records, elements()), "gap"
    )
    assert (gap["truth_events"], gap["tp"], gap["fp"], gap["fn"]) == (1, 1, 0, 0)


def test_records_without_norad_id_are_found_by_cospar_id() -> None:
    records = truth(("2024-01-03T06:00Z", "2024-01-03T07:00Z", 0.1), norad_id=-1)
    result = evaluate(pd.DataFrame([detection(2, 3, "2024-01-03T12:00Z")]), records, elements())
    assert score(result, "gap")["tp"] == 1


def test_pooled_per_regime_sums_objects() -> None:
    both = pd.concat([elements(1), elements(2, object_id="2024-002A")], ignore_index=True)
    both.loc[both["norad_id"] == 2, "object_name"] = "B"
    records = pd.concat(
        [
            truth(("2024-01-03T06:00Z", "2024-01-03T07:00Z", 0.1)),
            truth(("2024-01-05T06:00Z", "2024-01-05T07:00Z", 0.1), norad_id=2),
        ],
        ignore_index=True,
    )
    found = pd.DataFrame(
        [detection(2, 3, "2024-01-03T12:00Z"), detection(7, 8, "2024-01-08T00:00Z", 2)]
    )
    scores = evaluate(found, records, both).scores
    pooled = scores[(scores["mode"] == "gap") & (scores["scope"] == "regime")].iloc[0]
    assert (pooled["name"], pooled["tp"], pooled["fp"], pooled["fn"]) == ("LEO", 1, 1, 1)
    assert pooled["object_years"] == pytest.approx(2 * 9 / 365.25)


def test_an_epoch_republished_a_millisecond_later_makes_no_gap() -> None:
    # e3 is published twice, 0.86 ms apart (its fraction of day rounded differently). The
    # burn lies between e2 and e3; the detection's window starts at the second copy of e3 and
    # ends at e4: one gap late, a hit. Counting the millisecond as a gap would make it two.
    base = elements()
    copy = base.iloc[[3]].assign(epoch_utc=base["epoch_utc"].iloc[3] + pd.Timedelta(0.864, "ms"))
    table = pd.concat([base, copy]).sort_values("epoch_utc", kind="stable")
    records = truth(("2024-01-03T06:00Z", "2024-01-03T07:00Z", 0.5))
    window = detection(3, 4, "2024-01-04T00:00Z")
    window["window_start_utc"] = copy["epoch_utc"].iloc[0]
    gap = score(evaluate(pd.DataFrame([window]), records, table), "gap")
    assert (gap["tp"], gap["fp"], gap["fn"]) == (1, 0, 0)
    # Two real epochs apart (a day each) stay a miss and a false alarm.
    later = detection(4, 5, "2024-01-05T00:00Z")
    gap = score(evaluate(pd.DataFrame([later]), records, table), "gap")
    assert (gap["tp"], gap["fp"], gap["fn"]) == (0, 1, 1)
