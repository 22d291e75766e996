"""The LEO proximity check's fast paths give what their plain definitions give."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssaviewer.core.derive import add_derived_columns
from ssaviewer.core.detect.pipeline import default_rules, load_rules
from ssaviewer.core.norms import proximity_leo
from ssaviewer.core.norms.proximity import _runs
from ssaviewer.core.norms.proximity_leo import (
    MAX_SET_AGE_DAYS,
    _bracketing_sets,
    _candidates,
    _leo_sets,
    _reachable,
    _runs_over_gaps,
    _same_key_pairs,
    _sampled_days,
    leo_proximity_events,
)
from ssaviewer.core.simulate.large import large_history


def bracketing_per_object(
    norad: np.ndarray, t: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The definition, one object at a time (the check's first version)."""
    parts = []
    bounds = np.flatnonzero(np.r_[True, norad[1:] != norad[:-1], True]).tolist()
    for s, e in pairwise(bounds):
        ts = t[s:e]
        x = np.arange(np.ceil(ts[0] - MAX_SET_AGE_DAYS), np.floor(ts[-1] + MAX_SET_AGE_DAYS) + 1)
        after = np.clip(np.searchsorted(ts, x), 0, len(ts) - 1)
        before = np.clip(np.searchsorted(ts, x, "right") - 1, 0, len(ts) - 1)
        ok_before = np.abs(x - ts[before]) <= MAX_SET_AGE_DAYS
        ok_after = np.abs(ts[after] - x) <= MAX_SET_AGE_DAYS
        span = ts[after] - ts[before]
        with np.errstate(invalid="ignore", divide="ignore"):
            w = np.where(span > 0, (x - ts[before]) / span, 0.0)
        w = np.where(ok_before & ok_after, np.clip(w, 0.0, 1.0), np.where(ok_after, 1.0, 0.0))
        keep = ok_before | ok_after
        parts.append((s + before[keep], s + after[keep], x[keep], w[keep]))
    return tuple(np.concatenate(p) for p in zip(*parts, strict=True))  # type: ignore[return-value]


