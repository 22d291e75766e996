"""Labels on the real histories in ../shared/data against the operators' own records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from ssaviewer.core.dataset import load
from ssaviewer.core.detect import run_detection

pytestmark = pytest.mark.realdata

OBJECTS = ("Jason-3", "Sentinel-3A", "CryoSat-2", "Haiyang-2A", "Fengyun-2F", "Fengyun-2H")
DAY = pd.Timedelta(days=1)


@pytest.fixture(scope="module")
def matched(shared_data: Path) -> pd.DataFrame:
    """Each detected manoeuvre with the operator records in its window (± 1 day)."""
    dataset = load(*(shared_data / "tle" / f"{name}.tle" for name in OBJECTS))
    events = run_detection(dataset, screen=None)
    manoeuvres = events[events["event_type"] == "manoeuvre"]
    truth = pd.concat(pd.read_csv(shared_data / "labels" / f"{n}.csv") for n in OBJECTS)
    truth = truth[truth["kind"] != "attitude"]
    start = pd.to_datetime(truth["start_utc"], utc=True)
    end = pd.to_datetime(truth["end_utc"], utc=True)
    rows = []
    events_rows: list[Any] = list(manoeuvres.itertuples())
    for m in events_rows:
        inside = (
            (truth["norad_id"].to_numpy() == m.norad_id)
            & (end >= m.window_start_utc - DAY).to_numpy()
            & (start <= m.window_end_utc + DAY).to_numpy()
        )
        dv = truth.loc[inside, "dv_total_mps"].sum() if inside.any() else float("nan")
        rows.append((m.norad_id, m.label, m.reasons, int(inside.sum()), dv, m.window_start_utc))
    return pd.DataFrame(rows, columns=["norad_id", "label", "reasons", "records", "dv", "start"])


def test_routine_station_keeping_is_regular_at_least_90_percent(matched: pd.DataFrame) -> None:
    routine = matched[(matched["records"] > 0) & (matched["dv"] < 1.0)]
    assert len(routine) >= 250
    assert (routine["label"] == "regular").mean() >= 0.9


def test_one_off_large_burns_are_irregular(matched: pd.DataFrame) -> None:
    # Jason-3: commissioning orbit raising (2016-02) and the orbit change of 2022-04.
    large = matched[(matched["norad_id"] == 41240) & (matched["dv"] >= 1.0)]
    assert len(large) >= 4
    assert (large["label"] == "irregular").all()
    assert large["reasons"].str.contains("large-burn|magnitude-outlier").all()
