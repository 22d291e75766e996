"""Regression guard: the manoeuvre detector's scores on the real development objects.

The floors sit a little below what the defaults reach (see ``benchmarks/bench_accuracy.py``)
so that a change that loses accuracy fails here. The project's targets are in issue 4.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from ssaviewer.core.dataset import load
from ssaviewer.core.detect.manoeuvre import default_rules, detect_manoeuvres
from ssaviewer.core.evaluate import evaluate
from ssaviewer.core.truth import read_truth


@pytest.fixture(scope="module")
def pooled(shared_data: Path) -> pd.DataFrame:
    elements = load(str(shared_data / "tle")).elements
    truth = pd.concat(
        [
            read_truth(p.read_text(), p.name)[0]
            for p in sorted((shared_data / "labels").glob("*.csv"))
        ],
        ignore_index=True,
    )
    scores = evaluate(detect_manoeuvres(elements, default_rules()), truth, elements).scores
    return scores[scores["scope"] == "regime"].set_index(["mode", "name"])


@pytest.mark.parametrize(
    ("mode", "regime", "min_f1"),
    [("gap", "LEO", 0.85), ("12h", "LEO", 0.73), ("gap", "GEO", 0.91)],
)
def test_pooled_f1_floor(pooled: pd.DataFrame, mode: str, regime: str, min_f1: float) -> None:
    assert pooled["f1"].to_dict()[(mode, regime)] >= min_f1


@pytest.mark.parametrize("regime", ["LEO", "GEO"])
def test_at_most_one_false_alarm_per_object_year(pooled: pd.DataFrame, regime: str) -> None:
    assert pooled["false_alarms_per_year"].to_dict()[("gap", regime)] <= 1.0
