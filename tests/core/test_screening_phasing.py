"""The phasing filter of screening: its bound holds on real data, and it loses no approach."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.dataset import load
from ssaviewer.core.orbits.satrecs import build_satrecs
from ssaviewer.core.screening import engine, phasing
from ssaviewer.core.screening.engine import screen
from ssaviewer.core.screening.screener import Screener
from tests.core.orbit_helpers import make_elements

START = pd.Timestamp("2025-01-01T00:00Z")
REPO = Path(__file__).resolve().parents[2]


def _worst_deviation(elements: pd.DataFrame, every: int) -> tuple[float, float]:
    """Largest distance (km) from the mean plane and angle excess (rad) over the bound."""
    rng = np.random.default_rng(5)
    rows = elements.loc[(elements["period_min"] < 225.0).to_numpy()].iloc[::every]
    worst_out = worst_angle = -np.inf
    for sat in build_satrecs(rows):
        for minutes in rng.uniform(-30.0, 30.0, 12) * 1440.0:
            error, r, _ = sat.sgp4_tsince(float(minutes))
            if error or not phasing.eligible(sat):
                continue
            lam, node, inclination, e = phasing.mean_state(sat)
            h, x, y = phasing.model_frame(np.array([node]), np.array([inclination]))
            position = np.asarray(r)
            angle = np.arctan2(position @ y[0], position @ x[0]) - lam
            angle = (angle + np.pi) % (2 * np.pi) - np.pi
            bound = phasing.ANGLE_PER_E * e + phasing.ANGLE_RAD
            worst_out = max(worst_out, abs(float(position @ h[0])))
            worst_angle = max(worst_angle, abs(float(angle)) - bound)
    return worst_out, worst_angle


def _worst_interpolation(elements: pd.DataFrame, every: int) -> float:
    """Largest error (rad) of the model's quadratics over its longest span, λ and node."""
    rng = np.random.default_rng(7)
    rows = elements.loc[(elements["period_min"] < 225.0).to_numpy()].iloc[::every]
    span_min = phasing.MAX_MODEL_SPAN_S / 60.0
    worst = 0.0
    for sat in build_satrecs(rows):
        start = float(rng.uniform(-30.0, 29.0)) * 1440.0
        lam3, node3, ok, _, _ = phasing.interpolated_means(
            [sat], start + span_min * np.r_[0, 0.5, 1]
        )
        for s in np.linspace(0.0, 1.0, 9) if ok[0] else ():
            sat.sgp4_tsince(start + s * span_min)
            lam, node, _, _ = phasing.mean_state(sat)
            basis = np.array([(1 - s) * (1 - 2 * s), 4 * s * (1 - s), s * (2 * s - 1)])
            for fitted, value in ((lam3[0] @ basis, lam), (node3[0] @ basis, node)):
                worst = max(worst, abs((fitted - value + np.pi) % (2 * np.pi) - np.pi))
    return worst


def test_sgp4_stays_within_the_bound_of_the_mean_model_on_real_histories(
    shared_data: Path,
) -> None:
    for name, every in (("tle", 40), ("catalog/debris.txt", 6)):
        elements = load(str(shared_data / name)).elements
        worst_out, worst_angle = _worst_deviation(elements, every)
        assert 0.5 < worst_out <= phasing.OUT_OF_PLANE_KM, name
        assert worst_angle <= 0.0, name
        assert 0.0 < _worst_interpolation(elements, every) <= phasing.ANGLE_RAD / 2, name


def test_sgp4_stays_within_the_bound_of_the_mean_model_on_the_simulated_scenario() -> None:
    worst_out, worst_angle = _worst_deviation(load(str(REPO / "sample_data")).elements, 30)
    assert 0.5 < worst_out <= phasing.OUT_OF_PLANE_KM
    assert worst_angle <= 0.0


def _crossing_pair(shift_deg: float) -> pd.DataFrame:
    """Two circular orbits at one altitude, planes 40° apart in node, phased to meet.

    With equal inclinations the crossing line lies at argument of latitude ``u*`` in the
    first plane and ``π - u*`` in the second, so the second object trails by ``π - 2 u*``
    and both pass the crossing together; ``shift_deg`` moves it along its orbit.
    """
    common: dict[str, Any] = {"mean_motion_rev_per_day": 15.2, "eccentricity": 0.0001,
                              "inclination_deg": 51.6}  # fmt: skip
    h, x, y = phasing.model_frame(np.radians([0.0, 40.0]), np.radians([51.6, 51.6]))
    line = np.cross(h[0], h[1])
    u_first = np.degrees(np.arctan2(line @ y[0], line @ x[0]))
    second = (180.0 - 2.0 * u_first + shift_deg) % 360.0
    return make_elements(
        {"norad_id": 1, **common},
        {"norad_id": 2, "ra_of_asc_node_deg": 40.0, "mean_anomaly_deg": second, **common},
    )


def _kept(elements: pd.DataFrame, threshold_km: float) -> bool:
    sats = build_satrecs(elements)
    since = np.array([(START - e).total_seconds() / 60.0 for e in elements["epoch_utc"]])
    mask = phasing.may_meet(sats, since, elements["apogee_km"].to_numpy(), 86_400.0, threshold_km)
    return bool(mask[0])


