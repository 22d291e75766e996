"""Close-approach screening against brute-force 1-second propagation."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.dataset import load
from ssaviewer.core.orbits.batch import propagate_many
from ssaviewer.core.screening.engine import (
    APPROACH_COLUMNS,
    ScreeningCancelled,
    screen,
    screen_group,
)
from ssaviewer.core.screening.shells import altitude_bounds, shell_filter
from tests.core.orbit_helpers import brute_force_minima, make_elements

START = pd.Timestamp("2024-12-31T23:30Z")


def _crossing_pair(inclination_b_deg: float = 55.0) -> pd.DataFrame:
    """Two circular orbits through the same node at epoch, 0.08° apart in phase.

    They meet near alternate nodes every half revolution; differential J2 then slowly
    changes the geometry, so the misses first shrink and then grow again. The screening
    window starts half an hour before the first meeting.
    """
    return make_elements(
        {"norad_id": 1, "object_name": "A", "inclination_deg": 50.0, "eccentricity": 0.0001},
        {"norad_id": 2, "object_name": "B", "inclination_deg": inclination_b_deg,
         "eccentricity": 0.0001, "mean_anomaly_deg": 0.08},
    )  # fmt: skip


def _brute_force(
    elements: pd.DataFrame, target: int, start: pd.Timestamp, seconds: int, km: float
) -> dict[int, list[tuple[float, float]]]:
    """Every local distance minimum within ``km``, per object, from 1-second states."""
    times = pd.DatetimeIndex(start + pd.to_timedelta(np.arange(seconds + 1), unit="s"))
    ids = elements["norad_id"].to_numpy()
    ordered = pd.concat([elements.loc[ids == target], elements.loc[ids != target]])
    r = propagate_many(ordered, times).position_teme_km
    found = {}
    for k, norad in enumerate(ordered["norad_id"].to_numpy()[1:], start=1):
        minima = brute_force_minima(np.linalg.norm(r[k] - r[0], axis=-1), km)
        if minima:
            found[int(norad)] = minima
    return found


def _assert_agree(
    approaches: pd.DataFrame, brute: dict[int, list[tuple[float, float]]], start: pd.Timestamp
) -> None:
    """Same approaches as brute force: TCA within 1 s, miss within 10 m."""
    assert sum(len(v) for v in brute.values()) == len(approaches)
    tca_s = (approaches["tca_utc"] - start).dt.total_seconds().to_numpy()
    norad = approaches["norad_id"].to_numpy()
    miss = approaches["miss_km"].to_numpy()
    for k in range(len(approaches)):
        nearest = min(brute[int(norad[k])], key=lambda m: abs(m[0] - tca_s[k]))
        assert abs(nearest[0] - tca_s[k]) < 1.0
        assert abs(nearest[1] - miss[k]) < 0.010


@pytest.mark.parametrize(
    ("inclination_b_deg", "n_approaches", "speed_kms"),
    [(55.0, 12, (0.5, 0.8)), (80.0, 3, (3.5, 4.5))],
)
def test_crossing_pair_agrees_with_brute_force(
    inclination_b_deg: float, n_approaches: int, speed_kms: tuple[float, float]
) -> None:
    pair = _crossing_pair(inclination_b_deg)
    approaches = screen(pair, 1, START, 0.5, 50.0)
    assert list(approaches.columns) == list(APPROACH_COLUMNS)
    brute = _brute_force(pair, 1, START, 43_200, 50.0)
    assert len(brute[2]) == n_approaches  # the case really has these approaches
    _assert_agree(approaches, brute, START)
    first = approaches.iloc[0]
    assert first["object_name"] == "B"
    ric = np.array([first["radial_km"], first["in_track_km"], first["cross_track_km"]])
    assert np.linalg.norm(ric) == pytest.approx(first["miss_km"], rel=1e-9)
    # Crossing angle Δi at 7.4 km/s: relative speed 2·v·sin(Δi/2).
    assert speed_kms[0] < first["relative_speed_kms"] < speed_kms[1]


def test_a_fine_step_finds_the_same_approaches() -> None:
    pair = _crossing_pair()
    coarse = screen(pair, 1, START, 0.5, 50.0)
    fine = screen(pair, 1, START, 0.5, 50.0, step_s=30.0)
    assert len(fine) == len(coarse)
    diffs = (fine["tca_utc"] - coarse["tca_utc"]).dt.total_seconds().abs()
    assert (diffs < 0.01).all()


def test_objects_in_another_shell_are_filtered_out() -> None:
    sets = make_elements({"norad_id": 1}, {"norad_id": 2, "mean_motion_rev_per_day": 14.0})
    assert shell_filter(sets.iloc[:1], sets.iloc[1:], 50.0, START, 86_400.0).tolist() == [False]
    assert len(screen(sets, 1, START, 1.0, 50.0)) == 0


def test_co_located_objects_are_reported_once() -> None:
    sets = make_elements({"norad_id": 1}, {"norad_id": 2, "object_name": "DOCKED"})
    approaches = screen(sets, 1, START, 1.0, 10.0)
    assert approaches["norad_id"].tolist() == [2]
    assert approaches["miss_km"].iloc[0] == pytest.approx(0.0, abs=1e-9)


def test_group_mode_screens_every_pair() -> None:
    sets = pd.concat(
        [_crossing_pair(), make_elements({"norad_id": 3, "object_name": "C",
                                          "inclination_deg": 52.0, "mean_anomaly_deg": 0.05})]
    )  # fmt: skip
    group = screen_group(sets, [1, 2, 3], START, 0.25, 50.0)
    pairs = set(zip(group["target_norad_id"], group["norad_id"], strict=True))
    assert pairs == {(1, 2), (1, 3), (2, 3)}
    one_to_two = group.loc[(group["target_norad_id"] == 1) & (group["norad_id"] == 2)]
    alone = screen(_crossing_pair(), 1, START, 0.25, 50.0)
    np.testing.assert_allclose(one_to_two["miss_km"], alone["miss_km"], atol=1e-9)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"target_norad": 7}, "target NORAD id 7 is not in the data"),
        ({"days": 0.0}, "days must be a positive number"),
        ({"threshold_km": -1.0}, "threshold must be a positive distance"),
        ({"step_s": 0.0}, "step must be a positive number of seconds"),
    ],
)
def test_bad_arguments_say_what_was_expected(kwargs: dict[str, float], message: str) -> None:
    arguments: dict[str, float] = {"target_norad": 1, "days": 1.0, "threshold_km": 10.0}
    arguments.update(kwargs)
    with pytest.raises(ValueError, match=message):
        screen(_crossing_pair(), int(arguments["target_norad"]), START, arguments["days"],
               arguments["threshold_km"], arguments.get("step_s"))  # fmt: skip


def test_target_with_only_sgp4_xp_sets_is_refused() -> None:
    sets = make_elements({"norad_id": 1, "ephemeris_type": 4}, {"norad_id": 2})
    with pytest.raises(ValueError, match="target 1 has no SGP4-propagatable element set"):
        screen(sets, 1, START, 1.0, 10.0)


@pytest.mark.realdata
def test_iss_against_real_neighbours_agrees_with_brute_force(shared_data: Path) -> None:
    catalog = load(shared_data / "catalog" / "active.txt").elements
    iss = catalog.loc[catalog["norad_id"] == 25544]
    start = pd.Timestamp("2025-10-03T00:00Z")
    shell = catalog.loc[shell_filter(iss, catalog, 50.0, start, 21_600.0)]
    docked = shell["norad_id"].isin([49044, 63520, 64751, 65077, 65304, 65586, 65616])
    neighbours = shell.loc[~docked & (shell["norad_id"] != 25544)].iloc[::60]
    subset = pd.concat([iss, neighbours])
    start = pd.Timestamp("2025-10-03T00:00Z")
    # Measured: 7 approaches within 150 km by 5 objects; the nearest miss above is 158 km.
    brute = _brute_force(subset, 25544, start, 21_600, 150.0)
    assert sum(len(v) for v in brute.values()) >= 5
    _assert_agree(screen(subset, 25544, start, 0.25, 150.0), brute, start)


def _mean_motion_rev_per_day(a_km: float) -> float:
    return float(86_400.0 / (2 * np.pi) * np.sqrt(398_600.8 / a_km**3))


@pytest.mark.parametrize("target", [1, 2])
def test_fast_eccentric_crossing_agrees_with_brute_force(target: int) -> None:
    """A GTO object at perigee meets a 500 km LEO object near their common node."""
    perigee, apogee = 6378.135 + 500.0, 6378.135 + 35_786.0
    pair = make_elements(
        {"norad_id": 1, "inclination_deg": 51.6, "eccentricity": 0.0001,
         "mean_motion_rev_per_day": _mean_motion_rev_per_day(perigee)},
        {"norad_id": 2, "inclination_deg": 28.5,
         "eccentricity": (apogee - perigee) / (apogee + perigee),
         "mean_motion_rev_per_day": _mean_motion_rev_per_day((perigee + apogee) / 2)},
    )  # fmt: skip
    approaches = screen(pair, target, START, 1.0, 100.0)
    brute = _brute_force(pair, target, START, 86_400, 100.0)
    assert len(approaches) == 1
    _assert_agree(approaches, brute, START)
    assert approaches["relative_speed_kms"].iloc[0] > 4.0


def test_altitude_bounds_keep_a_decaying_object_reachable_from_below() -> None:
    sets = make_elements(
        {"norad_id": 1, "mean_motion_rev_per_day": 16.0, "eccentricity": 0.0, "bstar": 0.0005},
        {"norad_id": 2, "mean_motion_rev_per_day": 15.0},
    )
    low, high = altitude_bounds(sets, pd.Timestamp("2025-02-15T00:00Z"), 10 * 86_400.0)
    assert low[0] == -np.inf  # SGP4 reports it decayed inside the window
    assert np.isfinite(low[1])
    assert low[1] < sets["perigee_km"].iloc[1] < sets["apogee_km"].iloc[1] < high[1]


@pytest.mark.realdata
def test_altitude_bounds_contain_the_propagated_altitudes(shared_data: Path) -> None:
    catalog = load(shared_data / "catalog" / "active.txt").elements.iloc[::60]
    start = pd.Timestamp("2025-10-02T00:00Z")
    low, high = altitude_bounds(catalog, start, 2 * 86_400.0)
    times = pd.DatetimeIndex(start + pd.to_timedelta(np.arange(0, 2 * 86_400 + 1, 60), unit="s"))
    altitude = np.linalg.norm(propagate_many(catalog, times).position_teme_km, axis=-1) - 6378.135
    assert (np.nanmin(altitude, axis=1) >= low).all()
    assert (np.nanmax(altitude, axis=1) <= high).all()


def test_progress_is_reported_and_a_stop_request_cancels() -> None:
    seen: list[float] = []
    screen(_crossing_pair(), 1, START, 0.1, 50.0, progress=lambda f, _m: seen.append(f))
    assert seen[-1] == 1.0
    with pytest.raises(ScreeningCancelled):
        screen(_crossing_pair(), 1, START, 0.1, 50.0, should_stop=lambda: True)


def test_slow_geo_proximity_agrees_with_brute_force() -> None:
    """An inspector 0.02° from a GEO target, slowly drifting, on a relative ellipse."""
    pair = make_elements(
        {"norad_id": 1, "mean_motion_rev_per_day": 1.00273791, "eccentricity": 0.0002,
         "inclination_deg": 0.05},
        {"norad_id": 2, "mean_motion_rev_per_day": 1.00275, "eccentricity": 0.0004,
         "inclination_deg": 0.08, "ra_of_asc_node_deg": 40.0, "arg_of_pericenter_deg": 320.0,
         "mean_anomaly_deg": 0.02},
    )  # fmt: skip
    approaches = screen(pair, 1, START, 2.0, 50.0)
    brute = _brute_force(pair, 1, START, 2 * 86_400, 50.0)
    assert len(brute[2]) == 4  # two a day: the relative ellipse
    _assert_agree(approaches, brute, START)
    assert (approaches["relative_speed_kms"] < 0.01).all()


def test_a_history_is_screened_with_the_sets_of_each_day() -> None:
    """B crosses A's path until it moves 700 km up (its new set is dated 36 h in).

    With one set for the whole window B would be propagated from its new set and no
    approach seen; screened day by day, the first day's approaches are all found.
    """
    crossing = _crossing_pair()
    moved = make_elements(
        {"norad_id": 2, "object_name": "B", "epoch_utc": "2025-01-02T12:00Z",
         "mean_motion_rev_per_day": 13.0, "inclination_deg": 55.0}
    )  # fmt: skip
    history = pd.concat([crossing, moved], ignore_index=True)
    approaches = screen(history, 1, START, 2.0, 50.0)
    brute = _brute_force(crossing, 1, START, 86_400, 50.0)
    assert len(brute[2]) == 12
    _assert_agree(approaches, brute, START)
    assert (approaches["tca_utc"] < START + pd.Timedelta(days=1)).all()


def test_an_object_that_decayed_before_the_window_is_skipped_quietly() -> None:
    sets = make_elements(
        {"norad_id": 1, "mean_motion_rev_per_day": 16.0, "eccentricity": 0.0},
        {"norad_id": 2, "mean_motion_rev_per_day": 16.0, "eccentricity": 0.0, "bstar": 0.0005},
    )
    decayed = pd.Timestamp("2025-03-02T00:00Z")  # SGP4 reports error 6 from about day 50
    assert len(screen(sets, 1, decayed, 1.0, 50.0)) == 0


SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


@pytest.mark.parametrize("step_s", [30.0, 60.0, None, 600.0])
def test_screening_step_does_not_change_the_approaches(step_s: float | None) -> None:
    """Issue 10 defect 1: the demo's GEO inspector, screened at four steps.

    Each step used to miss a different approach (600 s and the default missed the closest,
    8.301 km on 2025-03-20 08:39, the one ``detect`` reports). Every step now finds the same
    five, within a second and a metre.
    """
    elements = load(SAMPLE).elements
    start = pd.Timestamp("2025-03-15T00:00Z")
    found = screen(elements, 90023, start, 7.0, 50.0, step_s)
    reference = screen(elements, 90023, start, 7.0, 50.0, 20.0)
    assert len(reference) == 5
    assert len(found) == len(reference)
    drift = (found["tca_utc"] - reference["tca_utc"]).dt.total_seconds().abs()
    assert (drift < 1.0).all()
    np.testing.assert_allclose(found["miss_km"], reference["miss_km"], atol=1e-3)
    k = int(np.argmin(found["miss_km"].to_numpy()))
    assert round(float(found["miss_km"].iloc[k]), 3) == 8.301
    assert found["tca_utc"].iloc[k].strftime("%Y-%m-%d %H:%M") == "2025-03-20 08:39"
