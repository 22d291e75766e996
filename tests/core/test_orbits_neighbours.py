"""The screening candidates of a catalogue indexed once: conservative, and selective."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ssaviewer.core.dataset import load
from ssaviewer.core.orbits.geo import geo_longitudes
from ssaviewer.core.screening.neighbours import altitude_ranges, build_shell_index, shell_candidates
from ssaviewer.core.screening.screener import screen
from ssaviewer.core.screening.shells import altitude_bounds
from tests.core.orbit_helpers import make_elements

START = pd.Timestamp("2025-01-01T06:00:00Z")
END = START + pd.Timedelta(days=3)


def _geo(
    norad: int, mean_anomaly_deg: float, mean_motion: float = 1.0027, e: float = 0.0002
) -> dict[str, object]:
    return {
        "norad_id": norad,
        "mean_motion_rev_per_day": mean_motion,
        "inclination_deg": 0.05,
        "eccentricity": e,
        "mean_anomaly_deg": mean_anomaly_deg,
    }


def test_other_shells_and_other_geo_slots_are_not_candidates() -> None:
    table = make_elements(
        {"norad_id": 1, "mean_motion_rev_per_day": 15.2},  # ~ 410 km
        {"norad_id": 2, "mean_motion_rev_per_day": 15.2, "mean_anomaly_deg": 90.0},
        {"norad_id": 3, "mean_motion_rev_per_day": 14.2},  # ~ 820 km
        _geo(10, 0.0),
        _geo(11, 0.2),  # the same slot
        _geo(12, 30.0),  # 30 degrees east
        # Drifting east 3.6 deg/day on an orbit that crosses the GEO altitude: from 8 deg
        # west it reaches slot 10 within the 3 days; from 8 deg east it moves away.
        _geo(13, -8.0, mean_motion=1.0127, e=0.008),
        _geo(14, 8.0, mean_motion=1.0127, e=0.008),
    )
    index = build_shell_index(table)
    assert shell_candidates(index, 1, START, END, 5.0).tolist() == [2]
    assert shell_candidates(index, 10, START, END, 25.0).tolist() == [11, 13]
    assert shell_candidates(index, 99, START, END, 5.0).tolist() == []


def test_objects_without_a_recent_set_can_be_left_out() -> None:
    table = make_elements(
        {"norad_id": 1, "mean_motion_rev_per_day": 15.2},
        {"norad_id": 2, "mean_motion_rev_per_day": 15.2, "epoch_utc": "2024-09-01T00:00:00Z"},
        {"norad_id": 3, "mean_motion_rev_per_day": 15.2, "epoch_utc": "2024-12-20T00:00:00Z"},
    )
    index = build_shell_index(table)
    assert shell_candidates(index, 1, START, END, 5.0).tolist() == [2, 3]
    assert shell_candidates(index, 1, START, END, 5.0, max_age_days=30.0).tolist() == [3]


def test_the_mean_longitude_is_the_sub_satellite_longitude(shared_data: Path) -> None:
    catalog = load(shared_data / "catalog" / "active.txt").elements
    geo = catalog.loc[(catalog["regime"] == "GEO").to_numpy()].iloc[::20]
    index = build_shell_index(geo)
    epoch_s = geo["epoch_utc"].to_numpy(dtype="datetime64[ns]").view("i8") // 10**9
    position = np.searchsorted(index.norad_id, geo["norad_id"].to_numpy())
    rows = index.first_row[position]
    longitude, drift, margin = index.longitudes(rows)
    mean = longitude + drift * ((epoch_s - index.origin_s) / 86400.0)
    error = (mean - geo_longitudes(geo) + 180.0) % 360.0 - 180.0
    known = ~np.isnan(error)
    assert known.sum() > 20
    assert (np.abs(error[known]) <= margin[known]).all()


def test_altitude_ranges_contain_the_screening_shell_bounds(shared_data: Path) -> None:
    catalog = load(shared_data / "catalog" / "active.txt").elements
    epoch = catalog["epoch_utc"].max()
    low, high = altitude_bounds(catalog, epoch, 3 * 86400.0)
    index = build_shell_index(catalog)
    position = np.searchsorted(index.norad_id, catalog["norad_id"].to_numpy())
    index_low, index_high = altitude_ranges(index, epoch, epoch + pd.Timedelta(days=3))
    assert (index_low[position] <= low).all()
    assert (index_high[position] >= high).all()
    # Selective still: a Sun-synchronous target at 800 km keeps a minority of the catalogue.
    near = (index_low - 5.0 <= 850.0) & (index_high + 5.0 >= 750.0)
    assert near.sum() < len(index.norad_id) / 4


def test_geo_neighbours_found_by_screening_are_candidates(shared_data: Path) -> None:
    catalog = load(shared_data / "catalog" / "active.txt").elements
    geo = catalog.loc[(catalog["regime"] == "GEO").to_numpy()]
    index = build_shell_index(geo)
    epoch = geo["epoch_utc"].max()
    checked = 0
    for target in geo["norad_id"].iloc[::25].tolist():
        found = screen(geo, target, epoch, 3.0, 25.0)
        candidates = shell_candidates(index, target, epoch, epoch + pd.Timedelta(days=3), 25.0)
        assert set(found["norad_id"].tolist()) <= set(candidates.tolist()), target
        assert len(candidates) < len(geo) / 10
        checked += len(found)
    assert checked > 0
