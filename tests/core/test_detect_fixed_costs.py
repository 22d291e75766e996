"""What detection keeps between runs (its fixed costs) never outlives the rules it was made for."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.dataset import load
from ssaviewer.core.detect import assemble, default_rules, load_rules, run_detection
from ssaviewer.core.detect.assemble import _thresholds
from ssaviewer.core.detect.events.event_frame import event_frame
from ssaviewer.core.detect.rules import build_rules
from ssaviewer.core.detect.sections import SECTIONS

SAMPLE_DATA = Path(__file__).resolve().parents[2] / "sample_data"


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


def test_small_tables_find_the_element_events_in_line_with_the_same_events(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The demo (every event type) detected with the element-table events on a second thread
    # and in the caller's thread: identical tables, row for row, and the in-line path raises
    # what the detector raised.
    dataset = load(str(SAMPLE_DATA))
    monkeypatch.setattr(assemble, "THREAD_MIN_SETS", 0)
    threaded = run_detection(dataset, screen=None)
    monkeypatch.setattr(assemble, "THREAD_MIN_SETS", 10**9)
    pd.testing.assert_frame_equal(run_detection(dataset, screen=None), threaded, check_exact=True)
    assert set(threaded["event_type"]) >= {"manoeuvre", "decay", "fragmentation", "norm"}

    def fails() -> None:
        raise ValueError("bad table")

    with pytest.raises(ValueError, match="bad table"):
        assemble._Inline().submit(fails).result()


@pytest.mark.parametrize("dtype", ["string", "float64", "datetime64[ns, UTC]", "Int64"])
@pytest.mark.parametrize("lengths", [[0], [3], [2, 0, 5]])
def test_a_column_absent_from_every_frame_is_the_joined_absent_parts(
    dtype: str, lengths: list[int]
) -> None:
    # Filled at once, as joining each frame's absent part gives it: same values and dtype.
    at_once = pd.Series(assemble._absent(dtype, sum(lengths)))
    joined = pd.Series(assemble._joined([None] * len(lengths), lengths, dtype))
    pd.testing.assert_series_equal(at_once, joined, check_exact=True)
    assert len(at_once) == sum(lengths)