# Epochs on whole days, half days and arbitrary instants; gaps of up to ten days.
epochs = st.lists(
    st.one_of(
        st.integers(0, 40).map(float),
        st.integers(0, 80).map(lambda k: k / 2),
        st.floats(0, 40, allow_nan=False),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(epochs, min_size=1, max_size=5), st.integers(19_000, 20_000))
def test_bracketing_sets_match_the_per_object_definition(
    histories: list[list[float]], day0: int
) -> None:
    norad = np.concatenate([np.full(len(h), 100 + k) for k, h in enumerate(histories)])
    t = np.concatenate([day0 + np.sort(np.array(h)) for h in histories])
    got = _bracketing_sets(norad, t)
    want = bracketing_per_object(norad, t)
    for g, w in zip(got, want, strict=True):
        np.testing.assert_array_equal(g, w)


def pairs_by_definition(xyz: np.ndarray, day: np.ndarray, reach: float) -> set[tuple[int, int]]:
    """Same-day row pairs sharing a cube in one of the eight shifted grids."""
    found = set()
    for one in range(len(day)):
        for two in range(one + 1, len(day)):
            if day[one] != day[two]:
                continue
            shared = [
                any(
                    np.floor((xyz[one, a] + s) / (2 * reach))
                    == np.floor((xyz[two, a] + s) / (2 * reach))
                    for s in (0.0, reach)
                )
                for a in range(3)
            ]
            if all(shared):
                found.add((one, two))
    return found


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_candidates_are_the_pairs_sharing_a_cube(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 300
    xyz = rng.uniform(-1500.0, 1500.0, (n, 3))
    day = rng.integers(19_000, 19_003, n)
    # Every seventh row close to the next one on its day: pairs near cube edges too.
    xyz[::7] = xyz[1::7] + rng.normal(0, 60.0, (len(xyz[::7]), 3))
    day[::7] = day[1::7]
    got = {(int(a), int(b)) for a, b in _candidates(xyz, day, 125.0)}
    assert got == pairs_by_definition(xyz, day, 125.0)
    assert len(got) > 50  # the test has pairs to find


@given(st.lists(st.integers(0, 20), min_size=0, max_size=60))
def test_same_key_pairs_sorted_by_value_or_by_argsort_agree(keys: list[int]) -> None:
    key = np.array(keys, dtype=np.int64)
    want = {(a, b) for a in range(len(key)) for b in range(a + 1, len(key)) if key[a] == key[b]}
    bits = max(int(len(key) - 1).bit_length(), 1)
    rows = np.arange(len(key), dtype=np.int64)
    for got in (_same_key_pairs(key, None), _same_key_pairs((key << bits) + rows, bits)):
        assert {(int(a), int(b)) for a, b in got} == want


def elements(objects: list[tuple[int, float, float]], days: int = 20) -> pd.DataFrame:
    """Daily LEO sets of circular orbits ``(norad_id, a_km, i_deg)``."""
    rows = []
    for norad, a, i in objects:
        for day in range(days):
            rows.append(
                {
                    "norad_id": norad,
                    "object_name": f"OBJ {norad}",
                    "epoch_utc": pd.Timestamp("2024-01-01", tz="UTC") + pd.Timedelta(days=day),
                    "regime": "LEO",
                    "semi_major_axis_km": a,
                    "eccentricity": 0.0001,
                    "inclination_deg": i,
                    "arg_of_pericenter_deg": 0.0,
                    "mean_anomaly_deg": 10.0 * norad % 360,
                    "ra_of_asc_node_deg": 40.0,
                    "mean_motion_dot": 0.0,
                }
            )
    return pd.DataFrame(rows)


def test_only_objects_within_reach_of_a_mover_get_states() -> None:
    table = elements(
        [
            (1, 6900.0, 97.4),  # the mover
            (2, 6950.0, 97.4),  # 50 km higher, same plane: kept
            (3, 7300.0, 97.4),  # 400 km higher: cannot come within 100 km
            (4, 6900.0, 53.0),  # 44° of inclination away
            (5, 6900.0, 97.4),  # no known owner
            (6, 7300.0, 53.0),  # another mover, alone in its orbit
        ]
    )
    sets = _leo_sets(table)
    bounds = np.flatnonzero(np.r_[True, sets.norad[1:] != sets.norad[:-1], True])
    known = np.array([True, True, True, True, False, True])
    moved = np.array([True, False, False, False, False, True])
    kept = _reachable(sets, bounds, moved, known, 100.0)
    assert kept.tolist() == [True, True, False, False, False, True]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        # Around one orbit, so that many pairs are near the limits.
        st.tuples(st.floats(6700, 7300), st.floats(96.0, 99.0), st.booleans()),
        min_size=2,
        max_size=12,
    )
)
def test_reachable_keeps_every_object_a_mover_could_approach(
    orbits: list[tuple[float, float, bool]],
) -> None:
    table = elements([(k + 1, a, i) for k, (a, i, _) in enumerate(orbits)], days=2)
    sets = _leo_sets(table)
    bounds = np.flatnonzero(np.r_[True, sets.norad[1:] != sets.norad[:-1], True])
    moved = np.array([m for _, _, m in orbits])
    kept = _reachable(sets, bounds, moved, np.ones(len(orbits), dtype=bool), 100.0)
    a = np.array([o[0] for o in orbits])
    i = np.radians([o[1] for o in orbits])
    for j in range(len(orbits)):
        # The bound is at least |Δa| and at least ā·|Δi|: could j be under 100 km of a mover?
        near = moved & (np.abs(a - a[j]) < 100.0) & ((a + a[j]) / 2 * np.abs(i - i[j]) < 100.0)
        if near.any():
            assert kept[j]


