"""derive: the in-place, threaded arithmetic gives bitwise the textbook formulas' values."""

from __future__ import annotations

import numpy as np
import pytest

from ssaviewer.core import derive
from ssaviewer.core.constants import EARTH_RADIUS_KM, J2, MINUTES_PER_DAY, XKE_PER_MIN


def _textbook_a_km(n: np.ndarray, e: np.ndarray, i: np.ndarray) -> np.ndarray:
    """SGP4's initl un-Kozai step and sgp4init's a, written the plain way."""
    no_kozai = n / (1440.0 / (2.0 * np.pi))
    cosio = np.cos(i * (np.pi / 180.0))
    omeosq = 1.0 - e * e
    rteosq = np.sqrt(omeosq)
    with np.errstate(divide="ignore", invalid="ignore"):
        ak = np.power(XKE_PER_MIN / no_kozai, 2.0 / 3.0)
        d1 = 0.75 * J2 * (3.0 * cosio * cosio - 1.0) / (rteosq * omeosq)
        del_ = d1 / (ak * ak)
        adel = ak * (1.0 - del_ * del_ - del_ * (1.0 / 3.0 + 134.0 * del_ * del_ / 81.0))
        del_ = d1 / (adel * adel)
        no_unkozai = no_kozai / (1.0 + del_)
        result: np.ndarray = np.power(no_unkozai * (1.0 / XKE_PER_MIN), -2.0 / 3.0)
    return result * EARTH_RADIUS_KM


def _inputs(size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(size)
    n = rng.uniform(0.5, 17.0, size)
    e = rng.uniform(0.0, 0.95, size)
    i = rng.uniform(0.0, 180.0, size)
    n[:3], e[:3] = [0.0, np.nan, 15.5], [0.0, 0.1, np.nan]  # zero and missing values too
    return n, e, i


def test_semi_major_axis_is_bitwise_the_textbook_value() -> None:
    n, e, i = _inputs(5000)
    expected = _textbook_a_km(n, e, i)
    np.testing.assert_array_equal(derive.semi_major_axis_km(n, e, i), expected)
    out = np.empty(len(n))
    returned = derive.semi_major_axis_km(n, e, i, out=out)
    assert returned is out
    np.testing.assert_array_equal(out, expected)


@pytest.mark.parametrize("block_rows", [64, 1 << 13])
@pytest.mark.parametrize("workers", [1, 2, 3])
def test_derived_columns_do_not_depend_on_the_split(
    workers: int, block_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(derive, "_ROWS_PER_THREAD", 1000)
    monkeypatch.setattr(derive, "_BLOCK_ROWS", block_rows)  # blocks within each thread's rows
    n, e, i = _inputs(7001)
    columns = derive.derived_columns(n, e, i, workers=workers)
    a = _textbook_a_km(n, e, i)
    with np.errstate(divide="ignore"):
        period = MINUTES_PER_DAY / n
    apogee = a * (1.0 + e) - EARTH_RADIUS_KM
    perigee = a * (1.0 - e) - EARTH_RADIUS_KM
    assert list(columns) == [
        "semi_major_axis_km",
        "period_min",
        "apogee_km",
        "perigee_km",
        "regime",
    ]
    np.testing.assert_array_equal(columns["semi_major_axis_km"], a)
    np.testing.assert_array_equal(columns["period_min"], period)
    np.testing.assert_array_equal(columns["apogee_km"], apogee)
    np.testing.assert_array_equal(columns["perigee_km"], perigee)
    expected_regime = derive.classify_regime(period, e, i, apogee, perigee)
    assert list(columns["regime"]) == list(expected_regime)
