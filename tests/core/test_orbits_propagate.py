"""Propagation: element-set switching rules, masking, and agreement with skyfield."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from skyfield.api import wgs84
from skyfield.framelib import itrs
from skyfield.sgp4lib import TEME

from ssaviewer.core.dataset import load
from ssaviewer.core.orbits import errors, frames
from ssaviewer.core.orbits.batch import propagate_many
from ssaviewer.core.orbits.propagate import (
    latest_elements,
    propagate_history,
    select_elements,
)
from tests.core.orbit_helpers import earth_satellite, make_elements

ONE_METRE_KM = 1e-3


def _three_epochs() -> pd.DataFrame:
    sets = make_elements(
        {"epoch_utc": "2025-01-01T00:00Z"},
        {"epoch_utc": "2025-01-02T00:00Z"},
        {"epoch_utc": "2025-01-03T00:00Z"},
    )
    return sets.iloc[[2, 0, 1]].reset_index(drop=True)  # not in epoch order on purpose


TIMES = pd.DatetimeIndex(
    [
        "2024-12-31T00:00Z",  # before the first set
        "2025-01-01T11:00Z",
        "2025-01-01T13:00Z",
        "2025-01-02T12:00Z",  # exactly between two sets: the earlier wins
        "2025-01-03T00:00Z",
        "2025-01-09T00:00Z",  # after the last set
    ]
)


def test_select_nearest_picks_closest_epoch() -> None:
    sets = _three_epochs()
    chosen = select_elements(sets, TIMES, "nearest")
    epochs = sets["epoch_utc"].dt.strftime("%m-%d").to_numpy()[chosen]
    assert list(epochs) == ["01-01", "01-01", "01-02", "01-02", "01-03", "01-03"]


def test_select_previous_picks_newest_at_or_before() -> None:
    sets = _three_epochs()
    chosen = select_elements(sets, TIMES, "previous")
    epochs = sets["epoch_utc"].dt.strftime("%m-%d").to_numpy()[chosen]
    assert list(epochs) == ["01-01", "01-01", "01-01", "01-02", "01-03", "01-03"]


def test_select_rejects_unknown_rule() -> None:
    with pytest.raises(ValueError, match="rule must be one of nearest, previous"):
        select_elements(_three_epochs(), TIMES, "latest")  # type: ignore[arg-type]


@pytest.mark.parametrize("rule", ["nearest", "previous"])
def test_latest_elements_matches_per_object_selection(rule: str) -> None:
    rng = np.random.default_rng(7)
    rows = []
    for norad in (5, 3, 9):
        for day in rng.choice(30, size=6, replace=False):
            offset = pd.Timedelta(days=int(day), hours=float(rng.uniform(0, 24)))
            rows.append(
                {"norad_id": norad, "epoch_utc": pd.Timestamp("2025-01-01T00:00Z") + offset}
            )
    table = make_elements(*rows)
    for when in ("2024-12-01", "2025-01-10T06:00Z", "2025-01-20", "2025-03-01"):
        served = latest_elements(table, when, rule)  # type: ignore[arg-type]
        assert served["norad_id"].tolist() == [3, 5, 9]
        for norad, epoch in zip(served["norad_id"], served["epoch_utc"], strict=True):
            own = table.loc[table["norad_id"] == norad].reset_index(drop=True)
            at = pd.DatetimeIndex([pd.Timestamp(when, tz="UTC")])
            k = select_elements(own, at, rule)  # type: ignore[arg-type]
            assert own["epoch_utc"].iloc[k[0]] == epoch


def test_ephemeris_type_4_is_masked_with_reason() -> None:
    sets = make_elements({"ephemeris_type": 4})
    states = propagate_history(sets, pd.DatetimeIndex(["2025-01-01T01:00Z"]))
    assert not states["ok"].iloc[0]
    assert states["reason"].iloc[0] == errors.REASONS[errors.EPHEMERIS_TYPE_4]
    assert "ephemeris type 4" in states["reason"].iloc[0]
    assert states[["x_km", "vz_kmps"]].isna().all().all()


def test_decayed_set_is_masked_with_sgp4_error_6() -> None:
    sets = make_elements({"mean_motion_rev_per_day": 16.0, "eccentricity": 0.0, "bstar": 0.0005})
    times = pd.DatetimeIndex(["2025-01-02T00:00Z", "2025-02-21T00:00Z"])
    states = propagate_history(sets, times)
    assert states["ok"].tolist() == [True, False]
    assert states["reason"].tolist() == ["", "decayed (SGP4 error 6)"]
    assert np.isnan(states["x_km"].iloc[1])
    assert np.isfinite(states["x_km"].iloc[0])


def test_empty_history_is_masked_not_zero() -> None:
    states = propagate_history(make_elements({}).iloc[0:0], pd.DatetimeIndex(["2025-01-01"]))
    assert states["reason"].tolist() == [errors.REASONS[errors.NO_ELEMENT_SET]]
    assert np.isnan(states["x_km"].iloc[0])


def test_impossible_elements_are_masked_like_sgp4_would() -> None:
    sets = make_elements(
        {"norad_id": 1, "mean_motion_rev_per_day": -1.0}, {"norad_id": 2, "eccentricity": 0.2}
    )
    batch = propagate_many(sets, pd.DatetimeIndex(["2025-01-01T01:00Z"]))
    assert batch.reasons()[:, 0].tolist() == ["mean motion below zero (SGP4 error 2)", ""]
    assert np.isnan(batch.position_teme_km[0]).all()


def test_history_of_two_objects_is_refused() -> None:
    sets = make_elements({"norad_id": 1}, {"norad_id": 2})
    with pytest.raises(ValueError, match="one object's element sets; got NORAD ids 1, 2"):
        propagate_history(sets, pd.DatetimeIndex(["2025-01-01"]))


def test_frames_of_many_objects_equal_frames_of_each() -> None:
    sets = make_elements(
        {"norad_id": 1}, {"norad_id": 2, "inclination_deg": 98.0, "mean_motion_rev_per_day": 14.2}
    )
    times = pd.DatetimeIndex(pd.date_range("2025-01-01", periods=4, freq="17min", tz="UTC"))
    batch = propagate_many(sets, times)
    t = frames.skyfield_times(times)
    r_all, v_all = frames.teme_to_gcrs(batch.position_teme_km, batch.velocity_teme_kmps, t)
    i_all, _ = frames.teme_to_itrs(batch.position_teme_km, batch.velocity_teme_kmps, t)
    for k in range(2):
        r_one, v_one = frames.teme_to_gcrs(
            batch.position_teme_km[k], batch.velocity_teme_kmps[k], t
        )
        i_one, _ = frames.teme_to_itrs(batch.position_teme_km[k], batch.velocity_teme_kmps[k], t)
        np.testing.assert_allclose(r_all[k], r_one, rtol=0, atol=1e-9)
        np.testing.assert_allclose(v_all[k], v_one, rtol=0, atol=1e-12)
        np.testing.assert_allclose(i_all[k], i_one, rtol=0, atol=1e-9)
    # Rotations keep lengths.
    np.testing.assert_allclose(
        np.linalg.norm(r_all, axis=-1), np.linalg.norm(batch.position_teme_km, axis=-1), rtol=1e-12
    )


def test_batch_masks_type_4_rows_only() -> None:
    sets = make_elements({"norad_id": 1}, {"norad_id": 2, "ephemeris_type": 4})
    batch = propagate_many(sets, pd.DatetimeIndex(["2025-01-01T01:00Z", "2025-01-01T02:00Z"]))
    assert batch.position_teme_km.shape == (2, 2, 3)
    assert batch.ok.tolist() == [[True, True], [False, False]]
    assert batch.reasons()[1, 0].startswith("SGP4-XP element set (ephemeris type 4)")
    assert np.isnan(batch.position_teme_km[1]).all()
    assert np.isfinite(batch.position_teme_km[0]).all()


@pytest.fixture(scope="module")
def sentinel(shared_data: Path) -> pd.DataFrame:
    return load(shared_data / "tle" / "Sentinel-3A.tle").elements


@pytest.mark.realdata
@pytest.mark.parametrize("rule", ["nearest", "previous"])
def test_history_frames_and_geodetic_match_skyfield(
    shared_data: Path, sentinel: pd.DataFrame, rule: str
) -> None:
    times = pd.DatetimeIndex(pd.date_range("2018-03-01", "2018-03-20", periods=9, tz="UTC"))
    times = times + pd.to_timedelta(np.arange(9) * 1234.567, unit="s")
    states = propagate_history(sentinel, times, rule)  # type: ignore[arg-type]
    assert states["ok"].all()
    chosen = select_elements(sentinel, times, rule)  # type: ignore[arg-type]
    r = states[["x_km", "y_km", "z_km"]].to_numpy()
    v = states[["vx_kmps", "vy_kmps", "vz_kmps"]].to_numpy()
    t = frames.skyfield_times(times)
    r_gcrs, v_gcrs = frames.teme_to_gcrs(r, v, t)
    r_itrs, v_itrs = frames.teme_to_itrs(r, v, t)
    lat, lon, alt = frames.geodetic(r_itrs)
    for k in range(len(times)):
        sat = earth_satellite(shared_data / "tle", sentinel["record"].iloc[chosen[k]])
        at = sat.at(t[k])
        teme_r, teme_v = at.frame_xyz_and_velocity(TEME)
        np.testing.assert_allclose(r[k], teme_r.km, atol=ONE_METRE_KM, rtol=0)
        np.testing.assert_allclose(v[k], teme_v.km_per_s, atol=1e-6, rtol=0)
        np.testing.assert_allclose(r_gcrs[k], at.position.km, atol=ONE_METRE_KM, rtol=0)
        np.testing.assert_allclose(v_gcrs[k], at.velocity.km_per_s, atol=1e-6, rtol=0)
        itrs_r, itrs_v = at.frame_xyz_and_velocity(itrs)
        np.testing.assert_allclose(r_itrs[k], itrs_r.km, atol=ONE_METRE_KM, rtol=0)
        np.testing.assert_allclose(v_itrs[k], itrs_v.km_per_s, atol=1e-6, rtol=0)
        point = wgs84.geographic_position_of(at)
        assert lat[k] == pytest.approx(point.latitude.degrees, abs=1e-5)  # 1 m is 9e-6°
        assert lon[k] == pytest.approx(point.longitude.degrees, abs=1e-5)
        assert alt[k] == pytest.approx(point.elevation.km, abs=ONE_METRE_KM)


@pytest.mark.realdata
def test_batch_equals_history_for_each_object(shared_data: Path) -> None:
    catalog = load(shared_data / "catalog" / "active.txt").elements.iloc[::400]
    times = pd.DatetimeIndex(pd.date_range("2025-10-03", periods=5, freq="37min", tz="UTC"))
    batch = propagate_many(catalog, times)
    assert batch.position_teme_km.shape == (len(catalog), 5, 3)
    for k in range(len(catalog)):
        one = propagate_history(catalog.iloc[k : k + 1], times)
        np.testing.assert_array_equal(batch.position_teme_km[k], one[["x_km", "y_km", "z_km"]])
        assert batch.ok[k].tolist() == one["ok"].tolist()
