"""Regression guard: the manoeuvre detector's scores on the real development objects.

The floors sit a little below what the defaults reach (see ``benchmarks/bench_accuracy.py``,
which also prints the leave-one-object-out figures) so that a change that loses accuracy fails
here; they rise as detection improves. The project's targets are in issue 9 (LEO gap F1 0.85,
±12 h 0.70, every LEO object 0.60; GEO 0.90 / 0.80; one false alarm per object-year).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.dataset import load
from ssaviewer.core.detect.manoeuvres.detector import default_rules, detect_manoeuvres
from ssaviewer.core.evaluate import Evaluation, evaluate
from ssaviewer.core.truth import read_truth


@pytest.fixture(scope="module")
def evaluation(shared_data: Path) -> Evaluation:
    elements = load(str(shared_data / "tle")).elements
    truth = pd.concat(
        [
            read_truth(p.read_text(), p.name)[0]
            for p in sorted((shared_data / "labels").glob("*.csv"))
        ],
        ignore_index=True,
    )
    return evaluate(detect_manoeuvres(elements, default_rules()), truth, elements)


@pytest.fixture(scope="module")
def scores(evaluation: Evaluation) -> pd.DataFrame:
    return evaluation.scores


@pytest.fixture(scope="module")
def pooled(scores: pd.DataFrame) -> pd.DataFrame:
    return scores[scores["scope"] == "regime"].set_index(["mode", "name"])


@pytest.mark.parametrize(
    ("mode", "regime", "min_f1"),
    [("gap", "LEO", 0.872), ("12h", "LEO", 0.75), ("gap", "GEO", 0.91), ("12h", "GEO", 0.89)],
)
def test_pooled_f1_floor(pooled: pd.DataFrame, mode: str, regime: str, min_f1: float) -> None:
    assert pooled["f1"].to_dict()[(mode, regime)] >= min_f1


@pytest.mark.parametrize(
    ("name", "min_f1"),
    [
        ("SPOT-2", 0.87),  # 0.874 (0.863 before windows held the time's 2-sigma interval)
        ("Envisat", 0.83),  # 0.831 (0.822 before plane changes took their along-track part)
        ("CryoSat-2", 0.95),
        ("Haiyang-2A", 0.64),  # 0.650 with the routine raise threshold (0.556 without)
        ("Jason-3", 0.83),  # 0.833 (0.778 before windows held the time's 2-sigma interval)
        ("Sentinel-3A", 0.92),
        ("Fengyun-2F", 0.91),
        ("Fengyun-2H", 0.88),
    ],
)
def test_per_object_gap_f1_floor(scores: pd.DataFrame, name: str, min_f1: float) -> None:
    per_object = scores[(scores["scope"] == "object") & (scores["mode"] == "gap")]
    assert per_object.set_index("name")["f1"].to_dict()[name] >= min_f1


# LEO 0.437 (27 false alarms over 61.7 object-years; 0.502 before plane changes took their
# along-track part, 0.535 before windows held the burn time's 2-sigma interval, 0.600 before
# dense histories' changes needed confirmation at a 1-day bin).
@pytest.mark.parametrize(("regime", "most"), [("LEO", 0.44), ("GEO", 1.0)])
def test_false_alarms_per_object_year(pooled: pd.DataFrame, regime: str, most: float) -> None:
    assert pooled["false_alarms_per_year"].to_dict()[("gap", regime)] <= most


@pytest.mark.parametrize(
    ("name", "min_f1"),
    [
        ("SPOT-2", 0.69),  # 0.695 (0.680 without the 1-day confirmation);
        ("Envisat", 0.67),  # 0.675 (0.661 before plane changes took their along-track part)
        ("CryoSat-2", 0.89),
        ("Haiyang-2A", 0.45),  # 0.456
        ("Jason-3", 0.71),  # 0.722
        ("Sentinel-3A", 0.90),  # 0.911
        ("Fengyun-2F", 0.90),  # 0.914
        ("Fengyun-2H", 0.80),  # 0.818
    ],
)
def test_per_object_12h_f1_floor(scores: pd.DataFrame, name: str, min_f1: float) -> None:
    per_object = scores[(scores["scope"] == "object") & (scores["mode"] == "12h")]
    assert per_object.set_index("name")["f1"].to_dict()[name] >= min_f1


def test_burn_times_and_their_sigma(evaluation: Evaluation) -> None:
    # Over the manoeuvres matched by gap: median error 2.5 h; epoch_sigma_h covers 73 % within
    # 1 sigma and 94 % within 2 sigma (heavier tails than a Gaussian's).
    events = evaluation.truth_events[evaluation.truth_events["matched_gap"] >= 0]
    found = evaluation.detections.loc[events["matched_gap"].to_numpy()]
    error_h = np.abs(
        (found["epoch_utc"].to_numpy() - events["start_utc"].to_numpy()) / pd.Timedelta(hours=1)
    ).astype(float)
    within = error_h / found["epoch_sigma_h"].to_numpy()
    assert np.median(error_h) <= 3.0
    assert 0.65 <= np.mean(within <= 1.0) <= 0.85
    assert np.mean(within <= 2.0) >= 0.90
