"""The demo scenario (``sample_data``): every injected manoeuvre is found by the detector."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from ssaviewer.core.dataset import load
from ssaviewer.core.detect.manoeuvres.detector import default_rules, detect_manoeuvres
from ssaviewer.core.evaluate import evaluate
from ssaviewer.core.truth import truth_frame


@pytest.fixture(scope="module")
def scored(repo_root: Path) -> object:
    elements = load(str(repo_root / "sample_data")).elements
    key = pd.read_csv(repo_root / "sample_data" / "answer_key.csv")
    key = key[key["event_type"] == "manoeuvre"]
    times = [pd.Timestamp(t) for t in key["time_utc"]]
    truth = truth_frame(
        key["norad_id"].tolist(),
        [""] * len(key),
        times,
        times,
        key["delta_v_mps"].tolist(),
        key["direction"].tolist(),
        key["behaviour"].tolist(),
    )
    return evaluate(detect_manoeuvres(elements, default_rules()), truth, elements)


def test_every_injected_manoeuvre_is_found(scored: object) -> None:
    events = scored.truth_events  # type: ignore[attr-defined]
    missed = events[(events["matched_gap"] < 0) & ~events["small"]]
    assert len(events) > 400
    assert missed.empty, missed[["norad_id", "start_utc", "sources"]].to_string()


def test_at_most_one_false_alarm_in_the_scenario(scored: object) -> None:
    status = scored.detections["status_gap"]  # type: ignore[attr-defined]
    assert (status == "false-alarm").sum() <= 1


def test_burn_times_mostly_within_twelve_hours(scored: object) -> None:
    scores = scored.scores  # type: ignore[attr-defined]
    pooled = scores[(scores["mode"] == "12h") & (scores["scope"] == "regime")]
    assert pooled["recall"].min() >= 0.9
