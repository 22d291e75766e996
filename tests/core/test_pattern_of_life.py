"""Pattern-of-life labelling on literal manoeuvre tables: each reason code, and the labels."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.detect.assemble import assemble_events
from tests.core.events_fixtures import (
    NO_OUTLIERS,
    dataset,
    elements,
    manoeuvres,
    routine,
    rules,
)

EVERY_20_DAYS = [10, 30, 50, 70, 90]


def label(
    rows: list[dict[str, object]],
    *,
    history: pd.DataFrame | None = None,
    objects: dict[int, str] | None = None,
    rules_text: str = "",
    notifications: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Label the manoeuvres; return the manoeuvre events in time order."""
    ds = dataset(history if history is not None else elements(days=120), objects=objects)
    events = assemble_events(
        ds,
        manoeuvres(rows),
        NO_OUTLIERS,
        rules(rules_text),
        notifications=notifications,
        screen=None,
    )
    return events[events["event_type"] == "manoeuvre"].reset_index(drop=True)


def test_routine_burns_are_regular_and_say_what_they_were_compared_with() -> None:
    events = label(routine(EVERY_20_DAYS, dv=0.05))
    assert list(events["label"]) == ["regular"] * 5
    assert list(events["reasons"]) == [""] * 5
    assert events["explanation"][0].startswith("Fits this object's pattern of life: Δv 0.05")
    assert "4 other manoeuvres" in events["explanation"][0]


def test_magnitude_outlier_names_the_size_the_ratio_and_the_median() -> None:
    rows = routine(EVERY_20_DAYS, dv=0.08)
    rows[2]["delta_v_mps"] = 0.8
    events = label(rows)
    assert events["label"][2] == "irregular"
    assert events["reasons"][2] == "magnitude-outlier"
    assert events["explanation"][2] == (
        "Δv 0.8 m/s is 10× this object's median of 0.08 m/s for in-plane manoeuvres."
    )
    assert events["rules"][2] == "inplane.step;magnitude"
    assert (events["label"].drop(2) == "regular").all()


def test_large_burn_is_irregular_when_the_object_does_not_make_them() -> None:
    rows = routine(EVERY_20_DAYS, dv=0.9)
    rows[3]["delta_v_mps"] = 1.5
    events = label(rows)
    assert events["reasons"][3] == "large-burn"
    assert events["explanation"][3] == (
        "Δv 1.5 m/s is a large burn (≥ 1 m/s) and this object made no other like it."
    )
    assert (events["label"].drop(3) == "regular").all()


def test_routine_large_burns_are_regular_unless_the_rules_say_otherwise() -> None:
    # GEO north-south station keeping: a few m/s every few weeks.
    every_40_days = [10, 50, 90, 130, 170]
    history = elements(days=200)
    events = label(routine(every_40_days, dv=5.0, direction="out-of-plane"), history=history)
    assert (events["label"] == "regular").all()
    strict = "[magnitude]\nexempt_routine_large = false\n"
    events = label(
        routine(every_40_days, dv=5.0, direction="out-of-plane"),
        history=history,
        rules_text=strict,
    )
    assert (events["reasons"] == "large-burn").all()
    assert events["explanation"][0] == (
        "Δv 5 m/s is a large burn (≥ 1 m/s); this object made such burns on 4 other occasions."
    )


def test_too_little_history_is_undetermined_with_a_reason() -> None:
    events = label(routine([10, 40], dv=0.05))
    assert list(events["label"]) == ["undetermined"] * 2
    assert list(events["reasons"]) == ["short-history"] * 2
    assert events["explanation"][0] == (
        "Only 1 other manoeuvre of this object to compare with (need 3): too little history"
        " to call it regular."
    )


def test_a_hard_reason_beats_short_history() -> None:
    events = label(routine([10], dv=3.0))
    assert events["label"][0] == "irregular"
    assert (
        events["reasons"][0] == "large-burn;short-history" or events["reasons"][0] == "large-burn"
    )


