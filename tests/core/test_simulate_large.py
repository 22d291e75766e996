"""The large synthetic history for benchmarks, and the noise measurement it is tuned with."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import ssaviewer
from ssaviewer.core.derive import add_derived_columns
from ssaviewer.core.schema import BASE_COLUMNS, OPTIONAL_COLUMNS
from ssaviewer.core.simulate.large import FIRST_NORAD_ID, large_history, write_large_history
from ssaviewer.core.simulate.measure import measure_history, robust_noise


def test_shape_columns_and_determinism() -> None:
    table = large_history(50, 20, seed=1)
    assert list(table.columns) == list(BASE_COLUMNS)
    assert len(table) == 1000
    assert table["norad_id"].nunique() == 50
    assert table["norad_id"].min() == FIRST_NORAD_ID
    assert table.groupby("norad_id")["epoch_utc"].apply(lambda e: e.is_monotonic_increasing).all()
    sgp4_terms = table.drop(columns=list(OPTIONAL_COLUMNS))
    assert not sgp4_terms.select_dtypes("number").isna().any().any()
    assert table[list(OPTIONAL_COLUMNS)].isna().all().all()  # SGP4-XP terms: none here
    pd.testing.assert_frame_equal(table, large_history(50, 20, seed=1))
    other = large_history(50, 20, seed=2)
    assert not np.allclose(table["mean_anomaly_deg"], other["mean_anomaly_deg"])


def test_mix_of_leo_and_geo_with_daily_sets() -> None:
    table = add_derived_columns(large_history(100, 30, seed=0))
    per_regime = table.groupby("norad_id")["regime"].first().value_counts()
    assert per_regime["LEO"] == 80
    assert per_regime["GEO"] == 20
    gaps = table.groupby("norad_id")["epoch_utc"].diff().dropna().dt.total_seconds() / 86400
    assert 0.0 < gaps.min()
    assert gaps.max() < 2.0
    assert gaps.median() == pytest.approx(1.0, abs=0.1)


def test_written_files_load_back_completely(tmp_path: Path) -> None:
    table = large_history(30, 10, seed=5)
    paths = write_large_history(table, tmp_path, objects_per_file=10)
    assert len(paths) == 3
    dataset = ssaviewer.load(tmp_path)
    assert dataset.report.rejected.empty
    assert len(dataset.elements) == 300
    assert set(dataset.elements["norad_id"]) == set(table["norad_id"])


def test_robust_noise_recovers_sigma_and_ignores_a_step() -> None:
    rng = np.random.default_rng(0)
    t = np.cumsum(rng.uniform(0.5, 1.5, 2000))
    values = 3.0 + 0.01 * t + rng.normal(0, 0.2, t.size)
    values[1000:] += 50.0  # a manoeuvre
    assert robust_noise(t, values) == pytest.approx(0.2, rel=0.1)
    assert np.isnan(robust_noise(t[:4], values[:4]))


def test_measure_history_of_a_synthetic_leo_object() -> None:
    table = add_derived_columns(large_history(5, 400, seed=3))
    figures = measure_history(table[table["norad_id"] == FIRST_NORAD_ID])
    assert figures["sets_per_day"] == pytest.approx(1.0, abs=0.05)
    assert figures["sigma_i_deg"] == pytest.approx(5.0e-5, rel=0.3)
    assert np.isnan(figures["sigma_geo_longitude_deg"])
