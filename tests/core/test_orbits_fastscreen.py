"""The fast paths of screening equal the plain computations they replace."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssaviewer.core.orbits.satrecs import build_satrecs
from ssaviewer.core.screening import engine as screening
from ssaviewer.core.screening import neighbours, prelook
from ssaviewer.core.screening.coarse import dot3
from ssaviewer.core.screening.engine import objects_near, screen, screen_rows
from ssaviewer.core.screening.neighbours import (
    _age_days,
    _altitudes,
    _locate,
    _longitude_overlap,
    _longitudes,
    _seconds,
    _serving_rows,
    build_shell_index,
    shell_candidates,
    shell_candidates_many,
)
from ssaviewer.core.screening.refine import Pair, approach_at
from ssaviewer.core.screening.screen_sets import ScreenTable, offsets_ns
from ssaviewer.core.screening.screener import Screener, grid_step_s
from tests.core.orbit_helpers import make_elements

START = pd.Timestamp("2025-01-01T06:00:00Z")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0.0, 1e7, allow_nan=False), min_size=1, max_size=20))
def test_offsets_round_as_pandas_does(seconds: list[float]) -> None:
    values = np.array(seconds)
    expected = pd.to_timedelta(values, unit="s").as_unit("ns").asi8
    assert offsets_ns(values).tolist() == expected.tolist()


def _pair() -> Pair:
    sets = make_elements(
        {"norad_id": 1, "inclination_deg": 50.0, "eccentricity": 0.0001},
        {"norad_id": 2, "inclination_deg": 55.0, "eccentricity": 0.0001, "mean_anomaly_deg": 0.08},
    )
    target, other = build_satrecs(sets)
    return Pair(target, other, 2460676.5, 0.25)


@settings(max_examples=50, deadline=None)
@given(st.floats(0.0, 80_000.0), st.floats(1.0, 600.0))
def test_the_golden_search_finds_the_smallest_distance_of_the_interval(
    lo: float, width: float
) -> None:
    # Up to an eighth of a period (the screening's grid step) the distance has one minimum.
    pair = _pair()
    best = pair.golden(lo, lo + width, 1e-3)
    assert lo <= best <= lo + width
    times = np.linspace(lo, lo + width, 2001)
    nearest = times[int(np.argmin([pair.distance(float(t)) for t in times]))]
    assert abs(best - nearest) <= 1e-3 + width / 2000


def test_approach_figures_equal_the_vector_formulas() -> None:
    pair = _pair()
    for t in np.linspace(0.0, 86_400.0, 50):
        found = approach_at(pair, float(t))
        rt, vt, dr, dv = pair.relative(float(t))
        radial = rt / np.linalg.norm(rt)
        cross = np.cross(rt, vt)
        cross /= np.linalg.norm(cross)
        expected = (
            np.linalg.norm(dr), np.linalg.norm(dv), dr @ radial, dr @ np.cross(cross, radial),
            dr @ cross,
        )  # fmt: skip
        got = (found.miss_km, found.relative_speed_kms, found.radial_km, found.in_track_km,
               found.cross_track_km)  # fmt: skip
        np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-12)


def _catalogue(seed: int, objects: int = 60) -> pd.DataFrame:
    """Objects in a few LEO shells and around GEO, each with sets at uneven epochs."""
    rng = np.random.default_rng(seed)
    rows = []
    for norad in range(1, objects + 1):
        geo = rng.random() < 0.4
        motion = 1.0027 + rng.normal(0.0, 0.005) if geo else rng.choice([14.2, 15.2, 15.5])
        days = np.sort(rng.uniform(-40.0, 40.0, rng.integers(1, 12)))
        for day in days:
            rows.append(
                {
                    "norad_id": norad,
                    "epoch_utc": START + pd.Timedelta(days=float(day)),
                    "mean_motion_rev_per_day": float(motion + rng.normal(0.0, 0.002)),
                    "eccentricity": float(rng.uniform(0.0, 0.01)),
                    "inclination_deg": float(rng.uniform(0.0, 3.0) if geo else 50.0),
                    "mean_anomaly_deg": float(rng.uniform(0.0, 360.0)),
                    "mean_motion_dot": float(rng.choice([0.0, 1e-5, 2e-3])),
                }
            )
    return make_elements(*rows)


def _reference_candidates(
    index: object, target: int, start: pd.Timestamp, end: pd.Timestamp, km: float, age: float
) -> list[int]:
    """shell_candidates as first written: every figure of every object, then the tests."""
    where = int(np.searchsorted(index.norad_id, target))  # type: ignore[attr-defined]
    t0, t1 = _seconds(index, start), _seconds(index, end)  # type: ignore[arg-type]
    rows, starts = _serving_rows(index, t0, t1)  # type: ignore[arg-type]
    low, high = _altitudes(index, rows, starts, t0, t1)  # type: ignore[arg-type]
    near = (low - km <= high[where]) & (high + km >= low[where])
    near &= _age_days(index, rows, starts, t0, t1) <= age  # type: ignore[arg-type]
    reference = float(np.nan_to_num(index.longitudes(rows[starts[where] :][:1])[0][0]))  # type: ignore[attr-defined]
    west, east = _longitudes(index, rows, starts, t0, t1, reference)  # type: ignore[arg-type]
    near &= _longitude_overlap(west, east, west[where], east[where], np.degrees(km / 40_000.0))
    near[where] = False
    return index.norad_id[near].tolist()  # type: ignore[attr-defined, no-any-return]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_shell_candidates_equal_the_full_computation(seed: int) -> None:
    catalogue = _catalogue(seed)
    index = build_shell_index(catalogue)
    for target in (1, 7, 20, 33):
        for offset in (-30.0, 0.0, 12.5, 45.0):
            start = START + pd.Timedelta(days=offset)
            end = start + pd.Timedelta(days=3)
            for km in (5.0, 25.0):
                got = shell_candidates(index, target, start, end, km, 30.0).tolist()
                assert got == _reference_candidates(index, target, start, end, km, 30.0)


def test_many_windows_at_once_get_the_candidates_of_each_window_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    catalogue = _catalogue(4)
    index = build_shell_index(catalogue)
    windows = [
        (target, START + pd.Timedelta(days=offset), days, km, age)
        for target in (1, 5, 20, 33, 99)  # 99 is not in the catalogue
        for offset, days in ((-30.0, 3.0), (0.0, 1.5), (12.5, 3.0), (45.0, 0.5))
        for km, age in ((5.0, 30.0), (25.0, np.inf))
    ]
    alone = [
        _reference_candidates(index, t, s, s + pd.Timedelta(days=d), km, age)
        if t != 99 else []
        for t, s, d, km, age in windows
    ]  # fmt: skip
    assert sum(len(a) for a in alone) > 50  # the windows have candidates to get right
    monkeypatch.setattr(neighbours, "BATCH_CELLS", 7 * len(index.norad_id))  # 7 per batch
    starts = np.array([s.value for _, s, *_ in windows])
    together = shell_candidates_many(
        index, np.array([w[0] for w in windows]), starts,
        starts + np.array([pd.Timedelta(days=w[2]).value for w in windows]),
        np.array([w[3] for w in windows]), np.array([w[4] for w in windows]),
    )  # fmt: skip
    assert [ids.tolist() for ids in together] == alone


def test_the_index_does_not_depend_on_the_row_order() -> None:
    catalogue = _catalogue(3)
    shuffled = catalogue.sample(frac=1.0, random_state=0).reset_index(drop=True)
    a, b = build_shell_index(catalogue), build_shell_index(shuffled)
    assert np.array_equal(a.key, b.key)
    assert np.array_equal(a.envelope[0], b.envelope[0], equal_nan=True)
    assert np.array_equal(
        catalogue["norad_id"].to_numpy()[a.row], shuffled["norad_id"].to_numpy()[b.row]
    )


@settings(max_examples=100, deadline=None)
@given(st.integers(-5_000_000, 9_000_000), st.sampled_from(["left", "right"]))
def test_located_rows_equal_a_binary_search(t: int, side: str) -> None:
    index = build_shell_index(_catalogue(4, objects=30))
    where = np.arange(len(index.norad_id))
    first, last = index.first_row[:-1], index.first_row[1:] - 1
    got = _locate(index, where, first, last, t, side)  # type: ignore[arg-type]
    expected = np.searchsorted(index.key, where * 2**34 + t, side)  # type: ignore[call-overload]
    expected = np.clip(expected, first, last + 1)
    assert got.tolist() == expected.tolist()


def _crowd() -> pd.DataFrame:
    """A GEO target with co-located and drifting neighbours, and LEO crossers."""
    rows = [{"norad_id": 1, "mean_motion_rev_per_day": 1.00273791, "inclination_deg": 0.05,
             "eccentricity": 0.0002}]  # fmt: skip
    for k in range(2, 14):
        rows.append(
            {"norad_id": k, "mean_motion_rev_per_day": 1.00273791 + 0.00001 * (k - 7),
             "inclination_deg": 0.05 + 0.002 * k, "eccentricity": 0.0002 + 0.00002 * k,
             "ra_of_asc_node_deg": 20.0 * k, "arg_of_pericenter_deg": 15.0 * k,
             "mean_anomaly_deg": 0.01 * (k - 7) - 35.0 * k}
        )  # fmt: skip
    rows.append({"norad_id": 20, "mean_motion_rev_per_day": 2.0, "eccentricity": 0.5,
                 "inclination_deg": 0.05})  # fmt: skip
    for k in range(30, 36):  # the same altitudes, degrees away: never near
        rows.append({"norad_id": k, "mean_motion_rev_per_day": 1.00273791,
                     "inclination_deg": 0.05, "mean_anomaly_deg": 3.0 * (k - 29)})  # fmt: skip
    return make_elements(*rows)


def test_the_first_look_changes_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    crowd = _crowd()
    kept: list[np.ndarray] = []
    look = prelook.worth_a_fine_look

    def counted(*args: Any) -> np.ndarray:
        kept.append(look(*args))
        return kept[-1]

    monkeypatch.setattr(screening, "worth_a_fine_look", counted)
    fast = screen(crowd, 1, START, 2.0, 50.0)
    assert not kept[0].all()  # it did leave objects out
    monkeypatch.setattr(prelook, "FACTORS", ())
    plain = screen(crowd, 1, START, 2.0, 50.0)
    assert len(plain) > 5
    pd.testing.assert_frame_equal(fast, plain)


def test_first_only_finds_the_same_objects() -> None:
    crowd = _crowd()
    later = crowd.assign(epoch_utc=crowd["epoch_utc"] + pd.Timedelta(days=1))
    history = pd.concat([crowd, later], ignore_index=True)
    every = screen(history, 1, START, 3.0, 50.0)
    first = screen(history, 1, START, 3.0, 50.0, first_only=True)
    assert every["norad_id"].duplicated().any()  # several passes per object
    assert set(first["norad_id"]) == set(every["norad_id"])
    assert len(first) < len(every)


def test_rows_of_a_table_read_once_screen_as_a_frame_of_them() -> None:
    crowd = _crowd()
    later = crowd.assign(epoch_utc=crowd["epoch_utc"] + pd.Timedelta(days=1))
    history = pd.concat([crowd, later], ignore_index=True)
    rows = np.flatnonzero(history["norad_id"].to_numpy() % 3 != 0)
    table = ScreenTable.of(history)
    got = screen_rows(table, rows, 1, START, 2.0, 50.0, 300.0)
    expected = screen(history.iloc[rows], 1, START, 2.0, 50.0, 300.0)
    assert len(expected) > 5
    pd.testing.assert_frame_equal(got, expected)


def test_screening_only_some_objects_keeps_their_approaches() -> None:
    crowd = _crowd()
    later = crowd.assign(epoch_utc=crowd["epoch_utc"] + pd.Timedelta(days=1))
    history = pd.concat([crowd, later], ignore_index=True)
    rows = np.arange(len(history))
    table = ScreenTable.of(history)
    every = screen_rows(table, rows, 1, START, 3.0, 50.0, 300.0)
    ids = np.unique(every["norad_id"].to_numpy())
    assert len(ids) > 2
    only = ids[::2]
    got = screen_rows(table, rows, 1, START, 3.0, 50.0, 300.0, only=only)
    expected = every[every["norad_id"].isin(only)].reset_index(drop=True)
    assert set(got["norad_id"]) == set(only)
    pd.testing.assert_frame_equal(got, expected)


def test_objects_near_are_the_objects_of_the_first_only_screening() -> None:
    crowd = _crowd()
    later = crowd.assign(epoch_utc=crowd["epoch_utc"] + pd.Timedelta(days=1))
    history = pd.concat([crowd, later], ignore_index=True)
    rows = np.arange(len(history))
    table = ScreenTable.of(history)
    first = screen_rows(table, rows, 1, START, 3.0, 50.0, 300.0, first_only=True)
    assert len(first) > 2
    ids = objects_near(table, rows, 1, START, 3.0, 50.0, 300.0)
    assert ids.tolist() == sorted(set(first["norad_id"].tolist()))
    assert objects_near(table, rows, 1, START, 3.0, 0.001, 300.0).tolist() == []


def test_three_component_dots_equal_numpy_sums() -> None:
    rng = np.random.default_rng(5)
    a = rng.normal(size=(40, 100, 3)) * rng.choice([1e-3, 1.0, 1e4], size=(40, 100, 1))
    b = rng.normal(size=(40, 100, 3))
    assert np.array_equal(dot3(a, b), (a * b).sum(axis=-1))
    assert np.array_equal(np.sqrt(dot3(a, a)), np.linalg.norm(a, axis=-1))


def test_a_screener_built_once_screens_as_the_one_call_screening() -> None:
    crowd = _crowd()
    later = crowd.assign(epoch_utc=crowd["epoch_utc"] + pd.Timedelta(days=1))
    history = pd.concat([crowd, later], ignore_index=True)
    screener = Screener(history)
    every = screener.screen(1, START, 2.0, 50.0)
    assert len(every) > 5
    pd.testing.assert_frame_equal(every, screen(history, 1, START, 2.0, 50.0))
    rows = np.flatnonzero(history["norad_id"].to_numpy() % 3 != 0)
    step = screener.grid_step_s(rows)
    assert step == grid_step_s(history["period_min"].to_numpy()[rows])
    pd.testing.assert_frame_equal(
        screener.screen(1, START, 2.0, 50.0, step, rows=rows),
        screen(history.iloc[rows], 1, START, 2.0, 50.0, step),
    )
    ids = screener.objects_near(1, START, 2.0, 50.0, step, rows=rows)
    assert ids.tolist() == sorted(
        set(screen(history.iloc[rows], 1, START, 2.0, 50.0, step)["norad_id"])
    )


def test_the_step_rule_is_an_eighth_of_the_shortest_period_within_10_to_600_s() -> None:
    assert grid_step_s(np.array([60.0, 1436.0, np.nan])) == 450.0
    assert grid_step_s(np.array([95.0, 1436.0])) == 600.0
    assert grid_step_s(np.array([1.0])) == 10.0


def test_close_approach_screening_builds_one_screener_per_run() -> None:
    from ssaviewer.core.detect import default_rules
    from ssaviewer.core.detect.events.close_approach import approach_after_manoeuvres

    crowd = _crowd()
    built: list[int] = []

    def factory(elements: pd.DataFrame) -> Screener:
        built.append(len(elements))
        return Screener(elements)

    manoeuvres = pd.DataFrame(
        {
            "norad_id": [1, 1, 2],
            "epoch_utc": [START, START + pd.Timedelta(days=1), START],
            "window_start_utc": [START - pd.Timedelta(hours=6)] * 3,
            "window_end_utc": [START + pd.Timedelta(hours=6)] * 3,
            "regime": ["LEO", "LEO", "LEO"],
            "delta_v_mps": [1.0, 2.0, 3.0],
        }
    )
    approach_after_manoeuvres(manoeuvres, crowd, default_rules(), factory)
    assert built == [len(crowd)]