@pytest.mark.parametrize(
    ("days", "flagged"),
    [
        # A burn 3 days after another is part of its campaign; 7 days after one starts a new one.
        ([0, 20, 40, 60, 80, 83, 100], [False] * 7),  # 3 days: inside the 7-day campaign
        ([0, 30, 60, 90, 97, 120, 150], [False, False, False, False, True, False, False]),
    ],
)
def test_off_cadence_counts_campaigns_not_burns(days: list[int], flagged: list[bool]) -> None:
    history = elements(days=200)
    events = label(routine(days), history=history)
    assert list(events["reasons"].str.contains("off-cadence")) == flagged


def test_off_cadence_sentence() -> None:
    events = label(routine([0, 30, 60, 90, 97, 120, 150]), history=elements(days=200))
    assert events["explanation"][4] == (
        "Came 7 days after the previous manoeuvre campaign; this object's typical interval is"
        " 30 days and none of its 5 other intervals is as short."
    )


def test_first_of_kind_after_an_established_habit() -> None:
    rows = routine(EVERY_20_DAYS)
    rows.append({"day": 110, "direction": "out-of-plane", "delta_v_mps": 0.05})
    events = label(rows, history=elements(days=150))
    assert events["reasons"].iloc[-1] == "first-of-kind"
    assert events["explanation"].iloc[-1] == (
        "First out-of-plane manoeuvre after 5 earlier manoeuvres that had none."
    )
    assert (events["label"].iloc[:-1] == "regular").all()


def test_leaves_box_on_leo_semi_major_axis_band() -> None:
    # The orbit is kept between 7000 and 7000.5 km; the burn on day 90 raises it by 20 km.
    a = 7000.0 + 0.5 * ((np.arange(150) % 20) / 20.0)
    a[91:] += 20.0
    events = label(routine(EVERY_20_DAYS), history=elements(days=150, a_km=a))
    assert events["reasons"][4] == "leaves-box"
    # SGP4's semi-major axis sits ~5 km below the Keplerian one the fixture was built from.
    assert re.match(
        r"Semi-major axis after, 7,01\d\.\d km, is outside this object's band"
        r" 6,99\d\.\d-6,99\d\.\d km over the previous 120 days\.$",
        events["explanation"][4],
    )
    assert (events["reasons"][:4] == "").all()


def test_leaves_box_on_geo_longitude_slot() -> None:
    lon = 100.0 + 0.03 * np.sin(np.arange(150) / 5.0)
    lon[91:] = 101.0
    history = elements(days=150, a_km=42164.0, inclination_deg=0.05, mean_longitude_deg=lon)
    events = label(routine(EVERY_20_DAYS, regime="GEO"), history=history)
    assert events["reasons"][4] == "leaves-box"
    assert "Longitude after, 101.00°E, is outside this object's box" in events["explanation"][4]


def test_geo_drift_start_inferred_from_drift_rates_and_slot_change_from_node() -> None:
    rows = routine(
        EVERY_20_DAYS,
        regime="GEO",
        geo_drift_before_deg_per_day=0.0,
        geo_drift_after_deg_per_day=0.0,
        geo_longitude_before_deg=100.0,
        geo_longitude_after_deg=100.0,
    )
    rows[1].update(geo_drift_after_deg_per_day=0.5)  # drift start
    rows[2].update(node="IK", geo_longitude_after_deg=110.0)  # stops 10° east
    history = elements(days=120, a_km=42164.0, inclination_deg=0.05)
    events = label(rows, history=history)
    assert events["node"][1] == "ID"
    assert "drift-start" in events["reasons"][1]
    assert events["explanation"][1].startswith("Started a longitude drift of +0.500°/day")
    assert "slot-change" in events["reasons"][2]
    assert (
        "Stopped drifting at 110.00°E, 10.00° from its previous slot at 100.00°E."
        in (events["explanation"][2])
    )
    assert events["label"][0] == "regular"


@pytest.mark.parametrize(("object_type", "expected"), [("DEB", "debris"), ("R/B", "a rocket body")])
def test_non_manoeuvrable_type(object_type: str, expected: str) -> None:
    events = label(routine(EVERY_20_DAYS), objects={1: object_type})
    assert (events["label"] == "irregular").all()
    assert (events["reasons"] == "non-manoeuvrable-type").all()
    assert events["explanation"][0].startswith(f"Catalogued as {expected} ({object_type})")