def test_no_leo_manoeuvre_builds_no_states(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("daily states built although no LEO object manoeuvred")

    monkeypatch.setattr(proximity_leo, "_DailyStates", refuse)
    table = elements([(1, 6900.0, 97.4), (2, 6910.0, 97.4)])
    objects = pd.DataFrame({"norad_id": [1, 2], "owner": ["US", "PRC"]})
    geo_burn = pd.DataFrame(
        {"norad_id": [99], "epoch_utc": [pd.Timestamp("2024-01-05", tz="UTC")], "delta_v_mps": 1.0}
    )
    assert leo_proximity_events(table, objects, geo_burn, default_rules()).empty
    leo_burn = geo_burn.assign(norad_id=[1])
    with pytest.raises(AssertionError, match="daily states built"):
        leo_proximity_events(table, objects, leo_burn, default_rules())


def test_one_leo_object_or_none_manoeuvring_reads_no_state_columns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One object's history (the 16k-set benchmark) or no LEO mover: no pair can make an
    # event, so the orbit columns are never read; with a pair and a mover they are.
    read = []
    real = proximity_leo._leo_sets

    def spy(*args: object) -> object:
        read.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(proximity_leo, "_leo_sets", spy)
    table = elements([(1, 6900.0, 97.4), (2, 6910.0, 97.4)])
    objects = pd.DataFrame({"norad_id": [1, 2], "owner": ["US", "PRC"]})
    burn = pd.DataFrame(
        {"norad_id": [1], "epoch_utc": [pd.Timestamp("2024-01-05", tz="UTC")], "delta_v_mps": 1.0}
    )
    alone = table[table["norad_id"] == 1].reset_index(drop=True)
    assert leo_proximity_events(alone, objects, burn, default_rules()).empty
    assert leo_proximity_events(table, objects, burn.assign(norad_id=[99]), default_rules()).empty
    assert read == []
    leo_proximity_events(table, objects, burn, default_rules())
    assert read == [1]


@pytest.mark.parametrize(("threshold_km", "min_days"), [(3000.0, 3.0), (3000.0, 1.5), (800.0, 0.0)])
def test_sampled_first_pass_finds_every_event_of_a_pass_over_every_day(
    monkeypatch: pytest.MonkeyPatch, threshold_km: float, min_days: float
) -> None:
    """Histories with gaps (a third of the sets dropped, week-long holes): same events."""
    rng = np.random.default_rng(3)
    table = large_history(150, 45, seed=1)
    table = table[rng.random(len(table)) > 0.35]
    day = (table["epoch_utc"] - table["epoch_utc"].min()).dt.days
    table = table[~((table["norad_id"] % 3 == 0) & day.between(20, 27))]
    table = add_derived_columns(table.reset_index(drop=True))
    objects = pd.DataFrame({"norad_id": table["norad_id"].unique(), "owner": "US"})
    objects.loc[::2, "owner"] = "PRC"
    burns = pd.DataFrame(
        {
            "norad_id": objects["norad_id"],
            "epoch_utc": pd.Timestamp("2024-01-10", tz="UTC"),
            "delta_v_mps": 0.1,
        }
    )
    rules = load_rules(
        f"[norm_proximity.LEO]\nthreshold_km = {threshold_km}\nmin_days = {min_days}\n", "test"
    )
    sampled = leo_proximity_events(table, objects, burns, rules)
    monkeypatch.setattr(
        proximity_leo, "_sampled_days", lambda day, *_: np.ones(len(day), dtype=bool)
    )
    every_day = leo_proximity_events(table, objects, burns, rules)
    assert len(every_day) >= 3  # loose rules: the comparison has events to lose
    pd.testing.assert_frame_equal(sampled, every_day)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.tuples(st.booleans(), st.booleans(), st.booleans()), min_size=4, max_size=30),
    st.sampled_from([1.0, 2.0, 3.0, 4.5]),
    st.integers(0, 7),
)
def test_every_event_run_has_a_sampled_near_day(
    days: list[tuple[bool, bool, bool]], min_days: float, start: int
) -> None:
    """Two objects' states (present or not) and nearness by day, as the check sees them."""
    day = np.arange(start, start + len(days))
    seen_a, seen_b, close = (np.array(column) for column in zip(*days, strict=True))
    both = day[seen_a & seen_b]
    near = day[seen_a & seen_b & close]
    sampled = _sampled_days(np.r_[day, day], np.r_[seen_a, seen_b], min_days)
    sampled_days = set(np.r_[day, day][sampled].tolist())
    runs = _runs_over_gaps(_runs(near), both) if len(near) else []
    for first, last in runs:
        if last - first >= min_days:
            assert sampled_days & set(near[(near >= first) & (near <= last)].tolist())
