"""A stale element set from a second source, published just after a burn (issue 9).

Sets ``pre, post, stale pre, post``: one burn, one manoeuvre; only the stale set is an outlier.
"""

from __future__ import annotations

import pandas as pd

from ssaviewer.core.detect.manoeuvres.detector import (
    default_rules,
    detect_manoeuvres,
    detect_outliers,
)
from tests.core.detect_fixtures import geo_history, leo_history

BURN = 100  # first element set after the burn
STALE = BURN + 1  # repeats the elements of the set before the burn


def _with_stale_set(elements: pd.DataFrame) -> pd.DataFrame:
    """``elements`` with set ``STALE`` replaced by the pre-burn set's elements (epoch kept)."""
    stale = elements.copy()
    columns = ["mean_motion_rev_per_day", "inclination_deg", "mean_anomaly_deg"]
    stale.loc[STALE, columns] = elements.loc[BURN - 1, columns].to_numpy()
    return stale


def test_a_stale_set_after_a_leo_burn_gives_one_manoeuvre_and_one_outlier() -> None:
    elements = leo_history(steps_a_km={BURN: 0.5}, outliers_a_km={STALE: -0.5})
    found = detect_manoeuvres(elements, default_rules())
    assert len(found) == 1
    assert found.index_before.iloc[0] < BURN <= found.index_after.iloc[0]
    assert found.delta_a_km.iloc[0] > 0.4
    bad = detect_outliers(elements, default_rules())
    assert list(bad.epoch_utc) == [elements.epoch_utc.iloc[STALE]]


def test_a_stale_set_after_a_geo_drift_change_gives_one_manoeuvre() -> None:
    elements = _with_stale_set(geo_history(drift_steps_deg_per_day={BURN: 0.3}))
    found = detect_manoeuvres(elements, default_rules())
    assert len(found) == 1
    assert found.index_before.iloc[0] < BURN <= found.index_after.iloc[0]
    assert found.geo_drift_after_deg_per_day.iloc[0] > 0.3
    bad = detect_outliers(elements, default_rules())
    assert list(bad.epoch_utc) == [elements.epoch_utc.iloc[STALE]]


def test_two_burns_two_sets_apart_stay_two_manoeuvres() -> None:
    elements = geo_history(drift_steps_deg_per_day={BURN: 0.3, BURN + 2: 0.3})
    found = detect_manoeuvres(elements, default_rules())
    assert len(found) == 2
