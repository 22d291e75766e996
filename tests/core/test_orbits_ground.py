"""Ground tracks, sub-satellite points, the Sun, and the per-element-set orbit columns."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from skyfield.api import wgs84

from ssaviewer.core.dataset import load
from ssaviewer.core.orbits import geo, sun
from ssaviewer.core.orbits.frames import timescale
from ssaviewer.core.orbits.ground import ground_track, subpoints, time_grid
from ssaviewer.core.orbits.propagate import select_elements
from tests.core.orbit_helpers import earth_satellite, make_elements


def test_time_grid_is_inclusive_and_checks_its_arguments() -> None:
    grid = time_grid("2025-01-01T00:00Z", "2025-01-01T00:01Z", 20)
    assert [t.strftime("%H:%M:%S") for t in grid] == [
        "00:00:00",
        "00:00:20",
        "00:00:40",
        "00:01:00",
    ]
    with pytest.raises(ValueError, match="positive number of seconds"):
        time_grid("2025-01-01", "2025-01-02", -5)
    with pytest.raises(ValueError, match="is before start"):
        time_grid("2025-01-02", "2025-01-01", 60)


def test_ground_track_of_a_literal_orbit_stays_within_its_inclination() -> None:
    sets = make_elements({"inclination_deg": 51.6, "mean_motion_rev_per_day": 15.5})
    track = ground_track(sets, "2025-01-01T00:00Z", "2025-01-01T06:00Z", 30)
    assert len(track) == 721
    assert track["ok"].all()
    assert track["latitude_deg"].abs().max() == pytest.approx(51.6, abs=0.3)
    assert track["longitude_deg"].between(-180, 180).all()
    assert track["altitude_km"].between(300, 500).all()


@pytest.mark.realdata
def test_ground_track_matches_skyfield_subpoints(shared_data: Path) -> None:
    history = load(shared_data / "tle" / "Jason-3.tle").elements
    track = ground_track(history, "2019-05-01T00:00Z", "2019-05-03T00:00Z", 977, rule="previous")
    chosen = select_elements(history, pd.DatetimeIndex(track["time_utc"]), "previous")
    ts = timescale()
    for k in range(0, len(track), 11):
        sat = earth_satellite(shared_data / "tle", history["record"].iloc[chosen[k]])
        when = track["time_utc"].iloc[k]
        point = wgs84.geographic_position_of(sat.at(ts.from_datetime(when.to_pydatetime())))
        assert track["latitude_deg"].iloc[k] == pytest.approx(point.latitude.degrees, abs=1e-5)
        assert track["longitude_deg"].iloc[k] == pytest.approx(point.longitude.degrees, abs=1e-5)
        assert track["altitude_km"].iloc[k] == pytest.approx(point.elevation.km, abs=1e-3)


@pytest.mark.realdata
def test_subpoints_of_the_whole_catalogue_match_skyfield(shared_data: Path) -> None:
    catalog = load(shared_data / "catalog" / "active.txt").elements
    when = pd.Timestamp("2025-10-03T12:00Z")
    points = subpoints(catalog, when)
    assert len(points) == catalog["norad_id"].nunique()
    assert points["ok"].sum() >= 0.99 * len(points)
    t = timescale().from_datetime(when.to_pydatetime())
    by_id = catalog.set_index("norad_id")
    for _, row in points.iloc[::300].iterrows():
        if not row["ok"]:
            continue
        record = by_id.loc[row["norad_id"], "record"]
        sat = earth_satellite(shared_data / "catalog", str(record))
        point = wgs84.geographic_position_of(sat.at(t))
        assert row["latitude_deg"] == pytest.approx(point.latitude.degrees, abs=1e-5)
        assert row["longitude_deg"] == pytest.approx(point.longitude.degrees, abs=1e-5)
        assert row["altitude_km"] == pytest.approx(point.elevation.km, abs=1e-3)


def test_subsolar_point_at_the_june_solstice() -> None:
    lat, lon = sun.subsolar_point(pd.Timestamp("2025-06-21T12:00Z"))
    assert lat == pytest.approx(23.44, abs=0.02)
    # Equation of time near -1.7 min: the Sun culminates over 0.4° East at 12:00 UTC.
    assert lon == pytest.approx(0.43, abs=0.1)


def test_terminator_is_a_quarter_circle_from_the_subsolar_point() -> None:
    when = pd.Timestamp("2025-02-10T07:30Z")
    lat_s, lon_s = np.radians(sun.subsolar_point(when))
    lon, lat = np.radians(sun.terminator(when, n=73))
    assert len(lon) == 73
    cos_angle = np.sin(lat) * np.sin(lat_s) + np.cos(lat) * np.cos(lat_s) * np.cos(lon - lon_s)
    np.testing.assert_allclose(cos_angle, 0.0, atol=1e-9)


def test_orbit_columns_on_literal_sets() -> None:
    sets = make_elements(
        {"norad_id": 1, "mean_motion_rev_per_day": 1.00273791, "inclination_deg": 2.0,
         "ra_of_asc_node_deg": 90.0},
        {"norad_id": 2, "mean_motion_rev_per_day": 1.01, "inclination_deg": 0.1},
        {"norad_id": 3, "mean_motion_rev_per_day": 15.0, "inclination_deg": 60.0,
         "ra_of_asc_node_deg": 180.0},
    )  # fmt: skip
    columns = list(sets.columns)
    out = geo.add_orbit_columns(sets)
    assert list(sets.columns) == columns  # the input is not modified
    assert columns + list(geo.ORBIT_COLUMNS) == list(out.columns)
    assert out["geo_drift_deg_per_day"].iloc[0] == pytest.approx(0.0, abs=1e-5)
    assert out["geo_drift_deg_per_day"].iloc[1] == pytest.approx(360 * 1.01 - 360.98564736629)
    assert np.isnan(out["geo_drift_deg_per_day"].iloc[2])
    assert np.isnan(out["geo_longitude_deg"].iloc[2])
    assert out["geo_longitude_deg"].iloc[:2].between(-180, 180).all()
    np.testing.assert_allclose(out["inclination_vector_x_deg"], [0.0, 0.1, -60.0], atol=1e-12)
    np.testing.assert_allclose(out["inclination_vector_y_deg"], [2.0, 0.0, 0.0], atol=1e-12)
    np.testing.assert_allclose(out["mean_altitude_km"], out["semi_major_axis_km"] - 6378.135)


@pytest.mark.realdata
def test_geo_longitudes_of_fengyun_2f_match_skyfield(shared_data: Path) -> None:
    history = load(shared_data / "tle" / "Fengyun-2F.tle").elements
    out = geo.add_orbit_columns(history)
    geosync = out["regime"].isin(["GEO", "IGSO"]).to_numpy()
    assert geosync.mean() > 0.95
    assert np.isnan(out.loc[~geosync, "geo_longitude_deg"]).all()
    for _, row in out.loc[geosync].iloc[::25].iterrows():
        sat = earth_satellite(shared_data / "tle", row["record"])
        point = wgs84.subpoint_of(sat.at(sat.epoch))
        assert row["geo_longitude_deg"] == pytest.approx(point.longitude.degrees, abs=1e-6)


@pytest.mark.realdata
def test_geo_drift_matches_propagated_longitude_change(shared_data: Path) -> None:
    """Measured: mean-motion drift is within 0.025°/day of SGP4's two-sidereal-day drift."""
    paths = [shared_data / "tle" / f for f in ("Fengyun-2F.tle", "Fengyun-2H.tle", "QZS-2.tle")]
    out = geo.add_orbit_columns(load(*paths).elements)
    rows = out.loc[out["regime"].isin(["GEO", "IGSO"]).to_numpy()].iloc[::40]
    two_sidereal_days_s = 2 * 86164.0905
    measured = []
    for k in range(len(rows)):
        single = rows.iloc[k : k + 1]
        epoch = single["epoch_utc"].iloc[0]
        end = epoch + pd.Timedelta(seconds=two_sidereal_days_s)
        track = ground_track(single, epoch, end, two_sidereal_days_s)
        lon = track["longitude_deg"].to_numpy()
        measured.append(((lon[1] - lon[0] + 180) % 360 - 180) / (two_sidereal_days_s / 86400))
    np.testing.assert_allclose(rows["geo_drift_deg_per_day"], measured, atol=0.03, rtol=0)


def test_sun_outside_de421_says_which_dates_it_covers() -> None:
    with pytest.raises(ValueError, match="only covers dates 1899-07-29 through 2053"):
        sun.subsolar_point(pd.Timestamp("2060-01-01T00:00Z"))