def test_a_pair_meeting_at_the_crossing_is_kept_and_its_approaches_found() -> None:
    pair = _crossing_pair(0.0)
    assert _kept(pair, 5.0)
    found = screen(pair, 1, START, 1.0, 5.0)
    assert len(found) >= 10  # about twice an orbit, a few km apart
    assert found["miss_km"].max() < 5.0
    pd.testing.assert_frame_equal(found, screen(pair, 1, START, 1.0, 5.0, phasing=False))


def test_a_pair_never_at_the_crossing_together_is_dropped() -> None:
    pair = _crossing_pair(10.0)  # about 1,200 km behind at every crossing
    assert not _kept(pair, 50.0)
    assert len(screen(pair, 1, START, 1.0, 50.0, phasing=False)) == 0
    assert len(screen(pair, 1, START, 1.0, 1500.0, phasing=False)) > 0  # it passes late


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Count the phasing filter's calls: (pairs considered, pairs kept) of each."""
    counts: list[tuple[int, int]] = []
    phased = engine._phased

    def counted(sets: Any, target: int, others: np.ndarray, *args: Any) -> np.ndarray:
        kept = phased(sets, target, others, *args)
        counts.append((len(others), len(kept)))
        return kept

    monkeypatch.setattr(engine, "_phased", counted)
    return counts


@pytest.mark.parametrize("early", [200, 0])
def test_phasing_false_runs_no_filter_in_any_entry_point(
    monkeypatch: pytest.MonkeyPatch, early: int
) -> None:
    monkeypatch.setattr(engine, "EARLY_PHASING", early)
    crowd = _shell(4)
    counts = _counting(monkeypatch)
    screener = Screener(crowd, phasing=False)
    off = [
        screen(crowd, 1, START, 1.0, 100.0, phasing=False),
        screener.screen(1, START, 1.0, 100.0),
        engine.screen_group(crowd, [1, 2, 3], START, 1.0, 100.0, phasing=False),
    ]
    near_off = screener.objects_near(1, START, 1.0, 100.0)
    screener.judge_phasing_ahead([(1, START, 1.0, 100.0, np.arange(len(crowd)))])
    assert counts == []  # the filter never ran
    on = [
        screen(crowd, 1, START, 1.0, 100.0),
        Screener(crowd).screen(1, START, 1.0, 100.0),
        engine.screen_group(crowd, [1, 2, 3], START, 1.0, 100.0),
    ]
    assert counts  # and by default it does
    assert len(off[0]) > 0
    for a, b in zip(off, on, strict=True):
        pd.testing.assert_frame_equal(a, b)
    np.testing.assert_array_equal(near_off, Screener(crowd).objects_near(1, START, 1.0, 100.0))


def test_a_pair_the_model_does_not_cover_is_kept() -> None:
    pair = _crossing_pair(10.0)
    assert not _kept(pair, 50.0)
    assert _kept(pair.assign(apogee_km=np.nan), 50.0)
    assert _kept(pair.assign(eccentricity=0.2), 50.0)  # the equation of the centre is large
    assert _kept(pair.assign(mean_motion_rev_per_day=2.0), 50.0)  # deep space


def _shell(seed: int, objects: int = 40) -> pd.DataFrame:
    """Objects near 550 km in random planes and phases, some nearly coplanar."""
    rng = np.random.default_rng(seed)
    rows = []
    for k in range(objects):
        rows.append({
            "norad_id": k + 1, "mean_motion_rev_per_day": 15.05 + rng.uniform(-0.02, 0.02),
            "eccentricity": rng.uniform(0.0001, 0.003), "inclination_deg": rng.choice(
                [53.0, 53.05, 97.6, 70.0]), "ra_of_asc_node_deg": rng.uniform(0, 360),
            "arg_of_pericenter_deg": rng.uniform(0, 360), "mean_anomaly_deg": rng.uniform(0, 360),
            "bstar": 1e-4, "mean_motion_dot": 1e-5,
        })  # fmt: skip
    return make_elements(*rows)


@pytest.mark.parametrize(("seed", "early"), [(1, 200), (2, 200), (3, 0)])
def test_the_phasing_filter_changes_no_result(
    monkeypatch: pytest.MonkeyPatch, seed: int, early: int
) -> None:
    # before the altitude shells (few objects) or after them (EARLY_PHASING = 0)
    monkeypatch.setattr(engine, "EARLY_PHASING", early)
    crowd = _shell(seed)
    counts = _counting(monkeypatch)
    fast = pd.concat([screen(crowd, target, START, 2.0, 100.0) for target in (1, 2, 3)])
    considered, kept = np.sum(counts, axis=0)
    assert kept < considered / 2  # it did leave most pairs out
    plain = pd.concat(
        [screen(crowd, target, START, 2.0, 100.0, phasing=False) for target in (1, 2, 3)]
    )
    assert len(plain) > 3
    pd.testing.assert_frame_equal(fast, plain)
