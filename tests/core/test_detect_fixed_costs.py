"""What detection keeps between runs (its fixed costs) never outlives the rules it was made for."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from ssaviewer.core.detect import default_rules, load_rules
from ssaviewer.core.detect.assemble import _thresholds
from ssaviewer.core.detect.events.event_frame import event_frame
from ssaviewer.core.detect.rules import build_rules
from ssaviewer.core.detect.sections import SECTIONS


def _events() -> pd.DataFrame:
    return event_frame(
        3,
        norad_id=np.array([1, 2, 3]),
        event_type=np.array(["close-approach", "close-approach", "decay"], dtype=object),
        regime=np.array(["LEO", "GEO", "LEO"], dtype=object),
    )


def _approach_km(text: str) -> float:
    return float(json.loads(text)["approach"]["threshold_km"])


def test_default_rules_are_the_built_in_rules() -> None:
    rules = default_rules()
    assert rules.digest == build_rules(SECTIONS).digest
    assert rules.values == build_rules(SECTIONS).values
    assert default_rules() is rules  # built once


def test_thresholds_follow_the_rules_of_each_run() -> None:
    events = _events()
    built_in = list(_thresholds(events, default_rules(), ()))
    custom_rules = load_rules("[approach.LEO]\nthreshold_km = 7.5\n", "custom.toml")
    custom = list(_thresholds(events, custom_rules, ()))
    again = list(_thresholds(events, default_rules(), ()))
    assert [_approach_km(t) for t in built_in[:2]] == [5.0, 25.0]
    assert [_approach_km(t) for t in custom[:2]] == [7.5, 25.0]
    assert again == built_in
    assert json.loads(custom[0])["digest"] == custom_rules.digest
    assert "approach" not in json.loads(custom[2])  # a decay names its own section only
    assert "decay" in json.loads(custom[2])
