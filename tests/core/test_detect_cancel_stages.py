"""Cancel stops detection at every stage: detectors, labelling, screening (issue 10, defect 3)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.detect import run_detection
from ssaviewer.core.detect.manoeuvres.detector import DetectionCancelled
from ssaviewer.core.detect.pipeline import default_rules, detect_in_chunks, label_events
from tests.core.events_fixtures import dataset, elements


def _history() -> pd.DataFrame:
    a = 7000.0 - 0.01 * np.arange(240)
    for day in range(15, 240, 20):
        a[day:] += 0.2
    return elements(1, 240, a_km=a)


def test_cancel_during_labelling_stops_the_run() -> None:
    """A Cancel that arrives once the detectors are done used to be ignored to the end."""
    asked = {"stop": False}

    def progress(_fraction: float, message: str) -> None:
        if message.startswith("labelling"):
            asked["stop"] = True

    with pytest.raises(DetectionCancelled):
        run_detection(
            dataset(_history()), screen=None, progress=progress, should_stop=lambda: asked["stop"]
        )


def test_labelling_alone_equals_the_whole_run() -> None:
    """The viewer detects once and labels twice; the labelling step gives the same events."""
    data, rules = dataset(_history()), default_rules()
    found = detect_in_chunks(data.elements, rules)
    whole = run_detection(data, rules, screen=None)
    pd.testing.assert_frame_equal(label_events(data, found, rules, screen=None), whole)
