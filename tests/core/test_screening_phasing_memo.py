"""The phasing filter judged ahead in one batch: the same verdicts as one call per piece."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.orbits.satrecs import build_satrecs
from ssaviewer.core.screening import engine, phasing
from ssaviewer.core.screening.screener import Screener
from tests.core.orbit_helpers import make_elements

START = pd.Timestamp("2025-01-01T00:00Z")


def _shell(seed: int, objects: int = 30, sets: int = 1) -> pd.DataFrame:
    """Objects near 550 km in random planes and phases; ``sets`` element sets a day apart."""
    rng = np.random.default_rng(seed)
    rows = []
    for k in range(objects):
        orbit = {
            "norad_id": k + 1, "mean_motion_rev_per_day": 15.05 + rng.uniform(-0.02, 0.02),
            "eccentricity": rng.uniform(0.0001, 0.003),
            "inclination_deg": rng.choice([53.0, 53.05, 97.6, 70.0]),
            "ra_of_asc_node_deg": rng.uniform(0, 360), "arg_of_pericenter_deg": 0.0,
            "mean_anomaly_deg": rng.uniform(0, 360), "bstar": 1e-4, "mean_motion_dot": 1e-5,
        }  # fmt: skip
        for day in range(sets):
            epoch = START + pd.Timedelta(days=day)
            anomaly = (orbit["mean_anomaly_deg"] + 40.0 * day) % 360
            rows.append({**orbit, "epoch_utc": epoch.isoformat(), "mean_anomaly_deg": anomaly})
    return make_elements(*rows)


def test_pairs_of_many_targets_get_the_verdicts_of_one_call_per_target() -> None:
    crowd = _shell(4)
    sats = build_satrecs(crowd)
    since = np.array([(START - e).total_seconds() / 60.0 for e in crowd["epoch_utc"]])
    apogee = crowd["apogee_km"].to_numpy()
    n, targets = len(sats), (0, 3, 7)
    one_by_one = []
    for t in targets:
        order = np.r_[t, np.delete(np.arange(n), t)]
        kept = phasing.may_meet([sats[k] for k in order], since[order], apogee[order],
                                86_400.0, 50.0)  # fmt: skip
        one_by_one.append(kept)
    target = np.repeat(targets, n - 1)
    other = np.concatenate([np.delete(np.arange(n), t) for t in targets])
    batched = phasing.may_meet_pairs(sats, since, apogee, target, other, 86_400.0, 50.0)
    expected = np.concatenate(one_by_one)
    np.testing.assert_array_equal(batched, expected)
    assert 0 < expected.sum() < len(expected) / 2  # some pairs kept, most dropped


def _near_all(screener: Screener, targets: tuple[int, ...], days: float, km: float) -> list[Any]:
    every = np.arange(len(screener.elements))
    return [screener.objects_near(t, START, days, km, rows=every).tolist() for t in targets]


@pytest.mark.parametrize("sets", [1, 3])
def test_judged_ahead_the_screenings_find_the_same_objects_without_calling_the_filter(
    monkeypatch: pytest.MonkeyPatch, sets: int
) -> None:
    crowd = _shell(5, sets=sets)
    targets, days, km = (1, 2, 5, 9), 2.5, 150.0
    plain = _near_all(Screener(crowd), targets, days, km)
    assert sum(len(found) for found in plain) > 0
    screener = Screener(crowd)
    every = np.arange(len(crowd))
    screener.judge_phasing_ahead([(t, START, days, km, every) for t in targets])
    assert screener.table.phasing.verdicts  # pieces were judged ahead
    calls: list[int] = []

    def counted(*args: Any) -> np.ndarray:
        calls.append(1)
        kept: np.ndarray = phasing.may_meet(*args)
        return kept

    monkeypatch.setattr(engine, "may_meet", counted)
    assert _near_all(screener, targets, days, km) == plain
    assert calls == []  # every piece's verdicts were looked up
    assert _near_all(screener, (3,), days, km) == _near_all(Screener(crowd), (3,), days, km)
    assert len(calls) > 0  # a target not judged ahead is judged on the spot


def test_a_memo_answers_only_for_the_rows_it_judged() -> None:
    crowd = _shell(6)
    screener = Screener(crowd)
    rows = np.arange(len(crowd))
    screener.judge_phasing_ahead([(1, START, 1.0, 50.0, rows[:10])])
    memo = screener.table.phasing
    ((key, (judged, kept)),) = memo.verdicts.items()
    assert key[0] == 0
    assert list(judged) == list(range(1, 10))
    np.testing.assert_array_equal(memo.lookup(key, judged[::-1]), kept[::-1])
    assert memo.lookup(key, np.r_[judged[:2], 20]) is None  # row 20 was not judged
    assert memo.lookup((0, key[1] + 1, key[2], key[3]), judged) is None  # another start
    nothing = memo.lookup(key, np.empty(0, dtype=np.int64))
    assert nothing is not None
    assert len(nothing) == 0
