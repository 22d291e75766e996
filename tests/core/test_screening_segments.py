"""The screening window's pieces: kept per window, the same as computing them afresh."""

from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.orbits.times import as_utc_index
from ssaviewer.core.screening import engine

Pieces = list[tuple[int, int, int, float, bool, int]]


def _afresh(norad_id: np.ndarray, start_utc: object, days: float) -> Pieces:
    """The pieces as computed before they were kept: pandas arithmetic on the first time."""
    start = as_utc_index(start_utc)[0]  # type: ignore[arg-type]
    end = start + pd.Timedelta(days=days)
    several = len(np.unique(norad_id)) < len(norad_id)
    n = int(np.ceil(days / engine.SEGMENT_DAYS)) if several else 1
    edges = [start + (end - start) * k / n for k in range(n + 1)]
    overlap = pd.Timedelta(seconds=engine.SEGMENT_OVERLAP_S)
    out: Pieces = []
    for k in range(n):
        lo, hi = max(start, edges[k] - overlap), min(end, edges[k + 1] + overlap)
        middle = edges[k] + (edges[k + 1] - edges[k]) / 2
        out.append(
            (edges[k].value, edges[k + 1].value, lo.value, (hi - lo).total_seconds(), k == n - 1,
             middle.value)
        )  # fmt: skip
    return out


def _values(segments: tuple[engine._Segment, ...]) -> Pieces:
    return [
        (s.core_start.value, s.core_end.value, s.start.value, s.span_s, s.last, s.middle.value)
        for s in segments
    ]


@pytest.mark.parametrize("days", [0.25, 1.0, 2.5, 3.0, 7.0 / 3.0])
@pytest.mark.parametrize("unit", ["s", "ms", "us", "ns"])
def test_segments_equal_the_pandas_arithmetic_of_every_unit_and_input(
    days: float, unit: Literal["s", "ms", "us", "ns"]
) -> None:
    several = np.array([1, 2, 2, 3])
    single = np.array([1, 2, 3])
    aware = pd.Timestamp("2025-10-03T00:00:00.123456789Z").as_unit(unit) + pd.Timedelta(
        seconds=1 / 3
    )
    for start in (aware, aware.tz_convert("Europe/Paris"), aware.tz_localize(None)):
        for norad in (several, single):
            for _ in range(2):  # computed, then kept
                got = _values(engine._segments(norad, start, days))
                assert got == _afresh(norad, start, days), (start, norad)
    # Times that compare equal but differ in unit keep their own pieces.
    coarse = pd.Timestamp("2025-10-03T00:00:01Z").as_unit("s")
    fine = coarse.as_unit("ns")
    assert coarse == fine
    assert _values(engine._segments(several, coarse, days)) == _afresh(several, coarse, days)
    assert _values(engine._segments(several, fine, days)) == _afresh(several, fine, days)
    text = "2025-10-03T06:00:00"
    assert _values(engine._segments(several, text, days)) == _afresh(several, text, days)
