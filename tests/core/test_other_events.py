"""Decay, fragmentation, close approach after a manoeuvre and data-quality events."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.detect.events import close_approach, data_quality, decay, fragmentation
from ssaviewer.core.detect.manoeuvres.detector import DetectionCancelled
from ssaviewer.core.screening.screener import Screener
from tests.core.events_fixtures import T0, dataset, elements, manoeuvres, routine, rules


def test_decay_when_the_history_ends_low() -> None:
    falling = np.linspace(6700.0, 6530.0, 60)  # perigee from ~320 km to ~150 km
    ds = dataset(elements(1, 60, a_km=falling), elements(2, 90, a_km=7000.0))
    events = decay.detect_decays(ds.elements, ds.objects, rules())
    assert list(events["norad_id"]) == [1]
    row = events.iloc[0]
    assert (row.event_type, row.label, row.reasons) == ("decay", "regular", "re-entry")
    assert row.window_start_utc == T0 + pd.Timedelta(days=59)
    assert row.explanation.startswith("History ends on 2025-03-01 00:00Z with perigee 1")
    assert row.explanation.endswith("it re-entered.")


def test_no_decay_while_still_tracked_at_the_end_of_the_data() -> None:
    falling = np.linspace(6700.0, 6530.0, 60)
    ds = dataset(elements(1, 60, a_km=falling))
    assert len(decay.detect_decays(ds.elements, ds.objects, rules())) == 0


def test_no_object_ending_low_gives_the_same_empty_table_as_none_decayed() -> None:
    # Without a low object detection returns at once: the same (empty) table, same columns
    # and dtypes, as a low object still tracked at the end of the data gives.
    falling = np.linspace(6700.0, 6530.0, 60)
    still_tracked = decay.detect_decays(*_tables(dataset(elements(1, 60, a_km=falling))))
    high = decay.detect_decays(*_tables(dataset(elements(1, 60, a_km=7000.0))))
    pd.testing.assert_frame_equal(high, still_tracked, check_exact=True)
    assert list(high.columns)[-1] == "perigee_km"


def _tables(ds: Any) -> tuple[pd.DataFrame, pd.DataFrame, Any]:
    return ds.elements, ds.objects, rules()


def test_fragmentation_new_pieces_near_the_parent_orbit() -> None:
    parent = elements(100, 120, object_id="2020-001A")
    late = T0 + pd.Timedelta(days=80)
    pieces = [
        elements(101, 30, object_id="2020-001C", start=late, a_km=7010.0),
        elements(102, 30, object_id="2020-001D", start=late + pd.Timedelta(days=1), a_km=6995.0),
        elements(103, 30, object_id="2020-001E", start=late + pd.Timedelta(days=2), a_km=6990.0),
    ]
    far = elements(104, 30, object_id="2020-001F", start=late, a_km=9000.0)
    launch_debris = elements(105, 120, object_id="2020-001B")
    other_launch = elements(200, 30, object_id="2021-005A", start=late)
    ds = dataset(parent, *pieces, far, launch_debris, other_launch)
    events = fragmentation.detect_fragmentations(ds.elements, rules())
    assert list(events["norad_id"]) == [100]
    row = events.iloc[0]
    assert (row.event_type, row.label, row.pieces) == (
        "fragmentation",
        "irregular",
        "101, 102, 103",
    )
    assert row.epoch_utc == late
    assert row.explanation.startswith(
        "3 new objects of launch 2020-001 (101, 102, 103) first seen within 2.0 days"
    )


def test_no_fragmentation_for_a_single_late_piece() -> None:
    late = T0 + pd.Timedelta(days=80)
    ds = dataset(
        elements(100, 120, object_id="2020-001A"),
        elements(101, 30, object_id="2020-001C", start=late),
    )
    assert len(fragmentation.detect_fragmentations(ds.elements, rules())) == 0


def test_stale_gap_inside_the_history_and_at_the_end_of_its_file() -> None:
    first = elements(1, 40)
    second = elements(1, 20, start=T0 + pd.Timedelta(days=70))  # a 31-day gap
    quiet = elements(2, 30, source="a.tle")  # its file goes on to day 89 without it
    ds = dataset(pd.concat([first, second]), quiet)
    events = data_quality.stale_events(ds.elements, rules())
    got = {
        (int(n), round(float(g)))
        for n, g in zip(events["norad_id"], events["gap_days"], strict=True)
    }
    assert got == {(1, 31), (2, 60)}
    assert (events["reasons"] == "stale").all()
    assert (events["label"] == "undetermined").all()


def test_decayed_objects_are_not_stale_at_their_end() -> None:
    ds = dataset(elements(1, 30), elements(2, 90))
    events = data_quality.stale_events(ds.elements, rules(), decayed=np.array([1]))
    assert len(events) == 0


def test_duplicates_and_epoch_conflicts_become_events() -> None:
    base = elements(1, 10)
    copy = base.iloc[[3]].assign(source="b.tle", record="b.tle:7")
    conflict = base.iloc[[5]].assign(inclination_deg=98.5, record="b.tle:9", source="b.tle")
    ds = dataset(base, copy, conflict)
    duplicates = data_quality.duplicate_events(ds.elements, rules())
    assert list(duplicates["reasons"]) == ["duplicate"]
    assert duplicates["explanation"][0] == (
        "Element set a.tle:7 was also read as b.tle:7: the copies were collapsed into one."
    )
    conflicts = data_quality.conflict_events(ds.elements, rules())
    assert list(conflicts["reasons"]) == ["epoch-conflict"]
    assert "(a.tle:11; b.tle:9)" in conflicts["explanation"][0]


def test_duplicates_can_be_switched_off_by_rules() -> None:
    base = elements(1, 10)
    ds = dataset(base, base.iloc[[3]].assign(record="b.tle:7"))
    assert (
        len(
            data_quality.duplicate_events(
                ds.elements, rules("[data_quality]\nduplicates = false\n")
            )
        )
        == 0
    )


def fake_screen(
    close_from: pd.Timestamp, calls: list[tuple[int, pd.Timestamp, float, float]]
) -> close_approach.ScreenFunction:
    """Screening that reports object 2 passing twice when the window starts after ``close_from``.

    The catalogue's real index picks the candidates; only the screening itself is faked.
    """

    class FakeScreener(Screener):
        def screen(  # type: ignore[override]
            self, target: int, start: pd.Timestamp, days: float, km: float, *_: Any, **__: Any
        ) -> pd.DataFrame:
            calls.append((target, start, days, km))
            near = start >= close_from
            return pd.DataFrame(
                {
                    "norad_id": [2, 2] if near else [],
                    "object_name": ["OTHER", "OTHER"] if near else [],
                    "tca_utc": [start + pd.Timedelta(hours=5), start + pd.Timedelta(hours=9)]
                    if near
                    else [],
                    "miss_km": [1.25, 3.5] if near else [],
                    "relative_speed_kms": [0.01, 0.01] if near else [],
                }
            )

        def objects_near(  # type: ignore[override]
            self, target: int, start: pd.Timestamp, days: float, km: float, *_: Any, **__: Any
        ) -> np.ndarray:
            ids: np.ndarray = np.unique(self.screen(target, start, days, km)["norad_id"])
            return ids.astype(np.int64)

    return FakeScreener


def test_close_approach_after_a_manoeuvre_uses_the_screening_it_is_given() -> None:
    ds = dataset(elements(1, 100), elements(2, 100, a_km=7001.0))
    calls: list[tuple[int, pd.Timestamp, float, float]] = []
    table = manoeuvres(routine([10, 50]))
    screen = fake_screen(T0 + pd.Timedelta(days=49), calls)
    events, found = close_approach.approach_after_manoeuvres(table, ds.elements, rules(), screen)
    # Day 10: nothing after. Day 50: a neighbour after, none in the 3 days before the window.
    # Which objects come close after, which of those were close before, then the new ones.
    assert [(c[0], c[1]) for c in calls] == [
        (1, T0 + pd.Timedelta(days=10.5)),
        (1, T0 + pd.Timedelta(days=50.5)),
        (1, T0 + pd.Timedelta(days=47)),
        (1, T0 + pd.Timedelta(days=50.5)),
    ]
    assert calls[0][2:] == (3.0, 5.0)
    assert list(found.fired) == [False, True]
    assert found.sentences[1] == "Passed 1.25 km from 2 (OTHER) 5.0 h after the manoeuvre."
    assert list(events["event_type"]) == ["close-approach"]
    assert list(events["secondary_norad_id"]) == [2]
    assert events["explanation"][0] == (
        "1.25 km from 2 (OTHER) at 2025-02-20 17:00Z, 0.010 km/s, after a manoeuvre"
        " (2 passes within 5 km in the 3 days screened)."
    )


def test_a_neighbour_already_close_before_the_manoeuvre_is_not_an_approach() -> None:
    ds = dataset(elements(1, 100), elements(2, 100, a_km=7001.0))
    calls: list[tuple[int, pd.Timestamp, float, float]] = []
    table = manoeuvres(routine([50]))
    screen = fake_screen(T0, calls)  # co-located all along
    events, found = close_approach.approach_after_manoeuvres(table, ds.elements, rules(), screen)
    assert not found.fired.any()
    assert len(events) == 0


def test_real_screening_finds_the_neighbour_a_burn_brings_close() -> None:
    # Object 1 is lowered by 100 km on day 10 onto the orbit of object 2 (0.5 km above).
    a = np.where(np.arange(30) <= 10, 7100.0, 7000.0)
    ds = dataset(elements(1, 30, a_km=a), elements(2, 30, a_km=7000.5))
    table = manoeuvres(routine([10]))
    events, found = close_approach.approach_after_manoeuvres(table, ds.elements, rules())
    assert bool(found.fired[0])
    assert (events["secondary_norad_id"] == 2).all()
    assert (events["miss_km"] <= 5.0).all()


def test_a_manoeuvre_with_more_candidates_than_the_pair_budget_is_not_screened() -> None:
    ds = dataset(elements(1, 100), elements(2, 100, a_km=7001.0), elements(3, 100, a_km=7002.0))
    table = manoeuvres(routine([50]))
    calls: list[tuple[int, pd.Timestamp, float, float]] = []
    screen = fake_screen(T0, calls)
    close_approach.approach_after_manoeuvres(
        table, ds.elements, rules("[approach]\nmax_pairs = 1\n"), screen
    )
    assert calls == []
    close_approach.approach_after_manoeuvres(
        table, ds.elements, rules("[approach]\nmax_pairs = 2\n"), screen
    )
    assert len(calls) == 2  # after the manoeuvre, then before it for the neighbour found


def test_an_object_in_another_shell_is_not_screened_at_all() -> None:
    ds = dataset(elements(1, 100), elements(2, 100, a_km=7500.0))
    calls: list[tuple[int, pd.Timestamp, float, float]] = []
    close_approach.approach_after_manoeuvres(
        manoeuvres(routine([50])), ds.elements, rules(), fake_screen(T0, calls)
    )
    assert calls == []


def test_screening_stops_between_manoeuvres_when_asked() -> None:
    ds = dataset(elements(1, 100), elements(2, 100, a_km=7001.0))
    calls: list[tuple[int, pd.Timestamp, float, float]] = []
    with pytest.raises(DetectionCancelled):
        close_approach.approach_after_manoeuvres(
            manoeuvres(routine([10, 50])),
            ds.elements,
            rules(),
            fake_screen(T0, calls),
            should_stop=lambda: len(calls) > 0,
        )
    assert len(calls) == 2  # the first manoeuvre only: after, then before
