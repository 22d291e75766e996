"""A plane change's along-track part is joined to it: one mixed manoeuvre, not two burns."""

from __future__ import annotations

import numpy as np

from ssaviewer.core.constants import NS_PER_DAY
from ssaviewer.core.detect.manoeuvres.plane_change import absorb_along_track, along_track_parts


def found_of(rows: list[dict[str, object]]) -> dict[str, np.ndarray]:
    """Manoeuvre arrays as ``estimate`` returns them, from a few rows (times in days)."""
    out: dict[str, np.ndarray] = {}
    for key, dtype in (
        ("norad_id", np.int64),
        ("epoch_days", np.float64),
        ("epoch_sigma_h", np.float64),
        ("index_before", np.int64),
        ("index_after", np.int64),
        ("delta_a_km", np.float64),
        ("delta_e", np.float64),
        ("delta_v_in_plane_mps", np.float64),
        ("delta_v_out_of_plane_mps", np.float64),
        ("delta_v_mps", np.float64),
        ("confidence", np.float64),
        ("significance_sigma", np.float64),
        ("direction", object),
        ("regime", object),
        ("rules", object),
    ):
        out[key] = np.array([r[key] for r in rows], dtype=dtype)
    out["window_start_ns"] = np.array([r["start"] for r in rows], dtype=np.float64) * NS_PER_DAY
    out["window_end_ns"] = np.array([r["end"] for r in rows], dtype=np.float64) * NS_PER_DAY
    out["window_start_ns"] = out["window_start_ns"].astype(np.int64)
    out["window_end_ns"] = out["window_end_ns"].astype(np.int64)
    return out


def plane(
    t: float, start: float, end: float, sigma_h: float = 24.0, **kw: object
) -> dict[str, object]:
    row: dict[str, object] = {
        "norad_id": 1,
        "epoch_days": t,
        "epoch_sigma_h": sigma_h,
        "index_before": int(start),
        "index_after": int(end),
        "start": start,
        "end": end,
        "delta_a_km": 0.0,
        "delta_e": 0.0,
        "delta_v_in_plane_mps": 0.0,
        "delta_v_out_of_plane_mps": 1.8,
        "delta_v_mps": 1.8,
        "confidence": 0.7,
        "significance_sigma": 14.0,
        "direction": "out-of-plane",
        "regime": "LEO",
        "rules": "outofplane.inclination",
    }
    return row | kw


def along(
    t: float, start: float, end: float, sigma_h: float = 6.0, **kw: object
) -> dict[str, object]:
    row = plane(t, start, end, sigma_h)
    row |= {
        "delta_a_km": 0.02,
        "delta_e": 1e-6,
        "delta_v_in_plane_mps": 0.011,
        "delta_v_out_of_plane_mps": 0.0,
        "delta_v_mps": 0.011,
        "confidence": 0.9,
        "significance_sigma": 9.0,
        "direction": "in-plane",
        "rules": "inplane.step",
    }
    return row | kw


def test_along_track_part_before_a_lagging_plane_change_is_joined() -> None:
    # Plane change found at day 103.5 (sigma 24 h), in-plane step at 103.0 (sigma 6 h): 12 h
    # apart, within one joint sigma (24.7 h), earlier, and inside the plane change's window.
    found = found_of([plane(103.5, 100.0, 110.0), along(103.0, 102.0, 106.0)])
    absorb_along_track(found, np.ones(2))
    assert list(found["direction"]) == ["mixed"]
    # The better-timed time, the union window, both changes, both rules.
    assert found["epoch_days"][0] == 103.0
    assert found["epoch_sigma_h"][0] == 6.0
    assert (found["index_before"][0], found["index_after"][0]) == (100, 110)
    assert found["window_end_ns"][0] == 110 * NS_PER_DAY
    assert found["delta_v_in_plane_mps"][0] == 0.011
    assert found["delta_a_km"][0] == 0.02
    assert np.isclose(found["delta_v_mps"][0], np.hypot(1.8, 0.011))
    assert found["confidence"][0] == 0.9
    assert found["significance_sigma"][0] == 14.0
    assert found["rules"][0] == "inplane.step;outofplane.inclination"


def test_trim_after_the_plane_change_stays_a_burn_of_its_own() -> None:
    # The inclination shows a plane change late, never early: an in-plane step timed after
    # the plane change's time is a separate burn (an operator's trim), even within one sigma.
    found = found_of([plane(103.5, 100.0, 110.0), along(104.0, 102.0, 106.0)])
    assert len(along_track_parts(found, np.ones(2))) == 0


def test_far_apart_in_time_or_window_or_object_or_geo_is_not_joined() -> None:
    far = found_of([plane(103.5, 100.0, 110.0), along(101.0, 100.5, 102.0)])  # 60 h > 24.7 h
    assert len(along_track_parts(far, np.ones(2))) == 0
    # ... but within two joint sigmas.
    assert along_track_parts(far, np.full(2, 3.0)).tolist() == [[0, 1]]
    outside = found_of([plane(103.5, 103.2, 110.0), along(103.0, 102.0, 106.0)])
    assert len(along_track_parts(outside, np.ones(2))) == 0
    other = found_of([plane(103.5, 100.0, 110.0), along(103.0, 102.0, 106.0, norad_id=2)])
    assert len(along_track_parts(other, np.ones(2))) == 0
    geo = found_of([plane(103.5, 100.0, 110.0, regime="GEO"), along(103.0, 102.0, 106.0)])
    assert len(along_track_parts(geo, np.ones(2))) == 0
    off = found_of([plane(103.5, 100.0, 110.0), along(103.0, 102.0, 106.0)])
    assert len(along_track_parts(off, np.zeros(2))) == 0


def test_each_in_plane_manoeuvre_joins_one_plane_change_the_latest_candidate() -> None:
    found = found_of(
        [
            along(102.6, 101.0, 104.0),
            plane(103.5, 100.0, 110.0),
            along(103.0, 102.0, 106.0),
            plane(103.4, 100.0, 110.0, norad_id=1),
            along(103.0, 102.0, 106.0, norad_id=2),
        ]
    )
    pairs = along_track_parts(found, np.ones(5))
    # Plane change 1 takes the latest in-plane step (row 2); plane change 3 the other (row 0).
    assert sorted(map(tuple, pairs.tolist())) == [(1, 2), (3, 0)]
    absorb_along_track(found, np.ones(5))
    assert list(found["direction"]) == ["mixed", "mixed", "in-plane"]
    assert list(found["norad_id"]) == [1, 1, 2]