def test_payload_is_not_non_manoeuvrable() -> None:
    events = label(routine(EVERY_20_DAYS), objects={1: "PAY"})
    assert (events["label"] == "regular").all()


def test_unannounced_only_within_the_operator_span() -> None:
    t0 = pd.Timestamp("2025-01-01T00:00:00Z")
    notes = pd.DataFrame(
        {
            "norad_id": [1, 1],
            "start_utc": [
                t0 + pd.Timedelta(days=10, hours=12),
                t0 + pd.Timedelta(days=50, hours=6),
            ],
            "end_utc": [t0 + pd.Timedelta(days=10, hours=13), t0 + pd.Timedelta(days=50, hours=7)],
        }
    )
    events = label(routine(EVERY_20_DAYS), notifications=notes)
    # Day 30 lies inside the announced span and no notice matches; day 70 and 90 lie after it.
    assert list(events["reasons"]) == ["", "unannounced", "", "", ""]
    assert events["explanation"][1].startswith("No operator notification within 24 h")


def test_rules_file_can_make_a_code_informational() -> None:
    rows = routine(EVERY_20_DAYS, dv=0.08)
    rows[2]["delta_v_mps"] = 0.8
    text = '[label]\nirregular_codes = ["large-burn"]\n'
    events = label(rows, rules_text=text)
    assert events["reasons"][2] == "magnitude-outlier"
    assert events["label"][2] == "regular"


def test_a_series_of_large_burns_within_weeks_is_one_occasion_not_a_routine() -> None:
    # Commissioning: five raising burns ten days apart, then routine small burns.
    rows = routine([10, 20, 30, 40, 50], dv=3.0) + routine([90, 110, 130, 150, 170], dv=0.05)
    events = label(rows, history=elements(days=200))
    assert (events["reasons"][:5].str.contains("large-burn")).all()
    assert events["explanation"][0].endswith(
        "Δv 3 m/s is a large burn (≥ 1 m/s) and this object made no other like it."
    )


def test_orbit_lowering_just_before_re_entry_is_undetermined() -> None:
    falling = np.linspace(6700.0, 6530.0, 60)
    history = pd.concat([elements(1, 60, a_km=falling), elements(2, 90, a_km=7000.0)])
    rows = [*routine([10, 20, 30]), {"day": 55, "delta_v_mps": 5.0, "delta_a_km": -8.0}]
    events = label(rows, history=history)
    assert events["label"].iloc[-1] == "undetermined"
    assert events["reasons"].iloc[-1] == "magnitude-outlier;large-burn;during-re-entry"
    assert (
        events["explanation"]
        .iloc[-1]
        .endswith(
            "The orbit fell 8 km 3.5 days before the history ends in re-entry: drag, most likely,"
            " not a burn."
        )
    )


# Burns every 20 days for 100 days, then a silence of 900 days (over 10 × 20 and 180 days).
AFTER_SILENCE = [*EVERY_20_DAYS, 110, 1010]


def test_a_small_change_after_the_object_fell_silent_is_undetermined() -> None:
    events = label(routine(AFTER_SILENCE, dv=0.05), history=elements(days=1100))
    assert list(events["label"]) == ["regular"] * 6 + ["undetermined"]
    assert events["reasons"].iloc[-1] == "after-long-silence"
    assert (
        events["explanation"]
        .iloc[-1]
        .startswith(
            "Came 900 days after this object's previous manoeuvre; with a typical interval of"
            " 20 days, a silence of over 200 days"
        )
    )


def test_a_large_burn_after_a_silence_is_judged_by_the_other_rules() -> None:
    rows = routine(AFTER_SILENCE, dv=0.05)
    rows[-1]["delta_v_mps"] = 2.0
    events = label(rows, history=elements(days=1100))
    assert "after-long-silence" not in events["reasons"].iloc[-1]
    assert events["label"].iloc[-1] == "irregular"


def test_a_routine_taken_up_again_after_a_silence_is_not_silence() -> None:
    days = [*AFTER_SILENCE, 1030, 1050, 1070]
    events = label(routine(days, dv=0.05), history=elements(days=1100))
    assert not events["reasons"].str.contains("after-long-silence").any()
